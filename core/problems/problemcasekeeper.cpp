#include "problemcasekeeper.h"

#include "storage/database.h"
#include "storage/idslices.h"
#include "storage/shipmentrows.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;
using namespace ShipmentRows;

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
    return review(shipments, now, nullptr, changed);
}

Outcome ProblemCaseKeeper::review(const QList<Shipment> &shipments, const QDateTime &now, const QHash<qint64, PollState> *polls,
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
    QList<qint64> toCheck;
    for (const Shipment &shipment : shipments) {
        const QList<TrackingEvent> &shipmentEvents = events[shipment.id];
        QList<DetectedProblem> detected = m_detector(shipment, shipmentEvents, now);
        const QList<TrackedProblemCase> cases = stored.value(shipment.id);
        if (polls && holdUnconfirmedSilence(detected, shipment, shipmentEvents, cases, polls->value(shipment.id), now))
            toCheck.append(shipment.id);
        changes += m_tracker.reconcile(shipment, cases, detected, now);
    }
    if (Outcome applied = m_store.applyChanges(changes, now, changed); !applied)
        return applied;
    return pollSoon(toCheck, now);
}

// Takes out of `detected` the silence problems that are new (no working case of that type) and
// were not there when the carrier last answered, for a fresh poll to confirm. Not when the last
// poll failed, nor once a poll has been due for SilenceCheckSecs without an answer: then what
// Shipdeck knows is all it will know for a while. True if any was held back.
bool ProblemCaseKeeper::holdUnconfirmedSilence(QList<DetectedProblem> &detected, const Shipment &shipment,
                                               const QList<TrackingEvent> &events, const QList<TrackedProblemCase> &stored,
                                               const PollState &poll, const QDateTime &now) const
{
    if (!shipment.pollError.isEmpty() || (poll.nextPoll.isValid() && poll.nextPoll.secsTo(now) >= SilenceCheckSecs))
        return false;
    const auto isNew = [&stored](const DetectedProblem &p) { return p.fromSilence && !ProblemCaseTracker::activeCase(stored, p.type); };
    if (std::none_of(detected.cbegin(), detected.cend(), isNew))
        return false;
    // What the same events said when they were fetched: a problem already there then is no news.
    const QList<DetectedProblem> then = poll.checkedAt.isValid() ? m_detector(shipment, events, poll.checkedAt) : QList<DetectedProblem>();
    const auto knownThen = [&then](ProblemType type) {
        return std::any_of(then.cbegin(), then.cend(), [type](const DetectedProblem &p) { return p.type == type; });
    };
    return detected.removeIf([&](const DetectedProblem &p) { return isNew(p) && !knownThen(p.type); }) > 0;
}

// Brings the next poll of these shipments forward to `now` (never later than it was).
Outcome ProblemCaseKeeper::pollSoon(const QList<qint64> &shipmentIds, const QDateTime &now) const
{
    return IdSlices::forEachSlice(shipmentIds, [&](const QList<qint64> &ids, const QString &marks) {
        const QString doing = QStringLiteral("asking the carrier again about %1 shipments gone quiet").arg(ids.size());
        QSqlQuery query(m_db.connection());
        if (!query.prepare(u"UPDATE shipments SET next_poll_utc_ms = ? WHERE next_poll_utc_ms > ? AND id IN (%1)"_s.arg(marks)))
            return Outcome::failure(m_db.describeError(doing, query.lastError()));
        query.addBindValue(now.toMSecsSinceEpoch());
        query.addBindValue(now.toMSecsSinceEpoch());
        for (qint64 id : ids)
            query.addBindValue(id);
        if (!query.exec())
            return Outcome::failure(m_db.describeError(doing, query.lastError()));
        return Outcome::success();
    });
}

Outcome ProblemCaseKeeper::reviewNextSlice(const QDateTime &now, int limit, QList<ProblemCase> &changed)
{
    QList<Shipment> slice;
    QHash<qint64, PollState> polls;
    if (Outcome loaded = loadSlice(limit, slice, polls); !loaded)
        return loaded;
    // A short slice is the end of the round: the next one starts over.
    m_sliceAfterId = slice.size() < limit ? 0 : slice.last().id;
    return review(slice, now, &polls, changed);
}

Outcome ProblemCaseKeeper::loadSlice(int limit, QList<Shipment> &into, QHash<qint64, PollState> &polls) const
{
    // Shipments in these need no more looking at, unless they still have working cases.
    static const QString finals = subStatusKeyList(Taxonomy::isFinal);
    const QString doing = QStringLiteral("finding shipments to look at for problems");
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    const QString sql = u"SELECT %1, checked_utc_ms, next_poll_utc_ms FROM shipments WHERE id > ? AND (sub_status NOT IN (%2) OR id IN "
                        "(SELECT shipment_id FROM problem_cases WHERE state IN ('open', 'acknowledged'))) "
                        "ORDER BY id LIMIT ?"_s.arg(shipmentColumns(), finals);
    if (!query.prepare(sql))
        return Outcome::failure(m_db.describeError(doing, query.lastError()));
    query.addBindValue(m_sliceAfterId);
    query.addBindValue(limit);
    if (!query.exec())
        return Outcome::failure(m_db.describeError(doing, query.lastError()));
    const int checkedColumn = int(shipmentColumns().count(u',')) + 1;
    const auto instant = [&query](int column) {
        const QVariant value = query.value(column);
        // NULL: never (answered, or scheduled: due now); -1 for the next poll: none.
        return value.isNull() || value.toLongLong() < 0 ? QDateTime() : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
    };
    while (query.next()) {
        into.append(readShipment(query));
        polls.insert(into.last().id, {instant(checkedColumn), instant(checkedColumn + 1)});
    }
    return Outcome::success();
}

// Every shipment's events in a few statements rather than one each: a slice of thousands of
// shipments would otherwise cost thousands of round trips to a remote PostgreSQL.
Outcome ProblemCaseKeeper::loadEvents(const QList<qint64> &shipmentIds, QHash<qint64, QList<TrackingEvent>> &into) const
{
    const int shipmentIdColumn = int(eventColumns().count(u',')) + 1;
    return IdSlices::forEachSlice(shipmentIds, [&](const QList<qint64> &ids, const QString &marks) {
        const QString doing = QStringLiteral("loading the events of %1 shipments").arg(ids.size());
        QSqlQuery query(m_db.connection());
        query.setForwardOnly(true);
        const QString sql = u"SELECT %1, shipment_id FROM tracking_events WHERE shipment_id IN (%2) "
                            "ORDER BY shipment_id, occurred_utc_ms, id"_s.arg(eventColumns(), marks);
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
        return Outcome::success();
    });
}
