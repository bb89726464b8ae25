#include "scangaphistory.h"

#include "scangapnorms.h"

#include "model/shipmentrecord.h"
#include "storage/database.h"
#include "storage/shipmentrows.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

using namespace Qt::StringLiterals;

Outcome ScanGapHistory::train(ScanGapNorms &norms, const QDateTime &now, qint64 *learned, int days) const
{
    static const QString delivered = ShipmentRows::subStatusKeyList(Taxonomy::isDelivered);
    const QDateTime since = now.addDays(-days);
    const QString doing = QCoreApplication::translate("ScanGapHistory", "reading the scans of the parcels delivered since %1")
                              .arg(since.toUTC().toString(Qt::ISODate));
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true); // streamed: millions of events are never in memory at once
    // Delivered first within the window: a parcel delivered long ago and scanned "delivered"
    // again lately (a correction) is not recent history.
    const QString sql = u"SELECT s.id, s.carrier, s.service, s.country_code, e.occurred_utc_ms, e.utc_offset_s, e.sub_status "
                        "FROM tracking_events e JOIN shipments s ON s.id = e.shipment_id "
                        "WHERE e.shipment_id IN (SELECT d.shipment_id FROM tracking_events d WHERE d.sub_status IN (%1) "
                        "GROUP BY d.shipment_id HAVING MIN(d.occurred_utc_ms) >= ?) "
                        "ORDER BY e.shipment_id, e.occurred_utc_ms, e.id"_s.arg(delivered);
    if (!query.prepare(sql))
        return Outcome::failure(m_db.describeError(doing, query.lastError()));
    query.addBindValue(since.toMSecsSinceEpoch());
    if (!query.exec())
        return Outcome::failure(m_db.describeError(doing, query.lastError()));

    qint64 count = 0;
    qint64 current = -1;
    ShipmentRecord record;
    const auto finish = [&] {
        if (current >= 0)
            count += norms.learn(record) ? 1 : 0;
        record.events.clear();
    };
    while (query.next()) {
        const qint64 id = query.value(0).toLongLong();
        if (id != current) {
            finish();
            current = id;
            record.shipment.carrier = query.value(1).toString();
            record.shipment.service = query.value(2).toString();
            record.shipment.countryCode = query.value(3).toString();
        }
        // A key from a newer build teaches nothing here; the rest of the parcel's scans still do.
        const std::optional<SubStatus> sub = Taxonomy::subStatusFromKey(query.value(6).toString());
        if (!sub)
            continue;
        TrackingEvent event;
        event.occurredAt = QDateTime::fromMSecsSinceEpoch(query.value(4).toLongLong(), Qt::OffsetFromUTC, query.value(5).toInt());
        event.subStatus = *sub;
        record.events.append(event);
    }
    if (query.lastError().isValid())
        return Outcome::failure(m_db.describeError(doing, query.lastError()));
    finish();
    if (learned)
        *learned = count;
    return Outcome::success();
}
