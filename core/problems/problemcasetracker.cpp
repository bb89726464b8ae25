#include "problemcasetracker.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace {

// The operator resolved this problem while it was already going on: the same episode.
bool resolvedThisEpisode(const QList<TrackedProblemCase> &stored, const DetectedProblem &problem)
{
    return std::any_of(stored.cbegin(), stored.cend(), [&problem](const TrackedProblemCase &t) {
        const ProblemCase &c = t.problemCase;
        return c.type == problem.type && c.state == ProblemCaseState::Resolved && c.closedAt.isValid()
            && (!problem.since.isValid() || problem.since <= c.closedAt);
    });
}

} // namespace

const TrackedProblemCase *ProblemCaseTracker::activeCase(const QList<TrackedProblemCase> &stored, ProblemType type)
{
    for (const TrackedProblemCase &t : stored) {
        if (t.problemCase.type == type && t.problemCase.isActive())
            return &t;
    }
    return nullptr;
}

QList<ProblemCaseChange> ProblemCaseTracker::reconcile(const Shipment &shipment, const QList<TrackedProblemCase> &stored,
                                                       const QList<DetectedProblem> &detected, const QDateTime &now) const
{
    QList<ProblemCaseChange> changes;
    bool reported[ProblemTypeCount] = {};
    for (const DetectedProblem &problem : detected) {
        if (std::exchange(reported[int(problem.type)], true))
            continue; // one case per type: the engine's first word on it counts
        if (const TrackedProblemCase *tracked = activeCase(stored, problem.type)) {
            ProblemCaseChange change = keepCurrent(*tracked, problem);
            if (change.caseId != 0)
                changes.append(change);
            continue;
        }
        if (resolvedThisEpisode(stored, problem))
            continue;
        if (const ProblemCase *closed = reopenable(shipment, stored, problem.type, now)) {
            DetectedProblem back = problem;
            if (closed->since.isValid() && (!back.since.isValid() || closed->since < back.since))
                back.since = closed->since; // one case, from when the trouble first showed
            const QString note = tr("The problem is back %1 minutes after the case closed: %2")
                                     .arg(QLocale().toString(closed->closedAt.secsTo(now) / 60), problem.evidence);
            changes.append({ProblemCaseChange::Kind::Reopen, closed->id, shipment.id, back, note});
            continue;
        }
        changes.append({ProblemCaseChange::Kind::Open, 0, shipment.id, problem, {}});
    }
    const bool atTheEnd = Taxonomy::isFinal(shipment.subStatus);
    for (const TrackedProblemCase &tracked : stored) {
        const ProblemCase &c = tracked.problemCase;
        if (!c.isActive() || reported[int(c.type)])
            continue;
        const bool quietLongEnough = tracked.unreportedSince.isValid() && tracked.unreportedSince.secsTo(now) >= m_quietSecs;
        if (atTheEnd || quietLongEnough)
            changes.append({ProblemCaseChange::Kind::Close, c.id, shipment.id, {}, closingReason(shipment, tracked, now)});
        else if (!tracked.unreportedSince.isValid())
            changes.append({ProblemCaseChange::Kind::Unreported, c.id, shipment.id, {}, {}});
    }
    return changes;
}

// The newest case of this type, if the engine closed it by quiet within the reopen window. Not
// when the parcel is at its end: a case closed because it got there stays closed (the engine
// closes at once then, so a final parcel's closed case is one of those).
const ProblemCase *ProblemCaseTracker::reopenable(const Shipment &shipment, const QList<TrackedProblemCase> &stored,
                                                  ProblemType type, const QDateTime &now) const
{
    if (Taxonomy::isFinal(shipment.subStatus))
        return nullptr;
    const ProblemCase *newest = nullptr;
    for (const TrackedProblemCase &t : stored) {
        if (t.problemCase.type == type && (!newest || t.problemCase.id > newest->id))
            newest = &t.problemCase;
    }
    if (!newest || newest->state != ProblemCaseState::Closed || !newest->closedAt.isValid())
        return nullptr;
    return newest->closedAt.secsTo(now) <= m_reopenSecs ? newest : nullptr;
}

// An Update when anything the operator sees changed or the case had gone quiet; else none (id 0).
ProblemCaseChange ProblemCaseTracker::keepCurrent(const TrackedProblemCase &tracked, const DetectedProblem &problem) const
{
    const ProblemCase &c = tracked.problemCase;
    DetectedProblem now = problem;
    // The case began when the problem first showed; a later "since" is the same problem going on.
    if (c.since.isValid() && (!now.since.isValid() || c.since < now.since))
        now.since = c.since;
    const bool evidenceChanged = now.evidence != c.evidence || now.rule != c.rule;
    const bool dueChanged = now.deadline != c.dueAt || now.remindAt != c.remindAt;
    if (!evidenceChanged && !dueChanged && now.since == c.since && !tracked.unreportedSince.isValid())
        return {};
    return {ProblemCaseChange::Kind::Update, c.id, c.shipmentId, now, evidenceChanged ? now.evidence : QString()};
}

QString ProblemCaseTracker::closingReason(const Shipment &shipment, const TrackedProblemCase &tracked, const QDateTime &now)
{
    const QString status = Taxonomy::subStatusLabel(shipment.subStatus);
    if (Taxonomy::isFinal(shipment.subStatus))
        return tr("The parcel moved on: it is now \u201c%1\u201d, and Shipdeck no longer sees this problem.").arg(status);
    const qint64 quietMinutes = tracked.unreportedSince.secsTo(now) / 60;
    return tr("Shipdeck has not seen this problem for %1 minutes; the parcel is now \u201c%2\u201d.")
        .arg(QLocale().toString(quietMinutes), status);
}
