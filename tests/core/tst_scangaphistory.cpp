#include "carriers/carrierregistry.h"
#include "problems/scangaphistory.h"
#include "problems/scangapnorms.h"
#include "storage/database.h"
#include "storage/shipmentrepository.h"
#include "testdatabases.h"
#include "tracking/poller.h"

#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;

class TestScanGapHistory : public QObject
{
    Q_OBJECT

private slots:
    void learnsTheGapsOfRecentDeliveries_data() { TestDatabases::addBackendRows(); }
    void learnsTheGapsOfRecentDeliveries();
    void pollerTrainsTheNormsItself_data() { TestDatabases::addBackendRows(); }
    void pollerTrainsTheNormsItself();
};

namespace {

const QDateTime now(QDate(2026, 11, 25), QTime(12, 0), Qt::UTC);

using TestDatabases::scan;

// A GLS parcel to Austria: picked up on `shipped` (a Monday) at 18:00 Berlin time, at the
// Austrian hub `gapHours` later, delivered an hour after that when `delivered`.
ShipmentRecord parcel(const QString &number, const QDate &shipped, int gapHours, bool delivered = true)
{
    ShipmentRecord r;
    r.shipment.orderNumber = u"SO-"_s + number;
    r.shipment.trackingNumber = number;
    r.shipment.carrier = u"gls"_s;
    r.shipment.service = u"EuroBusinessParcel"_s;
    r.shipment.countryCode = u"AT"_s;
    r.shipment.shipDate = shipped;
    const QDateTime pickup(shipped, QTime(18, 0), Qt::OffsetFromUTC, 3600);
    r.events.append(scan(pickup, SubStatus::PickedUp, u"pu"_s));
    r.events.append(scan(pickup.addSecs(gapHours * 3600), SubStatus::ArrivedAtHub, u"hub"_s));
    if (delivered)
        r.events.append(scan(pickup.addSecs((gapHours + 1) * 3600), SubStatus::Delivered, u"dlvrd"_s));
    r.shipment.subStatus = r.events.last().subStatus;
    return r;
}

} // namespace

void TestScanGapHistory::learnsTheGapsOfRecentDeliveries()
{
    QFETCH(QString, backend);
    SHIPDECK_SCRATCH_DATABASE(scratch, backend);
    Database db(scratch.config());
    QVERIFY(db.open().ok());
    const QDate monday(2026, 11, 16);
    QList<ShipmentRecord> records;
    for (int i = 0; i < 25; ++i)
        records.append(parcel(u"G%1"_s.arg(i), monday, i < 20 ? 10 : 30)); // 20 after 10 h, 5 after 30 h
    // Teach nothing: still on its way; delivered before the window.
    records.append(parcel(u"T1"_s, monday, 90, false));
    records.append(parcel(u"O1"_s, now.date().addDays(-200), 90));
    QVERIFY(ShipmentRepository(db).saveShipments(records).ok());

    ScanGapNorms norms;
    qint64 learned = 0;
    QVERIFY(ScanGapHistory(db).train(norms, now, &learned).ok());
    QCOMPARE(learned, 25);
    QCOMPARE(norms.learned(), 25);
    const ScanGapNorms::Norm usual = norms.after(u"gls"_s, u"EuroBusinessParcel"_s, u"AT"_s, SubStatus::PickedUp, 0.8);
    QCOMPARE(usual.parcels, 25);
    QCOMPARE(usual.hours, 10);
    QVERIFY(usual.lane);
    QCOMPARE(norms.after(u"gls"_s, u"EuroBusinessParcel"_s, u"AT"_s, SubStatus::PickedUp, 0.97).hours, 30);

    // A window that ends before these deliveries teaches nothing.
    ScanGapNorms none;
    QVERIFY(ScanGapHistory(db).train(none, now, &learned, 1).ok());
    QCOMPARE(learned, 0);
    QVERIFY(!none.after(u"gls"_s, u"EuroBusinessParcel"_s, u"AT"_s, SubStatus::PickedUp, 0.97).isValid());
}

// A parcel picked up on Friday morning and not scanned since: by Tuesday noon 50 working hours of
// silence, over the default 48 for DHL Paket. But 25 past parcels on the lane were all scanned
// again only 70 working hours after their pickup scan: there that silence is the usual one.
void TestScanGapHistory::pollerTrainsTheNormsItself()
{
    QFETCH(QString, backend);
    SHIPDECK_SCRATCH_DATABASE(scratch, backend);
    Database db(scratch.config());
    QVERIFY(db.open().ok());
    const QDateTime tuesday(QDate(2026, 11, 24), QTime(12, 0), Qt::UTC);
    QList<ShipmentRecord> records;
    for (int i = 0; i < 25; ++i) {
        ShipmentRecord r = parcel(u"H%1"_s.arg(i), QDate(2026, 11, 16).addDays(-7 * (i % 5)), 70);
        r.shipment.carrier = u"dhl"_s;
        r.shipment.service = u"Paket"_s;
        r.shipment.countryCode = u"DE"_s;
        records.append(r);
    }
    ShipmentRecord onItsWay = parcel(u"W1"_s, QDate(2026, 11, 20), 0, false);
    onItsWay.shipment.carrier = u"dhl"_s;
    onItsWay.shipment.service = u"Paket"_s;
    onItsWay.shipment.countryCode = u"DE"_s;
    onItsWay.events = {scan(QDateTime(QDate(2026, 11, 20), QTime(10, 0), Qt::UTC), SubStatus::PickedUp, u"pu"_s)};
    onItsWay.shipment.subStatus = SubStatus::PickedUp;
    records.append(onItsWay);
    QVERIFY(ShipmentRepository(db).saveShipments(records).ok());

    const CarrierRegistry carriers;
    const SystemClock wall;
    ManualClock domain(tuesday);
    const auto casesAfterOneCycle = [&](bool withNorms) {
        auto norms = std::make_shared<ScanGapNorms>();
        // No carrier accounts: the cycle only reviews the shipments under way.
        Poller poller(carriers, {}, scratch.config(), domain, wall);
        poller.setProblemDetector(ProblemCaseKeeper::engineDetector(ProblemEngine(ProblemThresholds::defaults(), withNorms ? norms : nullptr)));
        if (withNorms)
            poller.setScanGapNorms(norms);
        QSignalSpy changed(&poller, &Poller::problemCasesChanged);
        QSignalSpy finished(&poller, &Poller::cycleFinished);
        poller.runCycle();
        if (finished.isEmpty())
            finished.wait(10000);
        QStringList rules;
        for (const QList<QVariant> &signal : std::as_const(changed)) {
            for (const ProblemCase &c : signal.first().value<QList<ProblemCase>>())
                rules.append(c.rule);
        }
        return std::make_pair(norms->learned(), rules);
    };
    const auto [learnedNone, stalled] = casesAfterOneCycle(false);
    QCOMPARE(learnedNone, 0);
    QCOMPARE(stalled, QStringList{u"stalled.no_scan"_s});
    // A fresh database for the second poller: the first one's case is stored.
    QVERIFY(db.connection().exec(u"DELETE FROM problem_case_history"_s).lastError().type() == QSqlError::NoError);
    QVERIFY(db.connection().exec(u"DELETE FROM problem_cases"_s).lastError().type() == QSqlError::NoError);
    const auto [learned, usual] = casesAfterOneCycle(true);
    QCOMPARE(learned, 25);
    QCOMPARE(usual, QStringList());
}

QTEST_GUILESS_MAIN(TestScanGapHistory)
#include "tst_scangaphistory.moc"
