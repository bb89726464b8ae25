#pragma once

#include "model/shipmentrecord.h"
#include "storage/databaseconfig.h"

#include <QString>
#include <QTemporaryDir>

#include <memory>

// The databases every storage test runs against: SQLite always, PostgreSQL when
// SHIPDECK_TEST_PG_URL names a server (scripts/test starts a private one). With
// SHIPDECK_REQUIRE_PG=1, as scripts/test sets, a missing server fails the test instead of skipping.
namespace TestDatabases {

// Adds the column "backend" and one row per backend to a data-driven test.
void addBackendRows();

QString testDataPath(const QString &relative);

// `count` bare DHL shipments (SO-0/JJD0, SO-1/JJD1, ...), for tests of tables that refer to stored shipments.
QList<ShipmentRecord> shipments(int count);

// A carrier event to store with a shipment: when, what, and the carrier's code for it.
TrackingEvent scan(const QDateTime &at, SubStatus sub, const QString &code);

} // namespace TestDatabases

// A new, empty database of one backend for one test, removed afterwards.
class ScratchDatabase
{
public:
    explicit ScratchDatabase(const QString &backend);
    ~ScratchDatabase();
    ScratchDatabase(const ScratchDatabase &) = delete;
    ScratchDatabase &operator=(const ScratchDatabase &) = delete;

    // Empty when the database is ready; otherwise why not.
    QString problem() const { return m_problem; }
    // True when the backend is simply not configured here (a skip, unless it is required).
    bool unavailable() const { return m_unavailable; }
    DatabaseConfig config() const { return m_config; }

private:
    void createPostgreSql();
    QString runOnMaintenanceDatabase(const QString &statement) const;

    DatabaseConfig m_config;
    DatabaseConfig m_maintenance;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_problem;
    bool m_unavailable = false;
};

// Opens a scratch database for the current row's backend or ends the test (skip or fail).
#define SHIPDECK_SCRATCH_DATABASE(var, backend)                                                         \
    ScratchDatabase var(backend);                                                                       \
    if (var.unavailable() && qEnvironmentVariableIntValue("SHIPDECK_REQUIRE_PG") == 0)                  \
        QSKIP(qPrintable(var.problem()));                                                               \
    if (!var.problem().isEmpty())                                                                       \
        QFAIL(qPrintable(var.problem()));
