// The GUI thread while the poller is busy: N shipments (default 1,000,000) in the real main window,
// sorted by status, 1,000 shipment updates per second through MainWindow::applyShipmentUpdates (in
// batches of 10 every 10 ms, as the poller sends them) while the table scrolls 3 rows every 16 ms.
// A 1 ms heartbeat timer measures the event loop: the longest gap between two beats is the longest
// the window could not react. The peer is the same run without the table's coalescing: every
// batch flushed into the view at once (what a model without the flush timer does).

#include "benchjson.h"
#include "benchshipments.h"
#include "mainwindow.h"
#include "shipmenttablemodel.h"
#include "storage/database.h"
#include "storage/shipmentrepository.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

constexpr int RunMs = 10000;
constexpr int BatchEveryMs = 10;
constexpr int BatchSize = 10;
constexpr int ScrollEveryMs = 16;

struct Stalls {
    double longestMs = 0;
    double p99Ms = 0;
    qint64 updates = 0;
};

Stalls run(MainWindow &window, ShipmentColumns &columns, bool flushEachBatch)
{
    QRandomGenerator random(7);
    QTableView *table = window.shipmentTable();
    Stalls stalls;
    QList<double> gaps;
    QElapsedTimer clock;
    clock.start();
    qint64 lastBeat = clock.nsecsElapsed();

    QTimer heartbeat;
    heartbeat.setTimerType(Qt::PreciseTimer);
    QObject::connect(&heartbeat, &QTimer::timeout, [&] {
        const qint64 now = clock.nsecsElapsed();
        gaps.append((now - lastBeat) / 1e6);
        lastBeat = now;
    });
    QTimer updates;
    updates.setTimerType(Qt::PreciseTimer);
    QObject::connect(&updates, &QTimer::timeout, [&] {
        // As many as are due by the clock, so timer drift under load does not lower the rate.
        const qint64 due = clock.elapsed() * BatchSize / BatchEveryMs;
        QList<Shipment> batch;
        for (qint64 i = stalls.updates; i < due; ++i) {
            Shipment shipment = columns.shipment(qsizetype(random.bounded(quint32(columns.size()))));
            shipment.subStatus = SubStatus(random.bounded(SubStatusCount));
            shipment.lastEventAt = QDateTime::currentDateTimeUtc();
            batch.append(shipment);
        }
        window.applyShipmentUpdates(batch);
        if (flushEachBatch)
            window.shipmentModel()->flushPendingUpdates();
        stalls.updates += batch.size();
    });
    QTimer scroll;
    QObject::connect(&scroll, &QTimer::timeout, [table] {
        QScrollBar *bar = table->verticalScrollBar();
        bar->setValue(bar->value() + 3 >= bar->maximum() ? 0 : bar->value() + 3);
    });
    heartbeat.start(1);
    updates.start(BatchEveryMs);
    scroll.start(ScrollEveryMs);
    QEventLoop loop;
    QTimer::singleShot(RunMs, &loop, &QEventLoop::quit);
    loop.exec();
    std::sort(gaps.begin(), gaps.end());
    stalls.longestMs = gaps.isEmpty() ? 0 : gaps.last();
    stalls.p99Ms = gaps.isEmpty() ? 0 : gaps[qsizetype(double(gaps.size() - 1) * 0.99)];
    return stalls;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const qint64 n = benchCount(argc, argv, 1000000);
    ShipmentColumns columns = benchShipments(n);
    QTemporaryDir dir;
    Database db(DatabaseConfig::sqlite(dir.filePath(u"bench.sqlite"_s)));
    if (Outcome opened = db.open(); !opened.ok())
        qFatal("%s", qPrintable(opened.error()));
    ShipmentRepository repository(db);
    QSettings settings(dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
    MainWindow window(columns, repository, settings);
    window.resize(1400, 900);
    window.show();
    window.shipmentTable()->sortByColumn(ShipmentTableModel::StatusColumn, Qt::AscendingOrder);
    while (window.shipmentModel()->isArranging())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    window.shipmentTable()->selectRow(100);

    const Stalls peer = run(window, columns, true);
    const Stalls ours = run(window, columns, false);
    const QString peerName = u"flush every batch"_s;
    printFigure({u"gui_stall"_s, u"longest_stall"_s, ours.longestMs, u"ms"_s, n, peerName, peer.longestMs});
    printFigure({u"gui_stall"_s, u"p99_gap"_s, ours.p99Ms, u"ms"_s, n, peerName, peer.p99Ms});
    printFigure({u"gui_stall"_s, u"updates_per_second"_s, double(ours.updates) * 1000.0 / RunMs, u"updates/s"_s, n, {}, 0});
    return 0;
}
