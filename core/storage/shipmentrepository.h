#pragma once

#include "model/outcome.h"
#include "model/shipmentrecord.h"

#include <QList>

#include <optional>

class Database;
class ShipmentColumns;

// Reads and writes shipments and their events. One code path for SQLite and PostgreSQL.
class ShipmentRepository
{
public:
    explicit ShipmentRepository(Database &database) : m_db(database) {}

    // Saves shipments with their events in one transaction: all or nothing. A shipment is identified
    // by (carrier, tracking number), so saving it again updates it; an event by (shipment, instant,
    // carrier code), so saving it again never duplicates it. Fills in the ids.
    Outcome saveShipments(QList<ShipmentRecord> &records);

    Outcome countShipments(qint64 &count) const;
    // Appends every stored shipment to the columns, in id order.
    Outcome loadShipments(ShipmentColumns &into) const;
    // Appends the stored shipments with fromId <= id < toId, in id order.
    Outcome loadShipments(ShipmentColumns &into, qint64 fromId, qint64 toId) const;
    // The smallest and largest stored id (both 0 when there are no shipments).
    Outcome idRange(qint64 &first, qint64 &last) const;
    // The stored shipment with this carrier and tracking number; `into` stays empty when there is none.
    Outcome findShipment(const QString &carrier, const QString &trackingNumber, std::optional<Shipment> &into) const;
    // The shipment's events, oldest first.
    Outcome loadEvents(qint64 shipmentId, QList<TrackingEvent> &into) const;
    // When the carrier last answered about the shipment (its events are current as of then);
    // null if it never has.
    Outcome loadCheckedAt(qint64 shipmentId, QDateTime &into) const;

private:
    Database &m_db;
};
