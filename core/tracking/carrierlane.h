#pragma once

#include "backoff.h"
#include "carriersettings.h"
#include "dailyquota.h"
#include "model/shipment.h"
#include "tokenbucket.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

class CarrierAdapter;

// One carrier's traffic within the poller: the shipments waiting to be asked about and every
// limit that decides when the next request may go out (rate, concurrency, quota, pauses after
// errors, the access token of OAuth carriers).
class CarrierLane
{
public:
    struct Batch {
        QStringList trackingNumbers;
        int attempt = 0;          // how many times this batch was sent and failed
        bool authRetried = false; // sent again once after a refused token
    };

    CarrierLane(const CarrierAdapter &adapter, CarrierSettings settings, quint64 backoffSeed);

    const CarrierAdapter &adapter() const { return m_adapter; }
    const CarrierSettings &settings() const { return m_settings; }

    void enqueue(const Shipment &shipment);
    void requeueFront(const Batch &batch);
    bool hasWork() const { return !m_queue.isEmpty() || !m_retries.isEmpty(); }
    // The next batch to send, at most maxNumbersPerRequest numbers.
    Batch takeBatch();
    // Everything still waiting, e.g. when the quota is spent.
    QStringList takeAll();

    // When a request may go out, from the rate limit, pauses and concurrency (0: now; -1: not
    // until a request in flight finishes).
    qint64 msecsUntilSendable(const QDateTime &wallNow);
    bool quotaAllows(const QDateTime &wallNow) const { return m_quota.canSpend(wallNow); }
    void recordSent(const QDateTime &wallNow);
    void recordFinished() { --m_inFlight; }
    int inFlight() const { return m_inFlight; }

    // After 429 (with the carrier's Retry-After, if any) or a failure: no request until then.
    void pauseFor(qint64 msecs, const QDateTime &wallNow);
    qint64 nextBackoffMsecs() { return m_backoff.nextDelayMsecs(); }
    void resetBackoff() { m_backoff.reset(); }

    bool needsToken() const { return m_needsToken; }
    bool hasValidToken(const QDateTime &wallNow) const;
    bool tokenRequestInFlight() const { return m_tokenInFlight; }
    void setTokenRequestInFlight(bool inFlight) { m_tokenInFlight = inFlight; }
    void setToken(const QString &token, int expiresInSecs, const QDateTime &wallNow);
    void dropToken() { m_token.clear(); }
    const QString &token() const { return m_token; }

    DailyQuota &quota() { return m_quota; }
    const Shipment *shipment(const QString &trackingNumber) const;
    void forget(const QString &trackingNumber) { m_shipments.remove(trackingNumber); }

private:
    const CarrierAdapter &m_adapter;
    CarrierSettings m_settings;
    TokenBucket m_bucket;
    DailyQuota m_quota;
    Backoff m_backoff;
    QStringList m_queue;
    QList<Batch> m_retries;
    QHash<QString, Shipment> m_shipments; // by tracking number, while being polled
    int m_inFlight = 0;
    qint64 m_pausedUntilMsecs = 0;
    bool m_needsToken;
    bool m_tokenInFlight = false;
    QString m_token;
    QDateTime m_tokenExpires;
};
