#include "sqldialect.h"

#include <QSqlError>
#include <QStringList>

using namespace Qt::StringLiterals;

QString SqlDialect::driverName() const
{
    return m_backend == DatabaseConfig::Backend::Sqlite ? u"QSQLITE"_s : u"QPSQL"_s;
}

QString SqlDialect::autoIdColumn() const
{
    return m_backend == DatabaseConfig::Backend::Sqlite ? u"id INTEGER PRIMARY KEY AUTOINCREMENT"_s
                                                         : u"id BIGSERIAL PRIMARY KEY"_s;
}

QString SqlDialect::dateType() const
{
    // SQLite has no date type; ISO 8601 text sorts and compares correctly.
    return m_backend == DatabaseConfig::Backend::Sqlite ? u"TEXT"_s : u"DATE"_s;
}

QStringList SqlDialect::sessionSetup() const
{
    if (m_backend == DatabaseConfig::Backend::Sqlite) {
        // WAL lets the console read while the poller writes; NORMAL sync is safe with WAL.
        return {u"PRAGMA foreign_keys = ON"_s, u"PRAGMA journal_mode = WAL"_s, u"PRAGMA synchronous = NORMAL"_s};
    }
    return {u"SET client_min_messages TO WARNING"_s, u"SET TIME ZONE 'UTC'"_s};
}

QString SqlDialect::tableExistsQuery() const
{
    if (m_backend == DatabaseConfig::Backend::Sqlite)
        return u"SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = ?"_s;
    return u"SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = ?"_s;
}

QStringList SqlDialect::beginExclusiveTransaction() const
{
    if (m_backend == DatabaseConfig::Backend::Sqlite)
        return {u"BEGIN IMMEDIATE"_s};
    // A transaction-scoped advisory lock with a fixed key: released by COMMIT or ROLLBACK.
    return {u"BEGIN"_s, u"SELECT pg_advisory_xact_lock(7423901)"_s};
}

bool SqlDialect::isBusy(const QSqlError &error) const
{
    if (m_backend == DatabaseConfig::Backend::Sqlite)
        return error.nativeErrorCode() == u"5"_s || error.nativeErrorCode() == u"6"_s; // SQLITE_BUSY, SQLITE_LOCKED
    // serialization_failure, deadlock_detected
    return error.nativeErrorCode() == u"40001"_s || error.nativeErrorCode() == u"40P01"_s;
}
