// The problem queue's periodic full reload with N working cases in a SQLite database: the longest
// the GUI thread's event loop stalls while a reload runs on its worker (startReload), against the
// whole read done on the GUI thread (reload(), as before), measured in the same run.

#include "benchjson.h"
#include "problemqueue.h"
#include "problems/problemcasestore.h"
#include "storage/database.h"
#include "storage/shipmentrepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTemporaryDir>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

constexpr int Repetitions = 5;
const QDateTime Now(QDate(2026, 11, 25), QTime(12, 0), Qt::UTC);

Outcome fill(Database &db, qint64 count)
{
    QList<ShipmentRecord> records;
    records.reserve(count);
    for (qint64 i = 0; i < count; ++i) {
        ShipmentRecord r;
        r.shipment.orderNumber = u"SO-%1"_s.arg(i);
        r.shipment.trackingNumber = u"JJD%1"_s.arg(i, 12, 10, QChar(u'0'));
        r.shipment.carrier = u"dhl"_s;
        r.shipment.subStatus = SubStatus::InTransit;
        records.append(r);
    }
    if (Outcome saved = ShipmentRepository(db).saveShipments(records); !saved)
        return saved;
    QList<ProblemCaseChange> opens;
    for (const ShipmentRecord &r : std::as_const(records)) {
        const DetectedProblem problem{ProblemType::Stalled, Now.addSecs(-3600), u"stalled.no_scan"_s,
                                      u"No scan since 23 Nov 2026 08:12: more than 48 working hours."_s, {}, {}, {}};
        opens.append({ProblemCaseChange::Kind::Open, 0, r.shipment.id, problem, {}});
    }
    QList<ProblemCase> opened;
    return ProblemCaseStore(db).applyChanges(opens, Now, opened);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const qint64 count = benchCount(argc, argv, 70000);
    QTemporaryDir dir;
    Database db(DatabaseConfig::sqlite(dir.filePath(u"cases.sqlite"_s)));
    if (Outcome ready = db.open(); !ready || !(ready = fill(db, count))) {
        std::fprintf(stderr, "bench_queuereload: %s\n", qPrintable(ready.error()));
        return 1;
    }
    ProblemCaseStore store(db);
    ProblemQueue queue(store);

    QList<double> onGuiThread, stalls;
    for (int i = 0; i < Repetitions; ++i) {
        QElapsedTimer timer;
        timer.start();
        if (!queue.reload())
            return 1;
        onGuiThread.append(timer.nsecsElapsed() / 1e6);

        // The event loop ticks every millisecond meanwhile; the longest gap is the stall.
        QTimer ticker;
        ticker.setTimerType(Qt::PreciseTimer);
        QElapsedTimer sinceTick;
        double longest = 0;
        QObject::connect(&ticker, &QTimer::timeout, [&] {
            longest = std::max(longest, sinceTick.nsecsElapsed() / 1e6);
            sinceTick.restart();
        });
        QEventLoop loop;
        QObject::connect(&queue, &ProblemQueue::reloaded, &loop, &QEventLoop::quit);
        ticker.start(1);
        sinceTick.start();
        queue.startReload();
        loop.exec();
        longest = std::max(longest, sinceTick.nsecsElapsed() / 1e6); // the apply itself, up to reloaded()
        stalls.append(longest);
    }
    printFigure({u"queue_reload"_s, u"gui_stall_median"_s, median(stalls), u"ms"_s, count,
                 u"reload on the GUI thread"_s, median(onGuiThread)});
    return 0;
}
