#include "model/shipmentcolumns.h"
#include "storage/database.h"
#include "storage/schemamigrator.h"
#include "storage/shipmentrepository.h"
#include "testdatabases.h"

#include <QFile>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <array>
#include <latch>
#include <thread>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

ShipmentRecord sampleRecord(const QString &trackingNumber, int offsetHours)
{
    ShipmentRecord r;
    r.shipment.orderNumber = u"SO-"_s + trackingNumber.right(4);
    r.shipment.trackingNumber = trackingNumber;
    r.shipment.carrier = u"dhl"_s;
    r.shipment.service = u"Paket"_s;
    r.shipment.recipientName = u"Zoë Ångström-Weiß"_s;
    r.shipment.email = u"zoe@example.se"_s;
    r.shipment.phone = u"+46 70 123 45 67"_s;
    r.shipment.language = u"sv"_s;
    r.shipment.countryCode = u"SE"_s;
    r.shipment.postalCode = u"114 55"_s;
    r.shipment.shipDate = QDate(2026, 11, 2);
    r.shipment.promisedDate = QDate(2026, 11, 6);
    r.shipment.subStatus = SubStatus::OutForDelivery;
    const int offset = offsetHours * 3600;
    const QDateTime t0(QDate(2026, 11, 2), QTime(18, 5), Qt::OffsetFromUTC, offset);
    r.events = {
        {0, 0, t0, u"Leipzig, DE"_s, u"pre-transit"_s, u"Shipment information received"_s, SubStatus::InfoReceived,
         true, QString()},
        {0, 0, t0.addSecs(9 * 3600), u"Leipzig, DE"_s, u"transit"_s, u"The shipment has been processed in the parcel center"_s, SubStatus::ArrivedAtHub,
         false, QString()},
        {0, 0, t0.addDays(2), u"Stockholm, SE"_s, u"transit"_s, u"The shipment has been loaded onto the delivery vehicle"_s, SubStatus::OutForDelivery,
         true, u"words \"delivery vehicle\""_s},
    };
    r.shipment.lastEventAt = r.events.last().occurredAt.toUTC();
    return r;
}

} // namespace

class TestStorage : public QObject
{
    Q_OBJECT

private slots:
    void saveAndLoadRoundTrip_data() { TestDatabases::addBackendRows(); }
    void saveAndLoadRoundTrip();
    void savingAgainNeverDuplicates_data() { TestDatabases::addBackendRows(); }
    void savingAgainNeverDuplicates();
    void eventsKeepTheirUtcOffset_data() { TestDatabases::addBackendRows(); }
    void eventsKeepTheirUtcOffset();
    void failedSaveKeepsEarlierData_data() { TestDatabases::addBackendRows(); }
    void failedSaveKeepsEarlierData();
    void reopeningKeepsSchemaAndRows_data() { TestDatabases::addBackendRows(); }
    void reopeningKeepsSchemaAndRows();
    void newerSchemaIsRefusedUntouched_data() { TestDatabases::addBackendRows(); }
    void newerSchemaIsRefusedUntouched();
    void twoConnectionsMigrateOnce_data() { TestDatabases::addBackendRows(); }
    void twoConnectionsMigrateOnce();
    void damagedSqliteFileIsNamed();
    void readOnlyFolderIsNamed();
    void unreachablePostgreSqlIsNamed();
    void databaseUrlsParse();
};

