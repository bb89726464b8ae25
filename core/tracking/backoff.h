#pragma once

#include <QtGlobal>

#include <random>

// Exponential backoff with jitter: each wait is a random point between half and all of the
// doubling cap, so pollers that failed together do not come back together, yet always pause.
class Backoff
{
public:
    Backoff(qint64 baseMsecs, qint64 maxMsecs, quint64 seed);

    // The wait before the next try after one more failure.
    qint64 nextDelayMsecs();
    void reset() { m_failures = 0; }
    int failures() const { return m_failures; }
    // The largest wait the next failure could give: for tests and logs.
    qint64 currentCapMsecs() const;

private:
    qint64 m_baseMsecs;
    qint64 m_maxMsecs;
    int m_failures = 0;
    std::mt19937_64 m_random;
};
