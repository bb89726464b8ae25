#pragma once

#include "detectedproblem.h"
#include "model/shipment.h"
#include "problemcasechange.h"
#include "trackedproblemcase.h"

#include <QCoreApplication>
#include <QList>

// Turns what the detection engine sees now into changes to a shipment's stored cases: opens a
// case for a new problem, keeps the evidence of a reported one current, and closes a case the
// engine no longer reports, saying why. Two rules keep the queue calm:
// - a case closes only once the engine has stopped reporting it for a quiet period, or at once
//   when the parcel has reached its end (delivered, returned): a verdict that wavers on noisy
//   scans never flaps a case closed and open again;
// - a problem that comes back within reopenSecs of its case closing by quiet reopens that case
//   (history "reopened"), so operators see one case with its whole story, not a new one;
//   a case closed because the parcel reached its end stays closed;
// - a problem an operator resolved is not reopened while the same episode goes on (it began
//   before they resolved it); a new episode, begun after, opens a new case.
class ProblemCaseTracker
{
    Q_DECLARE_TR_FUNCTIONS(ProblemCaseTracker)

public:
    static constexpr qint64 DefaultQuietSecs = 2 * 3600;
    // Two days: a parcel that stalls again the day after it moved, or an estimate that slips
    // twice, is the same trouble to the operator; a week later it is news.
    static constexpr qint64 DefaultReopenSecs = 48 * 3600;

    explicit ProblemCaseTracker(qint64 quietSecs = DefaultQuietSecs, qint64 reopenSecs = DefaultReopenSecs)
        : m_quietSecs(quietSecs), m_reopenSecs(reopenSecs)
    {
    }

    // The shipment's working (open or acknowledged) case of this type, if any: one at most.
    static const TrackedProblemCase *activeCase(const QList<TrackedProblemCase> &stored, ProblemType type);

    // `stored`: the shipment's cases in id order (ProblemCaseStore::loadTrackedCases).
    QList<ProblemCaseChange> reconcile(const Shipment &shipment, const QList<TrackedProblemCase> &stored,
                                       const QList<DetectedProblem> &detected, const QDateTime &now) const;

private:
    ProblemCaseChange keepCurrent(const TrackedProblemCase &tracked, const DetectedProblem &problem) const;
    static QString closingReason(const Shipment &shipment, const TrackedProblemCase &tracked, const QDateTime &now);
    const ProblemCase *reopenable(const Shipment &shipment, const QList<TrackedProblemCase> &stored, ProblemType type,
                                  const QDateTime &now) const;

    qint64 m_quietSecs;
    qint64 m_reopenSecs;
};
