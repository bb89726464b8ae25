#pragma once

#include "deliverypredictor.h"
#include "detectedproblem.h"
#include "model/outcome.h"
#include "model/shipment.h"
#include "model/trackingevent.h"
#include "problemcasestore.h"
#include "problemengine.h"
#include "problemcasetracker.h"

#include <QHash>
#include <QList>

#include <functional>
#include <memory>

class Database;

// The problems a shipment has at a moment, from its events: the detection engine's answer.
using ProblemDetector =
    std::function<QList<DetectedProblem>(const Shipment &shipment, const QList<TrackingEvent> &events, const QDateTime &now)>;

// Keeps the stored problem cases in step with the shipments: asks the detector about shipments
// that changed, and, since silence is a signal too, goes round the shipments still under way (and
// those with working cases) a slice at a time. Used by the poller, on its thread and connection.
//
// On that round, the events may be hours old (polls come every few hours), so a silence that has
// just passed its threshold may already be broken by a scan the carrier has and Shipdeck has not
// fetched. Such a case is not opened on old news: the shipment's next poll is brought forward to
// now, and the review after that poll opens it if the silence still holds. If the poll fails, or
// no answer comes within SilenceCheckSecs of it being due (a carrier down, a long queue), it
// opens on what there is.
class ProblemCaseKeeper
{
public:
    ProblemCaseKeeper(Database &database, ProblemDetector detector, ProblemCaseTracker tracker = ProblemCaseTracker());

    // The detection engine as a detector. The expected delivery is `predictor`'s estimate (the
    // carrier's own date if it gave one, else the prediction from history), read at each call so
    // a retrained predictor counts at once; without a predictor, only the carrier's date.
    static ProblemDetector engineDetector(ProblemEngine engine = ProblemEngine(),
                                          std::shared_ptr<const DeliveryPredictor> predictor = {});

    // Re-evaluates these shipments (as they are now) and stores what changed, in one transaction.
    // `changed` gets the cases that changed, as they are now.
    Outcome reviewShipments(const QList<Shipment> &shipments, const QDateTime &now, QList<ProblemCase> &changed);
    // Re-evaluates the next `limit` shipments under way or with working cases, round robin.
    Outcome reviewNextSlice(const QDateTime &now, int limit, QList<ProblemCase> &changed);

    static constexpr qint64 SilenceCheckSecs = 2 * 3600;

private:
    // How current a shipment's events are: when the carrier last answered, when it is asked next.
    struct PollState {
        QDateTime checkedAt; // null: never answered
        QDateTime nextPoll;  // null: due now, or never again
    };

    // `polls`: for holding silence problems back until a poll confirms them (null: the events
    // were just fetched).
    Outcome review(const QList<Shipment> &shipments, const QDateTime &now, const QHash<qint64, PollState> *polls,
                   QList<ProblemCase> &changed);
    bool holdUnconfirmedSilence(QList<DetectedProblem> &detected, const Shipment &shipment, const QList<TrackingEvent> &events,
                                const QList<TrackedProblemCase> &stored, const PollState &poll, const QDateTime &now) const;
    Outcome loadEvents(const QList<qint64> &shipmentIds, QHash<qint64, QList<TrackingEvent>> &into) const;
    Outcome loadSlice(int limit, QList<Shipment> &into, QHash<qint64, PollState> &polls) const;
    Outcome pollSoon(const QList<qint64> &shipmentIds, const QDateTime &now) const;

    Database &m_db;
    ProblemDetector m_detector;
    ProblemCaseTracker m_tracker;
    ProblemCaseStore m_store;
    qint64 m_sliceAfterId = 0; // where the round through the shipments goes on
};
