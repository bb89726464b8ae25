#include "simulatedjourney.h"

#include <QVarLengthArray>

#include <algorithm>

ShipmentRecord SimulatedJourney::visibleAt(const QDateTime &now) const
{
    ShipmentRecord record;
    record.shipment = shipment;
    record.shipment.subStatus = SubStatus::NoInformation;
    record.shipment.lastEventAt = QDateTime();
    record.shipment.carrierEstimate = QDate();

    const qint64 cut = now.toMSecsSinceEpoch();
    // Sort keys instead of QDateTimes: a million records go through here in the benchmarks.
    struct Key {
        qint64 occurredMs;
        int scan;
    };
    QVarLengthArray<Key, 32> visible;
    const SimulatedScan *latestEstimate = nullptr;
    for (int i = 0; i < scans.size(); ++i) {
        const SimulatedScan &s = scans[i];
        if (s.reportedAt.toMSecsSinceEpoch() > cut)
            continue;
        visible.append({s.event.occurredAt.toMSecsSinceEpoch(), i});
        // Scans are in sending order, so the last one with an estimate is the carrier's newest word.
        if (s.estimatedDelivery.isValid())
            latestEstimate = &s;
    }
    // Stable: events at the same instant keep the order the carrier sent them in.
    std::stable_sort(visible.begin(), visible.end(), [](const Key &a, const Key &b) { return a.occurredMs < b.occurredMs; });

    record.events.reserve(visible.size());
    for (const Key &k : visible)
        record.events.append(scans[k.scan].event);
    if (!record.events.isEmpty()) {
        const TrackingEvent &last = record.events.constLast();
        record.shipment.subStatus = last.subStatus;
        record.shipment.lastEventAt = last.occurredAt.toUTC();
    }
    if (latestEstimate)
        record.shipment.carrierEstimate = latestEstimate->estimatedDelivery;
    return record;
}
