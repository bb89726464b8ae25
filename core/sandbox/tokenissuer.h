#pragma once

#include <QHash>
#include <QString>

// The access tokens the sandbox hands out (UPS, FedEx and GLS OAuth, DPD's getAuth), each valid
// for a time-to-live on the server's wall clock, so clients meet expiry as they would in production.
class TokenIssuer
{
public:
    explicit TokenIssuer(quint64 seed)
        : m_seed(seed)
    { }

    enum class Validity { Valid, Expired, Unknown };

    QString issue(const QString &carrier, qint64 nowMs, int ttlSecs);
    Validity check(const QString &carrier, const QString &token, qint64 nowMs) const;
    // Whether the sandbox could have issued this token: GLS and DPD also take tokens issued
    // beforehand, which the sandbox never saw, and treat only their own ones as expiring.
    static bool looksIssued(const QString &token);

private:
    quint64 m_seed;
    quint64 m_count = 0;
    QHash<QString, qint64> m_expiresAtMs;
};
