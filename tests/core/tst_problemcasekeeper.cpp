// Expected delivery from the database's own history reaches problem detection: a parcel that
// comparable past parcels say will arrive after its promise opens an at-risk case, through the
// keeper and through the poller that trains the predictor itself.

#include "carriers/carrierregistry.h"
#include "problems/problemcasekeeper.h"
#include "storage/database.h"
#include "storage/deliveryhistory.h"
#include "storage/shipmentrepository.h"
#include "storage/trackingstore.h"
#include "testdatabases.h"
#include "tracking/poller.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;

class TestProblemCaseKeeper : public QObject
{
    Q_OBJECT

private slots:
    void predictedLateDeliveryOpensAtRisk_data() { TestDatabases::addBackendRows(); }
    void predictedLateDeliveryOpensAtRisk();
    void pollerTrainsThePredictorItself_data() { TestDatabases::addBackendRows(); }
    void pollerTrainsThePredictorItself();
    void pollerLearningFromHistoryOpensAtRisk_data() { TestDatabases::addBackendRows(); }
    void pollerLearningFromHistoryOpensAtRisk();
    void silenceOnOldNewsWaitsForAFreshPoll_data() { TestDatabases::addBackendRows(); }
    void silenceOnOldNewsWaitsForAFreshPoll();
};

namespace {

const QDateTime now(QDate(2026, 11, 24), QTime(12, 0), Qt::UTC); // a Tuesday
const QDate thisMonday(2026, 11, 23);

TrackingEvent scan(const QDateTime &at, SubStatus sub, const QString &code)
{
    TrackingEvent e = TestDatabases::scan(at, sub, code);
    e.location = u"Hamburg, DE"_s;
    return e;
}

ShipmentRecord parcel(const QString &number, const QDate &shipped)
{
    ShipmentRecord r;
    r.shipment.orderNumber = u"SO-"_s + number;
    r.shipment.trackingNumber = number;
    r.shipment.carrier = u"dhl"_s;
    r.shipment.service = u"Paket"_s;
    r.shipment.countryCode = u"DE"_s;
    r.shipment.postalCode = u"10115"_s;
    r.shipment.shipDate = shipped;
    r.shipment.subStatus = SubStatus::InTransit;
    r.events.append(scan(QDateTime(shipped, QTime(18, 0), Qt::UTC), SubStatus::PickedUp, u"pu"_s));
    return r;
}

// 25 parcels on the lane, each shipped on a Monday and delivered that Friday: four business days.
// The newest of them and the parcel on its way, shipped this Monday and promised for Wednesday.
QList<ShipmentRecord> historyAndOneOnItsWay(const QDate &carrierEstimate = {})
{
    QList<ShipmentRecord> records;
    for (int i = 0; i < 25; ++i) {
        const QDate shipped = thisMonday.addDays(-7 * (1 + i % 5));
        ShipmentRecord r = parcel(u"H%1"_s.arg(i), shipped);
        r.events.append(scan(QDateTime(shipped.addDays(4), QTime(11, 0), Qt::UTC), SubStatus::Delivered, u"dlvrd"_s));
        r.shipment.subStatus = SubStatus::Delivered;
        records.append(r);
    }
    ShipmentRecord onItsWay = parcel(u"W1"_s, thisMonday);
    onItsWay.shipment.promisedDate = thisMonday.addDays(2);
    onItsWay.shipment.carrierEstimate = carrierEstimate;
    onItsWay.events.append(scan(QDateTime(thisMonday.addDays(1), QTime(8, 0), Qt::UTC), SubStatus::ArrivedAtHub, u"hub"_s));
    records.append(onItsWay);
    return records;
}

// What a poll that found nothing new writes: the carrier answered at `at`; next poll at `next`.
TrackingUpdate answeredAt(const ShipmentRecord &record, const QDateTime &at, const QDateTime &next)
{
    TrackingUpdate update;
    update.shipmentId = record.shipment.id;
    update.answered = true;
    update.subStatus = record.shipment.subStatus;
    update.lastEventAt = record.events.last().occurredAt;
    update.events = record.events;
    update.nextPoll = next;
    update.checkedAt = at;
    return update;
}

qint64 nextPollOf(Database &db, qint64 shipmentId)
{
    QSqlQuery query(db.connection());
    query.prepare(u"SELECT next_poll_utc_ms FROM shipments WHERE id = ?"_s);
    query.addBindValue(shipmentId);
    return query.exec() && query.next() ? query.value(0).toLongLong() : -2;
}

// Runs one poll cycle to its end; false if it never ends.
bool runOneCycle(Poller &poller)
{
    QSignalSpy finished(&poller, &Poller::cycleFinished);
    poller.runCycle();
    return !finished.isEmpty() || finished.wait(10000);
}

QStringList activeRules(const QList<ProblemCase> &cases)
{
    QStringList rules;
    for (const ProblemCase &c : cases) {
        if (c.isActive())
            rules.append(c.rule);
    }
    return rules;
}

} // namespace

