#include "carrierlane.h"

#include "carriers/carrieradapter.h"

CarrierLane::CarrierLane(const CarrierAdapter &adapter, CarrierSettings settings, quint64 backoffSeed)
    : m_adapter(adapter)
    , m_settings(std::move(settings))
    , m_bucket(m_settings.limits.requestsPerSecond, m_settings.limits.burst)
    , m_quota(m_settings.limits.dailyQuota)
    , m_backoff(1000, 15 * 60 * 1000, backoffSeed)
    , m_needsToken(adapter.tokenRequest(m_settings.account).has_value())
{
}

void CarrierLane::enqueue(const Shipment &shipment)
{
    if (m_shipments.contains(shipment.trackingNumber))
        return; // the same number twice in one cycle would be asked twice for one answer
    m_shipments.insert(shipment.trackingNumber, shipment);
    m_queue.append(shipment.trackingNumber);
}

void CarrierLane::requeueFront(const Batch &batch)
{
    m_retries.prepend(batch);
}

CarrierLane::Batch CarrierLane::takeBatch()
{
    if (!m_retries.isEmpty())
        return m_retries.takeFirst();
    Batch batch;
    const int size = std::max(1, m_settings.limits.maxNumbersPerRequest);
    batch.trackingNumbers = m_queue.mid(0, size);
    m_queue.remove(0, batch.trackingNumbers.size());
    return batch;
}

QStringList CarrierLane::takeAll()
{
    QStringList all;
    for (const Batch &batch : std::as_const(m_retries))
        all += batch.trackingNumbers;
    all += m_queue;
    m_retries.clear();
    m_queue.clear();
    return all;
}

qint64 CarrierLane::msecsUntilSendable(const QDateTime &wallNow)
{
    const qint64 paused = m_pausedUntilMsecs - wallNow.toMSecsSinceEpoch();
    if (paused > 0)
        return paused;
    if (m_inFlight >= std::max(1, m_settings.limits.maxConcurrent))
        return -1;
    return m_bucket.msecsUntilAvailable(wallNow);
}

void CarrierLane::recordSent(const QDateTime &wallNow)
{
    m_bucket.tryTake(wallNow);
    m_quota.spend(wallNow);
    ++m_inFlight;
}

void CarrierLane::pauseFor(qint64 msecs, const QDateTime &wallNow)
{
    m_pausedUntilMsecs = std::max(m_pausedUntilMsecs, wallNow.toMSecsSinceEpoch() + msecs);
}

bool CarrierLane::hasValidToken(const QDateTime &wallNow) const
{
    // A minute's margin: a token that expires while the request travels is refused.
    return !m_token.isEmpty() && wallNow.secsTo(m_tokenExpires) > 60;
}

void CarrierLane::setToken(const QString &token, int expiresInSecs, const QDateTime &wallNow)
{
    m_token = token;
    m_tokenExpires = wallNow.addSecs(expiresInSecs > 0 ? expiresInSecs : 3600);
}

const Shipment *CarrierLane::shipment(const QString &trackingNumber) const
{
    const auto it = m_shipments.constFind(trackingNumber);
    return it == m_shipments.constEnd() ? nullptr : &*it;
}
