#include "tokenissuer.h"

#include "sim/simrandom.h"

using namespace Qt::StringLiterals;

namespace {
const QString prefix = u"sbx."_s;
}

QString TokenIssuer::issue(const QString &carrier, qint64 nowMs, int ttlSecs)
{
    // Deterministic, so two runs with the same seed answer the same bodies.
    const quint64 serial = ++m_count;
    const QString token = prefix + carrier + u'.' + QString::number(serial) + u'.'
        + QString::number(SimRandom::combine(m_seed, serial), 16);
    m_expiresAtMs.insert(token, nowMs + qint64(ttlSecs) * 1000);
    return token;
}

TokenIssuer::Validity TokenIssuer::check(const QString &carrier, const QString &token, qint64 nowMs) const
{
    const auto it = m_expiresAtMs.constFind(token);
    if (it == m_expiresAtMs.cend() || !token.startsWith(prefix + carrier + u'.'))
        return Validity::Unknown;
    return nowMs < *it ? Validity::Valid : Validity::Expired;
}

bool TokenIssuer::looksIssued(const QString &token)
{
    return token.startsWith(prefix);
}
