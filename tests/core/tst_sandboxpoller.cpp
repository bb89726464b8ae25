// The poller against the real carrier sandbox on loopback: full cycles, every limit kept, 429s
// waited out, refused tokens renewed, and a killed poller restarting without duplicates or gaps.

#include "carriers/carrierregistry.h"
#include "model/shipmentcolumns.h"
#include "sandboxserver.h"
#include "sim/demodatagenerator.h"
#include "storage/database.h"
#include "storage/shipmentrepository.h"
#include "testdatabases.h"
#include "tracking/carrierconfig.h"
#include "tracking/poller.h"

#include <QJsonArray>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QDateTime demoNow(QDate(2026, 11, 20), QTime(12, 0), Qt::UTC);
constexpr quint64 DemoSeed = 7;
constexpr int CycleTimeoutMsecs = 120000;

// Demo shipments as a shop would import them: known to us, not yet tracked (no events).
QList<ShipmentRecord> importedShipments(int count, const QString &onlyCarrier = {})
{
    QList<ShipmentRecord> records;
    const DemoDataGenerator generator(DemoSeed, demoNow);
    for (const ShipmentRecord &record : generator.generate(0, count)) {
        if (!onlyCarrier.isEmpty() && record.shipment.carrier != onlyCarrier)
            continue;
        ShipmentRecord imported;
        imported.shipment = record.shipment;
        imported.shipment.subStatus = SubStatus::NoInformation;
        imported.shipment.lastEventAt = QDateTime();
        records.append(imported);
    }
    return records;
}

SandboxOptions sandboxOptions(int demoCount)
{
    SandboxOptions options;
    options.demoSeed = DemoSeed;
    options.demoNow = demoNow;
    options.demoCount = demoCount;
    options.epoch = demoNow;
    options.speed = 0; // frozen: what the carriers say does not change during a test
    options.liftLimits = true;
    return options;
}

} // namespace

class TestSandboxPoller : public QObject
{
    Q_OBJECT

private slots:
    void fullCycleStoresEveryJourney_data() { TestDatabases::addBackendRows(); }
    void fullCycleStoresEveryJourney();
    void rateAndConcurrencyLimitsAreKept();
    void tooManyRequestsIsWaitedOut();
    void refusedTokenIsRenewedOnce();
    void brokenAnswersLeaveAVisibleErrorAndKeepData();
    void killedPollerRestartsWithoutDuplicatesOrGaps();

private:
    PollReport runCycle(Poller &poller);
    QJsonObject carrierStats(SandboxServer &server, const QString &carrier);
    const CarrierRegistry m_carriers;
    const SystemClock m_wall;
};

