#pragma once

#include "model/status.h"
#include "problems/deliveryestimate.h"

#include <QDate>
#include <QString>

// Whether the date the shop promised still holds, given what the carrier expects and today's date.
// Kept apart from the widgets so the table and the detail pane judge a shipment the same way.
class DeliveryPromise
{
public:
    enum class Verdict {
        NoPromise, // the shop promised nothing we know of
        Kept, // delivered (we do not judge how late: the delivery date is in the events)
        OnTrack,
        ExpectedLate, // the expected delivery is after the promised date
        Overdue, // the promised date has passed and the parcel has not arrived
    };

    static Verdict assess(const QDate &promised, const QDate &expected, Status status, const QDate &today);
    // With an estimate from the carrier or from history: late as the detection engine's at-risk
    // rule has it, when even the early end of the window is after the promise.
    static Verdict assess(const QDate &promised, const DeliveryEstimate &estimate, Status status, const QDate &today);
    static bool isBroken(Verdict verdict) { return verdict == Verdict::ExpectedLate || verdict == Verdict::Overdue; }
    // One sentence for a person, dates in the user's locale; empty when there is nothing to add.
    static QString describe(Verdict verdict, const QDate &promised, const QDate &expected);
    // As above, saying whether the carrier or past deliveries expect the parcel late.
    static QString describe(Verdict verdict, const QDate &promised, const DeliveryEstimate &estimate);
};
