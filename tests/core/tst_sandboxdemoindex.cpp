#include "demoindex.h"
#include "journeybook.h"
#include "scanview.h"
#include "sim/demodatagenerator.h"

#include <QElapsedTimer>
#include <QTest>

using namespace Qt::StringLiterals;

// The demo set: every demo shipment's number finds exactly the order, and so the journey, its demo
// data was made from, and a million shipments index in one go.
class TestSandboxDemoIndex : public QObject
{
    Q_OBJECT

private slots:
    void findsEveryDemoOrder();
    void unknownNumbersAreNotDemoShipments();
    void answersWithTheDemoDataJourney();
    void indexesAMillionOrders();

private:
    static QDateTime demoNow() { return QDateTime(QDate(2026, 4, 14), QTime(16, 30), Qt::UTC); }
};

void TestSandboxDemoIndex::findsEveryDemoOrder()
{
    const DemoDataGenerator generator(42, demoNow());
    DemoIndex index(42, demoNow(), 3000);
    for (int i = 0; i < 3000; ++i) {
        const DemoDataGenerator::Order order = generator.order(i);
        const auto found = index.find(order.trackingNumber);
        QVERIFY2(found.has_value(), qPrintable(order.trackingNumber));
        QCOMPARE(found->carrier, order.carrier);
        QCOMPARE(found->shippedAt, order.shippedAt);
    }
    QVERIFY(index.isBuilt());
}

void TestSandboxDemoIndex::unknownNumbersAreNotDemoShipments()
{
    DemoIndex index(42, demoNow(), 500);
    QVERIFY(!index.find(u"JJD000000000000000000"_s));
    QVERIFY(!index.find(QString()));
    // Shipment 600 exists in a bigger demo set, not in this one.
    QVERIFY(!index.find(DemoDataGenerator(42, demoNow()).order(600).trackingNumber));
    // Another seed, other numbers.
    QVERIFY(!DemoIndex(43, demoNow(), 500).find(DemoDataGenerator(42, demoNow()).order(7).trackingNumber));
}

void TestSandboxDemoIndex::answersWithTheDemoDataJourney()
{
    const DemoDataGenerator generator(42, demoNow());
    JourneyBook book(1, demoNow());
    book.setDemoSet(42, demoNow(), 200);
    const QList<ShipmentRecord> records = generator.generate(0, 200);
    for (const ShipmentRecord &record : records) {
        const Shipment &s = record.shipment;
        const auto origin = book.originOf(s.carrier, s.trackingNumber);
        QVERIFY(origin.has_value());
        QCOMPARE(origin->source, JourneyBook::Source::Demo);
        // The carrier asked matters: DHL does not carry a UPS parcel.
        QVERIFY(!book.originOf(s.carrier == u"dhl" ? u"ups"_s : u"dhl"_s, s.trackingNumber));
        const ScanView view(book.journey(*origin, s.trackingNumber), demoNow());
        QCOMPARE(view.scans().size(), record.events.size());
        for (qsizetype i = 0; i < record.events.size(); ++i)
            QCOMPARE(view.scans().at(i).event, record.events.at(i));
        QCOMPARE(view.shipment().subStatus, s.subStatus);
    }
}

void TestSandboxDemoIndex::indexesAMillionOrders()
{
    DemoIndex index(42, demoNow(), 1'000'000);
    QElapsedTimer timer;
    timer.start();
    index.build();
    qInfo("indexed 1,000,000 demo orders in %lld ms", timer.elapsed());
    const DemoDataGenerator generator(42, demoNow());
    for (int i = 0; i < 1'000'000; i += 9973) {
        const auto found = index.find(generator.order(i).trackingNumber);
        QVERIFY(found.has_value());
        QCOMPARE(found->trackingNumber, generator.order(i).trackingNumber);
    }
}

QTEST_GUILESS_MAIN(TestSandboxDemoIndex)
#include "tst_sandboxdemoindex.moc"
