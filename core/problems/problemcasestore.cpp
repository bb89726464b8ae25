#include "problemcasestore.h"

#include "storage/database.h"
#include "storage/idslices.h"
#include "storage/shipmentrows.h"

#include <QLoggingCategory>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;
using ShipmentRows::instantValue;
using ShipmentRows::textValue;
using IdSlices::forEachSlice;

Q_LOGGING_CATEGORY(lcCaseStore, "shipdeck.problems.store")

namespace {

const QString caseColumns = u"id, shipment_id, type, state, since_utc_ms, opened_utc_ms, closed_utc_ms, rule, "
                            "evidence, assignee, unreported_utc_ms, due_utc_ms, remind_utc_ms"_s;
const QString activeStates = u"state IN ('open', 'acknowledged')"_s;

QString stateKey(ProblemCaseState state)
{
    switch (state) {
    case ProblemCaseState::Open: return u"open"_s;
    case ProblemCaseState::Acknowledged: return u"acknowledged"_s;
    case ProblemCaseState::Resolved: return u"resolved"_s;
    case ProblemCaseState::Closed: return u"closed"_s;
    }
    return u"open"_s;
}

std::optional<ProblemCaseState> stateFromKey(const QString &key)
{
    for (ProblemCaseState state : {ProblemCaseState::Open, ProblemCaseState::Acknowledged, ProblemCaseState::Resolved,
                                   ProblemCaseState::Closed}) {
        if (key == stateKey(state))
            return state;
    }
    return std::nullopt;
}

QDateTime instantFrom(const QVariant &value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

} // namespace

QString ProblemCaseStore::engineActor()
{
    return u"shipdeck"_s;
}

Outcome ProblemCaseStore::selectCases(const QString &where, const QVariantList &values, const QString &doing,
                                      QList<TrackedProblemCase> &into) const
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    if (!query.prepare(u"SELECT %1 FROM problem_cases WHERE %2"_s.arg(caseColumns, where)))
        return Outcome::failure(m_db.describeError(doing, query.lastError()));
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values[i]);
    if (!query.exec())
        return Outcome::failure(m_db.describeError(doing, query.lastError()));
    while (query.next()) {
        const qint64 id = query.value(0).toLongLong();
        const auto type = ProblemTypes::fromKey(query.value(2).toString());
        const auto state = stateFromKey(query.value(3).toString());
        if (!type || !state) {
            // Written by a newer Shipdeck: left as it is, for the build that knows it.
            qCWarning(lcCaseStore) << "problem case" << id << "has an unknown type or state:"
                                   << query.value(2).toString() << query.value(3).toString();
            continue;
        }
        TrackedProblemCase tracked;
        ProblemCase &c = tracked.problemCase;
        c.id = id;
        c.shipmentId = query.value(1).toLongLong();
        c.type = *type;
        c.state = *state;
        c.since = instantFrom(query.value(4));
        c.openedAt = instantFrom(query.value(5));
        c.closedAt = instantFrom(query.value(6));
        c.rule = query.value(7).toString();
        c.evidence = query.value(8).toString();
        c.assignee = query.value(9).toString();
        tracked.unreportedSince = instantFrom(query.value(10));
        c.dueAt = instantFrom(query.value(11));
        c.remindAt = instantFrom(query.value(12));
        into.append(tracked);
    }
    return Outcome::success();
}

namespace {

QList<ProblemCase> casesOf(const QList<TrackedProblemCase> &tracked)
{
    QList<ProblemCase> cases;
    cases.reserve(tracked.size());
    for (const TrackedProblemCase &t : tracked)
        cases.append(t.problemCase);
    return cases;
}

} // namespace

Outcome ProblemCaseStore::loadActiveCases(QList<ProblemCase> &into) const
{
    QList<TrackedProblemCase> tracked;
    if (Outcome loaded = selectCases(activeStates + u" ORDER BY id"_s, {}, QStringLiteral("loading the problem queue"), tracked); !loaded)
        return loaded;
    into.append(casesOf(tracked));
    return Outcome::success();
}

