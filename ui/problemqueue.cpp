#include "problemqueue.h"

#include <QTimer>

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
    every(ReloadIntervalMs, &ProblemQueue::reload);
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

Outcome ProblemQueue::reload()
{
    // The mark first: a change made while the cases are read is read again by the next refresh.
    qint64 mark = 0;
    if (Outcome read = m_store.lastHistoryEntry(mark); !read)
        return read;
    QList<ProblemCase> active;
    if (Outcome loaded = m_store.loadActiveCases(active); !loaded)
        return loaded;
    m_index.reset(active);
    m_historyMark = mark;
    emit reloaded();
    return Outcome::success();
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
