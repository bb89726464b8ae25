#pragma once

#include "detectedproblem.h"
#include "model/shipment.h"
#include "problemcasechange.h"
#include "trackedproblemcase.h"

#include <QList>

// Turns what the detection engine sees now into changes to a shipment's stored cases: opens a
// case for a new problem, keeps the evidence of a reported one current, and closes a case the
// engine no longer reports, saying why. Two rules keep the queue calm:
// - a case closes only once the engine has stopped reporting it for a quiet period, or at once
//   when the parcel has reached its end (delivered, returned): a verdict that wavers on noisy
//   scans never flaps a case closed and open again;
// - a problem an operator resolved is not reopened while the same episode goes on (it began
//   before they resolved it); a new episode, begun after, opens a new case.
class ProblemCaseTracker
{
public:
    static constexpr qint64 DefaultQuietSecs = 2 * 3600;

    explicit ProblemCaseTracker(qint64 quietSecs = DefaultQuietSecs) : m_quietSecs(quietSecs) {}

    // `stored`: the shipment's open, acknowledged and resolved cases (ProblemCaseStore::loadTrackedCases).
    QList<ProblemCaseChange> reconcile(const Shipment &shipment, const QList<TrackedProblemCase> &stored,
                                       const QList<DetectedProblem> &detected, const QDateTime &now) const;

private:
    ProblemCaseChange keepCurrent(const TrackedProblemCase &tracked, const DetectedProblem &problem) const;
    static QString closingReason(const Shipment &shipment, const TrackedProblemCase &tracked, const QDateTime &now);

    qint64 m_quietSecs;
};