Outcome ProblemCaseStore::loadShipmentCases(qint64 shipmentId, QList<ProblemCase> &into) const
{
    QList<TrackedProblemCase> tracked;
    const QString doing = QStringLiteral("loading the problem cases of shipment %1").arg(shipmentId);
    if (Outcome loaded = selectCases(u"shipment_id = ? ORDER BY id DESC"_s, {shipmentId}, doing, tracked); !loaded)
        return loaded;
    QList<ProblemCase> cases = casesOf(tracked);
    if (Outcome history = loadHistory(cases); !history)
        return history;
    into.append(cases);
    return Outcome::success();
}

Outcome ProblemCaseStore::loadCases(const QList<qint64> &caseIds, QList<ProblemCase> &into) const
{
    QList<TrackedProblemCase> tracked;
    Outcome loaded = forEachSlice(caseIds, [&](const QList<qint64> &slice, const QString &marks) {
        return selectCases(u"id IN (%1)"_s.arg(marks), QVariantList(slice.cbegin(), slice.cend()),
                           QStringLiteral("loading %1 problem cases").arg(slice.size()), tracked);
    });
    if (!loaded)
        return loaded;
    std::sort(tracked.begin(), tracked.end(),
              [](const TrackedProblemCase &a, const TrackedProblemCase &b) { return a.problemCase.id < b.problemCase.id; });
    into.append(casesOf(tracked));
    return Outcome::success();
}

Outcome ProblemCaseStore::lastHistoryEntry(qint64 &entry) const
{
    QSqlQuery query(m_db.connection());
    if (!query.exec(u"SELECT COALESCE(MAX(id), 0) FROM problem_case_history"_s) || !query.next())
        return Outcome::failure(m_db.describeError(QStringLiteral("reading the problem case history"), query.lastError()));
    entry = query.value(0).toLongLong();
    return Outcome::success();
}

Outcome ProblemCaseStore::loadCasesChangedAfter(qint64 afterEntry, qint64 &lastEntry, QList<ProblemCase> &into) const
{
    const QString doing = QStringLiteral("looking for changed problem cases");
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    if (!query.prepare(u"SELECT case_id, id FROM problem_case_history WHERE id > ? ORDER BY id"_s))
        return Outcome::failure(m_db.describeError(doing, query.lastError()));
    query.addBindValue(afterEntry);
    if (!query.exec())
        return Outcome::failure(m_db.describeError(doing, query.lastError()));
    QList<qint64> caseIds;
    QSet<qint64> seen;
    while (query.next()) {
        const qint64 caseId = query.value(0).toLongLong();
        if (!seen.contains(caseId)) {
            seen.insert(caseId);
            caseIds.append(caseId);
        }
        lastEntry = std::max(lastEntry, query.value(1).toLongLong());
    }
    return loadCases(caseIds, into);
}

const DatabaseConfig &ProblemCaseStore::databaseConfig() const
{
    return m_db.config();
}

Outcome ProblemCaseStore::loadTrackedCases(const QList<qint64> &shipmentIds,
                                           QHash<qint64, QList<TrackedProblemCase>> &into) const
{
    QList<TrackedProblemCase> tracked;
    Outcome loaded = forEachSlice(shipmentIds, [&](const QList<qint64> &slice, const QString &marks) {
        return selectCases(u"shipment_id IN (%1) ORDER BY id"_s.arg(marks),
                           QVariantList(slice.cbegin(), slice.cend()),
                           QStringLiteral("loading the problem cases of %1 shipments").arg(slice.size()), tracked);
    });
    if (!loaded)
        return loaded;
    for (const TrackedProblemCase &t : std::as_const(tracked))
        into[t.problemCase.shipmentId].append(t);
    return Outcome::success();
}

Outcome ProblemCaseStore::loadHistory(QList<ProblemCase> &cases) const
{
    QHash<qint64, qsizetype> position;
    QList<qint64> ids;
    for (qsizetype i = 0; i < cases.size(); ++i) {
        position.insert(cases[i].id, i);
        ids.append(cases[i].id);
    }
    return forEachSlice(ids, [&](const QList<qint64> &slice, const QString &marks) {
        const QString doing = QStringLiteral("loading the history of %1 problem cases").arg(slice.size());
        QSqlQuery query(m_db.connection());
        query.setForwardOnly(true);
        if (!query.prepare(u"SELECT case_id, at_utc_ms, actor, action, note FROM problem_case_history "
                           "WHERE case_id IN (%1) ORDER BY case_id, id"_s.arg(marks)))
            return Outcome::failure(m_db.describeError(doing, query.lastError()));
        for (int i = 0; i < slice.size(); ++i)
            query.bindValue(i, slice[i]);
        if (!query.exec())
            return Outcome::failure(m_db.describeError(doing, query.lastError()));
        while (query.next()) {
            const ProblemCaseEntry entry{instantFrom(query.value(1)), query.value(2).toString(), query.value(3).toString(),
                                         query.value(4).toString()};
            cases[position.value(query.value(0).toLongLong())].history.append(entry);
        }
        return Outcome::success();
    });
}

