#include "scanview.h"

#include "phrasebook.h"
#include "sim/simrandom.h"

#include <algorithm>

ScanView::ScanView(const SimulatedJourney &journey, const QDateTime &now)
    : m_shipment(journey.shipment)
    , m_destination(journey.destination)
{
    const qint64 cut = now.toMSecsSinceEpoch();
    for (const SimulatedScan &scan : journey.scans) {
        if (scan.reportedAt.toMSecsSinceEpoch() > cut)
            continue;
        m_scans.append(scan);
        // Scans come in sending order, so the first announced date comes first, the newest last.
        if (scan.estimatedDelivery.isValid()) {
            if (!m_firstEstimate.isValid())
                m_firstEstimate = scan.estimatedDelivery;
            m_shipment.carrierEstimate = scan.estimatedDelivery;
        }
        if (!m_lastReportedAt.isValid() || scan.reportedAt > m_lastReportedAt)
            m_lastReportedAt = scan.reportedAt.toUTC();
    }
    if (!m_firstEstimate.isValid())
        m_shipment.carrierEstimate = QDate();
    sortAndSettle();
}

void ScanView::sortAndSettle()
{
    std::stable_sort(m_scans.begin(), m_scans.end(), [](const SimulatedScan &a, const SimulatedScan &b) {
        return a.event.occurredAt.toMSecsSinceEpoch() < b.event.occurredAt.toMSecsSinceEpoch();
    });
    m_shipment.subStatus = m_scans.isEmpty() ? SubStatus::NoInformation : m_scans.constLast().event.subStatus;
    m_shipment.lastEventAt = m_scans.isEmpty() ? QDateTime() : m_scans.constLast().event.occurredAt.toUTC();
}

QList<SimulatedScan> ScanView::newestFirst() const
{
    QList<SimulatedScan> reversed(m_scans.crbegin(), m_scans.crend());
    return reversed;
}

bool ScanView::isDelivered() const
{
    return !m_scans.isEmpty() && Taxonomy::statusOf(m_shipment.subStatus) == Status::Delivered;
}

void ScanView::changeOneEvent(quint64 salt)
{
    if (m_scans.isEmpty())
        return;
    SimRandom random(salt);
    TrackingEvent &event = m_scans[qsizetype(random.below(m_scans.size()))].event;
    const int carrier = CarrierVocabulary::carrierIndex(m_shipment.carrier);
    const QString other = carrier < 0 ? QString()
                                      : PhraseBook::otherWording(CarrierVocabulary::Carrier(carrier), event.subStatus,
                                          event.carrierCode, event.carrierText);
    if (!other.isEmpty() && random.chance(0.5)) {
        event.carrierText = other;
        return;
    }
    // Carriers correct a scan time by minutes, not hours: the event stays where it was in the story.
    const qint64 minutes = random.between(3, 40);
    event.occurredAt = event.occurredAt.addSecs((random.chance(0.5) ? -60 : 60) * minutes);
    sortAndSettle();
}
