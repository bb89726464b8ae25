#include "aftershipaccount.h"

#include "sim/simrandom.h"

AfterShipAccount::Tracking *AfterShipAccount::find(const QString &slug, const QString &trackingNumber)
{
    for (Tracking &t : m_trackings) {
        if (t.trackingNumber == trackingNumber && (slug.isEmpty() || t.account.slug == slug))
            return &t;
    }
    return nullptr;
}

AfterShipAccount::Tracking &AfterShipAccount::create(
    const QString &slug, const QString &trackingNumber, SimulatedJourney journey, const QDateTime &createdAt)
{
    // AfterShip's ids are 24 lower-case characters; a counter keeps them deterministic.
    const quint64 serial = quint64(m_trackings.size()) + 1;
    const QString id = QString::number(SimRandom::combine(m_seed, serial), 36).rightJustified(24, u'0').right(24);
    m_trackings.append({ { id, slug, createdAt.toUTC() }, trackingNumber, std::move(journey), 0 });
    return m_trackings.last();
}