void TestStorage::saveAndLoadRoundTrip()
{
    QFETCH(QString, backend);
    SHIPDECK_SCRATCH_DATABASE(scratch, backend);
    Database db(scratch.config());
    const Outcome opened = db.open();
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    QCOMPARE(db.schemaVersion(), SchemaMigrator::CurrentVersion);

    ShipmentRepository repo(db);
    QList<ShipmentRecord> records{sampleRecord(u"JJD000390007777"_s, 1), sampleRecord(u"JJD000390008888"_s, 2)};
    records[1].shipment.carrierEstimate = QDate(2026, 11, 5);
    records[1].shipment.promisedDate = QDate();
    const Outcome saved = repo.saveShipments(records);
    QVERIFY2(saved.ok(), qPrintable(saved.error()));
    QVERIFY(records[0].shipment.id > 0);
    QVERIFY(records[1].shipment.id > records[0].shipment.id);
    QVERIFY(records[0].events[2].id > 0);

    ShipmentColumns columns;
    QVERIFY(repo.loadShipments(columns).ok());
    QCOMPARE(columns.size(), 2);
    for (int row = 0; row < 2; ++row)
        QCOMPARE(columns.shipment(row), records[row].shipment);
    QCOMPARE(columns.countWithStatus(Status::OutForDelivery), 2);

    QList<TrackingEvent> events;
    QVERIFY(repo.loadEvents(records[1].shipment.id, events).ok());
    QCOMPARE(events, records[1].events);

    qint64 count = 0;
    QVERIFY(repo.countShipments(count).ok());
    QCOMPARE(count, 2);
}

void TestStorage::savingAgainNeverDuplicates()
{
    QFETCH(QString, backend);
    SHIPDECK_SCRATCH_DATABASE(scratch, backend);
    Database db(scratch.config());
    QVERIFY(db.open().ok());
    ShipmentRepository repo(db);

    QList<ShipmentRecord> first{sampleRecord(u"JJD1"_s, 1)};
    QVERIFY(repo.saveShipments(first).ok());

    // The carrier sends the same journey again, one event re-worded, plus a new delivery scan.
    QList<ShipmentRecord> again{sampleRecord(u"JJD1"_s, 1)};
    again[0].events[1].carrierText = u"Die Sendung wurde im Start-Paketzentrum bearbeitet."_s;
    TrackingEvent delivered = again[0].events.last();
    delivered.occurredAt = delivered.occurredAt.addSecs(3 * 3600);
    delivered.carrierCode = u"delivered"_s;
    delivered.carrierText = u"Delivered"_s;
    delivered.subStatus = SubStatus::Delivered;
    again[0].events.append(delivered);
    again[0].shipment.subStatus = SubStatus::Delivered;
    QVERIFY(repo.saveShipments(again).ok());
    QCOMPARE(again[0].shipment.id, first[0].shipment.id);

    ShipmentColumns columns;
    QVERIFY(repo.loadShipments(columns).ok());
    QCOMPARE(columns.size(), 1);
    QCOMPARE(columns.subStatus(0), SubStatus::Delivered);
    QList<TrackingEvent> events;
    QVERIFY(repo.loadEvents(first[0].shipment.id, events).ok());
    QCOMPARE(events.size(), 4);
    QCOMPARE(events[1].carrierText, u"Die Sendung wurde im Start-Paketzentrum bearbeitet."_s);
    QCOMPARE(events[1].id, first[0].events[1].id);
}

void TestStorage::eventsKeepTheirUtcOffset()
{
    QFETCH(QString, backend);
    SHIPDECK_SCRATCH_DATABASE(scratch, backend);
    Database db(scratch.config());
    QVERIFY(db.open().ok());
    ShipmentRepository repo(db);
    QList<ShipmentRecord> records{sampleRecord(u"1Z999"_s, -5)};
    records[0].events[0].occurredAt = QDateTime(QDate(2026, 3, 29), QTime(1, 30), Qt::OffsetFromUTC, 5 * 3600 + 1800);
    QVERIFY(repo.saveShipments(records).ok());

    QList<TrackingEvent> events;
    QVERIFY(repo.loadEvents(records[0].shipment.id, events).ok());
    QCOMPARE(events.size(), 3);
    QCOMPARE(events[0].occurredAt.offsetFromUtc(), 5 * 3600 + 1800);
    QCOMPARE(events[0].occurredAt.time(), QTime(1, 30));
    QCOMPARE(events[1].occurredAt.offsetFromUtc(), -5 * 3600);
    QCOMPARE(events[1].occurredAt.toUTC(), records[0].events[1].occurredAt.toUTC());
}

