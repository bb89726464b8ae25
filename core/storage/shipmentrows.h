#pragma once

#include "model/shipment.h"
#include "model/trackingevent.h"

#include <QString>

class QSqlQuery;

// Reading stored rows back into value types, shared by every query that selects them.
namespace ShipmentRows {

// The columns read() expects, in its order: "id, order_number, ...".
QString shipmentColumns();
Shipment readShipment(const QSqlQuery &query);

QString eventColumns();
TrackingEvent readEvent(const QSqlQuery &query, qint64 shipmentId);

// The stored keys of the sub-statuses `which` picks, as an SQL list: "'delivered', 'delivered_signed'".
QString subStatusKeyList(bool (*which)(SubStatus));

// A stored sub-status key; an unknown one (from a newer build) is logged and read as an exception.
SubStatus subStatusFromKey(const QString &key, qint64 rowId, const char *table);

// Qt binds a null QString as SQL NULL; our text columns are NOT NULL with '' for "none".
QVariant textValue(const QString &text);
QVariant dateValue(const QDate &date);
QVariant instantValue(const QDateTime &instant);

} // namespace ShipmentRows
