#pragma once

#include "problemkind.h"
#include "model/status.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

// One thing that physically happened to the parcel, whether or not a scan ever reported it.
struct PhysicalStep {
    QDateTime at; // local time of the place, Qt::OffsetFromUTC
    SubStatus subStatus = SubStatus::InTransit;
    QString location; // "City, CC"; empty where the parcel is nowhere known (lost)

    friend bool operator==(const PhysicalStep &, const PhysicalStep &) = default;
};

// A problem as it really happened, with the moment it started (not the moment anyone saw it).
struct TrueProblem {
    ProblemKind kind = ProblemKind::None;
    QDateTime onsetAt; // UTC

    friend bool operator==(const TrueProblem &, const TrueProblem &) = default;
};

// What really happened to a simulated parcel: the yardstick for problem detection and EDD.
struct ParcelTruth {
    QList<TrueProblem> problems; // in order of onset; empty when all went to plan
    QDate expectedDelivery;      // the carrier's norm for service and lane, from the pickup day (destination's calendar)
    QDateTime deliveredAt;       // UTC; when the recipient, a neighbour or a locker got it; null if never
    SubStatus outcome = SubStatus::NoInformation; // the last physical state
    QList<PhysicalStep> steps;   // oldest first; never includes what only the carrier declared

    ProblemKind primaryProblem() const { return problems.isEmpty() ? ProblemKind::None : problems.first().kind; }
    bool has(ProblemKind kind) const;
    // Delivered after the norm, or still not delivered: what a customer experiences as late.
    bool deliveredLate() const;

    friend bool operator==(const ParcelTruth &, const ParcelTruth &) = default;
};