void TestStorage::failedSaveKeepsEarlierData()
{
    QFETCH(QString, backend);
    SHIPDECK_SCRATCH_DATABASE(scratch, backend);
    Database db(scratch.config());
    QVERIFY(db.open().ok());
    ShipmentRepository repo(db);
    QList<ShipmentRecord> good{sampleRecord(u"A1"_s, 1)};
    QVERIFY(repo.saveShipments(good).ok());

    // A database constraint the batch breaks half-way: the whole batch is refused, earlier rows stay.
    QSqlQuery query(db.connection());
    QVERIFY(query.exec(u"CREATE UNIQUE INDEX one_order_per_number ON shipments (order_number)"_s));
    QList<ShipmentRecord> batch{sampleRecord(u"B0001"_s, 1), sampleRecord(u"C0001"_s, 1)};
    batch[1].shipment.orderNumber = batch[0].shipment.orderNumber;
    const Outcome failed = repo.saveShipments(batch);
    QVERIFY(!failed.ok());
    QVERIFY2(failed.error().contains(u"C0001"_s), qPrintable(failed.error()));
    QVERIFY2(failed.error().contains(scratch.config().backend == DatabaseConfig::Backend::Sqlite ? u"SQLite"_s : u"PostgreSQL"_s),
             qPrintable(failed.error()));

    ShipmentColumns columns;
    QVERIFY(repo.loadShipments(columns).ok());
    QCOMPARE(columns.size(), 1);
    QCOMPARE(columns.trackingNumber(0), u"A1"_s);
}

void TestStorage::reopeningKeepsSchemaAndRows()
{
    QFETCH(QString, backend);
    SHIPDECK_SCRATCH_DATABASE(scratch, backend);
    {
        Database db(scratch.config());
        QVERIFY(db.open().ok());
        ShipmentRepository repo(db);
        QList<ShipmentRecord> records{sampleRecord(u"R1"_s, 0)};
        QVERIFY(repo.saveShipments(records).ok());
    }
    Database again(scratch.config());
    const Outcome opened = again.open();
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    qint64 count = 0;
    QVERIFY(ShipmentRepository(again).countShipments(count).ok());
    QCOMPARE(count, 1);
}

void TestStorage::newerSchemaIsRefusedUntouched()
{
    QFETCH(QString, backend);
    SHIPDECK_SCRATCH_DATABASE(scratch, backend);
    {
        Database db(scratch.config());
        QVERIFY(db.open().ok());
        QSqlQuery query(db.connection());
        QVERIFY(query.exec(u"UPDATE schema_version SET version = 99"_s));
        QVERIFY(query.exec(u"CREATE TABLE from_the_future (x INTEGER)"_s));
    }
    Database db(scratch.config());
    const Outcome opened = db.open();
    QVERIFY(!opened.ok());
    QVERIFY2(opened.error().contains(u"schema version 99"_s), qPrintable(opened.error()));
    QVERIFY2(opened.error().contains(u"newer Shipdeck"_s), qPrintable(opened.error()));
    QVERIFY(db.connection().tables().contains(u"from_the_future"_s));
    QSqlQuery query(db.connection());
    QVERIFY(query.exec(u"SELECT version FROM schema_version"_s) && query.next());
    QCOMPARE(query.value(0).toInt(), 99);
}

void TestStorage::twoConnectionsMigrateOnce()
{
    QFETCH(QString, backend);
    SHIPDECK_SCRATCH_DATABASE(scratch, backend);
    // Several consoles and pollers starting together on a new database, each on its own thread
    // with its own connection: exactly one of them creates the schema, none fails.
    constexpr int starters = 4;
    std::latch ready(starters);
    std::array<QString, starters> errors;
    std::vector<std::thread> threads;
    for (int i = 0; i < starters; ++i) {
        threads.emplace_back([&, i] {
            Database db(scratch.config());
            ready.arrive_and_wait();
            const Outcome opened = db.open();
            errors[i] = opened.ok() ? QString() : opened.error();
        });
    }
    for (std::thread &thread : threads)
        thread.join();
    for (const QString &error : errors)
        QVERIFY2(error.isEmpty(), qPrintable(error));

    Database db(scratch.config());
    QVERIFY(db.open().ok());
    QSqlQuery query(db.connection());
    QVERIFY(query.exec(u"SELECT COUNT(*), MAX(version) FROM schema_version"_s) && query.next());
    QCOMPARE(query.value(0).toInt(), 1);
    QCOMPARE(query.value(1).toInt(), SchemaMigrator::CurrentVersion);
}

