#pragma once

#include "databaseconfig.h"
#include "model/outcome.h"
#include "sqldialect.h"

#include <QSqlDatabase>
#include <QString>

// One connection to the Shipdeck database, opened and migrated to the current schema. A connection
// belongs to the thread that opened it: a worker thread opens its own Database with the same config.
class Database
{
public:
    explicit Database(DatabaseConfig config);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Connects, applies session settings and migrates the schema. Fails with a message naming the
    // database when it cannot be reached, is damaged, is read-only, or has a newer schema.
    Outcome open();
    bool isOpen() const;

    QSqlDatabase connection() const;
    const SqlDialect &dialect() const { return m_dialect; }
    const DatabaseConfig &config() const { return m_config; }
    int schemaVersion() const { return m_schemaVersion; }

    // A message for a failed statement: what was being done, on which database, and the driver's words.
    QString describeError(const QString &doing, const class QSqlError &error) const;

private:
    Outcome connect();
    Outcome prepareSqliteLocation() const;
    bool execRetryingWhileBusy(class QSqlQuery &query, const QString &statement) const;

    DatabaseConfig m_config;
    SqlDialect m_dialect;
    QString m_connectionName;
    int m_schemaVersion = 0;
};
