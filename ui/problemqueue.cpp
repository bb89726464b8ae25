#include "problemqueue.h"

#include "storage/database.h"

#include <QTimer>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

ProblemQueue::ProblemQueue(ProblemCaseStore &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_me(osUserName())
{
    m_index.setAssignee(m_me);
    if (Outcome loaded = reload(); !loaded)
        QTimer::singleShot(0, this, [this, message = loaded.error()] { emit loadFailed(message); });
    every(RefreshIntervalMs, &ProblemQueue::refresh);
    auto *reloading = new QTimer(this);
    connect(reloading, &QTimer::timeout, this, &ProblemQueue::startReload);
    reloading->start(ReloadIntervalMs);
    connect(&m_reloading, &QFutureWatcher<Snapshot>::finished, this, [this] {
        m_reloadPending = false;
        if (Outcome applied = apply(m_reloading.result()); !applied)
            emit loadFailed(applied.error());
    });
}

void ProblemQueue::every(int intervalMs, Outcome (ProblemQueue::*read)())
{
    auto *timer = new QTimer(this);
    connect(timer, &QTimer::timeout, this, [this, read] {
        if (Outcome loaded = (this->*read)(); !loaded)
            emit loadFailed(loaded.error());
    });
    timer->start(intervalMs);
}

void ProblemQueue::setClock(const Clock &clock)
{
    m_clock = &clock;
}

void ProblemQueue::setMe(const QString &name)
{
    const QString me = name.trimmed().isEmpty() ? osUserName() : name.trimmed();
    if (me == m_me)
        return;
    m_me = me;
    // Which cases are "mine" changed with the name: count them afresh.
    m_index.setAssignee(m_me);
    if (Outcome loaded = reload(); !loaded)
        emit loadFailed(loaded.error());
}

QString ProblemQueue::osUserName()
{
    for (const char *variable : {"USER", "USERNAME", "LOGNAME"}) {
        const QString name = qEnvironmentVariable(variable);
        if (!name.isEmpty())
            return name;
    }
    return tr("operator");
}

ProblemQueue::Snapshot ProblemQueue::readAll(const ProblemCaseStore &store)
{
    // The mark first: a change made while the cases are read is read again by the next refresh.
    Snapshot snapshot;
    snapshot.outcome = store.lastHistoryEntry(snapshot.mark);
    if (snapshot.outcome)
        snapshot.outcome = store.loadActiveCases(snapshot.active);
    return snapshot;
}

Outcome ProblemQueue::reload()
{
    return apply(readAll(m_store));
}

void ProblemQueue::startReload()
{
    if (m_reloadPending)
        return;
    m_reloadPending = true;
    // A connection belongs to the thread that opened it: the worker opens and closes its own.
    m_reloading.setFuture(QtConcurrent::run([config = m_store.databaseConfig()] {
        Database database(config);
        if (Outcome opened = database.open(); !opened)
            return Snapshot{opened, 0, {}};
        return readAll(ProblemCaseStore(database));
    }));
}

// The index becomes the snapshot. Changes heard since it was read (from this console, its poller
// or a refresh) may be missing from it: the history mark goes back to the snapshot's, and the
// refresh reads those cases again as they are now.
Outcome ProblemQueue::apply(Snapshot snapshot)
{
    if (!snapshot.outcome)
        return snapshot.outcome;
    m_index.reset(snapshot.active);
    m_historyMark = snapshot.mark;
    emit reloaded();
    return refresh();
}

Outcome ProblemQueue::refresh()
{
    qint64 mark = m_historyMark;
    QList<ProblemCase> changed;
    if (Outcome loaded = m_store.loadCasesChangedAfter(m_historyMark, mark, changed); !loaded)
        return loaded;
    m_historyMark = mark;
    if (!changed.isEmpty())
        applyCaseChanges(changed);
    return Outcome::success();
}

Outcome ProblemQueue::loadShipmentCases(qint64 shipmentId, QList<ProblemCase> &into) const
{
    return m_store.loadShipmentCases(shipmentId, into);
}

void ProblemQueue::applyCaseChanges(const QList<ProblemCase> &cases)
{
    m_index.apply(cases);
    emit casesChanged(cases);
}

Outcome ProblemQueue::finishAction(Outcome outcome, const ProblemCaseStore::ActionResult &result, int *applied)
{
    if (applied)
        *applied = result.applied;
    // Even a partly failed action may have read cases others changed: show them as they are.
    if (!result.cases.isEmpty())
        applyCaseChanges(result.cases);
    return outcome;
}

Outcome ProblemQueue::assign(const QList<qint64> &caseIds, const QString &assignee, int *applied)
{
    ProblemCaseStore::ActionResult result;
    Outcome done = m_store.assign(caseIds, assignee.trimmed(), m_me, m_clock->now(), result);
    return finishAction(std::move(done), result, applied);
}

Outcome ProblemQueue::acknowledge(const QList<qint64> &caseIds, int *applied)
{
    ProblemCaseStore::ActionResult result;
    Outcome done = m_store.acknowledge(caseIds, m_me, m_clock->now(), result);
    return finishAction(std::move(done), result, applied);
}

Outcome ProblemQueue::resolve(const QList<qint64> &caseIds, const QString &note, int *applied)
{
    ProblemCaseStore::ActionResult result;
    Outcome done = m_store.resolve(caseIds, note, m_me, m_clock->now(), result);
    return finishAction(std::move(done), result, applied);
}
