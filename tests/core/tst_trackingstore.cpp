#include "model/shipmentcolumns.h"
#include "storage/database.h"
#include "storage/shipmentrepository.h"
#include "storage/trackingstore.h"
#include "testdatabases.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestTrackingStore : public QObject
{
    Q_OBJECT

private slots:
    void dueShipmentsMostOverdueFirst_data() { TestDatabases::addBackendRows(); }
    void dueShipmentsMostOverdueFirst();
    void answersUpdateShipmentAndEvents_data() { TestDatabases::addBackendRows(); }
    void answersUpdateShipmentAndEvents();
    void correctedEventsReplaceTheirEarlierVersion_data() { TestDatabases::addBackendRows(); }
    void correctedEventsReplaceTheirEarlierVersion();
    void errorsKeepEverythingStored_data() { TestDatabases::addBackendRows(); }
    void errorsKeepEverythingStored();
    void quotaAddsUp_data() { TestDatabases::addBackendRows(); }
    void quotaAddsUp();
};

namespace {

const QDateTime now(QDate(2026, 11, 25), QTime(12, 0), Qt::UTC);

TrackingEvent scan(const QDateTime &at, const QString &code, const QString &text, SubStatus sub)
{
    TrackingEvent e;
    e.occurredAt = at;
    e.location = u"Hamburg, DE"_s;
    e.carrierCode = code;
    e.carrierText = text;
    e.subStatus = sub;
    return e;
}

QList<ShipmentRecord> threeShipments()
{
    QList<ShipmentRecord> records;
    for (int i = 0; i < 3; ++i) {
        ShipmentRecord r;
        r.shipment.orderNumber = u"SO-%1"_s.arg(i);
        r.shipment.trackingNumber = u"JJD%1"_s.arg(i);
        r.shipment.carrier = u"dhl"_s;
        r.shipment.subStatus = SubStatus::InTransit;
        r.events = {scan(now.addDays(-1), u"transit"_s, u"Processed"_s, SubStatus::ArrivedAtHub)};
        records.append(r);
    }
    return records;
}

TrackingUpdate updateOf(qint64 shipmentId)
{
    TrackingUpdate update;
    update.shipmentId = shipmentId;
    return update;
}

} // namespace

#define OPEN_STORE(backend)                                                                                            \
    SHIPDECK_SCRATCH_DATABASE(scratch, backend);                                                                       \
    Database db(scratch.config());                                                                                     \
    QVERIFY(db.open().ok());                                                                                           \
    ShipmentRepository repo(db);                                                                                       \
    TrackingStore store(db);                                                                                           \
    QList<ShipmentRecord> records = threeShipments();                                                                  \
    QVERIFY(repo.saveShipments(records).ok());

void TestTrackingStore::dueShipmentsMostOverdueFirst()
{
    QFETCH(QString, backend);
    OPEN_STORE(backend)
    // Never polled: all due.
    QList<Shipment> due;
    QVERIFY(store.loadDueShipments(now, 10, due).ok());
    QCOMPARE(due.size(), 3);

    TrackingUpdate later = updateOf(records[0].shipment.id);
    later.nextPoll = now.addSecs(3600);
    TrackingUpdate overdue = updateOf(records[1].shipment.id);
    overdue.nextPoll = now.addSecs(-7200);
    TrackingUpdate finished = updateOf(records[2].shipment.id);
    finished.nextPoll = std::nullopt;
    QVERIFY(store.saveUpdates({later, overdue, finished}).ok());

    due.clear();
    QVERIFY(store.loadDueShipments(now, 10, due).ok());
    QCOMPARE(due.size(), 1);
    QCOMPARE(due[0].trackingNumber, u"JJD1"_s);
    due.clear();
    QVERIFY(store.loadDueShipments(now.addSecs(7200), 10, due).ok());
    QCOMPARE(due.size(), 2);
    QCOMPARE(due[0].trackingNumber, u"JJD1"_s);
    QCOMPARE(due[1].trackingNumber, u"JJD0"_s);
    due.clear();
    QVERIFY(store.loadDueShipments(now.addSecs(7200), 1, due).ok());
    QCOMPARE(due.size(), 1);
}

