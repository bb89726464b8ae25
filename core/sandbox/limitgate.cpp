#include "limitgate.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace {

// Arrival times on the loopback jitter by a few milliseconds against the client's own pacing; a
// sliding window forgives that much, so a client spacing calls exactly right is never refused.
constexpr qint64 jitterGraceMs = 25;

int secondsUntil(qint64 fromMs, qint64 toMs)
{
    return int(std::max<qint64>(1, (toMs - fromMs + 999) / 1000));
}

} // namespace

LimitGate::Verdict LimitGate::admit(qint64 nowMs)
{
    if (m_limit.maxConcurrent > 0 && m_open > m_limit.maxConcurrent)
        return { false, 1, u"concurrency"_s };
    if (const auto refused = checkDay(nowMs))
        return *refused;
    if (const auto refused = checkWindow(nowMs))
        return *refused;
    m_admitted.push_back(nowMs);
    ++m_usedToday;
    return {};
}

std::optional<LimitGate::Verdict> LimitGate::checkWindow(qint64 nowMs)
{
    if (m_limit.maxRequests <= 0)
        return std::nullopt;
    const qint64 window = m_limit.windowMs;
    const qint64 windowStart = m_limit.fixedWindow ? nowMs - nowMs % window : nowMs - window + jitterGraceMs;
    while (!m_admitted.empty() && m_admitted.front() < windowStart)
        m_admitted.pop_front();
    if (qsizetype(m_admitted.size()) < m_limit.maxRequests)
        return std::nullopt;
    const qint64 freeAt = m_limit.fixedWindow ? windowStart + window : m_admitted.front() + window - jitterGraceMs;
    return Verdict { false, secondsUntil(nowMs, freeAt), u"rate"_s };
}

std::optional<LimitGate::Verdict> LimitGate::checkDay(qint64 nowMs)
{
    if (m_limit.dailyQuota <= 0)
        return std::nullopt;
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC);
    if (now.date() != m_day) {
        m_day = now.date();
        m_usedToday = 0;
    }
    if (m_usedToday < m_limit.dailyQuota)
        return std::nullopt;
    const QDateTime midnight(m_day.addDays(1), QTime(0, 0), Qt::UTC);
    return Verdict { false, secondsUntil(nowMs, midnight.toMSecsSinceEpoch()), u"daily"_s };
}
