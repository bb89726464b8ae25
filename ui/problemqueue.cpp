#include "problemqueue.h"

#include <QTimer>

using namespace Qt::StringLiterals;

ProblemQueue::ProblemQueue(ProblemCaseStore &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_me(osUserName())
{
    if (Outcome loaded = reload(); !loaded)
        QTimer::singleShot(0, this, [this, message = loaded.error()] { emit loadFailed(message); });
    auto *reloadTimer = new QTimer(this);
    connect(reloadTimer, &QTimer::timeout, this, [this] {
        if (Outcome loaded = reload(); !loaded)
            emit loadFailed(loaded.error());
    });
    reloadTimer->start(ReloadIntervalMs);
}

void ProblemQueue::setClock(const Clock &clock)
{
    m_clock = &clock;
}

void ProblemQueue::setMe(const QString &name)
{
    m_me = name.trimmed().isEmpty() ? osUserName() : name.trimmed();
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
    QList<ProblemCase> active;
    if (Outcome loaded = m_store.loadActiveCases(active); !loaded)
        return loaded;
    m_index.reset(active);
    emit reloaded();
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
