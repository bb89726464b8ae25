#include "shipmentrepository.h"

#include <QCoreApplication>

#include "database.h"
#include "model/shipmentcolumns.h"
#include "eventwriter.h"
#include "shipmentrows.h"
#include "sqliteshipmentreader.h"

#include <QSqlError>
#include <QSqlQuery>

#include <limits>

using namespace Qt::StringLiterals;
using namespace ShipmentRows;

namespace {

const QString upsertShipmentSql = uR"(
    INSERT INTO shipments (order_number, tracking_number, carrier, service, recipient_name, email, phone,
                           language, country_code, postal_code, ship_date, promised_date, carrier_estimate,
                           sub_status, last_event_utc_ms)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
    ON CONFLICT (carrier, tracking_number) DO UPDATE SET
        order_number = excluded.order_number, service = excluded.service,
        recipient_name = excluded.recipient_name, email = excluded.email, phone = excluded.phone,
        language = excluded.language, country_code = excluded.country_code,
        postal_code = excluded.postal_code, ship_date = excluded.ship_date,
        promised_date = excluded.promised_date, carrier_estimate = excluded.carrier_estimate,
        sub_status = excluded.sub_status, last_event_utc_ms = excluded.last_event_utc_ms
    RETURNING id)"_s;

} // namespace

Outcome ShipmentRepository::saveShipments(QList<ShipmentRecord> &records)
{
    QSqlDatabase db = m_db.connection();
    if (!db.transaction())
        return Outcome::failure(m_db.describeError(QCoreApplication::translate("ShipmentRepository", "starting to save shipments"), db.lastError()));
    const auto abort = [&db](Outcome failure) {
        db.rollback();
        return failure;
    };
    QSqlQuery shipmentQuery(db);
    if (!shipmentQuery.prepare(upsertShipmentSql))
        return abort(Outcome::failure(m_db.describeError(QCoreApplication::translate("ShipmentRepository", "preparing to save shipments"), shipmentQuery.lastError())));
    EventWriter events(m_db);
    if (!events.prepareError().isEmpty())
        return abort(Outcome::failure(events.prepareError()));

    for (ShipmentRecord &record : records) {
        Shipment &s = record.shipment;
        const QString whose = QCoreApplication::translate("ShipmentRepository", "shipment %1 (%2)").arg(s.trackingNumber, s.carrier);
        const QVariantList values{textValue(s.orderNumber), textValue(s.trackingNumber), textValue(s.carrier),
                                  textValue(s.service), textValue(s.recipientName), textValue(s.email),
                                  textValue(s.phone), textValue(s.language), textValue(s.countryCode),
                                  textValue(s.postalCode), dateValue(s.shipDate), dateValue(s.promisedDate),
                                  dateValue(s.carrierEstimate), Taxonomy::subStatusKey(s.subStatus),
                                  instantValue(s.lastEventAt)};
        for (int i = 0; i < values.size(); ++i)
            shipmentQuery.bindValue(i, values[i]);
        if (!shipmentQuery.exec() || !shipmentQuery.next())
            return abort(Outcome::failure(m_db.describeError(QCoreApplication::translate("ShipmentRepository", "saving ") + whose, shipmentQuery.lastError())));
        s.id = shipmentQuery.value(0).toLongLong();
        shipmentQuery.finish();
        if (Outcome written = events.write(s.id, record.events, false, whose); !written)
            return abort(written);
    }
    if (!db.commit()) {
        const QSqlError error = db.lastError();
        return abort(Outcome::failure(m_db.describeError(QCoreApplication::translate("ShipmentRepository", "committing %1 shipments").arg(records.size()), error)));
    }
    return Outcome::success();
}

Outcome ShipmentRepository::countShipments(qint64 &count) const
{
    QSqlQuery query(m_db.connection());
    if (!query.exec(u"SELECT COUNT(*) FROM shipments"_s) || !query.next())
        return Outcome::failure(m_db.describeError(QCoreApplication::translate("ShipmentRepository", "counting shipments"), query.lastError()));
    count = query.value(0).toLongLong();
    return Outcome::success();
}

Outcome ShipmentRepository::loadShipments(ShipmentColumns &into) const
{
    return loadShipments(into, std::numeric_limits<qint64>::min(), std::numeric_limits<qint64>::max());
}

