#pragma once

#include "parceltruth.h"
#include "model/shipment.h"
#include "model/shipmentrecord.h"
#include "model/trackingevent.h"

#include <QDate>
#include <QDateTime>
#include <QList>

// One scan as the carrier will report it: the event (with the carrier's words and our normalised
// sub-status, which is ground truth for that event) and when it becomes visible through the API.
struct SimulatedScan {
    TrackingEvent event;
    QDateTime reportedAt;     // UTC, never before event.occurredAt
    QDate estimatedDelivery;  // the delivery date the carrier announces along with this scan; null if none
    int truthStep = -1;       // index into ParcelTruth::steps this scan reports; -1 = carrier's own declaration
    bool duplicate = false;   // a second report of a step already scanned

    friend bool operator==(const SimulatedScan &, const SimulatedScan &) = default;
};

// A parcel's whole simulated life: physical truth and the carrier's noisy account of it.
struct SimulatedJourney {
    Shipment shipment;          // filled as far as the carrier knows at the very end; see visibleAt()
    QString destination;        // the recipient's city, "City, CC"
    ParcelTruth truth;
    QList<SimulatedScan> scans; // everything the carrier will ever report, in the order it sends them

    // The shipment record as it looks at `now`: only scans with reportedAt <= now, events sorted
    // oldest first (duplicates kept, as the carrier sends them), and shipment.subStatus,
    // lastEventAt and carrierEstimate derived from those scans alone.
    ShipmentRecord visibleAt(const QDateTime &now) const;

    friend bool operator==(const SimulatedJourney &, const SimulatedJourney &) = default;
};
