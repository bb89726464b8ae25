#pragma once

#include "model/outcome.h"
#include "model/shipment.h"
#include "trackingupdate.h"

#include <QDate>
#include <QList>

class Database;

// The poller's side of storage: which shipments are due, writing what a poll learned, and the
// requests spent per carrier and day. Events are stored idempotently: a re-sent or re-ordered
// event never duplicates, and a corrected one (the carrier moved its time or reworded it)
// replaces its earlier version instead of standing beside it.
class TrackingStore
{
public:
    explicit TrackingStore(Database &database) : m_db(database) {}

    // Shipments whose next poll is due at `now` (or never scheduled), most overdue first.
    Outcome loadDueShipments(const QDateTime &now, int limit, QList<Shipment> &into) const;
    // Writes all updates in one transaction: all or nothing.
    Outcome saveUpdates(const QList<TrackingUpdate> &updates);

    Outcome quotaUsed(const QString &carrier, const QDate &day, qint64 &used) const;
    Outcome addQuotaUsed(const QString &carrier, const QDate &day, qint64 requests);

private:
    Database &m_db;
};
