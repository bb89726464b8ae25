#pragma once

#include "model/outcome.h"
#include "problemcase.h"
#include "problemcasechange.h"
#include "trackedproblemcase.h"

#include <QHash>
#include <QList>

class Database;
struct DatabaseConfig;
class QSqlQuery;

// Stored problem cases and their history. One code path for SQLite and PostgreSQL. Several
// consoles and headless pollers may share the database: every change is a conditional update of
// just the columns it concerns (an acknowledgement never writes the evidence, the engine never
// writes the state of a case an operator resolved meanwhile), so no process undoes another's work.
class ProblemCaseStore
{
public:
    // What an operator action did: the cases as they are now (an action can find a case already
    // closed by someone else) and how many it actually changed.
    struct ActionResult {
        QList<ProblemCase> cases;
        int applied = 0;
    };

    explicit ProblemCaseStore(Database &database) : m_db(database) {}

    // The database's config, for a reader on another thread to open a connection of its own.
    const DatabaseConfig &databaseConfig() const;

    // The actor of the engine's own history entries.
    static QString engineActor();

    // Every open or acknowledged case, without history: what the queue counts and filters.
    Outcome loadActiveCases(QList<ProblemCase> &into) const;
    // Every case a shipment ever had, newest first, each with its history (oldest entry first).
    Outcome loadShipmentCases(qint64 shipmentId, QList<ProblemCase> &into) const;
    // Cases by id, without history, in id order; ids not stored are left out.
    Outcome loadCases(const QList<qint64> &caseIds, QList<ProblemCase> &into) const;
    // Cases with history entries after `afterEntry` (an entry id), as they are now; `lastEntry` gets
    // the newest entry id seen (unchanged when there is none). Every change anyone makes to a case
    // that the queue shows writes an entry, so this is how a console learns of others' work cheaply.
    Outcome loadCasesChangedAfter(qint64 afterEntry, qint64 &lastEntry, QList<ProblemCase> &into) const;
    // The newest history entry id; 0 when there is none.
    Outcome lastHistoryEntry(qint64 &entry) const;
    // For the case tracker: each shipment's cases, working, resolved and closed, in id order.
    Outcome loadTrackedCases(const QList<qint64> &shipmentIds, QHash<qint64, QList<TrackedProblemCase>> &into) const;

    // Applies the tracker's decisions in one transaction; `changed` gets the cases they changed,
    // as they are now. A case another process opened or an operator resolved meanwhile is left be.
    Outcome applyChanges(const QList<ProblemCaseChange> &changes, const QDateTime &at, QList<ProblemCase> &changed);

    // Operator actions on working cases, each for many cases in one transaction.
    // An empty assignee unassigns.
    Outcome assign(const QList<qint64> &caseIds, const QString &assignee, const QString &actor, const QDateTime &at,
                   ActionResult &result);
    Outcome acknowledge(const QList<qint64> &caseIds, const QString &actor, const QDateTime &at, ActionResult &result);
    // The note is required: the next person to look needs to know what was done.
    Outcome resolve(const QList<qint64> &caseIds, const QString &note, const QString &actor, const QDateTime &at,
                    ActionResult &result);

private:
    Outcome runAction(const QString &doing, const QList<qint64> &caseIds, const QString &updateSql,
                      const QVariantList &leadingValues, const QString &action, const QString &actor,
                      const QString &note, const QDateTime &at, ActionResult &result);
    Outcome applyChange(const ProblemCaseChange &change, const QDateTime &at, QSqlQuery &query, qint64 &touchedCase);
    Outcome reopen(const ProblemCaseChange &change, const QDateTime &at, QSqlQuery &query, qint64 &touchedCase);
    Outcome addHistory(qint64 caseId, const QDateTime &at, const QString &actor, const QString &action,
                       const QString &note);
    Outcome selectCases(const QString &where, const QVariantList &values, const QString &doing,
                        QList<TrackedProblemCase> &into) const;
    Outcome loadHistory(QList<ProblemCase> &cases) const;

    Database &m_db;
};
