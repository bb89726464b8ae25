#pragma once

#include "sandboxlimit.h"

#include <QDate>
#include <QString>
#include <deque>

// Enforces one carrier's SandboxLimit on the requests arriving there, on the wall clock the server
// was given (so tests can drive it with a ManualClock). A refused request is not counted against
// the window or the day: a client that backs off after a 429 gets its allowance back on time.
class LimitGate
{
public:
    explicit LimitGate(const SandboxLimit &limit)
        : m_limit(limit)
    { }

    struct Verdict {
        bool admitted = true;
        int retryAfterSecs = 0;
        QString reason; // "rate", "concurrency" or "daily"
    };

    const SandboxLimit &limit() const { return m_limit; }
    void setLimit(const SandboxLimit &limit) { m_limit = limit; }

    // Every request opens on arrival and closes when its answer has gone (token requests too).
    void open() { ++m_open; }
    void close() { --m_open; }
    int openCount() const { return m_open; }

    // Whether the request that just opened may be served now; counts it if so.
    Verdict admit(qint64 nowMs);

private:
    std::optional<Verdict> checkWindow(qint64 nowMs);
    std::optional<Verdict> checkDay(qint64 nowMs);

    SandboxLimit m_limit;
    std::deque<qint64> m_admitted; // times of the admitted requests still inside the window
    QDate m_day;
    qint64 m_usedToday = 0;
    int m_open = 0;
};