Outcome ProblemCaseStore::addHistory(qint64 caseId, const QDateTime &at, const QString &actor, const QString &action,
                                     const QString &note)
{
    QSqlQuery query(m_db.connection());
    query.prepare(u"INSERT INTO problem_case_history (case_id, at_utc_ms, actor, action, note) VALUES (?, ?, ?, ?, ?)"_s);
    for (const QVariant &value : {QVariant(caseId), instantValue(at), textValue(actor), textValue(action), textValue(note)})
        query.addBindValue(value);
    if (!query.exec())
        return Outcome::failure(m_db.describeError(QStringLiteral("recording \"%1\" on problem case %2").arg(action).arg(caseId),
                                                   query.lastError()));
    return Outcome::success();
}

Outcome ProblemCaseStore::applyChanges(const QList<ProblemCaseChange> &changes, const QDateTime &at,
                                       QList<ProblemCase> &changed)
{
    if (changes.isEmpty())
        return Outcome::success();
    QSqlDatabase db = m_db.connection();
    if (!db.transaction())
        return Outcome::failure(m_db.describeError(QStringLiteral("starting to update problem cases"), db.lastError()));
    // Every writer (pollers here, operators in runAction) takes stored cases in id order, so two
    // of them on PostgreSQL never wait on each other in a circle.
    QList<ProblemCaseChange> ordered = changes;
    std::stable_sort(ordered.begin(), ordered.end(),
                     [](const ProblemCaseChange &a, const ProblemCaseChange &b) { return a.caseId < b.caseId; });
    QList<qint64> touched;
    QSqlQuery query(db);
    for (const ProblemCaseChange &change : std::as_const(ordered)) {
        qint64 touchedCase = 0;
        if (Outcome applied = applyChange(change, at, query, touchedCase); !applied) {
            db.rollback();
            return applied;
        }
        if (touchedCase != 0)
            touched.append(touchedCase);
    }
    if (!db.commit()) {
        const QSqlError error = db.lastError();
        db.rollback();
        return Outcome::failure(m_db.describeError(QStringLiteral("committing %1 problem case changes").arg(changes.size()), error));
    }
    return loadCases(touched, changed);
}

