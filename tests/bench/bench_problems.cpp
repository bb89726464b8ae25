// Re-evaluating every shipment after a rule change: the detection engine over N settled
// ShipmentFacts on one core, against the peer that rebuilds the facts from each shipment's events
// first (what evaluating straight from the events would cost), measured in the same run.

#include "benchjson.h"
#include "problems/problemengine.h"
#include "sim/demodatagenerator.h"

#include <QCoreApplication>
#include <QElapsedTimer>

using namespace Qt::StringLiterals;

namespace {

constexpr int Repetitions = 5;
constexpr int Distinct = 20000; // distinct simulated shipments, repeated up to N (their data shared, as Qt does)

// A rule change: longer stalls everywhere, a shorter grace for late scans; the stalled rule
// reads the scan gaps learned from past deliveries, as in production.
ProblemEngine changedRules(std::shared_ptr<const ScanGapNorms> norms)
{
    ProblemThresholds thresholds = ProblemThresholds::defaults();
    RuleThresholds base = thresholds.base();
    base.stalledHours = 60;
    base.lateGraceHours = 4;
    thresholds.setBase(base);
    return ProblemEngine(thresholds, std::move(norms));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const qint64 n = benchCount(argc, argv, 1000000);
    const QDateTime now(QDate(2026, 11, 20), QTime(12, 0), Qt::UTC);
    const QList<ShipmentRecord> distinct = DemoDataGenerator(42, now).generate(0, int(std::min<qint64>(Distinct, n)));

    const ProblemEngine engine;
    QList<ShipmentFacts> facts;
    facts.reserve(n);
    QElapsedTimer timer;
    timer.start();
    for (qint64 i = 0; i < n; ++i) {
        const ShipmentRecord &r = distinct[i % distinct.size()];
        facts.append(ShipmentFacts::build(r.shipment, r.events, now, engine.thresholdsFor(r.shipment)));
    }
    const double buildMs = double(timer.nsecsElapsed()) / 1e6;

    // The scan gaps of another seed's parcels, as the poller learns them from its database.
    auto norms = std::make_shared<ScanGapNorms>();
    for (const ShipmentRecord &r : DemoDataGenerator(43, now).generate(0, Distinct))
        norms->learn(r);
    const ProblemEngine changed = changedRules(norms);
    const qint64 nowSecs = now.toSecsSinceEpoch();
    QList<double> ours;
    QList<double> peer;
    qint64 oursOpen = 0;
    qint64 peerOpen = 0;
    for (int rep = 0; rep < Repetitions; ++rep) {
        timer.restart();
        oursOpen = 0;
        for (qint64 i = 0; i < n; ++i)
            oursOpen += changed.evaluate(facts[i], nowSecs, facts[i].carrierEstimate).size();
        ours.append(double(timer.nsecsElapsed()) / 1e6);
    }
    for (int rep = 0; rep < 3; ++rep) {
        timer.restart();
        peerOpen = 0;
        for (qint64 i = 0; i < n; ++i) {
            const ShipmentRecord &r = distinct[i % distinct.size()];
            const ShipmentFacts rebuilt = ShipmentFacts::build(r.shipment, r.events, now, changed.thresholdsFor(r.shipment));
            peerOpen += changed.evaluate(rebuilt, nowSecs, r.shipment.carrierEstimate).size();
        }
        peer.append(double(timer.nsecsElapsed()) / 1e6);
    }
    if (oursOpen != peerOpen)
        qFatal("the two ways disagree: %lld against %lld open cases", static_cast<long long>(oursOpen), static_cast<long long>(peerOpen));

    printFigure({u"problems_reevaluate"_s, u"median"_s, median(ours), u"ms"_s, n, u"rebuild facts from events, then evaluate"_s, median(peer)});
    printFigure({u"problems_facts_build"_s, u"once"_s, buildMs, u"ms"_s, n, {}, 0});
    printFigure({u"problems_open_cases"_s, u"per_shipment"_s, double(oursOpen) / double(n), u"cases"_s, n, {}, 0});
    return 0;
}
