#include "databaseproperties.h"

#include <QCoreApplication>

#include "database.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

Outcome DatabaseProperties::read(const QString &name, std::optional<QString> &value) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(u"SELECT value FROM properties WHERE name = ?"_s);
    query.addBindValue(name);
    if (!query.exec())
        return Outcome::failure(m_db.describeError(QCoreApplication::translate("DatabaseProperties", "reading property %1").arg(name), query.lastError()));
    value = query.next() ? std::optional<QString>(query.value(0).toString()) : std::nullopt;
    return Outcome::success();
}

Outcome DatabaseProperties::write(const QString &name, const QString &value)
{
    QSqlQuery query(m_db.connection());
    query.prepare(u"INSERT INTO properties (name, value) VALUES (?, ?) "
                  "ON CONFLICT (name) DO UPDATE SET value = excluded.value"_s);
    query.addBindValue(name);
    query.addBindValue(value);
    if (!query.exec())
        return Outcome::failure(m_db.describeError(QCoreApplication::translate("DatabaseProperties", "writing property %1").arg(name), query.lastError()));
    return Outcome::success();
}
