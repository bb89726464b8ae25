#pragma once

#include "problemtype.h"

#include <QDateTime>
#include <QList>
#include <QString>

// A problem the detection engine sees as open at a given moment, with its reasons. The engine
// produces these; the case tracker turns them into stored, worked cases (ProblemCase).
struct DetectedProblem {
    ProblemType type = ProblemType::Stalled;
    QDateTime since;  // UTC: when the rule became true (not when it was noticed)
    QString rule;     // stable rule key, e.g. "stalled.no_scan"; shown in "why" views and logs
    QString evidence; // in words an operator understands: which events, which rule, which thresholds
    QList<qint64> eventIds; // storage ids of the events it rests on (empty for silence-based rules)
    // For pickup points: the carrier's hold deadline and when to remind the customer.
    QDateTime deadline;
    QDateTime remindAt;
    // Judged from time passing without news (a stall, a loss, a promise that passed), not from a
    // scan: a scan the carrier has but Shipdeck has not fetched yet may undo it.
    bool fromSilence = false;

    friend bool operator==(const DetectedProblem &, const DetectedProblem &) = default;
};
