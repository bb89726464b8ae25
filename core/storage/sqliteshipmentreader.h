#pragma once

#include "model/outcome.h"

#include <QSqlDatabase>

class ShipmentColumns;

// The start-up load's fast path on SQLite: reads shipment rows through the SQLite C API on Qt's
// own connection and appends their UTF-8 text straight into the columns. QSqlQuery would build a
// QVariant and a QString per cell (17 per row), which made loading a million shipments take
// seconds. PostgreSQL keeps the QSqlQuery path.
namespace SqliteShipmentReader {

// Whether `db` is a SQLite connection whose handle this reader can use.
bool canRead(const QSqlDatabase &db);
// Appends the shipments with fromId <= id < toId, in id order.
Outcome read(const QSqlDatabase &db, qint64 fromId, qint64 toId, ShipmentColumns &into);

} // namespace SqliteShipmentReader
