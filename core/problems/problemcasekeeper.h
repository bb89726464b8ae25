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

private:
    Outcome loadEvents(const QList<qint64> &shipmentIds, QHash<qint64, QList<TrackingEvent>> &into) const;
    Outcome loadSlice(int limit, QList<Shipment> &into) const;

    Database &m_db;
    ProblemDetector m_detector;
    ProblemCaseTracker m_tracker;
    ProblemCaseStore m_store;
    qint64 m_sliceAfterId = 0; // where the round through the shipments goes on
};