// `touchedCase` is set when the change took effect on a case operators can see change.
Outcome ProblemCaseStore::applyChange(const ProblemCaseChange &change, const QDateTime &at, QSqlQuery &query,
                                      qint64 &touchedCase)
{
    const DetectedProblem &p = change.problem;
    const QString whose = QStringLiteral("shipment %1").arg(change.shipmentId);
    const auto run = [&](const QString &sql, const QVariantList &values, const QString &doing) {
        if (!query.prepare(sql))
            return Outcome::failure(m_db.describeError(doing, query.lastError()));
        for (int i = 0; i < values.size(); ++i)
            query.bindValue(i, values[i]);
        return query.exec() ? Outcome::success() : Outcome::failure(m_db.describeError(doing, query.lastError()));
    };
    switch (change.kind) {
    case ProblemCaseChange::Kind::Open: {
        // DO NOTHING: another poller opened the same case a moment ago, and one case is enough.
        const QString doing = QStringLiteral("opening a %1 case for %2").arg(ProblemTypes::key(p.type), whose);
        if (Outcome ran = run(u"INSERT INTO problem_cases (shipment_id, type, state, since_utc_ms, opened_utc_ms, rule, evidence, "
                              "due_utc_ms, remind_utc_ms) VALUES (?, ?, 'open', ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING RETURNING id"_s,
                              {change.shipmentId, ProblemTypes::key(p.type), instantValue(p.since.isValid() ? p.since : at),
                               instantValue(at), textValue(p.rule), textValue(p.evidence), instantValue(p.deadline),
                               instantValue(p.remindAt)},
                              doing);
            !ran)
            return ran;
        if (!query.next())
            return Outcome::success();
        touchedCase = query.value(0).toLongLong();
        query.finish();
        return addHistory(touchedCase, at, engineActor(), u"opened"_s, p.evidence);
    }
    case ProblemCaseChange::Kind::Update: {
        const QString doing = QStringLiteral("updating problem case %1 of %2").arg(change.caseId).arg(whose);
        if (Outcome ran = run(u"UPDATE problem_cases SET since_utc_ms = ?, rule = ?, evidence = ?, due_utc_ms = ?, remind_utc_ms = ?, "
                              "unreported_utc_ms = NULL WHERE id = ? AND "_s + activeStates,
                              {instantValue(p.since), textValue(p.rule), textValue(p.evidence), instantValue(p.deadline),
                               instantValue(p.remindAt), change.caseId},
                              doing);
            !ran)
            return ran;
        if (query.numRowsAffected() == 0 || change.note.isEmpty())
            return Outcome::success();
        touchedCase = change.caseId;
        return addHistory(change.caseId, at, engineActor(), u"updated"_s, change.note);
    }
    case ProblemCaseChange::Kind::Unreported:
        return run(u"UPDATE problem_cases SET unreported_utc_ms = ? WHERE id = ? AND unreported_utc_ms IS NULL AND "_s + activeStates,
                   {instantValue(at), change.caseId},
                   QStringLiteral("marking problem case %1 of %2 as no longer reported").arg(change.caseId).arg(whose));
    case ProblemCaseChange::Kind::Close: {
        const QString doing = QStringLiteral("closing problem case %1 of %2").arg(change.caseId).arg(whose);
        if (Outcome ran = run(u"UPDATE problem_cases SET state = 'closed', closed_utc_ms = ?, unreported_utc_ms = NULL "
                              "WHERE id = ? AND "_s + activeStates,
                              {instantValue(at), change.caseId}, doing);
            !ran)
            return ran;
        if (query.numRowsAffected() == 0)
            return Outcome::success(); // an operator resolved it meanwhile: their note stands
        touchedCase = change.caseId;
        return addHistory(change.caseId, at, engineActor(), u"closed"_s, change.note);
    }
    case ProblemCaseChange::Kind::Reopen:
        return reopen(change, at, query, touchedCase);
    }
    return Outcome::success();
}

// Opens a closed case again unless the shipment has a working case of the same type by now. The
// guard sees only what was committed when the statement began: on PostgreSQL another writer may
// open that case at the same moment, and the unique index (one working case per shipment and
// type) then refuses this update; a savepoint takes it back without losing the rest of the batch.
Outcome ProblemCaseStore::reopen(const ProblemCaseChange &change, const QDateTime &at, QSqlQuery &query, qint64 &touchedCase)
{
    const DetectedProblem &p = change.problem;
    const QString doing = QStringLiteral("reopening problem case %1 of shipment %2").arg(change.caseId).arg(change.shipmentId);
    const auto exec = [&](const QString &sql) {
        return query.exec(sql) ? Outcome::success() : Outcome::failure(m_db.describeError(doing, query.lastError()));
    };
    if (Outcome saved = exec(u"SAVEPOINT reopen_case"_s); !saved)
        return saved;
    bool updated = query.prepare(u"UPDATE problem_cases SET state = 'open', closed_utc_ms = NULL, unreported_utc_ms = NULL, "
                                 "since_utc_ms = ?, rule = ?, evidence = ?, due_utc_ms = ?, remind_utc_ms = ? "
                                 "WHERE id = ? AND state = 'closed' AND NOT EXISTS "
                                 "(SELECT 1 FROM problem_cases AS working WHERE working.shipment_id = problem_cases.shipment_id "
                                 "AND working.type = problem_cases.type AND working.state IN ('open', 'acknowledged'))"_s);
    if (updated) {
        for (const QVariant &value : {instantValue(p.since.isValid() ? p.since : at), textValue(p.rule), textValue(p.evidence),
                                      instantValue(p.deadline), instantValue(p.remindAt), QVariant(change.caseId)})
            query.addBindValue(value);
        updated = query.exec();
    }
    if (!updated) {
        const QSqlError error = query.lastError();
        if (error.nativeErrorCode() != u"23505"_s) // unique_violation: someone else's case is the working one
            return Outcome::failure(m_db.describeError(doing, error));
        return exec(u"ROLLBACK TO SAVEPOINT reopen_case"_s);
    }
    const bool reopened = query.numRowsAffected() > 0;
    if (Outcome released = exec(u"RELEASE SAVEPOINT reopen_case"_s); !released || !reopened)
        return released;
    touchedCase = change.caseId;
    return addHistory(change.caseId, at, engineActor(), u"reopened"_s, change.note);
}

