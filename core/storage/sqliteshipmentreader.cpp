#include "sqliteshipmentreader.h"

#include "model/shipmentcolumns.h"
#include "shipmentrows.h"

#include <QHash>
#include <QSqlDriver>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace {

sqlite3 *handleOf(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

QByteArrayView textAt(sqlite3_stmt *statement, int column)
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(statement, column));
    return text ? QByteArrayView(text, sqlite3_column_bytes(statement, column)) : QByteArrayView();
}

// "YYYY-MM-DD" as Qt stores a QDate in SQLite; anything else (NULL) is no date.
QDate dateAt(sqlite3_stmt *statement, int column)
{
    const QByteArrayView text = textAt(statement, column);
    if (text.size() != 10 || text[4] != '-' || text[7] != '-')
        return {};
    const auto number = [&](int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; ++i)
            value = value * 10 + (text[i] - '0');
        return value;
    };
    return QDate(number(0, 4), number(5, 2), number(8, 2));
}

} // namespace

namespace SqliteShipmentReader {

bool canRead(const QSqlDatabase &db)
{
    return handleOf(db) != nullptr;
}

Outcome read(const QSqlDatabase &db, qint64 fromId, qint64 toId, ShipmentColumns &into)
{
    sqlite3 *handle = handleOf(db);
    const QByteArray sql = u"SELECT %1 FROM shipments WHERE id >= ?1 AND id < ?2 ORDER BY id"_s
                               .arg(ShipmentRows::shipmentColumns()).toUtf8();
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(handle, sql.constData(), int(sql.size()), &statement, nullptr) != SQLITE_OK)
        return Outcome::failure(QString::fromUtf8(sqlite3_errmsg(handle)));
    sqlite3_bind_int64(statement, 1, fromId);
    sqlite3_bind_int64(statement, 2, toId);
    QHash<QByteArray, SubStatus> subStatuses; // a few dozen keys, read a million times
    int step = SQLITE_ROW;
    while ((step = sqlite3_step(statement)) == SQLITE_ROW) {
        ShipmentColumns::Utf8Row row;
        row.id = sqlite3_column_int64(statement, 0);
        row.orderNumber = textAt(statement, 1);
        row.trackingNumber = textAt(statement, 2);
        row.carrier = textAt(statement, 3);
        row.service = textAt(statement, 4);
        row.recipientName = textAt(statement, 5);
        row.email = textAt(statement, 6);
        row.phone = textAt(statement, 7);
        row.language = textAt(statement, 8);
        row.countryCode = textAt(statement, 9);
        row.postalCode = textAt(statement, 10);
        row.shipDate = dateAt(statement, 11);
        row.promisedDate = dateAt(statement, 12);
        row.carrierEstimate = dateAt(statement, 13);
        const QByteArrayView key = textAt(statement, 14);
        auto known = subStatuses.constFind(QByteArray::fromRawData(key.data(), key.size()));
        if (known == subStatuses.constEnd()) {
            known = subStatuses.insert(key.toByteArray(),
                                       ShipmentRows::subStatusFromKey(QString::fromUtf8(key), row.id, "shipments"));
        }
        row.subStatus = *known;
        row.lastEventMsecs = sqlite3_column_type(statement, 15) == SQLITE_NULL ? 0 : sqlite3_column_int64(statement, 15);
        row.pollError = textAt(statement, 16);
        into.appendUtf8(row);
    }
    const QString error = step == SQLITE_DONE ? QString() : QString::fromUtf8(sqlite3_errmsg(handle));
    sqlite3_finalize(statement);
    return error.isEmpty() ? Outcome::success() : Outcome::failure(error);
}

} // namespace SqliteShipmentReader
