// The poller keeps problem cases in step with the detection engine, against the real carrier
// sandbox: after a cycle every problem the engine sees has its working case, the GUI hears of
// each one, and time passing without scans (silence) opens cases too.

#include "carriers/carrierregistry.h"
#include "problems/problemcasekeeper.h"
#include "problems/problemcasestore.h"
#include "sandboxserver.h"
#include "sim/demodatagenerator.h"
#include "storage/database.h"
#include "storage/shipmentrepository.h"
#include "model/shipmentcolumns.h"
#include "testdatabases.h"
#include "tracking/carrierconfig.h"
#include "tracking/poller.h"

#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QDateTime demoNow(QDate(2026, 11, 20), QTime(12, 0), Qt::UTC);
constexpr quint64 DemoSeed = 11;
constexpr int Count = 400;

QList<ShipmentRecord> importedShipments()
{
    QList<ShipmentRecord> records;
    for (const ShipmentRecord &record : DemoDataGenerator(DemoSeed, demoNow).generate(0, Count)) {
        ShipmentRecord imported;
        imported.shipment = record.shipment;
        imported.shipment.subStatus = SubStatus::NoInformation;
        imported.shipment.lastEventAt = QDateTime();
        records.append(imported);
    }
    return records;
}

SandboxOptions sandboxOptions()
{
    SandboxOptions options;
    options.demoSeed = DemoSeed;
    options.demoNow = demoNow;
    options.demoCount = Count;
    options.epoch = demoNow;
    options.speed = 0; // frozen: the carriers say nothing new, so only time can open cases
    options.liftLimits = true;
    return options;
}

using CaseKey = QPair<qint64, int>; // shipment id, problem type

} // namespace

class TestSandboxProblemCases : public QObject
{
    Q_OBJECT

private slots:
    void pollerKeepsCasesInStepWithTheEngine_data() { TestDatabases::addBackendRows(); }
    void pollerKeepsCasesInStepWithTheEngine();

private:
    void runCycle(Poller &poller);
    QSet<CaseKey> engineVerdicts(Database &db, const QDateTime &now);
    QSet<CaseKey> workingCases(Database &db);

    const CarrierRegistry m_carriers;
    const SystemClock m_wall;
};

void TestSandboxProblemCases::runCycle(Poller &poller)
{
    QSignalSpy finished(&poller, &Poller::cycleFinished);
    poller.runCycle();
    QVERIFY(!finished.isEmpty() || finished.wait(120000));
}

// What the engine says about every stored shipment as it is now.
QSet<CaseKey> TestSandboxProblemCases::engineVerdicts(Database &db, const QDateTime &now)
{
    ShipmentRepository repository(db);
    ShipmentColumns columns;
    if (!repository.loadShipments(columns).ok())
        return {};
    const ProblemDetector detect = ProblemCaseKeeper::engineDetector();
    QSet<CaseKey> verdicts;
    for (qsizetype row = 0; row < columns.size(); ++row) {
        QList<TrackingEvent> events;
        if (!repository.loadEvents(columns.id(row), events).ok())
            return {};
        for (const DetectedProblem &problem : detect(columns.shipment(row), events, now))
            verdicts.insert({columns.id(row), int(problem.type)});
    }
    return verdicts;
}

QSet<CaseKey> TestSandboxProblemCases::workingCases(Database &db)
{
    QList<ProblemCase> active;
    if (!ProblemCaseStore(db).loadActiveCases(active).ok())
        return {};
    QSet<CaseKey> keys;
    for (const ProblemCase &c : std::as_const(active))
        keys.insert({c.shipmentId, int(c.type)});
    return keys;
}

void TestSandboxProblemCases::pollerKeepsCasesInStepWithTheEngine()
{
    QFETCH(QString, backend);
    SHIPDECK_SCRATCH_DATABASE(scratch, backend);
    SandboxServer server(sandboxOptions(), m_wall);
    const quint16 port = server.listen();
    QVERIFY(port);
    Database db(scratch.config());
    QVERIFY(db.open().ok());
    QList<ShipmentRecord> imported = importedShipments();
    QVERIFY(ShipmentRepository(db).saveShipments(imported).ok());

    ManualClock domain(demoNow);
    Poller poller(m_carriers, CarrierConfig::sandbox(m_carriers, port), scratch.config(), domain, m_wall);
    poller.setProblemDetector(ProblemCaseKeeper::engineDetector());
    QSet<CaseKey> heard;
    connect(&poller, &Poller::problemCasesChanged, this, [&heard](const QList<ProblemCase> &cases) {
        for (const ProblemCase &c : cases) {
            if (c.isActive())
                heard.insert({c.shipmentId, int(c.type)});
        }
    });

    runCycle(poller);
    const QSet<CaseKey> seen = engineVerdicts(db, domain.now());
    QVERIFY2(seen.size() > 10, "the demo journeys should include problems");
    QCOMPARE(workingCases(db), seen);
    QCOMPARE(heard, seen);

    // Four days without a word from the carriers: parcels under way stall, miss promises, go
    // missing. The cycle's review of shipments under way finds them without any new scan.
    domain.advanceSecs(4 * 24 * 3600);
    runCycle(poller);
    const QSet<CaseKey> later = engineVerdicts(db, domain.now());
    const QSet<CaseKey> working = workingCases(db);
    QVERIFY2(later != seen, "silence should change the engine's verdicts");
    for (const CaseKey &key : later)
        QVERIFY2(working.contains(key), qPrintable(u"no case for shipment %1, type %2"_s.arg(key.first).arg(key.second)));
    // Problems the engine stopped seeing wait out their quiet period rather than closing at once.
    for (const CaseKey &key : working - later)
        QVERIFY(seen.contains(key));
    QVERIFY(heard.contains(later));
}

QTEST_GUILESS_MAIN(TestSandboxProblemCases)
#include "tst_sandboxproblemcases.moc"
