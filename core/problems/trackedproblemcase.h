#pragma once

#include "problemcase.h"

#include <QDateTime>

// A stored case as the case tracker needs it: besides the case itself, since when the engine has
// stopped reporting it, so a verdict that wavers for a moment does not close and reopen cases.
struct TrackedProblemCase {
    ProblemCase problemCase; // without history
    QDateTime unreportedSince; // UTC; null while the engine reports it
};