Outcome ShipmentRepository::loadShipments(ShipmentColumns &into, qint64 fromId, qint64 toId) const
{
    if (SqliteShipmentReader::canRead(m_db.connection())) {
        if (Outcome read = SqliteShipmentReader::read(m_db.connection(), fromId, toId, into); !read)
            return Outcome::failure(m_db.describeError(QCoreApplication::translate("ShipmentRepository", "loading shipments"), QSqlError(QString(), read.error(), QSqlError::StatementError)));
        return Outcome::success();
    }
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    if (!query.prepare(u"SELECT %1 FROM shipments WHERE id >= ? AND id < ? ORDER BY id"_s.arg(shipmentColumns())))
        return Outcome::failure(m_db.describeError(QCoreApplication::translate("ShipmentRepository", "loading shipments"), query.lastError()));
    query.addBindValue(fromId);
    query.addBindValue(toId);
    if (!query.exec())
        return Outcome::failure(m_db.describeError(QCoreApplication::translate("ShipmentRepository", "loading shipments"), query.lastError()));
    while (query.next())
        into.upsert(readShipment(query));
    if (query.lastError().isValid())
        return Outcome::failure(m_db.describeError(QCoreApplication::translate("ShipmentRepository", "loading shipments"), query.lastError()));
    return Outcome::success();
}

Outcome ShipmentRepository::idRange(qint64 &first, qint64 &last) const
{
    QSqlQuery query(m_db.connection());
    if (!query.exec(u"SELECT MIN(id), MAX(id) FROM shipments"_s) || !query.next())
        return Outcome::failure(m_db.describeError(QCoreApplication::translate("ShipmentRepository", "reading the range of shipment ids"), query.lastError()));
    first = query.value(0).toLongLong();
    last = query.value(1).toLongLong();
    return Outcome::success();
}

Outcome ShipmentRepository::findShipment(const QString &carrier, const QString &trackingNumber,
                                         std::optional<Shipment> &into) const
{
    const QString what = QCoreApplication::translate("ShipmentRepository", "looking up shipment %1").arg(trackingNumber);
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    if (!query.prepare(u"SELECT %1 FROM shipments WHERE carrier = ? AND tracking_number = ?"_s.arg(shipmentColumns())))
        return Outcome::failure(m_db.describeError(what, query.lastError()));
    query.addBindValue(carrier);
    query.addBindValue(trackingNumber);
    if (!query.exec())
        return Outcome::failure(m_db.describeError(what, query.lastError()));
    into.reset();
    if (query.next())
        into = readShipment(query);
    return Outcome::success();
}

Outcome ShipmentRepository::loadCheckedAt(qint64 shipmentId, QDateTime &into) const
{
    into = QDateTime();
    const QString doing = QCoreApplication::translate("ShipmentRepository", "finding when the carrier last answered about shipment %1").arg(shipmentId);
    QSqlQuery query(m_db.connection());
    if (!query.prepare(u"SELECT checked_utc_ms FROM shipments WHERE id = ?"_s))
        return Outcome::failure(m_db.describeError(doing, query.lastError()));
    query.addBindValue(shipmentId);
    if (!query.exec())
        return Outcome::failure(m_db.describeError(doing, query.lastError()));
    if (query.next() && !query.value(0).isNull())
        into = QDateTime::fromMSecsSinceEpoch(query.value(0).toLongLong(), Qt::UTC);
    return Outcome::success();
}

Outcome ShipmentRepository::loadEvents(qint64 shipmentId, QList<TrackingEvent> &into) const
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    const QString sql = u"SELECT %1 FROM tracking_events WHERE shipment_id = ? ORDER BY occurred_utc_ms, id"_s.arg(eventColumns());
    if (!query.prepare(sql))
        return Outcome::failure(m_db.describeError(QCoreApplication::translate("ShipmentRepository", "loading events"), query.lastError()));
    query.addBindValue(shipmentId);
    if (!query.exec()) {
        return Outcome::failure(
            m_db.describeError(QCoreApplication::translate("ShipmentRepository", "loading the events of shipment %1").arg(shipmentId), query.lastError()));
    }
    while (query.next())
        into.append(readEvent(query, shipmentId));
    return Outcome::success();
}
