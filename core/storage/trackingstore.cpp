#include "trackingstore.h"

#include <QCoreApplication>

#include "database.h"
#include "eventwriter.h"
#include "shipmentrows.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;
using namespace ShipmentRows;

namespace {

// -1 marks a shipment that needs no more polling; NULL one never polled yet.
constexpr qint64 NeverAgain = -1;

const QString answeredUpdateSql = uR"(
    UPDATE shipments SET sub_status = ?, carrier_estimate = ?, last_event_utc_ms = ?,
        service = CASE WHEN ? = '' THEN service ELSE ? END, poll_error = ?, next_poll_utc_ms = ?, checked_utc_ms = ?
    WHERE id = ?)"_s;

const QString unansweredUpdateSql = u"UPDATE shipments SET poll_error = ?, next_poll_utc_ms = ? WHERE id = ?"_s;

} // namespace

Outcome TrackingStore::loadDueShipments(const QDateTime &now, int limit, QList<Shipment> &into) const
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    const QString sql = u"SELECT %1 FROM shipments WHERE next_poll_utc_ms IS NULL OR "
                        "(next_poll_utc_ms >= 0 AND next_poll_utc_ms <= ?) "
                        "ORDER BY COALESCE(next_poll_utc_ms, 0), id LIMIT ?"_s.arg(shipmentColumns());
    if (!query.prepare(sql))
        return Outcome::failure(m_db.describeError(QCoreApplication::translate("TrackingStore", "finding shipments due for polling"), query.lastError()));
    query.addBindValue(now.toMSecsSinceEpoch());
    query.addBindValue(limit);
    if (!query.exec())
        return Outcome::failure(m_db.describeError(QCoreApplication::translate("TrackingStore", "finding shipments due for polling"), query.lastError()));
    while (query.next())
        into.append(readShipment(query));
    return Outcome::success();
}

Outcome TrackingStore::saveUpdates(const QList<TrackingUpdate> &updates)
{
    QSqlDatabase db = m_db.connection();
    if (!db.transaction())
        return Outcome::failure(m_db.describeError(QCoreApplication::translate("TrackingStore", "starting to save poll results"), db.lastError()));
    const auto abort = [&db](Outcome failure) {
        db.rollback();
        return failure;
    };
    QSqlQuery answered(db);
    QSqlQuery unanswered(db);
    if (!answered.prepare(answeredUpdateSql) || !unanswered.prepare(unansweredUpdateSql))
        return abort(Outcome::failure(m_db.describeError(QCoreApplication::translate("TrackingStore", "preparing to save poll results"), answered.lastError())));
    EventWriter events(m_db);
    if (!events.prepareError().isEmpty())
        return abort(Outcome::failure(events.prepareError()));

    for (const TrackingUpdate &update : updates) {
        const QVariant nextPoll = update.nextPoll ? QVariant(update.nextPoll->toMSecsSinceEpoch()) : QVariant(NeverAgain);
        const QString whose = QCoreApplication::translate("TrackingStore", "shipment %1").arg(update.shipmentId);
        QSqlQuery &query = update.answered ? answered : unanswered;
        const QVariantList values = update.answered
            ? QVariantList{Taxonomy::subStatusKey(update.subStatus), dateValue(update.carrierEstimate),
                           instantValue(update.lastEventAt), textValue(update.service), textValue(update.service),
                           textValue(update.pollError), nextPoll, instantValue(update.checkedAt), update.shipmentId}
            : QVariantList{textValue(update.pollError), nextPoll, update.shipmentId};
        for (int i = 0; i < values.size(); ++i)
            query.bindValue(i, values[i]);
        if (!query.exec())
            return abort(Outcome::failure(m_db.describeError(QCoreApplication::translate("TrackingStore", "saving the poll result of ") + whose, query.lastError())));
        if (update.answered) {
            QList<TrackingEvent> toWrite = update.events;
            if (Outcome written = events.write(update.shipmentId, toWrite, true, whose); !written)
                return abort(written);
        }
    }
    if (!db.commit())
        return abort(Outcome::failure(m_db.describeError(QCoreApplication::translate("TrackingStore", "committing poll results"), db.lastError())));
    return Outcome::success();
}

Outcome TrackingStore::quotaUsed(const QString &carrier, const QDate &day, qint64 &used) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(u"SELECT requests FROM carrier_quota WHERE carrier = ? AND day = ?"_s);
    query.addBindValue(carrier);
    query.addBindValue(day.toString(Qt::ISODate));
    if (!query.exec())
        return Outcome::failure(m_db.describeError(QCoreApplication::translate("TrackingStore", "reading the %1 quota").arg(carrier), query.lastError()));
    used = query.next() ? query.value(0).toLongLong() : 0;
    return Outcome::success();
}

Outcome TrackingStore::addQuotaUsed(const QString &carrier, const QDate &day, qint64 requests)
{
    QSqlQuery query(m_db.connection());
    query.prepare(u"INSERT INTO carrier_quota (carrier, day, requests) VALUES (?, ?, ?) "
                  "ON CONFLICT (carrier, day) DO UPDATE SET requests = carrier_quota.requests + excluded.requests"_s);
    query.addBindValue(carrier);
    query.addBindValue(day.toString(Qt::ISODate));
    query.addBindValue(requests);
    if (!query.exec())
        return Outcome::failure(m_db.describeError(QCoreApplication::translate("TrackingStore", "counting %1 requests").arg(carrier), query.lastError()));
    return Outcome::success();
}
