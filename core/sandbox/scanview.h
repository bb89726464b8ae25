#pragma once

#include "sim/simulatedjourney.h"

#include <QDate>
#include <QDateTime>
#include <QList>

// What a carrier's API shows of a journey at one moment: the scans reported by then
// (reportedAt <= now) in the order the events happened, oldest first (events at the same instant
// keep their sending order, as SimulatedJourney::visibleAt has them), and the shipment as far as
// those scans tell. Renderers read only this, so no answer can leak what happens later.
class ScanView
{
public:
    ScanView(const SimulatedJourney &journey, const QDateTime &now);

    // The shipment's fixed data, with subStatus, lastEventAt and carrierEstimate from the visible scans.
    const Shipment &shipment() const { return m_shipment; }
    const QString &destination() const { return m_destination; } // the recipient's "City, CC"
    const QList<SimulatedScan> &scans() const { return m_scans; }
    QList<SimulatedScan> newestFirst() const;
    bool isEmpty() const { return m_scans.isEmpty(); }
    const SimulatedScan &latest() const { return m_scans.constLast(); } // only when !isEmpty()
    // The first delivery date the carrier announced, and its newest word; null if none yet.
    QDate firstEstimate() const { return m_firstEstimate; }
    QDate latestEstimate() const { return m_shipment.carrierEstimate; }
    // When the carrier last added anything (UTC); null when nothing is visible.
    QDateTime lastReportedAt() const { return m_lastReportedAt; }
    bool isDelivered() const;

    // The "changed event" fault: one event the carrier already showed comes back re-worded (when the
    // carrier has another wording for it) or re-timed by a few minutes; `salt` picks which and how.
    void changeOneEvent(quint64 salt);

private:
    void sortAndSettle();

    Shipment m_shipment;
    QString m_destination;
    QList<SimulatedScan> m_scans;
    QDate m_firstEstimate;
    QDateTime m_lastReportedAt;
};
