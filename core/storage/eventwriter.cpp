#include "eventwriter.h"

#include <QCoreApplication>

#include "database.h"
#include "shipmentrows.h"

#include <QSet>
#include <QSqlError>

using namespace Qt::StringLiterals;
using namespace ShipmentRows;

namespace {

constexpr qint64 CorrectionWindowMsecs = 24 * 3600 * 1000LL;

const QString upsertSql = uR"(
    INSERT INTO tracking_events (shipment_id, occurred_utc_ms, utc_offset_s, location, carrier_code,
                                 carrier_text, sub_status, mapped, evidence)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
    ON CONFLICT (shipment_id, occurred_utc_ms, carrier_code) DO UPDATE SET
        utc_offset_s = excluded.utc_offset_s, location = excluded.location,
        carrier_text = excluded.carrier_text, sub_status = excluded.sub_status,
        mapped = excluded.mapped, evidence = excluded.evidence
    RETURNING id)"_s;

const QString replaceSql = uR"(
    UPDATE tracking_events SET shipment_id = ?, occurred_utc_ms = ?, utc_offset_s = ?, location = ?,
        carrier_code = ?, carrier_text = ?, sub_status = ?, mapped = ?, evidence = ?
    WHERE id = ? RETURNING id)"_s;

const QString selectSql = u"SELECT id, occurred_utc_ms, carrier_code, carrier_text, location FROM tracking_events "
                          "WHERE shipment_id = ?"_s;

} // namespace

EventWriter::EventWriter(Database &database)
    : m_db(database)
    , m_upsert(database.connection())
    , m_replace(database.connection())
    , m_select(database.connection())
{
    for (auto [query, sql] : {std::pair{&m_upsert, &upsertSql}, {&m_replace, &replaceSql}, {&m_select, &selectSql}}) {
        if (!query->prepare(*sql) && m_prepareError.isEmpty())
            m_prepareError = m_db.describeError(QCoreApplication::translate("EventWriter", "preparing to save events"), query->lastError());
    }
}

Outcome EventWriter::write(qint64 shipmentId, QList<TrackingEvent> &events, bool reconcile, const QString &whose)
{
    dropRepeats(events);
    QList<Stored> stored;
    if (reconcile) {
        if (Outcome loaded = loadStored(shipmentId, stored); !loaded)
            return loaded;
    }
    // Stored events the carrier still reports as they are: never taken as the old version of another.
    QSet<qint64> keptIds;
    for (const TrackingEvent &event : std::as_const(events)) {
        for (const Stored &s : std::as_const(stored)) {
            if (s.occurredMsecs == event.occurredAt.toMSecsSinceEpoch() && s.code == event.carrierCode)
                keptIds.insert(s.id);
        }
    }
    for (TrackingEvent &event : events) {
        event.shipmentId = shipmentId;
        const qint64 replaced = reconcile ? correctedEventId(event, stored, keptIds) : 0;
        QSqlQuery &query = replaced ? m_replace : m_upsert;
        if (!bindAndExec(query, shipmentId, event, replaced)) {
            return Outcome::failure(m_db.describeError(
                QCoreApplication::translate("EventWriter", "saving an event of %1 at %2").arg(whose, event.occurredAt.toString(Qt::ISODate)),
                query.lastError()));
        }
        event.id = query.value(0).toLongLong();
        query.finish();
        if (replaced)
            keptIds.insert(replaced);
    }
    return Outcome::success();
}

void EventWriter::dropRepeats(QList<TrackingEvent> &events)
{
    // Carriers repeat scans within one answer; the later copy is the carrier's latest word.
    QSet<std::pair<qint64, QString>> seen;
    for (qsizetype i = events.size() - 1; i >= 0; --i) {
        const std::pair key{events[i].occurredAt.toMSecsSinceEpoch(), events[i].carrierCode};
        if (seen.contains(key))
            events.removeAt(i);
        else
            seen.insert(key);
    }
}

Outcome EventWriter::loadStored(qint64 shipmentId, QList<Stored> &stored)
{
    m_select.bindValue(0, shipmentId);
    if (!m_select.exec())
        return Outcome::failure(m_db.describeError(QCoreApplication::translate("EventWriter", "reading stored events"), m_select.lastError()));
    while (m_select.next()) {
        stored.append({m_select.value(0).toLongLong(), m_select.value(1).toLongLong(), m_select.value(2).toString(),
                       m_select.value(3).toString(), m_select.value(4).toString()});
    }
    m_select.finish();
    return Outcome::success();
}

qint64 EventWriter::correctedEventId(const TrackingEvent &event, const QList<Stored> &stored, const QSet<qint64> &keptIds) const
{
    const qint64 when = event.occurredAt.toMSecsSinceEpoch();
    for (const Stored &s : stored) {
        if (s.occurredMsecs == when && s.code == event.carrierCode)
            return 0; // the same event: a plain upsert updates it
    }
    for (const Stored &s : stored) {
        if (keptIds.contains(s.id) || s.code != event.carrierCode || qAbs(s.occurredMsecs - when) > CorrectionWindowMsecs)
            continue;
        if (s.text == event.carrierText || s.location == event.location)
            return s.id;
    }
    return 0;
}

bool EventWriter::bindAndExec(QSqlQuery &query, qint64 shipmentId, const TrackingEvent &event, qint64 idToReplace)
{
    query.bindValue(0, shipmentId);
    query.bindValue(1, event.occurredAt.toMSecsSinceEpoch());
    query.bindValue(2, event.occurredAt.offsetFromUtc());
    query.bindValue(3, textValue(event.location));
    query.bindValue(4, textValue(event.carrierCode));
    query.bindValue(5, textValue(event.carrierText));
    query.bindValue(6, Taxonomy::subStatusKey(event.subStatus));
    query.bindValue(7, event.mapped ? 1 : 0);
    query.bindValue(8, textValue(event.evidence));
    if (idToReplace)
        query.bindValue(9, idToReplace);
    return query.exec() && query.next();
}