Outcome ProblemCaseStore::runAction(const QString &doing, const QList<qint64> &caseIds, const QString &updateSql,
                                    const QVariantList &leadingValues, const QString &action, const QString &actor,
                                    const QString &note, const QDateTime &at, ActionResult &result)
{
    QSqlDatabase db = m_db.connection();
    if (!db.transaction())
        return Outcome::failure(m_db.describeError(doing, db.lastError()));
    QSqlQuery query(db);
    if (!query.prepare(updateSql)) {
        const QSqlError error = query.lastError();
        db.rollback();
        return Outcome::failure(m_db.describeError(doing, error));
    }
    QList<qint64> ordered = caseIds;
    std::sort(ordered.begin(), ordered.end());
    int applied = 0;
    for (qint64 id : std::as_const(ordered)) {
        QVariantList values = leadingValues;
        values.append(id);
        for (int i = 0; i < values.size(); ++i)
            query.bindValue(i, values[i]);
        if (!query.exec()) {
            const QSqlError error = query.lastError();
            db.rollback();
            return Outcome::failure(m_db.describeError(QStringLiteral("%1 (case %2)").arg(doing).arg(id), error));
        }
        if (query.numRowsAffected() == 0)
            continue; // closed, resolved or already so: nothing to record
        ++applied;
        if (Outcome recorded = addHistory(id, at, actor, action, note); !recorded) {
            db.rollback();
            return recorded;
        }
    }
    if (!db.commit()) {
        const QSqlError error = db.lastError();
        db.rollback();
        return Outcome::failure(m_db.describeError(doing, error));
    }
    result.applied = applied;
    result.cases.clear();
    return loadCases(caseIds, result.cases);
}

Outcome ProblemCaseStore::assign(const QList<qint64> &caseIds, const QString &assignee, const QString &actor,
                                 const QDateTime &at, ActionResult &result)
{
    return runAction(QStringLiteral("assigning %1 problem cases to \"%2\"").arg(caseIds.size()).arg(assignee), caseIds,
                     u"UPDATE problem_cases SET assignee = ? WHERE assignee <> ? AND id = ? AND "_s + activeStates,
                     {textValue(assignee), textValue(assignee)}, assignee.isEmpty() ? u"unassigned"_s : u"assigned"_s,
                     actor, assignee, at, result);
}

Outcome ProblemCaseStore::acknowledge(const QList<qint64> &caseIds, const QString &actor, const QDateTime &at,
                                      ActionResult &result)
{
    return runAction(QStringLiteral("acknowledging %1 problem cases").arg(caseIds.size()), caseIds,
                     u"UPDATE problem_cases SET state = 'acknowledged' WHERE id = ? AND state = 'open'"_s, {},
                     u"acknowledged"_s, actor, QString(), at, result);
}

Outcome ProblemCaseStore::resolve(const QList<qint64> &caseIds, const QString &note, const QString &actor,
                                  const QDateTime &at, ActionResult &result)
{
    const QString doing = QStringLiteral("resolving %1 problem cases").arg(caseIds.size());
    if (note.trimmed().isEmpty())
        return Outcome::failure(QStringLiteral("%1: a note is needed that says what was done").arg(doing));
    return runAction(doing, caseIds,
                     u"UPDATE problem_cases SET state = 'resolved', closed_utc_ms = ? WHERE id = ? AND "_s + activeStates,
                     {instantValue(at)}, u"resolved"_s, actor, note.trimmed(), at, result);
}
