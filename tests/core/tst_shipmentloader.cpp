#include "model/shipmentcolumns.h"
#include "sim/demodatagenerator.h"
#include "storage/database.h"
#include "storage/shipmentloader.h"
#include "storage/shipmentrepository.h"
#include "testdatabases.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// Counted on this thread: the loader emits from its workers, as the console receives them.
void watch(ShipmentLoader &loader, int &finished, QStringList &failures)
{
    QObject::connect(&loader, &ShipmentLoader::finished, &loader, [&finished] { ++finished; });
    QObject::connect(&loader, &ShipmentLoader::failed, &loader, [&failures](const QString &message) { failures.append(message); });
}

} // namespace

// The start-up load: chunks read on several worker threads come out complete and in id order, on
// SQLite (the C API fast path) and PostgreSQL (QSqlQuery) alike.
class TestShipmentLoader : public QObject
{
    Q_OBJECT

private slots:
    void chunksArriveInIdOrder_data() { TestDatabases::addBackendRows(); }
    void chunksArriveInIdOrder();
    void failureIsReported();
};

void TestShipmentLoader::chunksArriveInIdOrder()
{
    QFETCH(QString, backend);
    SHIPDECK_SCRATCH_DATABASE(scratch, backend);
    Database db(scratch.config());
    QVERIFY(db.open().ok());
    ShipmentRepository repository(db);
    QList<ShipmentRecord> records = DemoDataGenerator(7, QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC)).generate(0, 53);
    records[4].shipment.recipientName = u"Zoë Ðurić"_s; // non-ASCII text survives the UTF-8 path
    QVERIFY(repository.saveShipments(records).ok());

    ShipmentColumns expected;
    QVERIFY(repository.loadShipments(expected).ok());
    QCOMPARE(expected.size(), 53);
    qint64 first = 0, last = 0;
    QVERIFY(repository.idRange(first, last).ok());

    // The first chunk as the console reads it, then the rest from the loader, 5 ids per chunk.
    ShipmentColumns loaded;
    QVERIFY(repository.loadShipments(loaded, first, first + 5).ok());
    ShipmentLoader loader(scratch.config(), 5);
    QObject::connect(&loader, &ShipmentLoader::chunkLoaded, &loader,
                     [&loaded](std::shared_ptr<const ShipmentColumns> chunk) { loaded.append(*chunk); });
    int finished = 0;
    QStringList failures;
    watch(loader, finished, failures);
    loader.start(first + 5, last, 3);
    QTRY_COMPARE_WITH_TIMEOUT(finished, 1, 20000);
    QCOMPARE(failures, QStringList());
    QVERIFY(!loader.isRunning());
    QCOMPARE(loaded.size(), expected.size());
    for (qsizetype row = 0; row < expected.size(); ++row)
        QCOMPARE(loaded.shipment(row), expected.shipment(row));
    QCOMPARE(loaded.shipment(4).recipientName, u"Zoë Ðurić"_s);
    QCOMPARE(loaded.shipment(4), records[4].shipment);
    QCOMPARE(loaded.rowOfId(expected.id(40)), 40);
    QCOMPARE(loaded.countWithStatus(Status::Delivered), expected.countWithStatus(Status::Delivered));
}

void TestShipmentLoader::failureIsReported()
{
    // A file that is no database: every worker fails to open it, one message is reported.
    ShipmentLoader loader(DatabaseConfig::sqlite(TestDatabases::testDataPath(u"databases/damaged.sqlite"_s)), 5);
    int finished = 0;
    QStringList failures;
    watch(loader, finished, failures);
    loader.start(1, 20, 2);
    QTRY_COMPARE_WITH_TIMEOUT(failures.size(), 1, 20000);
    QTest::qWait(100);
    QCOMPARE(failures.size(), 1);
    QVERIFY2(failures.first().contains(u"damaged"_s), qPrintable(failures.first()));
    QCOMPARE(finished, 0);
}

QTEST_GUILESS_MAIN(TestShipmentLoader)
#include "tst_shipmentloader.moc"
