#include "model/shipmentcolumns.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestShipmentColumns : public QObject
{
    Q_OBJECT

private slots:
    void appendAndReadBack();
    void predictedDeliveryAndCurrentEstimate();
    void upsertReplacesAndKeepsCounts();
    void longerValueReplacesShorter();
    void idsOutOfOrderStillFound();
    void compactKeepsValues();
    void rawKeysSortLikeValues();
};

namespace {

Shipment make(qint64 id, const QString &tracking, SubStatus sub)
{
    Shipment s;
    s.id = id;
    s.orderNumber = u"SO-%1"_s.arg(id);
    s.trackingNumber = tracking;
    s.carrier = id % 2 ? u"ups"_s : u"dhl"_s;
    s.service = u"Standard"_s;
    s.recipientName = u"Łukasz Żółć"_s;
    s.email = u"l@example.pl"_s;
    s.phone = u"+48 601 234 567"_s;
    s.language = u"pl"_s;
    s.countryCode = u"PL"_s;
    s.postalCode = u"00-001"_s;
    s.shipDate = QDate(2026, 11, 1).addDays(id);
    s.promisedDate = QDate(2026, 11, 5).addDays(id);
    s.subStatus = sub;
    s.lastEventAt = QDateTime(QDate(2026, 11, 3), QTime(10, 0), Qt::UTC).addSecs(id * 60);
    return s;
}

} // namespace

void TestShipmentColumns::appendAndReadBack()
{
    ShipmentColumns c;
    const Shipment a = make(1, u"1Z1"_s, SubStatus::InTransit);
    Shipment b = make(2, u"JJD2"_s, SubStatus::Delivered);
    b.promisedDate = QDate();
    b.lastEventAt = QDateTime();
    QCOMPARE(c.upsert(a), 0);
    QCOMPARE(c.upsert(b), 1);
    QCOMPARE(c.size(), 2);
    QCOMPARE(c.shipment(0), a);
    QCOMPARE(c.shipment(1), b);
    QCOMPARE(c.recipientName(0), u"Łukasz Żółć"_s);
    QCOMPARE(c.rowOfId(2), 1);
    QCOMPARE(c.rowOfId(3), -1);
    QCOMPARE(c.countWithStatus(Status::InTransit), 1);
    QCOMPARE(c.countWithStatus(Status::Delivered), 1);
}

void TestShipmentColumns::upsertReplacesAndKeepsCounts()
{
    ShipmentColumns c;
    c.upsert(make(1, u"A"_s, SubStatus::OutForDelivery));
    c.upsert(make(2, u"B"_s, SubStatus::OutForDelivery));
    QCOMPARE(c.upsert(make(1, u"A"_s, SubStatus::DeliveredToNeighbour)), 0);
    QCOMPARE(c.size(), 2);
    QCOMPARE(c.subStatus(0), SubStatus::DeliveredToNeighbour);
    QCOMPARE(c.countWithStatus(Status::OutForDelivery), 1);
    QCOMPARE(c.countWithStatus(Status::Delivered), 1);
}

void TestShipmentColumns::longerValueReplacesShorter()
{
    ShipmentColumns c;
    c.upsert(make(1, u"A"_s, SubStatus::InTransit));
    c.upsert(make(2, u"B"_s, SubStatus::InTransit));
    Shipment longer = make(1, u"A-MUCH-LONGER-TRACKING-NUMBER"_s, SubStatus::InTransit);
    c.upsert(longer);
    Shipment shorter = make(2, u""_s, SubStatus::InTransit);
    c.upsert(shorter);
    QCOMPARE(c.trackingNumber(0), u"A-MUCH-LONGER-TRACKING-NUMBER"_s);
    QCOMPARE(c.trackingNumber(1), QString());
}

void TestShipmentColumns::idsOutOfOrderStillFound()
{
    ShipmentColumns c;
    c.upsert(make(10, u"X"_s, SubStatus::InTransit));
    c.upsert(make(30, u"Y"_s, SubStatus::InTransit));
    c.upsert(make(20, u"Z"_s, SubStatus::InTransit));
    QCOMPARE(c.rowOfId(10), 0);
    QCOMPARE(c.rowOfId(30), 1);
    QCOMPARE(c.rowOfId(20), 2);
    c.upsert(make(5, u"W"_s, SubStatus::InTransit));
    QCOMPARE(c.rowOfId(5), 3);
    QCOMPARE(c.upsert(make(20, u"Z2"_s, SubStatus::Delivered)), 2);
    QCOMPARE(c.trackingNumber(2), u"Z2"_s);
}

