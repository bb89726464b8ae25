#include "communication/messagelog.h"
#include "communication/surveyresponsestore.h"
#include "model/shipmentcolumns.h"
#include "problems/problemcasestore.h"
#include "storage/database.h"
#include "storage/schemamigrator.h"
#include "storage/shipmentrepository.h"
#include "testdatabases.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;

// Databases left by older Shipdeck builds open in this one with every row kept.
class TestMigration : public QObject
{
    Q_OBJECT

private slots:
    void sqliteFileFromVersion1Upgrades();
    void postgreSqlFromVersion1Upgrades();
    void fromVersion6KeepsCasesAndTakesMessages_data() { TestDatabases::addBackendRows(); }
    void fromVersion6KeepsCasesAndTakesMessages();

private:
    void buildVersion6(const DatabaseConfig &config);
    void verifyUpgradedContent(Database &db);
    void buildVersion1PostgreSql(const DatabaseConfig &config);
};

void TestMigration::sqliteFileFromVersion1Upgrades()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"old.sqlite"_s);
    QVERIFY(QFile::copy(TestDatabases::testDataPath(u"migration/shipdeck-v1.sqlite"_s), path));
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));

    Database db(DatabaseConfig::sqlite(path));
    const Outcome opened = db.open();
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    verifyUpgradedContent(db);
}

void TestMigration::postgreSqlFromVersion1Upgrades()
{
    SHIPDECK_SCRATCH_DATABASE(scratch, u"postgresql"_s);
    buildVersion1PostgreSql(scratch.config());
    if (QTest::currentTestFailed())
        return;
    Database db(scratch.config());
    const Outcome opened = db.open();
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    verifyUpgradedContent(db);
}

void TestMigration::buildVersion1PostgreSql(const DatabaseConfig &config)
{
    // Connect without migrating, the way a version-1 build would have left the database.
    const QString name = u"build-v1"_s;
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
        raw.setHostName(config.host);
        raw.setPort(config.port);
        raw.setDatabaseName(config.databaseName);
        raw.setUserName(config.userName);
        QVERIFY2(raw.open(), qPrintable(raw.lastError().text()));
        const SqlDialect dialect(DatabaseConfig::Backend::PostgreSql);
        SchemaMigrator migrator(raw, dialect, config.displayName());
        QStringList statements = migrator.stepStatements(1);
        statements += u"UPDATE schema_version SET version = 1"_s;
        QFile rows(TestDatabases::testDataPath(u"migration/v1-rows.sql"_s));
        QVERIFY(rows.open(QIODevice::ReadOnly | QIODevice::Text));
        for (const QString &line : QString::fromUtf8(rows.readAll()).split(u'\n')) {
            if (line.startsWith(u"INSERT"_s))
                statements += line;
        }
        // Explicit ids in the fixture leave PostgreSQL's sequences behind; a real v1 database's are not.
        statements += u"SELECT setval(pg_get_serial_sequence('shipments', 'id'), (SELECT MAX(id) FROM shipments))"_s;
        statements += u"SELECT setval(pg_get_serial_sequence('tracking_events', 'id'), (SELECT MAX(id) FROM tracking_events))"_s;
        QSqlQuery query(raw);
        for (const QString &statement : std::as_const(statements))
            QVERIFY2(query.exec(statement), qPrintable(statement + u": "_s + query.lastError().text()));
        raw.close();
    }
    QSqlDatabase::removeDatabase(name);
}

// A database as version 6 left it: shipments, events and a problem case with its history.
void TestMigration::buildVersion6(const DatabaseConfig &config)
{
    const QString name = u"build-v6"_s;
    {
        const SqlDialect dialect(config.backend);
        QSqlDatabase raw = QSqlDatabase::addDatabase(dialect.driverName(), name);
        if (config.backend == DatabaseConfig::Backend::Sqlite) {
            raw.setDatabaseName(config.sqlitePath);
        } else {
            raw.setHostName(config.host);
            raw.setPort(config.port);
            raw.setDatabaseName(config.databaseName);
            raw.setUserName(config.userName);
        }
        QVERIFY2(raw.open(), qPrintable(raw.lastError().text()));
        SchemaMigrator migrator(raw, dialect, config.displayName());
        QStringList statements;
        for (int version = 1; version <= 6; ++version)
            statements += migrator.stepStatements(version);
        statements += u"UPDATE schema_version SET version = 6"_s;
        statements += u"INSERT INTO shipments (order_number, tracking_number, carrier, recipient_name, language) "
                      "VALUES ('SO-100007', '00340434161094042557', 'dhl', 'Sören Köhler', 'de')"_s;
        statements += u"INSERT INTO tracking_events (shipment_id, occurred_utc_ms, utc_offset_s, sub_status) "
                      "VALUES (1, 1795600000000, 3600, 'failed_attempt')"_s;
        statements += u"INSERT INTO problem_cases (shipment_id, type, state, since_utc_ms, opened_utc_ms, evidence) "
                      "VALUES (1, 'failed_attempt', 'open', 1795600000000, 1795600060000, 'DHL could not deliver')"_s;
        statements += u"INSERT INTO problem_case_history (case_id, at_utc_ms, actor, action) "
                      "VALUES (1, 1795600060000, 'shipdeck', 'opened')"_s;
        QSqlQuery query(raw);
        for (const QString &statement : std::as_const(statements))
            QVERIFY2(query.exec(statement), qPrintable(statement + u": "_s + query.lastError().text()));
        raw.close();
    }
    QSqlDatabase::removeDatabase(name);
}