#define OPEN_DATABASE(backend, records)                                                                                \
    SHIPDECK_SCRATCH_DATABASE(scratch, backend);                                                                       \
    Database db(scratch.config());                                                                                     \
    QVERIFY(db.open().ok());                                                                                           \
    QVERIFY(ShipmentRepository(db).saveShipments(records).ok());

void TestProblemCaseKeeper::predictedLateDeliveryOpensAtRisk()
{
    QFETCH(QString, backend);
    QList<ShipmentRecord> records = historyAndOneOnItsWay();
    OPEN_DATABASE(backend, records)
    const Shipment onItsWay = records.last().shipment;
    auto predictor = std::make_shared<DeliveryPredictor>();
    QVERIFY(DeliveryHistory(db).train(*predictor, now).ok());

    // Without history nothing says it will be late yet.
    QList<ProblemCase> changed;
    QVERIFY(ProblemCaseKeeper(db, ProblemCaseKeeper::engineDetector()).reviewShipments({onItsWay}, now, changed).ok());
    QCOMPARE(activeRules(changed), QStringList());

    // Comparable parcels arrive on Friday (even the earliest), after Wednesday's promise.
    QVERIFY(ProblemCaseKeeper(db, ProblemCaseKeeper::engineDetector(ProblemEngine(), predictor))
                .reviewShipments({onItsWay}, now, changed).ok());
    QCOMPARE(activeRules(changed), QStringList{u"at_risk.estimate"_s});
    QVERIFY2(changed.first().evidence.contains(u"Fri"_s) || changed.first().evidence.contains(u"27"_s),
             qPrintable(changed.first().evidence));

    // The carrier's own estimate wins over history: it says Wednesday, so nothing is at risk.
    Shipment withCarrierDate = onItsWay;
    withCarrierDate.carrierEstimate = onItsWay.promisedDate;
    const ProblemDetector detect = ProblemCaseKeeper::engineDetector(ProblemEngine(), predictor);
    QVERIFY(!detect(onItsWay, records.last().events, now).isEmpty());
    QCOMPARE(detect(withCarrierDate, records.last().events, now), QList<DetectedProblem>());
}

void TestProblemCaseKeeper::pollerTrainsThePredictorItself()
{
    QFETCH(QString, backend);
    QList<ShipmentRecord> records = historyAndOneOnItsWay();
    OPEN_DATABASE(backend, records)
    const CarrierRegistry carriers;
    const SystemClock wall;
    ManualClock domain(now);
    // No carrier accounts: the cycle only reviews the shipments under way, the slice the keeper keeps.
    Poller poller(carriers, {}, scratch.config(), domain, wall);
    auto predictor = std::make_shared<DeliveryPredictor>();
    poller.setProblemDetector(ProblemCaseKeeper::engineDetector(ProblemEngine(), predictor));
    poller.setDeliveryPredictor(predictor);
    QSignalSpy changed(&poller, &Poller::problemCasesChanged);
    QSignalSpy handedOver(&poller, &Poller::deliveryPredictorLearned);
    QVERIFY(runOneCycle(poller));

    QCOMPARE(predictor->learned(), 25);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(activeRules(changed.first().first().value<QList<ProblemCase>>()), QStringList{u"at_risk.estimate"_s});
    // The console's table reads a copy of its own, not the one the poller's thread retrains.
    QCOMPARE(handedOver.size(), 1);
    const auto copy = handedOver.first().first().value<std::shared_ptr<const DeliveryPredictor>>();
    QVERIFY(copy && copy.get() != predictor.get());
    QCOMPARE(copy->learned(), 25);

    // Within the hour nothing is read again, so nothing is handed over either.
    QVERIFY(runOneCycle(poller));
    QCOMPARE(handedOver.size(), 1);
}

// The wiring the console and shipdeck-poller use: the poller's own predictor reaches its detector.
void TestProblemCaseKeeper::pollerLearningFromHistoryOpensAtRisk()
{
    QFETCH(QString, backend);
    QList<ShipmentRecord> records = historyAndOneOnItsWay();
    OPEN_DATABASE(backend, records)
    const CarrierRegistry carriers;
    const SystemClock wall;
    ManualClock domain(now);
    Poller poller(carriers, {}, scratch.config(), domain, wall);
    poller.detectProblemsLearningFromHistory(ProblemThresholds::defaults());
    QSignalSpy changed(&poller, &Poller::problemCasesChanged);
    QVERIFY(runOneCycle(poller));

    QCOMPARE(changed.size(), 1);
    QCOMPARE(activeRules(changed.first().first().value<QList<ProblemCase>>()), QStringList{u"at_risk.estimate"_s});
}

