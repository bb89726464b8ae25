#pragma once

#include <QString>

#include <optional>

// Which database to use and how to reach it. Never holds secrets in text form for display:
// displayName() leaves the password out.
struct DatabaseConfig {
    enum class Backend { Sqlite, PostgreSql };

    Backend backend = Backend::Sqlite;
    QString sqlitePath;
    QString host;
    int port = 5432;
    QString databaseName;
    QString userName;
    QString password; // empty: libpq's own PGPASSWORD / ~/.pgpass apply

    static DatabaseConfig sqlite(const QString &path);
    // The embedded default: shipdeck.sqlite in QStandardPaths::AppDataLocation.
    static DatabaseConfig defaultSqlite();
    // "postgresql://user[:password]@host[:port]/dbname", "sqlite:///abs/path" or a plain file path.
    static std::optional<DatabaseConfig> fromString(const QString &text, QString *error);

    // For messages: "SQLite database /path/shipdeck.sqlite" or
    // "PostgreSQL database shipdeck on db.example:5432 as ops".
    QString displayName() const;
};
