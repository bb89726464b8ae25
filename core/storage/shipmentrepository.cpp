#include "shipmentrepository.h"

#include "database.h"
#include "model/shipmentcolumns.h"

#include <QHash>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcStorage, "shipdeck.storage")

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

const QString upsertEventSql = uR"(
    INSERT INTO tracking_events (shipment_id, occurred_utc_ms, utc_offset_s, location, carrier_code,
                                 carrier_text, sub_status, mapped, evidence)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
    ON CONFLICT (shipment_id, occurred_utc_ms, carrier_code) DO UPDATE SET
        utc_offset_s = excluded.utc_offset_s, location = excluded.location,
        carrier_text = excluded.carrier_text, sub_status = excluded.sub_status,
        mapped = excluded.mapped, evidence = excluded.evidence
    RETURNING id)"_s;

const QString selectShipmentsSql = uR"(
    SELECT id, order_number, tracking_number, carrier, service, recipient_name, email, phone, language,
           country_code, postal_code, ship_date, promised_date, carrier_estimate, sub_status,
           last_event_utc_ms
    FROM shipments ORDER BY id)"_s;

const QString selectEventsSql = uR"(
    SELECT id, occurred_utc_ms, utc_offset_s, location, carrier_code, carrier_text, sub_status, mapped, evidence
    FROM tracking_events WHERE shipment_id = ? ORDER BY occurred_utc_ms, id)"_s;

// Qt binds a null QString as SQL NULL; the text columns are NOT NULL with '' for "none".
QVariant textValue(const QString &text)
{
    return text.isNull() ? QVariant(QString::fromLatin1("")) : QVariant(text);
}

QVariant dateValue(const QDate &date)
{
    return date.isValid() ? QVariant(date) : QVariant(QMetaType::fromType<QDate>());
}

QVariant instantValue(const QDateTime &instant)
{
    return instant.isValid() ? QVariant(instant.toMSecsSinceEpoch()) : QVariant(QMetaType::fromType<qint64>());
}

// Sub-status keys are read once per row on a million-row load: a hash beats the taxonomy's scan.
class SubStatusKeys
{
public:
    SubStatusKeys()
    {
        for (int i = 0; i < SubStatusCount; ++i)
            m_byKey.insert(Taxonomy::subStatusKey(SubStatus(i)), SubStatus(i));
    }

    SubStatus lookup(const QString &key, qint64 rowId, const QString &table) const
    {
        const auto it = m_byKey.constFind(key);
        if (it != m_byKey.constEnd())
            return *it;
        qCWarning(lcStorage) << "unknown sub-status" << key << "in" << table << "row" << rowId << "read as exception";
        return SubStatus::ExceptionOther;
    }

private:
    QHash<QString, SubStatus> m_byKey;
};

} // namespace

Outcome ShipmentRepository::saveShipments(QList<ShipmentRecord> &records)
{
    QSqlDatabase db = m_db.connection();
    if (!db.transaction())
        return Outcome::failure(m_db.describeError(QStringLiteral("starting to save shipments"), db.lastError()));

    QSqlQuery shipmentQuery(db);
    QSqlQuery eventQuery(db);
    if (!shipmentQuery.prepare(upsertShipmentSql) || !eventQuery.prepare(upsertEventSql)) {
        const QSqlError error = shipmentQuery.lastError().isValid() ? shipmentQuery.lastError() : eventQuery.lastError();
        db.rollback();
        return Outcome::failure(m_db.describeError(QStringLiteral("preparing to save shipments"), error));
    }

    for (ShipmentRecord &record : records) {
        Shipment &s = record.shipment;
        const QVariantList shipmentValues{textValue(s.orderNumber), textValue(s.trackingNumber),
                                          textValue(s.carrier), textValue(s.service), textValue(s.recipientName),
                                          textValue(s.email), textValue(s.phone), textValue(s.language),
                                          textValue(s.countryCode), textValue(s.postalCode),
                                          dateValue(s.shipDate), dateValue(s.promisedDate),
                                          dateValue(s.carrierEstimate), Taxonomy::subStatusKey(s.subStatus),
                                          instantValue(s.lastEventAt)};
        for (int i = 0; i < shipmentValues.size(); ++i)
            shipmentQuery.bindValue(i, shipmentValues[i]);
        if (!shipmentQuery.exec() || !shipmentQuery.next()) {
            const QSqlError error = shipmentQuery.lastError();
            db.rollback();
            return Outcome::failure(m_db.describeError(
                QStringLiteral("saving shipment %1 (%2)").arg(s.trackingNumber, s.carrier), error));
        }
        s.id = shipmentQuery.value(0).toLongLong();
        shipmentQuery.finish();

        for (TrackingEvent &event : record.events) {
            event.shipmentId = s.id;
            eventQuery.bindValue(0, s.id);
            eventQuery.bindValue(1, event.occurredAt.toMSecsSinceEpoch());
            eventQuery.bindValue(2, event.occurredAt.offsetFromUtc());
            eventQuery.bindValue(3, textValue(event.location));
            eventQuery.bindValue(4, textValue(event.carrierCode));
            eventQuery.bindValue(5, textValue(event.carrierText));
            eventQuery.bindValue(6, Taxonomy::subStatusKey(event.subStatus));
            eventQuery.bindValue(7, event.mapped ? 1 : 0);
            eventQuery.bindValue(8, textValue(event.evidence));
            if (!eventQuery.exec() || !eventQuery.next()) {
                const QSqlError error = eventQuery.lastError();
                db.rollback();
                return Outcome::failure(m_db.describeError(
                    QStringLiteral("saving an event of shipment %1 (%2) at %3")
                        .arg(s.trackingNumber, s.carrier, event.occurredAt.toString(Qt::ISODate)),
                    error));
            }
            event.id = eventQuery.value(0).toLongLong();
            eventQuery.finish();
        }
    }
    if (!db.commit()) {
        const QSqlError error = db.lastError();
        db.rollback();
        return Outcome::failure(m_db.describeError(QStringLiteral("committing %1 shipments").arg(records.size()), error));
    }
    return Outcome::success();
}

