#pragma once

#include <QDateTime>

// A token bucket: `burst` requests at once, refilled at `ratePerSecond`. Time comes in as an
// argument, so the bucket works on any clock (a simulated one in tests and the evaluation).
class TokenBucket
{
public:
    TokenBucket(double ratePerSecond, int burst);

    // Takes one token if there is one at `now`.
    bool tryTake(const QDateTime &now);
    // How long until a token is there (0 if one is there now).
    qint64 msecsUntilAvailable(const QDateTime &now);
    void setRate(double ratePerSecond, int burst);
    double ratePerSecond() const { return m_rate; }
    int burst() const { return m_burst; }

private:
    void refill(const QDateTime &now);

    double m_rate;
    int m_burst;
    double m_tokens;
    qint64 m_lastRefillMsecs = -1;
};