// Last scanned at a hub on Tuesday 08:00 and last polled on Wednesday: by Thursday 08:00 that is
// 48 working hours of silence, but the events the round reviews are a day old. The case waits for
// a fresh answer (the poll is brought forward), and opens on old news only when the poll fails
// or has not come two hours after it fell due.
void TestProblemCaseKeeper::silenceOnOldNewsWaitsForAFreshPoll()
{
    QFETCH(QString, backend);
    QList<ShipmentRecord> records;
    for (const QString &number : {u"S1"_s, u"S2"_s}) {
        ShipmentRecord r = parcel(number, thisMonday);
        r.events.append(scan(QDateTime(thisMonday.addDays(1), QTime(8, 0), Qt::UTC), SubStatus::ArrivedAtHub, u"hub"_s));
        records.append(r);
    }
    OPEN_DATABASE(backend, records)
    const QDateTime wednesday(thisMonday.addDays(2), QTime(12, 0), Qt::UTC);
    const QDateTime stalledSince(thisMonday.addDays(3), QTime(8, 0), Qt::UTC);
    const QDateTime later = stalledSince.addSecs(24 * 3600);
    TrackingStore tracking(db);
    QVERIFY(tracking.saveUpdates({answeredAt(records[0], wednesday, later), answeredAt(records[1], wednesday, later)}).ok());

    ProblemCaseKeeper keeper(db, ProblemCaseKeeper::engineDetector());
    QList<ProblemCase> changed;
    const QDateTime round = stalledSince.addSecs(3600);
    QVERIFY(keeper.reviewNextSlice(round, 100, changed).ok());
    QCOMPARE(activeRules(changed), QStringList());
    QCOMPARE(nextPollOf(db, records[0].shipment.id), round.toMSecsSinceEpoch());
    QCOMPARE(nextPollOf(db, records[1].shipment.id), round.toMSecsSinceEpoch());

    // The carrier answers for S1 with nothing new: the silence is confirmed, the case opens.
    const QDateTime polled = round.addSecs(300);
    QVERIFY(tracking.saveUpdates({answeredAt(records[0], polled, later)}).ok());
    QVERIFY(keeper.reviewShipments({records[0].shipment}, polled, changed).ok());
    QCOMPARE(activeRules(changed), QStringList{u"stalled.no_scan"_s});
    QCOMPARE(changed.first().since, stalledSince);

    // No answer for S2 (a carrier down, a long queue): two hours after its poll fell due, the case
    // opens on what there is.
    changed.clear();
    QVERIFY(keeper.reviewNextSlice(round.addSecs(ProblemCaseKeeper::SilenceCheckSecs - 60), 100, changed).ok());
    QCOMPARE(activeRules(changed), QStringList());
    QVERIFY(keeper.reviewNextSlice(round.addSecs(ProblemCaseKeeper::SilenceCheckSecs), 100, changed).ok());
    QCOMPARE(activeRules(changed), QStringList{u"stalled.no_scan"_s});
    QCOMPARE(changed.first().shipmentId, records[1].shipment.id);

    // A poll that failed cannot confirm anything: the next silence opens at once.
    ShipmentRecord third = parcel(u"S3"_s, thisMonday);
    third.events.append(scan(QDateTime(thisMonday.addDays(1), QTime(8, 0), Qt::UTC), SubStatus::ArrivedAtHub, u"hub"_s));
    QList<ShipmentRecord> more{third};
    QVERIFY(ShipmentRepository(db).saveShipments(more).ok());
    TrackingUpdate failed = answeredAt(more[0], wednesday, later);
    failed.answered = false;
    failed.pollError = u"DHL answered 503"_s;
    QVERIFY(tracking.saveUpdates({failed}).ok());
    changed.clear();
    QVERIFY(keeper.reviewNextSlice(round, 100, changed).ok());
    QCOMPARE(activeRules(changed), QStringList{u"stalled.no_scan"_s});
    QCOMPARE(changed.first().shipmentId, more[0].shipment.id);

    // Silent already when the carrier last answered (the review after that poll never ran, a
    // database hiccup): nothing newer to wait for, it opens at once.
    ShipmentRecord fourth = parcel(u"S4"_s, thisMonday);
    fourth.events.append(scan(QDateTime(thisMonday.addDays(1), QTime(8, 0), Qt::UTC), SubStatus::ArrivedAtHub, u"hub"_s));
    QList<ShipmentRecord> last{fourth};
    QVERIFY(ShipmentRepository(db).saveShipments(last).ok());
    QVERIFY(tracking.saveUpdates({answeredAt(last[0], stalledSince.addSecs(1800), later)}).ok());
    changed.clear();
    QVERIFY(keeper.reviewNextSlice(round, 100, changed).ok());
    QCOMPARE(activeRules(changed), QStringList{u"stalled.no_scan"_s});
    QCOMPARE(changed.first().shipmentId, last[0].shipment.id);
    QCOMPARE(nextPollOf(db, last[0].shipment.id), later.toMSecsSinceEpoch());
}

QTEST_GUILESS_MAIN(TestProblemCaseKeeper)
#include "tst_problemcasekeeper.moc"
