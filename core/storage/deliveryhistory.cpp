#include "deliveryhistory.h"

#include <QCoreApplication>

#include "database.h"
#include "shipmentrows.h"
#include "problems/deliverypredictor.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

using namespace Qt::StringLiterals;

Outcome DeliveryHistory::read(const QDateTime &since,
                              const std::function<void(const Shipment &, const QDateTime &deliveredAt)> &each) const
{
    static const QString delivered = ShipmentRows::subStatusKeyList(Taxonomy::isDelivered);
    const QString doing = QCoreApplication::translate("DeliveryHistory", "reading the deliveries since %1").arg(since.toUTC().toString(Qt::ISODate));
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true); // streamed: a million deliveries are never in memory at once
    // The first delivery event only: a later "delivered" scan (a correction, a second carrier's
    // copy) is not when the parcel arrived. The NOT EXISTS looks up the (shipment_id,
    // occurred_utc_ms) index of the same shipment's few events.
    const QString sql = u"SELECT s.carrier, s.service, s.country_code, s.postal_code, s.ship_date, "
                        "e.occurred_utc_ms, e.utc_offset_s "
                        "FROM tracking_events e JOIN shipments s ON s.id = e.shipment_id "
                        "WHERE e.sub_status IN (%1) AND e.occurred_utc_ms >= ? AND s.ship_date IS NOT NULL "
                        "AND NOT EXISTS (SELECT 1 FROM tracking_events f WHERE f.shipment_id = e.shipment_id "
                        "AND f.sub_status IN (%1) AND (f.occurred_utc_ms < e.occurred_utc_ms "
                        "OR (f.occurred_utc_ms = e.occurred_utc_ms AND f.id < e.id)))"_s.arg(delivered);
    if (!query.prepare(sql))
        return Outcome::failure(m_db.describeError(doing, query.lastError()));
    query.addBindValue(since.toMSecsSinceEpoch());
    if (!query.exec())
        return Outcome::failure(m_db.describeError(doing, query.lastError()));
    Shipment shipment;
    while (query.next()) {
        shipment.carrier = query.value(0).toString();
        shipment.service = query.value(1).toString();
        shipment.countryCode = query.value(2).toString();
        shipment.postalCode = query.value(3).toString();
        shipment.shipDate = query.value(4).toDate();
        each(shipment, QDateTime::fromMSecsSinceEpoch(query.value(5).toLongLong(), Qt::OffsetFromUTC, query.value(6).toInt()));
    }
    if (query.lastError().isValid())
        return Outcome::failure(m_db.describeError(doing, query.lastError()));
    return Outcome::success();
}

Outcome DeliveryHistory::train(DeliveryPredictor &predictor, const QDateTime &now, qint64 *learned, int days) const
{
    qint64 count = 0;
    const Outcome outcome = read(now.addDays(-days), [&](const Shipment &shipment, const QDateTime &deliveredAt) {
        // The delivery day in the destination's calendar: the offset the carrier gave is local there.
        count += predictor.learn(shipment, deliveredAt.date()) ? 1 : 0;
    });
    if (learned)
        *learned = count;
    return outcome;
}
