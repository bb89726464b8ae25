#include "problemcasekeeper.h"

#include "storage/database.h"
#include "storage/shipmentrows.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;
using namespace ShipmentRows;

namespace {

constexpr qsizetype ShipmentsPerStatement = 500;

} // namespace

ProblemCaseKeeper::ProblemCaseKeeper(Database &database, ProblemDetector detector, ProblemCaseTracker tracker)
    : m_db(database)
    , m_detector(std::move(detector))
    , m_tracker(tracker)
    , m_store(database)
{
}

ProblemDetector ProblemCaseKeeper::engineDetector(ProblemEngine engine, std::shared_ptr<const DeliveryPredictor> predictor)
{
    if (!predictor)
        predictor = std::make_shared<const DeliveryPredictor>(); // knows no history: the carrier's date or none
    return [engine = std::move(engine), predictor = std::move(predictor)](const Shipment &shipment, const QList<TrackingEvent> &events,
                                                                         const QDateTime &now) {
        const ShipmentFacts facts = ShipmentFacts::build(shipment, events, now, engine.thresholdsFor(shipment));
        // "Today" in UTC: the predictor counts business days, which an hour's offset rarely moves.
        return engine.evaluate(facts, now.toSecsSinceEpoch(), predictor->estimate(shipment, now.toUTC().date()));
    };
}

Outcome ProblemCaseKeeper::reviewShipments(const QList<Shipment> &shipments, const QDateTime &now,
                                           QList<ProblemCase> &changed)
{
    if (shipments.isEmpty())
        return Outcome::success();
    QList<qint64> ids;
    ids.reserve(shipments.size());
    for (const Shipment &shipment : shipments)
        ids.append(shipment.id);
    QHash<qint64, QList<TrackingEvent>> events;
    QHash<qint64, QList<TrackedProblemCase>> stored;
    if (Outcome loaded = loadEvents(ids, events); !loaded)
        return loaded;
    if (Outcome loaded = m_store.loadTrackedCases(ids, stored); !loaded)
        return loaded;
    QList<ProblemCaseChange> changes;
    for (const Shipment &shipment : shipments) {
        const QList<DetectedProblem> detected = m_detector(shipment, events.value(shipment.id), now);
        changes += m_tracker.reconcile(shipment, stored.value(shipment.id), detected, now);
    }
    return m_store.applyChanges(changes, now, changed);
}

Outcome ProblemCaseKeeper::reviewNextSlice(const QDateTime &now, int limit, QList<ProblemCase> &changed)
{
    QList<Shipment> slice;
    if (Outcome loaded = loadSlice(limit, slice); !loaded)
        return loaded;
    // A short slice is the end of the round: the next one starts over.
    m_sliceAfterId = slice.size() < limit ? 0 : slice.last().id;
    return reviewShipments(slice, now, changed);
}

Outcome ProblemCaseKeeper::loadSlice(int limit, QList<Shipment> &into) const
{
    // Shipments in these need no more looking at, unless they still have working cases.
    static const QString finals = subStatusKeyList(Taxonomy::isFinal);
    const QString doing = QStringLiteral("finding shipments to look at for problems");
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    const QString sql = u"SELECT %1 FROM shipments WHERE id > ? AND (sub_status NOT IN (%2) OR id IN "
                        "(SELECT shipment_id FROM problem_cases WHERE state IN ('open', 'acknowledged'))) "
                        "ORDER BY id LIMIT ?"_s.arg(shipmentColumns(), finals);
    if (!query.prepare(sql))
        return Outcome::failure(m_db.describeError(doing, query.lastError()));
    query.addBindValue(m_sliceAfterId);
    query.addBindValue(limit);
    if (!query.exec())
        return Outcome::failure(m_db.describeError(doing, query.lastError()));
    while (query.next())
        into.append(readShipment(query));
    return Outcome::success();
}

// Every shipment's events in a few statements rather than one each: a slice of thousands of
// shipments would otherwise cost thousands of round trips to a remote PostgreSQL.
Outcome ProblemCaseKeeper::loadEvents(const QList<qint64> &shipmentIds, QHash<qint64, QList<TrackingEvent>> &into) const
{
    const int shipmentIdColumn = int(eventColumns().count(u',')) + 1;
    for (qsizetype first = 0; first < shipmentIds.size(); first += ShipmentsPerStatement) {
        const QList<qint64> ids = shipmentIds.mid(first, ShipmentsPerStatement);
        const QString doing = QStringLiteral("loading the events of %1 shipments").arg(ids.size());
        QSqlQuery query(m_db.connection());
        query.setForwardOnly(true);
        const QString sql = u"SELECT %1, shipment_id FROM tracking_events WHERE shipment_id IN (%2) "
                            "ORDER BY shipment_id, occurred_utc_ms, id"_s.arg(eventColumns(), QStringList(ids.size(), u"?"_s).join(u", "_s));
        if (!query.prepare(sql))
            return Outcome::failure(m_db.describeError(doing, query.lastError()));
        for (int i = 0; i < ids.size(); ++i)
            query.bindValue(i, ids[i]);
        if (!query.exec())
            return Outcome::failure(m_db.describeError(doing, query.lastError()));
        while (query.next()) {
            const qint64 shipmentId = query.value(shipmentIdColumn).toLongLong();
            into[shipmentId].append(readEvent(query, shipmentId));
        }
    }
    return Outcome::success();
}
