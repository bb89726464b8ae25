#pragma once

#include "deliveryestimate.h"
#include "detectedproblem.h"
#include "problemthresholds.h"
#include "scangapnorms.h"
#include "shipmentfacts.h"

#include <QDate>
#include <QDateTime>
#include <QList>

#include <memory>

// The problem detection rules (core/problems/README.md): which problem cases are open for a
// shipment at a given moment, and why, in words an operator understands. Stateless and pure: the
// same facts, moment, thresholds and scan-gap norms always give the same answer, so a case can
// never flap on the engine's account; noise is settled once, in ShipmentFacts. Safe to share
// between threads, as long as its norms are not relearned in place while another thread evaluates.
class ProblemEngine
{
public:
    // `norms`: the scan gaps learned from delivered parcels (null: none), read at each
    // evaluation, so a set relearned in place counts at once; the stalled rule waits at least as
    // long as they say.
    explicit ProblemEngine(ProblemThresholds thresholds = ProblemThresholds::defaults(),
                           std::shared_ptr<const ScanGapNorms> norms = {});

    const ProblemThresholds &thresholds() const { return m_thresholds; }
    const RuleThresholds &thresholdsFor(const Shipment &shipment) const
    {
        return m_thresholds.forShipment(shipment.carrier, shipment.service);
    }

    // The problems open at `nowUtcSecs` (not before the moment the facts were built), oldest
    // first. `expectedDelivery` is the earliest day the parcel is expected (the carrier's date or
    // a prediction), null if none: after the promised day, the parcel is at risk.
    QList<DetectedProblem> evaluate(const ShipmentFacts &facts, qint64 nowUtcSecs, const QDate &expectedDelivery = {}) const;
    // With a delivery estimate: at risk when even the early end of its window is after the
    // promise (a prediction's median alone would call half of the lanes' parcels at risk).
    QList<DetectedProblem> evaluate(const ShipmentFacts &facts, qint64 nowUtcSecs, const DeliveryEstimate &estimate) const
    {
        return evaluate(facts, nowUtcSecs, estimate.earliest.isValid() ? estimate.earliest : estimate.date);
    }
    QList<DetectedProblem> evaluate(const ShipmentFacts &facts, const QDateTime &now, const QDate &expectedDelivery = {}) const
    {
        return evaluate(facts, now.toSecsSinceEpoch(), expectedDelivery);
    }
    // Facts and rules in one go, for a single shipment as of `now`.
    QList<DetectedProblem> evaluate(const Shipment &shipment, const QList<TrackingEvent> &events, const QDateTime &now,
                                    const QDate &expectedDelivery = {}) const;

private:
    // The gap after the parcel's last scan that `t.stalledNormPercent` of delivered parcels stayed within.
    ScanGapNorms::Norm usualGapAfter(const ShipmentFacts &facts, const RuleThresholds &t) const;

    ProblemThresholds m_thresholds;
    std::shared_ptr<const ScanGapNorms> m_norms;
};
