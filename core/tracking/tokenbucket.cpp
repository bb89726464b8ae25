#include "tokenbucket.h"

#include <algorithm>
#include <cmath>

TokenBucket::TokenBucket(double ratePerSecond, int burst)
    : m_rate(std::max(ratePerSecond, 1e-6))
    , m_burst(std::max(burst, 1))
    , m_tokens(m_burst)
{
}

void TokenBucket::setRate(double ratePerSecond, int burst)
{
    m_rate = std::max(ratePerSecond, 1e-6);
    m_burst = std::max(burst, 1);
    m_tokens = std::min(m_tokens, double(m_burst));
}

void TokenBucket::refill(const QDateTime &now)
{
    const qint64 nowMsecs = now.toMSecsSinceEpoch();
    if (m_lastRefillMsecs >= 0 && nowMsecs > m_lastRefillMsecs)
        m_tokens = std::min(double(m_burst), m_tokens + (nowMsecs - m_lastRefillMsecs) * m_rate / 1000.0);
    // A clock that went backwards (a corrected system clock) must not mint tokens.
    m_lastRefillMsecs = std::max(m_lastRefillMsecs, nowMsecs);
}

bool TokenBucket::tryTake(const QDateTime &now)
{
    refill(now);
    if (m_tokens < 1.0)
        return false;
    m_tokens -= 1.0;
    return true;
}

qint64 TokenBucket::msecsUntilAvailable(const QDateTime &now)
{
    refill(now);
    if (m_tokens >= 1.0)
        return 0;
    return qint64(std::ceil((1.0 - m_tokens) * 1000.0 / m_rate));
}