void TestStorage::damagedSqliteFileIsNamed()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"damaged.sqlite"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QByteArray garbage("SQLite format 3");
    garbage.append(QByteArray(4096, '\x5a'));
    file.write(garbage);
    file.close();

    Database db(DatabaseConfig::sqlite(path));
    const Outcome opened = db.open();
    QVERIFY(!opened.ok());
    QVERIFY2(opened.error().contains(path), qPrintable(opened.error()));
    QVERIFY2(opened.error().contains(u"damaged"_s), qPrintable(opened.error()));
    QCOMPARE(QFileInfo(path).size(), qint64(garbage.size())); // untouched
}

void TestStorage::readOnlyFolderIsNamed()
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(u"locked"_s);
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup));
    const QString path = QDir(folder).filePath(u"shipdeck.sqlite"_s);
    Database db(DatabaseConfig::sqlite(path));
    const Outcome opened = db.open();
    QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QVERIFY(!opened.ok());
    QVERIFY2(opened.error().contains(folder), qPrintable(opened.error()));
    QVERIFY2(opened.error().contains(u"read-only"_s), qPrintable(opened.error()));
    QVERIFY(!QFile::exists(path));
}

void TestStorage::unreachablePostgreSqlIsNamed()
{
    // A port that was free a moment ago: nothing listens there.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();

    QString error;
    const auto config = DatabaseConfig::fromString(u"postgresql://shipdeck@127.0.0.1:%1/shipdeck"_s.arg(port), &error);
    QVERIFY2(config, qPrintable(error));
    Database db(*config);
    const Outcome opened = db.open();
    QVERIFY(!opened.ok());
    QVERIFY2(opened.error().contains(u"127.0.0.1:%1"_s.arg(port)), qPrintable(opened.error()));
    QVERIFY2(opened.error().contains(u"connecting"_s), qPrintable(opened.error()));
}

void TestStorage::databaseUrlsParse()
{
    QString error;
    auto pg = DatabaseConfig::fromString(u"postgresql://ops:s3cret@db.internal:6543/shipdeck"_s, &error);
    QVERIFY(pg);
    QCOMPARE(pg->backend, DatabaseConfig::Backend::PostgreSql);
    QCOMPARE(pg->host, u"db.internal"_s);
    QCOMPARE(pg->port, 6543);
    QCOMPARE(pg->databaseName, u"shipdeck"_s);
    QCOMPARE(pg->userName, u"ops"_s);
    QCOMPARE(pg->password, u"s3cret"_s);
    QVERIFY(!pg->displayName().contains(u"s3cret"_s));

    auto file = DatabaseConfig::fromString(u"/tmp/x.sqlite"_s, &error);
    QVERIFY(file);
    QCOMPARE(file->backend, DatabaseConfig::Backend::Sqlite);
    QCOMPARE(file->sqlitePath, u"/tmp/x.sqlite"_s);
    auto fileUrl = DatabaseConfig::fromString(u"sqlite:///var/lib/shipdeck/s.sqlite"_s, &error);
    QVERIFY(fileUrl);
    QCOMPARE(fileUrl->sqlitePath, u"/var/lib/shipdeck/s.sqlite"_s);

    QVERIFY(!DatabaseConfig::fromString(u"postgresql://db.internal:6543/"_s, &error));
    QVERIFY2(error.contains(u"names no database"_s), qPrintable(error));
    QVERIFY(!DatabaseConfig::fromString(u"mysql://db/x"_s, &error));
    QVERIFY2(error.contains(u"mysql"_s), qPrintable(error));
    QVERIFY(!DatabaseConfig::fromString(u"  "_s, &error));
}

QTEST_GUILESS_MAIN(TestStorage)
#include "tst_storage.moc"
