#include "shipmentrows.h"

#include <QHash>
#include <QLoggingCategory>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcStorageRows, "shipdeck.storage")

namespace ShipmentRows {

QString shipmentColumns()
{
    return u"id, order_number, tracking_number, carrier, service, recipient_name, email, phone, language, "
           "country_code, postal_code, ship_date, promised_date, carrier_estimate, sub_status, last_event_utc_ms, "
           "poll_error"_s;
}

Shipment readShipment(const QSqlQuery &query)
{
    Shipment s;
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
    s.subStatus = subStatusFromKey(query.value(14).toString(), s.id, "shipments");
    const QVariant lastEvent = query.value(15);
    s.lastEventAt = lastEvent.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(lastEvent.toLongLong(), Qt::UTC);
    s.pollError = query.value(16).toString();
    return s;
}

QString eventColumns()
{
    return u"id, occurred_utc_ms, utc_offset_s, location, carrier_code, carrier_text, sub_status, mapped, evidence"_s;
}

TrackingEvent readEvent(const QSqlQuery &query, qint64 shipmentId)
{
    TrackingEvent event;
    event.id = query.value(0).toLongLong();
    event.shipmentId = shipmentId;
    event.occurredAt = QDateTime::fromMSecsSinceEpoch(query.value(1).toLongLong(), Qt::OffsetFromUTC, query.value(2).toInt());
    event.location = query.value(3).toString();
    event.carrierCode = query.value(4).toString();
    event.carrierText = query.value(5).toString();
    event.subStatus = subStatusFromKey(query.value(6).toString(), event.id, "tracking_events");
    event.mapped = query.value(7).toInt() != 0;
    event.evidence = query.value(8).toString();
    return event;
}

SubStatus subStatusFromKey(const QString &key, qint64 rowId, const char *table)
{
    // Read once per row on million-row loads: a hash beats the taxonomy's scan.
    static const QHash<QString, SubStatus> byKey = [] {
        QHash<QString, SubStatus> map;
        for (int i = 0; i < SubStatusCount; ++i)
            map.insert(Taxonomy::subStatusKey(SubStatus(i)), SubStatus(i));
        return map;
    }();
    const auto it = byKey.constFind(key);
    if (it != byKey.constEnd())
        return *it;
    qCWarning(lcStorageRows) << "unknown sub-status" << key << "in" << table << "row" << rowId << "read as exception";
    return SubStatus::ExceptionOther;
}

QString subStatusKeyList(bool (*which)(SubStatus))
{
    QStringList keys;
    for (int i = 0; i < SubStatusCount; ++i) {
        if (which(SubStatus(i)))
            keys.append(u"'%1'"_s.arg(Taxonomy::subStatusKey(SubStatus(i))));
    }
    return keys.join(u", "_s);
}

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

} // namespace ShipmentRows
