#pragma once

#include "databaseconfig.h"

#include <QString>

class QSqlDatabase;
class QSqlError;

// Everything that differs between SQLite and PostgreSQL, in one place; the rest of storage is one
// code path for both.
class SqlDialect
{
public:
    explicit SqlDialect(DatabaseConfig::Backend backend) : m_backend(backend) {}

    DatabaseConfig::Backend backend() const { return m_backend; }
    QString driverName() const;
    QString autoIdColumn() const; // "id ... PRIMARY KEY" with automatic numbering
    QString dateType() const;
    // Session settings applied right after connecting (WAL and foreign keys on SQLite).
    QStringList sessionSetup() const;
    // A query with one placeholder, the table name, answering how many tables of that name exist.
    QString tableExistsQuery() const;
    // Opens a transaction that no other connection can write beside, for schema changes.
    QStringList beginExclusiveTransaction() const;
    // True when the error means another writer holds the database and a retry may succeed.
    bool isBusy(const QSqlError &error) const;

private:
    DatabaseConfig::Backend m_backend;
};
