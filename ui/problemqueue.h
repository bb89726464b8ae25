#pragma once

#include "model/clock.h"
#include "model/outcome.h"
#include "problems/problemcaseindex.h"
#include "problems/problemcasestore.h"

#include <QFutureWatcher>
#include <QObject>

// The console's side of the problem cases: the index of working cases the sidebar counts and the
// table filters on, and the operator actions, done as "me". The index follows this console's
// poller through applyCaseChanges(), and other consoles and pollers sharing the database through
// the case history: every few seconds the cases with new history entries are read, and now and
// then everything is read again (a PostgreSQL transaction may commit its entries after a later
// one's). Lives on the GUI thread with the GUI thread's database connection; the periodic full
// read (tens of thousands of cases) runs on a worker thread with a connection of its own, and
// only its result is applied on the GUI thread.
class ProblemQueue : public QObject
{
    Q_OBJECT

public:
    // Other consoles' and pollers' changes show up within this interval ...
    static constexpr int RefreshIntervalMs = 5000;
    // ... and the whole queue is read again this often.
    static constexpr int ReloadIntervalMs = 5 * 60 * 1000;

    // `store` must outlive the queue.
    explicit ProblemQueue(ProblemCaseStore &store, QObject *parent = nullptr);

    // Where the time of an action comes from (the demo's simulated clock); the system clock unless set.
    void setClock(const Clock &clock);
    QDateTime now() const { return m_clock->now(); }
    // The name actions are recorded under and "my cases" are assigned to; the OS user name unless set.
    QString me() const { return m_me; }
    void setMe(const QString &name);
    static QString osUserName();

    const ProblemCaseIndex &index() const { return m_index; }
    // Reads every working case again, here and now; done by the constructor and when "me" changes.
    Outcome reload();
    // The same on a worker thread: reloaded() or loadFailed() follows once the result is applied.
    // Done by the reload timer; does nothing while one runs.
    void startReload();
    // From startReload() until its result is applied (on this thread, through the event loop).
    bool isReloading() const { return m_reloadPending; }
    // Reads the cases changed since the last look (new history entries); done by the refresh timer.
    Outcome refresh();

    // Every case a shipment had, newest first, with history.
    Outcome loadShipmentCases(qint64 shipmentId, QList<ProblemCase> &into) const;

    // Operator actions for one or many cases; `applied` says how many changed (others were closed
    // or resolved meanwhile, or already so).
    Outcome assign(const QList<qint64> &caseIds, const QString &assignee, int *applied = nullptr);
    Outcome acknowledge(const QList<qint64> &caseIds, int *applied = nullptr);
    Outcome resolve(const QList<qint64> &caseIds, const QString &note, int *applied = nullptr);

public slots:
    // Cases the poller changed, as they are now.
    void applyCaseChanges(const QList<ProblemCase> &cases);

signals:
    // Cases changed (by this console, the poller or, after a reload, anyone); the index is current.
    void casesChanged(const QList<ProblemCase> &cases);
    // The index was rebuilt from the database as a whole.
    void reloaded();
    // Reading the cases failed; the queue keeps what it had.
    void loadFailed(const QString &message);

private:
    // Every working case and the newest history entry before them, as read at one moment.
    struct Snapshot {
        Outcome outcome = Outcome::success();
        qint64 mark = 0;
        QList<ProblemCase> active;
    };
    static Snapshot readAll(const ProblemCaseStore &store);
    Outcome apply(Snapshot snapshot);
    void every(int intervalMs, Outcome (ProblemQueue::*read)());
    Outcome finishAction(Outcome outcome, const ProblemCaseStore::ActionResult &result, int *applied);

    ProblemCaseStore &m_store;
    SystemClock m_systemClock;
    const Clock *m_clock = &m_systemClock;
    QString m_me;
    ProblemCaseIndex m_index;
    qint64 m_historyMark = 0; // the newest history entry the index reflects
    QFutureWatcher<Snapshot> m_reloading;
    // The worker may finish before startReload() returns; the reload lasts until it is applied.
    bool m_reloadPending = false;
};
