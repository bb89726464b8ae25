#pragma once

#include "model/outcome.h"

#include <QSqlDatabase>
#include <QStringList>

class SqlDialect;

// Brings a database's schema to the version this build knows, one numbered step at a time, each
// step in its own transaction so a failed upgrade leaves the previous version intact. A database
// with a newer version than this build knows is refused, never touched.
class SchemaMigrator
{
public:
    static constexpr int CurrentVersion = 9;

    SchemaMigrator(QSqlDatabase connection, const SqlDialect &dialect, QString databaseName);

    // Migrates and returns the version now in place through `version`.
    Outcome migrate(int &version);
    // The statements of one step (1..CurrentVersion); public so tests can build old databases.
    QStringList stepStatements(int toVersion) const;

private:
    Outcome readVersion(int &version);
    Outcome tableExists(const QString &table, bool &exists);
    Outcome applyStep(int toVersion);
    Outcome fail(const QString &doing, const class QSqlError &error) const;

    QSqlDatabase m_connection;
    const SqlDialect &m_dialect;
    QString m_databaseName;
};
