#include "testdatabases.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;

namespace TestDatabases {

void addBackendRows()
{
    QTest::addColumn<QString>("backend");
    QTest::newRow("sqlite") << u"sqlite"_s;
    QTest::newRow("postgresql") << u"postgresql"_s;
}

QString testDataPath(const QString &relative)
{
    return QDir(QStringLiteral(SHIPDECK_TEST_DATA_DIR)).filePath(relative);
}

QList<ShipmentRecord> shipments(int count)
{
    QList<ShipmentRecord> records;
    for (int i = 0; i < count; ++i) {
        ShipmentRecord r;
        r.shipment.orderNumber = u"SO-%1"_s.arg(i);
        r.shipment.trackingNumber = u"JJD%1"_s.arg(i);
        r.shipment.carrier = u"dhl"_s;
        records.append(r);
    }
    return records;
}

TrackingEvent scan(const QDateTime &at, SubStatus sub, const QString &code)
{
    TrackingEvent e;
    e.occurredAt = at;
    e.subStatus = sub;
    e.carrierCode = code;
    return e;
}

} // namespace TestDatabases

ScratchDatabase::ScratchDatabase(const QString &backend)
{
    if (backend == u"sqlite"_s) {
        m_dir = std::make_unique<QTemporaryDir>();
        m_config = DatabaseConfig::sqlite(m_dir->filePath(u"shipdeck.sqlite"_s));
        return;
    }
    createPostgreSql();
}

ScratchDatabase::~ScratchDatabase()
{
    if (m_config.backend == DatabaseConfig::Backend::PostgreSql && m_problem.isEmpty()) {
        const QString error = runOnMaintenanceDatabase(u"DROP DATABASE IF EXISTS %1 WITH (FORCE)"_s.arg(m_config.databaseName));
        if (!error.isEmpty())
            qWarning("could not drop the scratch database: %s", qPrintable(error));
    }
}

void ScratchDatabase::createPostgreSql()
{
    const QString url = qEnvironmentVariable("SHIPDECK_TEST_PG_URL");
    if (url.isEmpty()) {
        m_unavailable = true;
        m_problem = u"PostgreSQL is not configured: set SHIPDECK_TEST_PG_URL (scripts/test does)"_s;
        return;
    }
    QString error;
    const auto maintenance = DatabaseConfig::fromString(url, &error);
    if (!maintenance) {
        m_problem = u"SHIPDECK_TEST_PG_URL: "_s + error;
        return;
    }
    m_maintenance = *maintenance;
    static QAtomicInt counter;
    m_config = m_maintenance;
    m_config.databaseName = u"shipdeck_test_%1_%2"_s.arg(QCoreApplication::applicationPid()).arg(counter.fetchAndAddRelaxed(1));
    m_problem = runOnMaintenanceDatabase(u"CREATE DATABASE %1"_s.arg(m_config.databaseName));
}

QString ScratchDatabase::runOnMaintenanceDatabase(const QString &statement) const
{
    const QString connectionName = u"scratch-maintenance"_s;
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, connectionName);
        db.setHostName(m_maintenance.host);
        db.setPort(m_maintenance.port);
        db.setDatabaseName(m_maintenance.databaseName);
        db.setUserName(m_maintenance.userName);
        db.setPassword(m_maintenance.password);
        if (!db.open()) {
            error = u"cannot reach PostgreSQL at %1:%2: %3"_s.arg(m_maintenance.host).arg(m_maintenance.port).arg(db.lastError().text());
        } else {
            QSqlQuery query(db);
            if (!query.exec(statement))
                error = u"%1: %2"_s.arg(statement, query.lastError().text());
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connectionName);
    return error;
}