Outcome ShipmentRepository::countShipments(qint64 &count) const
{
    QSqlQuery query(m_db.connection());
    if (!query.exec(u"SELECT COUNT(*) FROM shipments"_s) || !query.next())
        return Outcome::failure(m_db.describeError(QStringLiteral("counting shipments"), query.lastError()));
    count = query.value(0).toLongLong();
    return Outcome::success();
}

Outcome ShipmentRepository::loadShipments(ShipmentColumns &into) const
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    if (!query.exec(selectShipmentsSql))
        return Outcome::failure(m_db.describeError(QStringLiteral("loading shipments"), query.lastError()));

    const SubStatusKeys keys;
    Shipment s;
    while (query.next()) {
        s.id = query.value(0).toLongLong();
        s.orderNumber = query.value(1).toString();
        s.trackingNumber = query.value(2).toString();
        s.carrier = query.value(3).toString();
        s.service = query.value(4).toString();
        s.recipientName = query.value(5).toString();
        s.email = query.value(6).toString();
        s.phone = query.value(7).toString();
        s.language = query.value(8).toString();
        s.countryCode = query.value(9).toString();
        s.postalCode = query.value(10).toString();
        s.shipDate = query.value(11).toDate();
        s.promisedDate = query.value(12).toDate();
        s.carrierEstimate = query.value(13).toDate();
        s.subStatus = keys.lookup(query.value(14).toString(), s.id, u"shipments"_s);
        const QVariant lastEvent = query.value(15);
        s.lastEventAt = lastEvent.isNull() ? QDateTime()
                                           : QDateTime::fromMSecsSinceEpoch(lastEvent.toLongLong(), Qt::UTC);
        into.upsert(s);
    }
    if (query.lastError().isValid())
        return Outcome::failure(m_db.describeError(QStringLiteral("loading shipments"), query.lastError()));
    return Outcome::success();
}

Outcome ShipmentRepository::loadEvents(qint64 shipmentId, QList<TrackingEvent> &into) const
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    if (!query.prepare(selectEventsSql))
        return Outcome::failure(m_db.describeError(QStringLiteral("loading events"), query.lastError()));
    query.addBindValue(shipmentId);
    if (!query.exec()) {
        return Outcome::failure(
            m_db.describeError(QStringLiteral("loading the events of shipment %1").arg(shipmentId), query.lastError()));
    }
    const SubStatusKeys keys;
    while (query.next()) {
        TrackingEvent event;
        event.id = query.value(0).toLongLong();
        event.shipmentId = shipmentId;
        event.occurredAt = QDateTime::fromMSecsSinceEpoch(query.value(1).toLongLong(), Qt::OffsetFromUTC,
                                                          query.value(2).toInt());
        event.location = query.value(3).toString();
        event.carrierCode = query.value(4).toString();
        event.carrierText = query.value(5).toString();
        event.subStatus = keys.lookup(query.value(6).toString(), event.id, u"tracking_events"_s);
        event.mapped = query.value(7).toInt() != 0;
        event.evidence = query.value(8).toString();
        into.append(event);
    }
    return Outcome::success();
}