void TestShipmentColumns::compactKeepsValues()
{
    ShipmentColumns c;
    for (int i = 1; i <= 1000; ++i)
        c.upsert(make(i, u"T%1"_s.arg(i), SubStatus::InTransit));
    const qsizetype fresh = c.memoryBytes();
    // Every tracking number replaced by a longer one leaves the old bytes behind...
    for (int i = 1; i <= 1000; ++i)
        c.upsert(make(i, u"JJD0000000000000000%1"_s.arg(i), SubStatus::InTransit));
    const qsizetype grown = c.memoryBytes();
    QVERIFY(grown > fresh);
    // ...until compact() packs the live values again.
    c.compact();
    QVERIFY2(c.memoryBytes() < grown, qPrintable(u"%1 -> %2"_s.arg(grown).arg(c.memoryBytes())));
    QCOMPARE(c.trackingNumber(0), u"JJD00000000000000001"_s);
    QCOMPARE(c.trackingNumber(999), u"JJD00000000000000001000"_s);
    QCOMPARE(c.recipientName(500), u"Łukasz Żółć"_s);
}

void TestShipmentColumns::rawKeysSortLikeValues()
{
    ShipmentColumns c;
    c.upsert(make(1, u"B"_s, SubStatus::Delivered));
    c.upsert(make(2, u"A"_s, SubStatus::InTransit));
    using Col = ShipmentColumns::Column;
    QVERIFY(c.utf8(Col::TrackingNumber, 1) < c.utf8(Col::TrackingNumber, 0));
    QVERIFY(c.numericKey(Col::ShipDate, 0) < c.numericKey(Col::ShipDate, 1));
    QVERIFY(c.numericKey(Col::Status, 1) < c.numericKey(Col::Status, 0));
    QCOMPARE(c.text(Col::Carrier, 0), u"ups"_s);
    QCOMPARE(c.text(Col::ShipDate, 0), u"2026-11-02"_s);
    QCOMPARE(c.text(Col::SubStatus, 0), u"delivered"_s);
}

void TestShipmentColumns::predictedDeliveryAndCurrentEstimate()
{
    ShipmentColumns columns;
    Shipment onItsWay = make(1, u"T1"_s, SubStatus::InTransit); // shipped Mon 2 Nov
    columns.upsert(onItsWay);
    Shipment noShipDate = make(2, u"T2"_s, SubStatus::InTransit);
    noShipDate.shipDate = {};
    columns.upsert(noShipDate);
    QVERIFY(!columns.predictedDelivery(0).isValid());
    QVERIFY(!columns.expectedDelivery(0).isValid());
    QVERIFY(!columns.isExpectedDeliveryPredicted(0));

    QVERIFY(columns.setPredictedDelivery(0, QDate(2026, 11, 5), QDate(2026, 11, 4)));
    QVERIFY(!columns.setPredictedDelivery(0, QDate(2026, 11, 5), QDate(2026, 11, 4))); // nothing changed
    QCOMPARE(columns.predictedDelivery(0), QDate(2026, 11, 5));
    QCOMPARE(columns.predictedEarliest(0), QDate(2026, 11, 4));
    QCOMPARE(columns.expectedDelivery(0), QDate(2026, 11, 5));
    QVERIFY(columns.isExpectedDeliveryPredicted(0));
    QCOMPARE(columns.text(ShipmentColumns::Column::ExpectedDelivery, 0), u"2026-11-05"_s);
    QCOMPARE(columns.numericKey(ShipmentColumns::Column::ExpectedDelivery, 0), QDate(2026, 11, 5).toJulianDay());
    // A day before the ship date (a Saturday shipment due the Friday before, by business days) packs too.
    QVERIFY(columns.setPredictedDelivery(0, QDate(2026, 10, 30), QDate(2026, 10, 30)));
    QCOMPARE(columns.predictedDelivery(0), QDate(2026, 10, 30));

    // The carrier's date wins; its prediction stays for when the carrier takes the date back.
    onItsWay.carrierEstimate = QDate(2026, 11, 9);
    columns.upsert(onItsWay);
    QCOMPARE(columns.expectedDelivery(0), QDate(2026, 11, 9));
    QVERIFY(!columns.isExpectedDeliveryPredicted(0));
    QCOMPARE(columns.predictedDelivery(0), QDate(2026, 10, 30));

    // No ship date to count from: no prediction is kept.
    QVERIFY(!columns.setPredictedDelivery(1, QDate(2026, 11, 5), QDate(2026, 11, 4)));
    QVERIFY(!columns.predictedDelivery(1).isValid());
    // Cleared.
    QVERIFY(columns.setPredictedDelivery(0, {}, {}));
    QVERIFY(!columns.predictedDelivery(0).isValid());
    QVERIFY(!columns.predictedEarliest(0).isValid());
}

QTEST_APPLESS_MAIN(TestShipmentColumns)
#include "tst_shipmentcolumns.moc"