void TestTrackingStore::answersUpdateShipmentAndEvents()
{
    QFETCH(QString, backend);
    OPEN_STORE(backend)
    TrackingUpdate update = updateOf(records[0].shipment.id);
    update.answered = true;
    update.subStatus = SubStatus::OutForDelivery;
    update.carrierEstimate = QDate(2026, 11, 26);
    update.service = u"Paket"_s;
    update.events = records[0].events;
    update.events.append(scan(now, u"transit"_s, u"Loaded onto the delivery vehicle"_s, SubStatus::OutForDelivery));
    update.events.append(update.events.last()); // carriers repeat scans within one answer
    update.lastEventAt = now;
    update.nextPoll = now.addSecs(1800);
    QVERIFY(store.saveUpdates({update}).ok());
    QVERIFY(store.saveUpdates({update}).ok()); // polled again: same answer, nothing doubles

    ShipmentColumns columns;
    QVERIFY(repo.loadShipments(columns).ok());
    QCOMPARE(columns.subStatus(0), SubStatus::OutForDelivery);
    QCOMPARE(columns.carrierEstimate(0), QDate(2026, 11, 26));
    QCOMPARE(columns.service(0), u"Paket"_s);
    QCOMPARE(columns.lastEventAt(0), now);
    QList<TrackingEvent> events;
    QVERIFY(repo.loadEvents(records[0].shipment.id, events).ok());
    QCOMPARE(events.size(), 2);
}

void TestTrackingStore::correctedEventsReplaceTheirEarlierVersion()
{
    QFETCH(QString, backend);
    OPEN_STORE(backend)
    const qint64 id = records[0].shipment.id;
    TrackingUpdate update = updateOf(id);
    update.answered = true;
    update.subStatus = SubStatus::ArrivedAtHub;
    update.nextPoll = now.addSecs(3600);
    const TrackingEvent original = records[0].events[0];
    // The carrier fixed a time-zone mistake: same scan, two hours earlier, same words.
    TrackingEvent retimed = original;
    retimed.occurredAt = original.occurredAt.addSecs(-7200);
    // And re-worded a new scan it had sent a minute before.
    const TrackingEvent hub = scan(now.addSecs(-600), u"transit"_s, u"Arrived at hub"_s, SubStatus::ArrivedAtHub);
    update.events = {retimed, hub};
    QVERIFY(store.saveUpdates({update}).ok());
    TrackingEvent reworded = hub;
    reworded.carrierText = u"Arrived at the parcel center"_s;
    update.events = {retimed, reworded};
    QVERIFY(store.saveUpdates({update}).ok());

    QList<TrackingEvent> events;
    QVERIFY(repo.loadEvents(id, events).ok());
    QCOMPARE(events.size(), 2);
    QCOMPARE(events[0].occurredAt.toUTC(), retimed.occurredAt.toUTC());
    QCOMPARE(events[0].id, records[0].events[0].id); // the same row, corrected
    QCOMPARE(events[1].carrierText, u"Arrived at the parcel center"_s);

    // A genuinely new scan of the same code far away in time is a new event, not a correction.
    update.events = {retimed, reworded, scan(now.addDays(3), u"transit"_s, u"Arrived at hub"_s, SubStatus::ArrivedAtHub)};
    QVERIFY(store.saveUpdates({update}).ok());
    events.clear();
    QVERIFY(repo.loadEvents(id, events).ok());
    QCOMPARE(events.size(), 3);
}

void TestTrackingStore::errorsKeepEverythingStored()
{
    QFETCH(QString, backend);
    OPEN_STORE(backend)
    TrackingUpdate failure = updateOf(records[1].shipment.id);
    failure.pollError = u"DHL's answer is not valid JSON: unterminated object at byte 700"_s;
    failure.nextPoll = now.addSecs(1800);
    QVERIFY(store.saveUpdates({failure}).ok());
    ShipmentColumns columns;
    QVERIFY(repo.loadShipments(columns).ok());
    QCOMPARE(columns.subStatus(1), SubStatus::InTransit);
    QList<TrackingEvent> events;
    QVERIFY(repo.loadEvents(records[1].shipment.id, events).ok());
    QCOMPARE(events.size(), 1);
}

void TestTrackingStore::quotaAddsUp()
{
    QFETCH(QString, backend);
    OPEN_STORE(backend)
    const QDate today(2026, 11, 25);
    QVERIFY(store.addQuotaUsed(u"dhl"_s, today, 3).ok());
    QVERIFY(store.addQuotaUsed(u"dhl"_s, today, 4).ok());
    QVERIFY(store.addQuotaUsed(u"ups"_s, today, 1).ok());
    qint64 used = 0;
    QVERIFY(store.quotaUsed(u"dhl"_s, today, used).ok());
    QCOMPARE(used, 7);
    QVERIFY(store.quotaUsed(u"dhl"_s, today.addDays(1), used).ok());
    QCOMPARE(used, 0);
}

QTEST_GUILESS_MAIN(TestTrackingStore)
#include "tst_trackingstore.moc"
