// What the console's problem queue costs at scale: the in-memory index of working cases over N
// shipments (memory, building it, taking in a poller's batch of changes) and the table filter it
// hands the model (building its snapshot, running it over every row). The peer is the obvious
// alternative: every working case kept as a ProblemCase value per shipment, measured in the same run.

#include "benchjson.h"
#include "model/shipmentcolumns.h"
#include "problems/problemcaseindex.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>

#include <malloc.h>

using namespace Qt::StringLiterals;

namespace {

constexpr int Repetitions = 5;
constexpr int CasesPerThousand = 60; // shipments with working cases, per thousand; some have two

// Deterministic cases on a fixed share of the shipments, ids in storage order.
QList<ProblemCase> workingCases(const ShipmentColumns &shipments)
{
    QList<ProblemCase> cases;
    qint64 nextId = 1;
    for (qsizetype row = 0; row < shipments.size(); ++row) {
        const qsizetype slot = row % 1000;
        if (slot >= CasesPerThousand)
            continue;
        ProblemCase c;
        c.id = nextId++;
        c.shipmentId = shipments.id(row);
        c.type = ProblemType(slot % ProblemTypeCount);
        c.rule = u"stalled.no_scan"_s;
        // Each case's own words, as the engine writes them: no sharing between cases.
        c.evidence = u"No scan since %1 Nov 2026 08:12: more than 48 working hours, the norm for DHL Paket."_s.arg(row % 30 + 1);
        cases.append(c);
        if (slot % 7 == 0) {
            c.id = nextId++;
            c.type = ProblemType((slot + 1) % ProblemTypeCount);
            c.evidence = u"Promised for %1 Nov 2026 and not delivered by the end of that day."_s.arg(row % 30 + 1);
            cases.append(c);
        }
    }
    return cases;
}

// The index reads only ids and row positions: plain shipments with an id and a number do.
ShipmentColumns plainShipments(qint64 count)
{
    ShipmentColumns shipments;
    shipments.reserve(count);
    for (qint64 id = 1; id <= count; ++id) {
        Shipment s;
        s.id = id;
        s.trackingNumber = u"JJD%1"_s.arg(id, 12, 10, QChar(u'0'));
        s.carrier = u"dhl"_s;
        shipments.upsert(s);
    }
    return shipments;
}

qint64 settledResidentBytes()
{
    malloc_trim(0);
    return residentBytes();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const qint64 count = benchCount(argc, argv, 1000000);
    const ShipmentColumns shipments = plainShipments(count);
    const QList<ProblemCase> cases = workingCases(shipments);

    QList<double> buildMs, applyMs, snapshotMs, filterMs;
    qint64 indexBytes = 0, peerBytes = 0;
    for (int run = 0; run < Repetitions; ++run) {
        const qint64 before = settledResidentBytes();
        QElapsedTimer timer;
        timer.start();
        ProblemCaseIndex index;
        index.reset(cases);
        buildMs.append(timer.nsecsElapsed() / 1e6);
        indexBytes = settledResidentBytes() - before;

        // A poller flush: a thousand cases change (half close, half open anew).
        QList<ProblemCase> batch = cases.mid(0, 1000);
        for (qsizetype i = 0; i < batch.size(); ++i) {
            if (i % 2 == 0)
                batch[i].state = ProblemCaseState::Closed;
            else
                batch[i].id += cases.size();
        }
        timer.restart();
        index.apply(batch);
        applyMs.append(timer.nsecsElapsed() / 1e6);

        timer.restart();
        const RowFilter filter = index.rowFilter(shipments, ProblemCaseIndex::bit(ProblemType::Stalled)
                                                                | ProblemCaseIndex::bit(ProblemType::Lost));
        snapshotMs.append(timer.nsecsElapsed() / 1e6);
        timer.restart();
        qsizetype passed = 0;
        for (qsizetype row = 0; row < shipments.size(); ++row)
            passed += filter(row) ? 1 : 0;
        filterMs.append(timer.nsecsElapsed() / 1e6);
        if (passed == 0)
            qFatal("the filter passed no row");
    }
    {
        const qint64 before = settledResidentBytes();
        QHash<qint64, QList<ProblemCase>> peer;
        for (const ProblemCase &c : cases) {
            // Its own text, as cases read from the database would have: no sharing with `cases`.
            ProblemCase copy = c;
            copy.rule = QString(c.rule.constData(), c.rule.size());
            copy.evidence = QString(c.evidence.constData(), c.evidence.size());
            peer[c.shipmentId].append(copy);
        }
        peerBytes = settledResidentBytes() - before;
    }

    const auto print = [count](const QString &metric, double value, const QString &unit, const QString &peer = {},
                               double peerValue = 0) {
        printFigure({u"problemqueue"_s, metric, value, unit, count, peer, peerValue});
    };
    print(u"working_cases"_s, double(cases.size()), u"cases"_s);
    print(u"index_memory"_s, indexBytes / 1048576.0, u"MiB"_s, u"QHash<id, QList<ProblemCase>>"_s, peerBytes / 1048576.0);
    print(u"index_build_median"_s, median(buildMs), u"ms"_s);
    print(u"apply_1000_changes_median"_s, median(applyMs), u"ms"_s);
    print(u"filter_snapshot_median"_s, median(snapshotMs), u"ms"_s);
    print(u"filter_all_rows_median"_s, median(filterMs), u"ms"_s);
    return 0;
}
