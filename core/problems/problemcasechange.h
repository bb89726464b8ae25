#pragma once

#include "detectedproblem.h"

#include <QString>

// One step the case tracker decided on for a stored shipment, for ProblemCaseStore to apply.
struct ProblemCaseChange {
    enum class Kind : quint8 {
        Open,       // a new case for `problem`
        Update,     // the engine still reports the case: keep its evidence current
        Unreported, // the engine stopped reporting the case: start its quiet period
        Close,      // the parcel moved on: close the case, `note` says why
        Reopen,     // the problem of a case closed by quiet came back: open that case again, `note` says why
    };
    Kind kind = Kind::Open;
    qint64 caseId = 0; // the stored case; 0 for Open
    qint64 shipmentId = 0;
    DetectedProblem problem; // Open, Update and Reopen: what the engine reports now
    QString note;            // Close and Reopen: the reason, in words

    friend bool operator==(const ProblemCaseChange &, const ProblemCaseChange &) = default;
};
