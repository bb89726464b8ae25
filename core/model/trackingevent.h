#pragma once

#include "status.h"

#include <QDateTime>
#include <QString>

// One scan as the carrier reported it, with our normalised reading of it.
struct TrackingEvent {
    qint64 id = 0; // storage id; 0 until stored
    qint64 shipmentId = 0;
    // When it happened, with the UTC offset the carrier gave (Qt::OffsetFromUTC); storage keeps
    // the instant in UTC and the offset separately so the local time is never lost.
    QDateTime occurredAt;
    QString location;
    QString carrierCode; // the carrier's own status code, verbatim
    QString carrierText; // the carrier's own description, verbatim
    SubStatus subStatus = SubStatus::InTransit;
    // False when the carrier's code was not one we know: subStatus is then only the best guess
    // from what else the event said, and the console shows the code so it can be mapped.
    bool mapped = true;
    // Which code or words decided the sub-status, for "why does Shipdeck say this?".
    QString evidence;

    Status status() const { return Taxonomy::statusOf(subStatus); }
    friend bool operator==(const TrackingEvent &, const TrackingEvent &) = default;
};
