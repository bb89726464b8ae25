// A full poll cycle of N shipments (default 100,000) against the carrier sandbox on loopback with
// every limit lifted: responses per second and the poller's peak memory. Repeated on the same
// database with the tracking state cleared, medians reported.

#include "benchjson.h"
#include "carriers/carrierregistry.h"
#include "sandboxserver.h"
#include "sim/demodatagenerator.h"
#include "storage/database.h"
#include "storage/shipmentrepository.h"
#include "tracking/carrierconfig.h"
#include "tracking/poller.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <sys/resource.h>

using namespace Qt::StringLiterals;

namespace {

constexpr int Repetitions = 3;
const QDateTime demoNow(QDate(2026, 11, 20), QTime(12, 0), Qt::UTC);

qint64 peakResidentBytes()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return qint64(usage.ru_maxrss) * 1024;
}

void importShipments(Database &db, int count)
{
    const DemoDataGenerator generator(42, demoNow);
    ShipmentRepository repo(db);
    for (int first = 0; first < count; first += 5000) {
        QList<ShipmentRecord> batch = generator.generate(first, std::min(5000, count - first));
        for (ShipmentRecord &record : batch) {
            record.events.clear();
            record.shipment.subStatus = SubStatus::NoInformation;
            record.shipment.lastEventAt = QDateTime();
        }
        if (Outcome saved = repo.saveShipments(batch); !saved.ok())
            qFatal("%s", qPrintable(saved.error()));
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int count = int(benchCount(argc, argv, 100000));
    const SystemClock wall;
    SandboxOptions options;
    options.demoSeed = 42;
    options.demoNow = demoNow;
    options.demoCount = count;
    options.epoch = demoNow;
    options.speed = 0;
    options.liftLimits = true;
    SandboxServer server(options, wall);
    const quint16 port = server.listen();
    if (!port)
        qFatal("the sandbox could not listen");

    QTemporaryDir dir;
    const DatabaseConfig config = DatabaseConfig::sqlite(dir.filePath(u"bench.sqlite"_s));
    Database db(config);
    if (Outcome opened = db.open(); !opened.ok())
        qFatal("%s", qPrintable(opened.error()));
    importShipments(db, count);

    const CarrierRegistry carriers;
    QMap<QString, CarrierSettings> settings = CarrierConfig::sandbox(carriers, port);
    for (CarrierSettings &carrier : settings) {
        carrier.limits.requestsPerSecond = 1e6;
        carrier.limits.burst = 1000;
        carrier.limits.maxConcurrent = 16;
    }
    const ManualClock domain(demoNow);
    QList<double> rates, shipmentRates;
    qint64 requests = 0;
    const qint64 before = peakResidentBytes();
    for (int rep = 0; rep < Repetitions; ++rep) {
        QSqlQuery(db.connection()).exec(u"DELETE FROM tracking_events"_s);
        QSqlQuery(db.connection()).exec(u"UPDATE shipments SET next_poll_utc_ms = NULL"_s);
        Poller poller(carriers, settings, config, domain, wall);
        poller.setShipmentsPerCycle(count);
        PollReport report;
        QEventLoop loop;
        QObject::connect(&poller, &Poller::cycleFinished, &loop, [&](const PollReport &r) {
            report = r;
            loop.quit();
        });
        QObject::connect(&poller, &Poller::failed, &loop, [](const QString &message) { qFatal("%s", qPrintable(message)); });
        poller.runCycle();
        if (poller.isCycleRunning())
            loop.exec();
        rates.append(report.requestsSent * 1000.0 / std::max<qint64>(1, report.elapsedMsecs));
        shipmentRates.append((report.shipmentsUpdated + report.notYetKnown) * 1000.0 / std::max<qint64>(1, report.elapsedMsecs));
        requests = report.requestsSent;
    }
    printFigure({u"poll_cycle"_s, u"responses_per_second"_s, median(rates), u"1/s"_s, requests, {}, 0});
    printFigure({u"poll_cycle"_s, u"shipments_per_second"_s, median(shipmentRates), u"1/s"_s, count, {}, 0});
    // Sandbox and poller share this process: the peak covers both, an upper bound for the poller.
    printFigure({u"poll_cycle"_s, u"peak_memory"_s, peakResidentBytes() / 1048576.0, u"MiB"_s, count, {}, 0});
    printFigure({u"poll_cycle"_s, u"peak_memory_growth"_s, (peakResidentBytes() - before) / 1048576.0, u"MiB"_s, count, {}, 0});
    return 0;
}