void TestMigration::fromVersion6KeepsCasesAndTakesMessages()
{
    QFETCH(QString, backend);
    SHIPDECK_SCRATCH_DATABASE(scratch, backend);
    buildVersion6(scratch.config());
    if (QTest::currentTestFailed())
        return;
    Database db(scratch.config());
    const Outcome opened = db.open();
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    QCOMPARE(db.schemaVersion(), SchemaMigrator::CurrentVersion);

    ShipmentColumns columns;
    QVERIFY(ShipmentRepository(db).loadShipments(columns).ok());
    QCOMPARE(columns.size(), 1);
    QCOMPARE(columns.recipientName(0), u"Sören Köhler"_s);
    QList<TrackingEvent> events;
    QVERIFY(ShipmentRepository(db).loadEvents(1, events).ok());
    QCOMPARE(events.size(), 1);
    QList<ProblemCase> cases;
    QVERIFY(ProblemCaseStore(db).loadShipmentCases(1, cases).ok());
    QCOMPARE(cases.size(), 1);
    QCOMPARE(cases[0].evidence, u"DHL could not deliver"_s);
    QCOMPARE(cases[0].history.size(), 1);
    // Version 8's deadline and reminder start empty on the old case.
    QVERIFY(!cases[0].dueAt.isValid());
    QVERIFY(!cases[0].remindAt.isValid());

    // The new tables take the old shipment's messages and answer.
    CustomerMessage message;
    message.shipmentId = 1;
    message.trigger = u"failed_attempt"_s;
    message.occurrence = u"2026-11-24"_s;
    message.recipient = u"soeren.koehler@web.de.example"_s;
    message.createdAt = QDateTime(QDate(2026, 11, 24), QTime(15, 0), Qt::UTC);
    MessageLog::Recorded recorded = MessageLog::Recorded::AlreadyThere;
    QVERIFY(MessageLog(db).record(message, recorded).ok());
    QCOMPARE(recorded, MessageLog::Recorded::Added);
    SurveyResponse response;
    response.shipmentId = 1;
    response.answeredAt = message.createdAt.addDays(2);
    response.nps = 4;
    SurveyResponseStore::Recorded answered = SurveyResponseStore::Recorded::AlreadyAnswered;
    QVERIFY(SurveyResponseStore(db).record(response, answered).ok());
    QCOMPARE(answered, SurveyResponseStore::Recorded::Added);
}

void TestMigration::verifyUpgradedContent(Database &db)
{
    QCOMPARE(db.schemaVersion(), SchemaMigrator::CurrentVersion);
    ShipmentRepository repo(db);
    ShipmentColumns columns;
    const Outcome loaded = repo.loadShipments(columns);
    QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
    QCOMPARE(columns.size(), 3);
    QCOMPARE(columns.recipientName(0), u"Jürgen Müller"_s);
    QCOMPARE(columns.trackingNumber(1), u"1Z999AA10123456784"_s);
    QCOMPARE(columns.subStatus(1), SubStatus::FailedAttempt);
    QCOMPARE(columns.postalCode(2), u"SW1A 1AA"_s);
    QCOMPARE(columns.shipDate(0), QDate(2026, 11, 2));
    QVERIFY(!columns.promisedDate(2).isValid());
    QVERIFY(!columns.lastEventAt(2).isValid());
    // Columns added by version 2 start empty on old rows.
    QCOMPARE(columns.language(0), QString());
    QVERIFY(!columns.carrierEstimate(0).isValid());

    QList<TrackingEvent> events;
    QVERIFY(repo.loadEvents(columns.id(2), events).ok());
    QCOMPARE(events.size(), 2);
    QCOMPARE(events[0].occurredAt.offsetFromUtc(), -18000);
    QCOMPARE(events[1].subStatus, SubStatus::CustomsHold);

    // The upgraded database takes new rows, with the new columns, beside the old ones.
    ShipmentRecord fresh;
    fresh.shipment.orderNumber = u"SO-200001"_s;
    fresh.shipment.trackingNumber = u"05212345678901"_s;
    fresh.shipment.carrier = u"dpd"_s;
    fresh.shipment.language = u"nl"_s;
    fresh.shipment.carrierEstimate = QDate(2026, 11, 27);
    QList<ShipmentRecord> records{fresh};
    const Outcome saved = repo.saveShipments(records);
    QVERIFY2(saved.ok(), qPrintable(saved.error()));
    QCOMPARE(records[0].shipment.id, 4);
    columns.clear();
    QVERIFY(repo.loadShipments(columns).ok());
    QCOMPARE(columns.size(), 4);
    QCOMPARE(columns.language(3), u"nl"_s);
    QCOMPARE(columns.carrierEstimate(3), QDate(2026, 11, 27));
}

QTEST_GUILESS_MAIN(TestMigration)
#include "tst_migration.moc"
