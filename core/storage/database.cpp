#include "database.h"

#include <QCoreApplication>

#include "schemamigrator.h"

#include <QAtomicInt>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

using namespace Qt::StringLiterals;

namespace {

QString nextConnectionName()
{
    static QAtomicInt counter;
    return u"shipdeck-%1"_s.arg(counter.fetchAndAddRelaxed(1) + 1);
}

// Read-only for us, or marked read-only for everyone: an administrator (or root, who may write
// anywhere) who clears every write bit means "do not write here", and we honour that.
bool isReadOnly(const QFileInfo &info)
{
    const auto writeBits = QFile::WriteOwner | QFile::WriteGroup | QFile::WriteOther;
    return !info.isWritable() || !(info.permissions() & writeBits);
}

} // namespace

Database::Database(DatabaseConfig config)
    : m_config(std::move(config))
    , m_dialect(m_config.backend)
    , m_connectionName(nextConnectionName())
{
}

Database::~Database()
{
    if (QSqlDatabase::contains(m_connectionName)) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

bool Database::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && connection().isOpen() && m_schemaVersion > 0;
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Outcome Database::open()
{
    if (Outcome connected = connect(); !connected)
        return connected;
    SchemaMigrator migrator(connection(), m_dialect, m_config.displayName());
    return migrator.migrate(m_schemaVersion);
}

Outcome Database::connect()
{
    if (m_config.backend == DatabaseConfig::Backend::Sqlite) {
        if (Outcome location = prepareSqliteLocation(); !location)
            return location;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(m_dialect.driverName(), m_connectionName);
    if (!db.isValid()) {
        return Outcome::failure(QCoreApplication::translate("Database", "cannot open %1: the Qt SQL driver %2 is not installed "
                                               "(Debian package libqt6sql6-sqlite or libqt6sql6-psql)")
                                    .arg(m_config.displayName(), m_dialect.driverName()));
    }
    if (m_config.backend == DatabaseConfig::Backend::Sqlite) {
        db.setDatabaseName(m_config.sqlitePath);
        // Wait for another writer (a poller) instead of failing at once.
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
    } else {
        db.setHostName(m_config.host);
        db.setPort(m_config.port);
        db.setDatabaseName(m_config.databaseName);
        db.setUserName(m_config.userName);
        db.setPassword(m_config.password);
        db.setConnectOptions(u"connect_timeout=5;application_name=shipdeck"_s);
    }
    if (!db.open())
        return Outcome::failure(describeError(QStringLiteral("connecting"), db.lastError()));

    QSqlQuery query(db);
    for (const QString &statement : m_dialect.sessionSetup()) {
        if (!execRetryingWhileBusy(query, statement)) {
            const QString why = query.lastError().text();
            if (m_config.backend == DatabaseConfig::Backend::Sqlite && why.contains(u"not a database"_s)) {
                return Outcome::failure(QCoreApplication::translate("Database", "%1 is damaged or is not a database (%2). "
                                                       "Nothing was changed; restore it from a backup or choose another file.")
                                            .arg(m_config.displayName(), why));
            }
            return Outcome::failure(describeError(QCoreApplication::translate("Database", "preparing the connection"), query.lastError()));
        }
    }
    return Outcome::success();
}

Outcome Database::prepareSqliteLocation() const
{
    const QFileInfo file(m_config.sqlitePath);
    const QDir folder = file.absoluteDir();
    if (!folder.exists() && !QDir().mkpath(folder.absolutePath())) {
        return Outcome::failure(QCoreApplication::translate("Database", "cannot create the folder %1 for %2: check that it may be written to")
                                    .arg(QDir::toNativeSeparators(folder.absolutePath()), m_config.displayName()));
    }
    // SQLite needs to create its journal files beside the database, even to read in WAL mode.
    if (isReadOnly(QFileInfo(folder.absolutePath()))) {
        return Outcome::failure(QCoreApplication::translate("Database", "cannot use %1: its folder %2 is read-only "
                                               "(SQLite needs to write its journal there)")
                                    .arg(m_config.displayName(), QDir::toNativeSeparators(folder.absolutePath())));
    }
    if (file.exists() && isReadOnly(file)) {
        return Outcome::failure(QCoreApplication::translate("Database", "cannot use %1: the file is read-only").arg(m_config.displayName()));
    }
    return Outcome::success();
}

bool Database::execRetryingWhileBusy(QSqlQuery &query, const QString &statement) const
{
    // Switching SQLite to WAL needs a moment of exclusive access, and SQLite answers "locked" at
    // once instead of waiting when another process is starting up on the same file.
    constexpr int attempts = 50;
    for (int attempt = 1;; ++attempt) {
        if (query.exec(statement))
            return true;
        if (attempt == attempts || !m_dialect.isBusy(query.lastError()))
            return false;
        QThread::msleep(100);
    }
}

QString Database::describeError(const QString &doing, const QSqlError &error) const
{
    QString detail = error.text().trimmed();
    if (detail.isEmpty())
        detail = QCoreApplication::translate("Database", "no details from the database driver");
    return QCoreApplication::translate("Database", "%1 failed on %2: %3").arg(doing, m_config.displayName(), detail);
}
