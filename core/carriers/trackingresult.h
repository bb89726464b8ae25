#pragma once

#include "carriererror.h"
#include "model/trackingevent.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

// One tracking number as a carrier's response describes it, read into our taxonomy.
struct TrackedShipment {
    QString trackingNumber;
    QString service;          // carrier's product name, if given
    SubStatus subStatus = SubStatus::NoInformation; // the current one
    QDate carrierEstimate;    // carrier's expected delivery date, if given
    QList<TrackingEvent> events; // oldest first

    // Orders the events oldest first and takes the current sub-status from the newest event whose
    // code we understood (an unknown code never overrides a known state), unless the carrier's
    // own current status was already read into subStatus and `keepCarrierStatus` is set.
    void settle(bool keepCarrierStatus = false);
    // A carrier's own current-status code (UPS currentStatus, FedEx latestStatusDetail) decides
    // the state when the newest event reads as another state; within one state the event's finer
    // reading stays. Returns are the exception: carriers file them under transit and delivered
    // codes ("Delivered: Returned to shipper"), and only the event's words say it is a return.
    void applyCarrierStatus(std::optional<SubStatus> current);
    // A receiver's name on a plain delivery means someone took it in person and signed: the
    // newest understood event, if a plain delivery, becomes a signed one (and so the shipment).
    void markSignedBy(const QString &receiver, const QString &carrierName);
};

// What one carrier response held: shipments read, and errors (per number or for the whole
// response). A response can carry both: every valid part is kept.
struct TrackingResult {
    QList<TrackedShipment> shipments;
    QList<CarrierError> errors;
};
