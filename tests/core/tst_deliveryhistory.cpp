#include "problems/deliverypredictor.h"
#include "storage/database.h"
#include "storage/deliveryhistory.h"
#include "storage/shipmentrepository.h"
#include "testdatabases.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestDeliveryHistory : public QObject
{
    Q_OBJECT

private slots:
    void readsFirstDeliveryInTheCarriersOffset_data() { TestDatabases::addBackendRows(); }
    void readsFirstDeliveryInTheCarriersOffset();
    void skipsWhatTeachesNothing_data() { TestDatabases::addBackendRows(); }
    void skipsWhatTeachesNothing();
    void trainsThePredictor_data() { TestDatabases::addBackendRows(); }
    void trainsThePredictor();
};

namespace {

const QDateTime now(QDate(2026, 11, 25), QTime(12, 0), Qt::UTC);
const QDate monday(2026, 11, 16);

using TestDatabases::scan;

ShipmentRecord parcel(const QString &number, const QDate &shipped, const QString &postalCode = u"10115"_s)
{
    ShipmentRecord r;
    r.shipment.orderNumber = u"SO-"_s + number;
    r.shipment.trackingNumber = number;
    r.shipment.carrier = u"dhl"_s;
    r.shipment.service = u"Paket"_s;
    r.shipment.countryCode = u"DE"_s;
    r.shipment.postalCode = postalCode;
    r.shipment.shipDate = shipped;
    r.shipment.subStatus = SubStatus::InTransit;
    if (shipped.isValid())
        r.events.append(scan(QDateTime(shipped, QTime(18, 0), Qt::UTC), SubStatus::PickedUp, u"pu"_s));
    return r;
}

// Delivered at `at` (local time in UTC+01:00, as a German carrier reports it).
ShipmentRecord delivered(ShipmentRecord r, const QDateTime &at)
{
    r.events.append(scan(at, SubStatus::Delivered, u"dlvrd"_s));
    r.shipment.subStatus = SubStatus::Delivered;
    return r;
}

QDateTime berlin(const QDate &day, const QTime &time)
{
    return QDateTime(day, time, Qt::OffsetFromUTC, 3600);
}

struct Read {
    QString postalCode;
    QDate shipDate;
    QDateTime deliveredAt;
};

QList<Read> readAll(Database &db, const QDateTime &since)
{
    QList<Read> read;
    const Outcome outcome = DeliveryHistory(db).read(since, [&](const Shipment &s, const QDateTime &at) {
        read.append({s.postalCode, s.shipDate, at});
    });
    if (!outcome)
        qWarning().noquote() << outcome.error();
    return read;
}

} // namespace

#define OPEN_DATABASE(backend)                                                                                         \
    SHIPDECK_SCRATCH_DATABASE(scratch, backend);                                                                       \
    Database db(scratch.config());                                                                                     \
    QVERIFY(db.open().ok());                                                                                           \
    ShipmentRepository repo(db);

void TestDeliveryHistory::readsFirstDeliveryInTheCarriersOffset()
{
    QFETCH(QString, backend);
    OPEN_DATABASE(backend)
    // Delivered just after midnight in Berlin (still the day before in UTC), then scanned
    // "delivered" again two days later: the first one is the delivery, on Berlin's calendar.
    ShipmentRecord r = delivered(parcel(u"A1"_s, monday), berlin(monday.addDays(3), QTime(0, 30)));
    r.events.append(scan(berlin(monday.addDays(5), QTime(9, 0)), SubStatus::DeliveredSigned, u"sig"_s));
    QList<ShipmentRecord> records{r};
    QVERIFY(repo.saveShipments(records).ok());

    const QList<Read> read = readAll(db, now.addDays(-180));
    QCOMPARE(read.size(), 1);
    QCOMPARE(read[0].postalCode, u"10115"_s);
    QCOMPARE(read[0].shipDate, monday);
    QCOMPARE(read[0].deliveredAt.toMSecsSinceEpoch(), berlin(monday.addDays(3), QTime(0, 30)).toMSecsSinceEpoch());
    QCOMPARE(read[0].deliveredAt.offsetFromUtc(), 3600);
    QCOMPARE(read[0].deliveredAt.date(), monday.addDays(3));
}

void TestDeliveryHistory::skipsWhatTeachesNothing()
{
    QFETCH(QString, backend);
    OPEN_DATABASE(backend)
    const QDate longAgo = now.date().addDays(-200);
    ShipmentRecord returned = parcel(u"R1"_s, monday);
    returned.events.append(scan(berlin(monday.addDays(4), QTime(10, 0)), SubStatus::ReturnedToSender, u"ret"_s));
    QList<ShipmentRecord> records{
        parcel(u"T1"_s, monday), // still on its way
        returned,
        delivered(parcel(u"N1"_s, QDate()), berlin(monday.addDays(2), QTime(11, 0))), // no ship date to count from
        delivered(parcel(u"O1"_s, longAgo), berlin(longAgo.addDays(2), QTime(11, 0))), // before the window
        // First delivered before the window, scanned delivered again inside it: not a recent delivery.
        delivered(delivered(parcel(u"O2"_s, longAgo), berlin(longAgo.addDays(2), QTime(11, 0))), berlin(monday, QTime(9, 0))),
        delivered(parcel(u"D1"_s, monday, u"80331"_s), berlin(monday.addDays(2), QTime(11, 0))),
    };
    QVERIFY(repo.saveShipments(records).ok());

    const QList<Read> read = readAll(db, now.addDays(-180));
    QCOMPARE(read.size(), 1);
    QCOMPARE(read[0].postalCode, u"80331"_s);
}

void TestDeliveryHistory::trainsThePredictor()
{
    QFETCH(QString, backend);
    OPEN_DATABASE(backend)
    QList<ShipmentRecord> records;
    for (int i = 0; i < 30; ++i) {
        const QDate shipped = monday.addDays(-7 * (i % 4)); // Mondays: two business days end on a Wednesday
        records.append(delivered(parcel(u"P%1"_s.arg(i), shipped), berlin(shipped.addDays(2), QTime(14, 0))));
    }
    QVERIFY(repo.saveShipments(records).ok());

    DeliveryPredictor predictor;
    qint64 learned = 0;
    QVERIFY(DeliveryHistory(db).train(predictor, now, &learned).ok());
    QCOMPARE(learned, 30);
    QCOMPARE(predictor.learned(), 30);
    const Shipment next = parcel(u"X1"_s, now.date()).shipment; // a Wednesday
    const DeliveryEstimate estimate = predictor.estimate(next, now.date());
    QCOMPARE(estimate.source, DeliveryEstimate::Source::History);
    QCOMPARE(estimate.samples, 30);
    QCOMPARE(estimate.scope, DeliveryEstimate::Scope::Lane);
    QCOMPARE(estimate.date, QDate(2026, 11, 27));

    // A window that ends before these deliveries teaches nothing.
    DeliveryPredictor none;
    QVERIFY(DeliveryHistory(db).train(none, now, &learned, 1).ok());
    QCOMPARE(learned, 0);
}

QTEST_GUILESS_MAIN(TestDeliveryHistory)
#include "tst_deliveryhistory.moc"