PollReport TestSandboxPoller::runCycle(Poller &poller)
{
    QSignalSpy finished(&poller, &Poller::cycleFinished);
    QSignalSpy failed(&poller, &Poller::failed);
    poller.runCycle();
    if (finished.isEmpty() && !finished.wait(CycleTimeoutMsecs))
        qWarning(
            "poll cycle did not finish: %s", failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
    return finished.isEmpty() ? PollReport() : finished.first().first().value<PollReport>();
}

QJsonObject TestSandboxPoller::carrierStats(SandboxServer &server, const QString &carrier)
{
    return server.state().log().toJson().value(u"carriers").toObject().value(carrier).toObject();
}

void TestSandboxPoller::fullCycleStoresEveryJourney()
{
    QFETCH(QString, backend);
    SHIPDECK_SCRATCH_DATABASE(scratch, backend);
    constexpr int Count = 300;
    SandboxServer server(sandboxOptions(Count), m_wall);
    const quint16 port = server.listen();
    QVERIFY(port);

    Database db(scratch.config());
    QVERIFY(db.open().ok());
    ShipmentRepository repo(db);
    QList<ShipmentRecord> imported = importedShipments(Count);
    QVERIFY(repo.saveShipments(imported).ok());

    ManualClock domain(demoNow);
    Poller poller(m_carriers, CarrierConfig::sandbox(m_carriers, port), scratch.config(), domain, m_wall);
    const PollReport report = runCycle(poller);
    QCOMPARE(report.shipmentsDue, Count);
    QCOMPARE(report.shipmentsUpdated + report.notYetKnown, Count);
    QCOMPARE(report.errors, 0);
    QCOMPARE(report.requestsByCarrier.size(), 5);
    // Only parcels the carrier has not scanned yet may come back as "not known (yet)".
    const DemoDataGenerator generator(DemoSeed, demoNow);
    const QList<ShipmentRecord> truth = generator.generate(0, Count);
    const auto unscanned
        = std::count_if(truth.cbegin(), truth.cend(), [](const ShipmentRecord &r) { return r.events.isEmpty(); });
    QVERIFY2(report.notYetKnown <= unscanned, qPrintable(u"%1 not known, %2 unscanned"_s.arg(report.notYetKnown).arg(unscanned)));

    // What was stored is what the carriers showed at that moment: every visible scan once.
    ShipmentColumns columns;
    QVERIFY(repo.loadShipments(columns).ok());
    int sameStatus = 0;
    for (int i = 0; i < Count; ++i) {
        const qsizetype row = columns.rowOfId(imported[i].shipment.id);
        QList<TrackingEvent> stored;
        QVERIFY(repo.loadEvents(imported[i].shipment.id, stored).ok());
        // Compared by the scan's local wall time: DHL sends local times without a zone, and where a
        // country has several zones (Houston is not New York) the adapter's zone guess can miss by
        // hours. That is the guess, said in the event's evidence; the scan itself is the same.
        QSet<std::pair<QString, QString>> expected, got;
        for (const TrackingEvent &e : truth[i].events)
            expected.insert({e.occurredAt.toString(u"yyyy-MM-dd HH:mm:ss"_s), e.carrierCode});
        for (const TrackingEvent &e : stored)
            got.insert({e.occurredAt.toString(u"yyyy-MM-dd HH:mm:ss"_s), e.carrierCode});
        QVERIFY2(stored.size() == got.size(), qPrintable(u"%1: duplicated events"_s.arg(truth[i].shipment.trackingNumber)));
        QVERIFY2(got == expected, qPrintable(truth[i].shipment.trackingNumber));
        sameStatus += columns.status(row) == truth[i].shipment.status() ? 1 : 0;
    }
    // Carriers word some steps so that only the journey's truth can tell them apart (FedEx "DL"
    // for signed and unsigned deliveries); the top-level status agrees for nearly every parcel.
    QVERIFY2(sameStatus >= Count * 98 / 100, qPrintable(u"%1 of %2 agree"_s.arg(sameStatus).arg(Count)));

    // Polled again later, and this time the carriers change an event they had already shown
    // (re-timed or re-worded): the corrected event replaces its earlier version, nothing doubles.
    server.state().faults().addRule({u"*"_s, Fault{FaultKind::ChangedEvent, -1}, 1.0});
    domain.advanceSecs(7 * 24 * 3600);
    const PollReport again = runCycle(poller);
    QVERIFY(again.shipmentsDue > 0);
    QCOMPARE(again.errors, 0);
    const QJsonObject injected = server.state().log().toJson().value(u"carriers").toObject();
    qint64 changed = 0;
    for (const QJsonValue &carrier : injected)
        changed += carrier.toObject().value(u"injectedFaults").toObject().value(u"changed-event").toInteger();
    QVERIFY2(changed > 0, "the sandbox changed no event");
    for (int i = 0; i < Count; ++i) {
        QList<TrackingEvent> stored;
        QVERIFY(repo.loadEvents(imported[i].shipment.id, stored).ok());
        QSet<std::pair<QString, QString>> truthKeys;
        for (const TrackingEvent &e : truth[i].events)
            truthKeys.insert({e.occurredAt.toString(u"yyyy-MM-dd HH:mm:ss"_s), e.carrierCode});
        // A carrier that re-times one copy of a scan it had sent twice now shows two scans: both kept.
        const bool changedCopyOfRepeat = truth[i].events.size() > truthKeys.size() && stored.size() == truthKeys.size() + 1;
        QVERIFY2(stored.size() == truthKeys.size() || changedCopyOfRepeat,
                 qPrintable(u"%1: %2 events stored, %3 shown"_s.arg(truth[i].shipment.trackingNumber).arg(stored.size()).arg(truthKeys.size())));
    }
}

void TestSandboxPoller::rateAndConcurrencyLimitsAreKept()
{
    ScratchDatabase scratch(u"sqlite"_s);
    SandboxOptions options = sandboxOptions(400);
    options.liftLimits = false;
    options.limits.insert(u"dhl"_s, SandboxLimit { 5, 1000, false, 2, 0, u"test"_s });
    // Every answer takes 300 ms, so requests overlap unless the poller holds them back.
    options.faults.append({ u"dhl"_s, Fault { FaultKind::Slow, 300 }, 1.0 });
    SandboxServer server(options, m_wall);
    const quint16 port = server.listen();

    Database db(scratch.config());
    QVERIFY(db.open().ok());
    QList<ShipmentRecord> imported = importedShipments(400, u"dhl"_s);
    imported = imported.mid(0, 24);
    QVERIFY(ShipmentRepository(db).saveShipments(imported).ok());

    QMap<QString, CarrierSettings> settings = CarrierConfig::sandbox(m_carriers, port);
    settings[u"dhl"_s].limits.requestsPerSecond = 4; // under the carrier's 5 per second
    settings[u"dhl"_s].limits.burst = 1;
    settings[u"dhl"_s].limits.maxConcurrent = 2;
    ManualClock domain(demoNow);
    Poller poller(m_carriers, settings, scratch.config(), domain, m_wall);
    const PollReport report = runCycle(poller);
    QCOMPARE(report.shipmentsUpdated, 24);

    const QJsonObject stats = carrierStats(server, u"dhl"_s);
    QCOMPARE(stats.value(u"requests").toInt(), 24);
    QCOMPARE(stats.value(u"limitRejections").toInt(), 0);
    QVERIFY(stats.value(u"maxConcurrency").toInt() <= 2);
    // No one-second window ever saw more than the carrier allows.
    const QJsonArray times = stats.value(u"receivedAtMs").toArray();
    for (qsizetype i = 0; i < times.size(); ++i) {
        int inWindow = 0;
        for (qsizetype j = i; j < times.size() && times[j].toInteger() - times[i].toInteger() < 1000; ++j)
            ++inWindow;
        QVERIFY2(inWindow <= 5, qPrintable(u"%1 requests within a second"_s.arg(inWindow)));
    }
}

void TestSandboxPoller::tooManyRequestsIsWaitedOut()
{
    ScratchDatabase scratch(u"sqlite"_s);
    SandboxServer server(sandboxOptions(200), m_wall);
    const quint16 port = server.listen();
    for (int i = 0; i < 2; ++i)
        server.state().faults().queue(u"gls"_s, Fault { FaultKind::TooManyRequests, 1 }); // Retry-After: 1

    Database db(scratch.config());
    QVERIFY(db.open().ok());
    QList<ShipmentRecord> imported = importedShipments(200, u"gls"_s).mid(0, 6);
    QVERIFY(ShipmentRepository(db).saveShipments(imported).ok());

    QMap<QString, CarrierSettings> settings = CarrierConfig::sandbox(m_carriers, port);
    settings[u"gls"_s].limits.maxConcurrent = 1; // one at a time, so the order below is certain
    ManualClock domain(demoNow);
    Poller poller(m_carriers, settings, scratch.config(), domain, m_wall);
    const PollReport report = runCycle(poller);
    QCOMPARE(report.rateLimited, 2);
    QCOMPARE(report.shipmentsUpdated, imported.size());
    QCOMPARE(report.errors, 0);

    // Each 429 said "come back in a second", and the poller did not come back sooner.
    const QJsonArray times = carrierStats(server, u"gls"_s).value(u"receivedAtMs").toArray();
    QVERIFY(times.size() >= 3);
    QVERIFY2(times[1].toInteger() - times[0].toInteger() >= 1000, "second request came before Retry-After");
    QVERIFY2(times[2].toInteger() - times[1].toInteger() >= 1000, "third request came before Retry-After");
}

void TestSandboxPoller::refusedTokenIsRenewedOnce()
{
    ScratchDatabase scratch(u"sqlite"_s);
    SandboxServer server(sandboxOptions(200), m_wall);
    const quint16 port = server.listen();

    Database db(scratch.config());
    QVERIFY(db.open().ok());
    QList<ShipmentRecord> imported = importedShipments(200, u"ups"_s).mid(0, 5);
    QVERIFY(ShipmentRepository(db).saveShipments(imported).ok());

    QMap<QString, CarrierSettings> settings = CarrierConfig::sandbox(m_carriers, port);
    settings[u"ups"_s].limits.maxConcurrent = 1;
    ManualClock domain(demoNow);
    Poller poller(m_carriers, settings, scratch.config(), domain, m_wall);
    // The sign-in goes through (a harmless delay), then the first track call meets an expired
    // token: the poller signs in again, once, and carries on.
    server.state().faults().queue(u"ups"_s, Fault { FaultKind::Slow, 10 });
    server.state().faults().queue(u"ups"_s, Fault { FaultKind::ExpiredToken, -1 });
    const PollReport report = runCycle(poller);
    QCOMPARE(report.shipmentsUpdated, imported.size());
    QCOMPARE(report.errors, 0);
    QVERIFY2(report.tokenRequests == 2, qPrintable(u"%1 token requests"_s.arg(report.tokenRequests)));
    QVERIFY(report.retried >= 1);
}

void TestSandboxPoller::brokenAnswersLeaveAVisibleErrorAndKeepData()
{
    ScratchDatabase scratch(u"sqlite"_s);
    SandboxServer server(sandboxOptions(200), m_wall);
    const quint16 port = server.listen();
    Database db(scratch.config());
    QVERIFY(db.open().ok());
    ShipmentRepository repo(db);
    // Parcels still on their way, so the second poll asks about them again.
    const QList<ShipmentRecord> truth = DemoDataGenerator(DemoSeed, demoNow).generate(0, 200);
    QList<ShipmentRecord> imported;
    for (const ShipmentRecord &record : importedShipments(200)) {
        const auto it = std::find_if(truth.cbegin(), truth.cend(), [&](const ShipmentRecord &t) {
            return t.shipment.trackingNumber == record.shipment.trackingNumber;
        });
        if (record.shipment.carrier == u"dhl"_s && !it->events.isEmpty() && !Taxonomy::isFinal(it->shipment.subStatus))
            imported.append(record);
    }
    imported = imported.mid(0, 4);
    QCOMPARE(imported.size(), 4);
    QVERIFY(repo.saveShipments(imported).ok());

    ManualClock domain(demoNow);
    Poller poller(m_carriers, CarrierConfig::sandbox(m_carriers, port), scratch.config(), domain, m_wall);
    QCOMPARE(runCycle(poller).shipmentsUpdated, 4);
    QList<QList<TrackingEvent>> before;
    for (const ShipmentRecord &record : imported) {
        QList<TrackingEvent> events;
        QVERIFY(repo.loadEvents(record.shipment.id, events).ok());
        before.append(events);
    }

    // Next time DHL's answers come back cut short, malformed, as a gateway's HTML page and empty.
    for (const FaultKind kind : {FaultKind::Truncated, FaultKind::Malformed, FaultKind::BadGateway, FaultKind::UnknownNumber})
        server.state().faults().queue(u"dhl"_s, Fault{kind, -1});
    domain.advanceSecs(7 * 24 * 3600);
    QSignalSpy errors(&poller, &Poller::errorsOccurred);
    const PollReport report = runCycle(poller);
    QVERIFY(report.errors + report.notYetKnown >= 3); // the 502 is retried and may succeed

    ShipmentColumns columns;
    QVERIFY(repo.loadShipments(columns).ok());
    int withError = 0;
    for (int i = 0; i < imported.size(); ++i) {
        const qsizetype row = columns.rowOfId(imported[i].shipment.id);
        const QString error = columns.pollError(row);
        if (!error.isEmpty()) {
            ++withError;
            // Which carrier and what was wrong, for the person who reads it.
            QVERIFY2(error.contains(u"DHL"_s), qPrintable(error));
        }
        // Nothing stored earlier is lost.
        QList<TrackingEvent> events;
        QVERIFY(repo.loadEvents(imported[i].shipment.id, events).ok());
        QVERIFY(events.size() >= before[i].size());
        QVERIFY(columns.subStatus(row) != SubStatus::NoInformation);
    }
    QVERIFY2(withError >= 3, qPrintable(QString::number(withError)));
    QVERIFY(!errors.isEmpty());
    bool namesNumber = false;
    for (const QVariantList &signal : std::as_const(errors)) {
        for (const CarrierError &error : signal.first().value<QList<CarrierError>>())
            namesNumber = namesNumber || (error.carrier == u"dhl"_s && !error.trackingNumber.isEmpty());
    }
    QVERIFY(namesNumber);
}

void TestSandboxPoller::killedPollerRestartsWithoutDuplicatesOrGaps()
{
    ScratchDatabase scratch(u"sqlite"_s);
    constexpr int Count = 60;
    SandboxOptions options = sandboxOptions(Count);
    options.faults.append({ u"*"_s, Fault { FaultKind::Slow, 150 }, 1.0 }); // slow enough to be killed mid-cycle
    SandboxServer server(options, m_wall);
    const quint16 port = server.listen();
    {
        Database db(scratch.config());
        QVERIFY(db.open().ok());
        QList<ShipmentRecord> imported = importedShipments(Count);
        QVERIFY(ShipmentRepository(db).saveShipments(imported).ok());
    }
    const QStringList arguments { u"--database"_s, scratch.config().sqlitePath, u"--sandbox"_s,
        u"http://127.0.0.1:%1"_s.arg(port), u"--lift-limits"_s, u"--once"_s };
    const auto requestsSoFar = [&] {
        int total = 0;
        for (const QJsonValue &carrier : server.state().log().toJson().value(u"carriers").toObject())
            total += carrier.toObject().value(u"requests").toInt();
        return total;
    };

    QProcess first;
    first.start(QStringLiteral(SHIPDECK_POLLER_EXECUTABLE), arguments);
    QVERIFY(first.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(requestsSoFar() >= Count / 3, 60000);
    first.kill(); // SIGKILL: no chance to tidy up
    QVERIFY(first.waitForFinished());
    const int beforeRestart = requestsSoFar();
    QVERIFY2(beforeRestart < Count, "the first run finished before it could be killed");

    QProcess second;
    second.start(QStringLiteral(SHIPDECK_POLLER_EXECUTABLE), arguments);
    QVERIFY(second.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(second.state() == QProcess::NotRunning, 120000);
    QCOMPARE(second.exitCode(), 0);

    // Every shipment was tracked once in the end (no gaps), no event twice (no duplicates).
    Database db(scratch.config());
    QVERIFY(db.open().ok());
    ShipmentRepository repo(db);
    ShipmentColumns columns;
    QVERIFY(repo.loadShipments(columns).ok());
    const DemoDataGenerator generator(DemoSeed, demoNow);
    const QList<ShipmentRecord> truth = generator.generate(0, Count);
    for (qsizetype row = 0; row < columns.size(); ++row) {
        QList<TrackingEvent> stored;
        QVERIFY(repo.loadEvents(columns.id(row), stored).ok());
        // Carriers repeat some scans within one answer; each is stored once.
        QSet<std::pair<qint64, QString>> expected;
        for (const TrackingEvent &e : truth[row].events)
            expected.insert({ e.occurredAt.toMSecsSinceEpoch(), e.carrierCode });
        QCOMPARE(stored.size(), qsizetype(expected.size()));
        if (!truth[row].events.isEmpty())
            QVERIFY2(columns.pollError(row).isEmpty(), qPrintable(columns.pollError(row)));
    }
    // The restart asked only about what the killed run had not finished.
    QVERIFY2(
        requestsSoFar() < beforeRestart + Count, qPrintable(u"%1 then %2"_s.arg(beforeRestart).arg(requestsSoFar())));
}

QTEST_GUILESS_MAIN(TestSandboxPoller)
#include "tst_sandboxpoller.moc"
