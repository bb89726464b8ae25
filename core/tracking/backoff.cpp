#include "backoff.h"

#include <algorithm>

Backoff::Backoff(qint64 baseMsecs, qint64 maxMsecs, quint64 seed)
    : m_baseMsecs(std::max<qint64>(baseMsecs, 1))
    , m_maxMsecs(std::max(maxMsecs, baseMsecs))
    , m_random(seed)
{
}

qint64 Backoff::currentCapMsecs() const
{
    // Doubling stops long before overflow: 2^30 times the base is far beyond any sensible maximum.
    const int exponent = std::min(m_failures, 30);
    return std::min(m_maxMsecs, m_baseMsecs << exponent);
}

qint64 Backoff::nextDelayMsecs()
{
    const qint64 cap = currentCapMsecs();
    ++m_failures;
    // Never zero: half the cap at least, the rest random, so a retry is always a real pause.
    std::uniform_int_distribution<qint64> jitter(cap / 2, cap);
    return jitter(m_random);
}
