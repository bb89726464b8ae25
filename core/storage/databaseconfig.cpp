#include "databaseconfig.h"

#include <QCoreApplication>

#include <QDir>
#include <QStandardPaths>
#include <QUrl>

using namespace Qt::StringLiterals;

DatabaseConfig DatabaseConfig::sqlite(const QString &path)
{
    DatabaseConfig config;
    config.backend = Backend::Sqlite;
    config.sqlitePath = path;
    return config;
}

DatabaseConfig DatabaseConfig::defaultSqlite()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return sqlite(QDir(dir).filePath(u"shipdeck.sqlite"_s));
}

std::optional<DatabaseConfig> DatabaseConfig::fromString(const QString &text, QString *error)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        *error = QCoreApplication::translate("DatabaseConfig", "no database given");
        return std::nullopt;
    }
    if (!trimmed.contains(u"://"_s))
        return sqlite(trimmed);

    const QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid()) {
        *error = QCoreApplication::translate("DatabaseConfig", "\"%1\" is not a valid database URL: %2").arg(url.toDisplayString(QUrl::RemovePassword), url.errorString());
        return std::nullopt;
    }
    const QString scheme = url.scheme().toLower();
    if (scheme == u"sqlite"_s) {
        if (url.path().isEmpty()) {
            *error = QCoreApplication::translate("DatabaseConfig", "the SQLite URL \"%1\" names no file").arg(trimmed);
            return std::nullopt;
        }
        return sqlite(url.path());
    }
    if (scheme == u"postgresql"_s || scheme == u"postgres"_s) {
        DatabaseConfig config;
        config.backend = Backend::PostgreSql;
        config.host = url.host().isEmpty() ? u"localhost"_s : url.host();
        config.port = url.port(5432);
        config.databaseName = url.path().mid(1);
        config.userName = url.userName();
        config.password = url.password();
        if (config.databaseName.isEmpty()) {
            *error = QCoreApplication::translate("DatabaseConfig", "the PostgreSQL URL \"%1\" names no database (expected postgresql://user@host:port/dbname)")
                         .arg(url.toDisplayString(QUrl::RemovePassword));
            return std::nullopt;
        }
        return config;
    }
    *error = QCoreApplication::translate("DatabaseConfig", "unknown database kind \"%1\" in \"%2\" (use sqlite:///path or postgresql://user@host:port/dbname)")
                 .arg(url.scheme(), url.toDisplayString(QUrl::RemovePassword));
    return std::nullopt;
}

QString DatabaseConfig::displayName() const
{
    if (backend == Backend::Sqlite)
        return QCoreApplication::translate("DatabaseConfig", "SQLite database %1").arg(QDir::toNativeSeparators(sqlitePath));
    QString name = QCoreApplication::translate("DatabaseConfig", "PostgreSQL database %1 on %2:%3").arg(databaseName, host).arg(port);
    if (!userName.isEmpty())
        name += QCoreApplication::translate("DatabaseConfig", " as %1").arg(userName);
    return name;
}
