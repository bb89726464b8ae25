#include "problems/problemcasestore.h"
#include "storage/database.h"
#include "storage/shipmentrepository.h"
#include "testdatabases.h"

#include <QTest>
#include <QMutex>
#include <QThread>

#include <functional>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

// Stored problem cases on SQLite and PostgreSQL: their life from opened to closed with history,
// operator actions on many cases at once, and two processes working the same cases.
class TestProblemCaseStore : public QObject
{
    Q_OBJECT

private slots:
    void openUpdateCloseKeepsHistory_data() { TestDatabases::addBackendRows(); }
    void openUpdateCloseKeepsHistory();
    void pickupDeadlineIsKept_data() { TestDatabases::addBackendRows(); }
    void pickupDeadlineIsKept();
    void bulkActionsInOneGo_data() { TestDatabases::addBackendRows(); }
    void bulkActionsInOneGo();
    void changedCasesFoundThroughTheHistory_data() { TestDatabases::addBackendRows(); }
    void changedCasesFoundThroughTheHistory();
    void resolvingNeedsANote_data() { TestDatabases::addBackendRows(); }
    void resolvingNeedsANote();
    void twoConnectionsKeepEachOthersChanges_data() { TestDatabases::addBackendRows(); }
    void twoConnectionsKeepEachOthersChanges();
    void twoPollersOpenOneCase_data() { TestDatabases::addBackendRows(); }
    void twoPollersOpenOneCase();
    void simultaneousWritersLeaveConsistentCases_data() { TestDatabases::addBackendRows(); }
    void simultaneousWritersLeaveConsistentCases();
    void reopenLeavesOneWorkingCase_data() { TestDatabases::addBackendRows(); }
    void reopenLeavesOneWorkingCase();
    void simultaneousReopenAndOpenLeaveOneWorkingCase_data() { TestDatabases::addBackendRows(); }
    void simultaneousReopenAndOpenLeaveOneWorkingCase();
};

namespace {

const QDateTime now(QDate(2026, 11, 25), QTime(12, 0), Qt::UTC);

DetectedProblem failedAttempt(const QString &evidence = u"DHL could not deliver on 24 Nov at 14:02 (code NC)."_s)
{
    DetectedProblem p;
    p.type = ProblemType::FailedAttempt;
    p.since = now.addSecs(-3600);
    p.rule = u"failed_attempt.scan"_s;
    p.evidence = evidence;
    return p;
}

ProblemCaseChange openChange(qint64 shipmentId, const DetectedProblem &problem = failedAttempt())
{
    return {ProblemCaseChange::Kind::Open, 0, shipmentId, problem, {}};
}

QStringList actions(const ProblemCase &c)
{
    QStringList list;
    for (const ProblemCaseEntry &entry : c.history)
        list.append(entry.action);
    return list;
}

// One writer's work on a batch of cases, through its own store.
using BatchWork = std::function<Outcome(ProblemCaseStore &, const QList<ProblemCase> &)>;

// Runs every work at once, each on a thread and connection of its own, over `cases` in batches of
// `batch`, as consoles and pollers do; returns what failed, if anything.
QStringList runWritersAtOnce(const DatabaseConfig &config, const QList<ProblemCase> &cases, int batch,
                             const QList<BatchWork> &works)
{
    QStringList errors;
    QMutex errorsLock;
    const auto fail = [&](const QString &error) {
        const QMutexLocker locker(&errorsLock);
        errors.append(error);
    };
    std::vector<std::unique_ptr<QThread>> threads;
    for (const BatchWork &work : works) {
        threads.emplace_back(QThread::create([&, work] {
            Database own(config);
            if (Outcome ready = own.open(); !ready) {
                fail(ready.error());
                return;
            }
            ProblemCaseStore writerStore(own);
            for (qsizetype first = 0; first < cases.size(); first += batch) {
                if (Outcome done = work(writerStore, cases.mid(first, batch)); !done)
                    fail(done.error());
            }
        }));
    }
    for (const auto &thread : threads)
        thread->start();
    for (const auto &thread : threads) {
        if (!thread->wait(120000))
            fail(u"a writer did not finish within two minutes"_s);
    }
    return errors;
}

} // namespace

#define OPEN_DATABASE(backend, count)                                                                                  \
    SHIPDECK_SCRATCH_DATABASE(scratch, backend);                                                                       \
    Database db(scratch.config());                                                                                     \
    QVERIFY(db.open().ok());                                                                                           \
    ProblemCaseStore store(db);                                                                                        \
    QList<ShipmentRecord> records = TestDatabases::shipments(count);                                                   \
    QVERIFY(ShipmentRepository(db).saveShipments(records).ok());

void TestProblemCaseStore::openUpdateCloseKeepsHistory()
{
    QFETCH(QString, backend);
    OPEN_DATABASE(backend, 1)
    const qint64 shipmentId = records[0].shipment.id;

    QList<ProblemCase> changed;
    QVERIFY(store.applyChanges({openChange(shipmentId)}, now, changed).ok());
    QCOMPARE(changed.size(), 1);
    const qint64 caseId = changed[0].id;
    QVERIFY(caseId > 0);
    QCOMPARE(changed[0].state, ProblemCaseState::Open);
    QCOMPARE(changed[0].since, now.addSecs(-3600));
    QCOMPARE(changed[0].openedAt, now);

    QList<ProblemCase> active;
    QVERIFY(store.loadActiveCases(active).ok());
    QCOMPARE(active.size(), 1);
    QCOMPARE(active[0].type, ProblemType::FailedAttempt);

    // Still reported, with new words: the evidence follows, and the history says so.
    DetectedProblem second = failedAttempt(u"Second attempt failed on 25 Nov at 11:40."_s);
    changed.clear();
    QVERIFY(store.applyChanges({{ProblemCaseChange::Kind::Update, caseId, shipmentId, second, second.evidence}},
                               now.addSecs(600), changed).ok());
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed[0].evidence, second.evidence);

    // Gone quiet, then closed with its reason.
    changed.clear();
    QVERIFY(store.applyChanges({{ProblemCaseChange::Kind::Unreported, caseId, shipmentId, {}, {}}}, now.addSecs(1200), changed).ok());
    QHash<qint64, QList<TrackedProblemCase>> tracked;
    QVERIFY(store.loadTrackedCases({shipmentId}, tracked).ok());
    QCOMPARE(tracked.value(shipmentId).size(), 1);
    QCOMPARE(tracked.value(shipmentId)[0].unreportedSince, now.addSecs(1200));

    QVERIFY(store.applyChanges({{ProblemCaseChange::Kind::Close, caseId, shipmentId, {}, u"Delivered."_s}},
                               now.addSecs(1800), changed).ok());
    active.clear();
    QVERIFY(store.loadActiveCases(active).ok());
    QVERIFY(active.isEmpty());

    QList<ProblemCase> history;
    QVERIFY(store.loadShipmentCases(shipmentId, history).ok());
    QCOMPARE(history.size(), 1);
    QCOMPARE(history[0].state, ProblemCaseState::Closed);
    QCOMPARE(history[0].closedAt, now.addSecs(1800));
    QCOMPARE(actions(history[0]), (QStringList{u"opened"_s, u"updated"_s, u"closed"_s}));
    QCOMPARE(history[0].history[0].note, failedAttempt().evidence);
    QCOMPARE(history[0].history[0].actor, ProblemCaseStore::engineActor());
    QCOMPARE(history[0].history[2].note, u"Delivered."_s);
    QCOMPARE(history[0].history[2].at, now.addSecs(1800));

    // A closed case is history: closing it again records nothing more.
    changed.clear();
    QVERIFY(store.applyChanges({{ProblemCaseChange::Kind::Close, caseId, shipmentId, {}, u"Again."_s}}, now.addSecs(2400), changed).ok());
    QVERIFY(changed.isEmpty());
}

void TestProblemCaseStore::pickupDeadlineIsKept()
{
    QFETCH(QString, backend);
    OPEN_DATABASE(backend, 1)
    const qint64 shipmentId = records[0].shipment.id;
    DetectedProblem waiting;
    waiting.type = ProblemType::WaitingAtPickupPoint;
    waiting.since = now.addDays(-2);
    waiting.deadline = now.addDays(5);
    waiting.remindAt = now.addDays(3);
    waiting.rule = u"pickup.waiting"_s;
    waiting.evidence = u"Waiting at a pickup point."_s;

    QList<ProblemCase> changed;
    QVERIFY(store.applyChanges({openChange(shipmentId, waiting)}, now, changed).ok());
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed[0].dueAt, now.addDays(5));
    QCOMPARE(changed[0].remindAt, now.addDays(3));
    const qint64 caseId = changed[0].id;

    // A later notice moves the deadline: the case follows.
    DetectedProblem extended = waiting;
    extended.deadline = now.addDays(7);
    extended.remindAt = now.addDays(5);
    QVERIFY(store.applyChanges({{ProblemCaseChange::Kind::Update, caseId, shipmentId, extended, {}}}, now.addSecs(600), changed).ok());
    QList<ProblemCase> cases;
    QVERIFY(store.loadShipmentCases(shipmentId, cases).ok());
    QCOMPARE(cases.size(), 1);
    QCOMPARE(cases[0].dueAt, now.addDays(7));
    QCOMPARE(cases[0].remindAt, now.addDays(5));

    // Closed by quiet and back: reopened with the deadline of now; a case without one has none.
    QVERIFY(store.applyChanges({{ProblemCaseChange::Kind::Close, caseId, shipmentId, {}, u"Quiet."_s}}, now.addSecs(1200), changed).ok());
    QVERIFY(store.applyChanges({{ProblemCaseChange::Kind::Reopen, caseId, shipmentId, waiting, u"Back."_s}}, now.addSecs(1800), changed).ok());
    QVERIFY(store.applyChanges({openChange(shipmentId)}, now.addSecs(1800), changed).ok());
    cases.clear();
    QVERIFY(store.loadShipmentCases(shipmentId, cases).ok());
    QCOMPARE(cases.size(), 2);
    for (const ProblemCase &c : std::as_const(cases)) {
        QVERIFY(c.isActive());
        QCOMPARE(c.dueAt, c.type == ProblemType::WaitingAtPickupPoint ? now.addDays(5) : QDateTime());
        QCOMPARE(c.remindAt, c.type == ProblemType::WaitingAtPickupPoint ? now.addDays(3) : QDateTime());
    }
}

void TestProblemCaseStore::bulkActionsInOneGo()
{
    QFETCH(QString, backend);
    OPEN_DATABASE(backend, 3)
    QList<ProblemCaseChange> opens;
    for (const ShipmentRecord &r : std::as_const(records))
        opens.append(openChange(r.shipment.id));
    QList<ProblemCase> opened;
    QVERIFY(store.applyChanges(opens, now, opened).ok());
    QCOMPARE(opened.size(), 3);
    const QList<qint64> ids{opened[0].id, opened[1].id, opened[2].id};

    ProblemCaseStore::ActionResult result;
    QVERIFY(store.assign(ids, u"ana"_s, u"ben"_s, now, result).ok());
    QCOMPARE(result.applied, 3);
    QCOMPARE(result.cases.size(), 3);
    for (const ProblemCase &c : std::as_const(result.cases))
        QCOMPARE(c.assignee, u"ana"_s);
    // Assigning to the same person again changes nothing and records nothing.
    QVERIFY(store.assign(ids, u"ana"_s, u"ben"_s, now, result).ok());
    QCOMPARE(result.applied, 0);

    QVERIFY(store.acknowledge(ids.mid(0, 2), u"ana"_s, now.addSecs(60), result).ok());
    QCOMPARE(result.applied, 2);
    QCOMPARE(result.cases[0].state, ProblemCaseState::Acknowledged);

    QVERIFY(store.resolve(ids, u"Customer collects at the depot."_s, u"ana"_s, now.addSecs(120), result).ok());
    QCOMPARE(result.applied, 3);
    for (const ProblemCase &c : std::as_const(result.cases)) {
        QCOMPARE(c.state, ProblemCaseState::Resolved);
        QCOMPARE(c.closedAt, now.addSecs(120));
    }
    // Resolved cases take no more actions.
    QVERIFY(store.acknowledge(ids, u"ana"_s, now.addSecs(180), result).ok());
    QCOMPARE(result.applied, 0);

    QList<ProblemCase> history;
    QVERIFY(store.loadShipmentCases(records[0].shipment.id, history).ok());
    QCOMPARE(actions(history[0]), (QStringList{u"opened"_s, u"assigned"_s, u"acknowledged"_s, u"resolved"_s}));
    QCOMPARE(history[0].history[1].actor, u"ben"_s);
    QCOMPARE(history[0].history[1].note, u"ana"_s);
    QCOMPARE(history[0].history[3].note, u"Customer collects at the depot."_s);
    history.clear();
    QVERIFY(store.loadShipmentCases(records[2].shipment.id, history).ok());
    QCOMPARE(actions(history[0]), (QStringList{u"opened"_s, u"assigned"_s, u"resolved"_s}));
}

void TestProblemCaseStore::changedCasesFoundThroughTheHistory()
{
    QFETCH(QString, backend);
    OPEN_DATABASE(backend, 3)
    qint64 mark = -1;
    QVERIFY(store.lastHistoryEntry(mark).ok());
    QCOMPARE(mark, 0);
    QList<ProblemCase> opened;
    QVERIFY(store.applyChanges({openChange(records[0].shipment.id), openChange(records[1].shipment.id),
                                openChange(records[2].shipment.id)},
                               now, opened).ok());
    QVERIFY(store.lastHistoryEntry(mark).ok());
    QVERIFY(mark > 0);

    // Another console assigns one case twice and acknowledges another.
    Database otherDb(scratch.config());
    QVERIFY(otherDb.open().ok());
    ProblemCaseStore other(otherDb);
    ProblemCaseStore::ActionResult result;
    QVERIFY(other.assign({opened[2].id}, u"ana"_s, u"ana"_s, now, result).ok());
    QVERIFY(other.assign({opened[2].id}, u"ben"_s, u"ana"_s, now, result).ok());
    QVERIFY(other.acknowledge({opened[0].id}, u"ana"_s, now, result).ok());

    qint64 last = mark;
    QList<ProblemCase> changed;
    QVERIFY(store.loadCasesChangedAfter(mark, last, changed).ok());
    QCOMPARE(changed.size(), 2);
    QCOMPARE(changed[0].id, opened[0].id);
    QCOMPARE(changed[0].state, ProblemCaseState::Acknowledged);
    QCOMPARE(changed[1].assignee, u"ben"_s);
    QCOMPARE(last, mark + 3);
    changed.clear();
    QVERIFY(store.loadCasesChangedAfter(last, last, changed).ok());
    QVERIFY(changed.isEmpty());
}

void TestProblemCaseStore::resolvingNeedsANote()
{
    QFETCH(QString, backend);
    OPEN_DATABASE(backend, 1)
    QList<ProblemCase> opened;
    QVERIFY(store.applyChanges({openChange(records[0].shipment.id)}, now, opened).ok());
    ProblemCaseStore::ActionResult result;
    const Outcome refused = store.resolve({opened[0].id}, u"  "_s, u"ana"_s, now, result);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(u"note"_s), qPrintable(refused.error()));
    QList<ProblemCase> active;
    QVERIFY(store.loadActiveCases(active).ok());
    QCOMPARE(active.size(), 1);
}

// A console resolves and assigns while a poller, working from what it read a moment earlier,
// updates and closes the same cases: nobody's change is lost or overwritten.
void TestProblemCaseStore::twoConnectionsKeepEachOthersChanges()
{
    QFETCH(QString, backend);
    OPEN_DATABASE(backend, 2)
    Database pollerDb(scratch.config());
    QVERIFY(pollerDb.open().ok());
    ProblemCaseStore poller(pollerDb);

    QList<ProblemCase> opened;
    QVERIFY(poller.applyChanges({openChange(records[0].shipment.id), openChange(records[1].shipment.id)}, now, opened).ok());
    QCOMPARE(opened.size(), 2);
    const qint64 first = opened[0].id;
    const qint64 second = opened[1].id;

    // The poller read both cases, then the console acts on them.
    QHash<qint64, QList<TrackedProblemCase>> seenByPoller;
    QVERIFY(poller.loadTrackedCases({records[0].shipment.id, records[1].shipment.id}, seenByPoller).ok());
    ProblemCaseStore::ActionResult result;
    QVERIFY(store.resolve({first}, u"Redelivery booked for Friday."_s, u"ana"_s, now.addSecs(60), result).ok());
    QVERIFY(store.assign({second}, u"ana"_s, u"ana"_s, now.addSecs(60), result).ok());

    // The poller's decisions, made on its older view, arrive afterwards.
    DetectedProblem newer = failedAttempt(u"Second attempt failed."_s);
    QList<ProblemCase> changed;
    QVERIFY(poller.applyChanges({{ProblemCaseChange::Kind::Close, first, records[0].shipment.id, {}, u"Delivered."_s},
                                 {ProblemCaseChange::Kind::Update, second, records[1].shipment.id, newer, newer.evidence}},
                                now.addSecs(120), changed).ok());
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed[0].id, second);
    QCOMPARE(changed[0].assignee, u"ana"_s);           // the console's assignment stands
    QCOMPARE(changed[0].evidence, newer.evidence);     // beside the poller's evidence

    QList<ProblemCase> history;
    QVERIFY(store.loadShipmentCases(records[0].shipment.id, history).ok());
    QCOMPARE(history[0].state, ProblemCaseState::Resolved); // not turned into "closed"
    QCOMPARE(actions(history[0]), (QStringList{u"opened"_s, u"resolved"_s}));

    // Both consoles acknowledge the same case at once: one acknowledgement is recorded.
    ProblemCaseStore::ActionResult mine;
    ProblemCaseStore::ActionResult theirs;
    QVERIFY(store.acknowledge({second}, u"ana"_s, now.addSecs(180), mine).ok());
    QVERIFY(poller.acknowledge({second}, u"ben"_s, now.addSecs(181), theirs).ok());
    QCOMPARE(mine.applied + theirs.applied, 1);
    QCOMPARE(theirs.cases[0].state, ProblemCaseState::Acknowledged);
}

void TestProblemCaseStore::twoPollersOpenOneCase()
{
    QFETCH(QString, backend);
    OPEN_DATABASE(backend, 1)
    Database otherDb(scratch.config());
    QVERIFY(otherDb.open().ok());
    ProblemCaseStore other(otherDb);
    QList<ProblemCase> mine;
    QList<ProblemCase> theirs;
    QVERIFY(store.applyChanges({openChange(records[0].shipment.id)}, now, mine).ok());
    QVERIFY(other.applyChanges({openChange(records[0].shipment.id)}, now, theirs).ok());
    QCOMPARE(mine.size(), 1);
    QVERIFY(theirs.isEmpty());
    QList<ProblemCase> active;
    QVERIFY(store.loadActiveCases(active).ok());
    QCOMPARE(active.size(), 1);
    // Once that case is closed, a new episode may open a new one.
    QVERIFY(store.applyChanges({{ProblemCaseChange::Kind::Close, mine[0].id, records[0].shipment.id, {}, u"Moved on."_s}},
                               now.addSecs(60), mine).ok());
    theirs.clear();
    QVERIFY(other.applyChanges({openChange(records[0].shipment.id)}, now.addSecs(120), theirs).ok());
    QCOMPARE(theirs.size(), 1);
    QVERIFY(theirs[0].id != mine[0].id);
}

// Two consoles and a poller at the same moment, each on its own connection and thread: an
// acknowledging console, a resolving console and a poller that updates evidence and closes cases,
// all over the same cases in batches. Every case ends with one story: at most one acknowledgement,
// exactly one ending when it has ended, and a state that matches it.
void TestProblemCaseStore::simultaneousWritersLeaveConsistentCases()
{
    QFETCH(QString, backend);
    constexpr int Count = 120;
    constexpr int Batch = 10;
    OPEN_DATABASE(backend, Count)
    QList<ProblemCaseChange> opens;
    for (const ShipmentRecord &r : std::as_const(records))
        opens.append(openChange(r.shipment.id));
    QList<ProblemCase> opened;
    QVERIFY(store.applyChanges(opens, now, opened).ok());
    QCOMPARE(opened.size(), Count);

    const auto idsOf = [](const QList<ProblemCase> &cases) {
        QList<qint64> ids;
        for (const ProblemCase &c : cases)
            ids.append(c.id);
        return ids;
    };
    const BatchWork acknowledging = [&](ProblemCaseStore &s, const QList<ProblemCase> &batch) {
        ProblemCaseStore::ActionResult result;
        if (Outcome done = s.acknowledge(idsOf(batch), u"ana"_s, now.addSecs(60), result); !done)
            return done;
        return s.assign(idsOf(batch), u"ana"_s, u"ana"_s, now.addSecs(61), result);
    };
    const BatchWork resolving = [&](ProblemCaseStore &s, const QList<ProblemCase> &batch) {
        QList<qint64> everyOther;
        for (const ProblemCase &c : batch) {
            if (c.id % 2 == 0)
                everyOther.append(c.id);
        }
        ProblemCaseStore::ActionResult result;
        return s.resolve(everyOther, u"Sorted out with the customer."_s, u"ben"_s, now.addSecs(62), result);
    };
    const BatchWork polling = [&](ProblemCaseStore &s, const QList<ProblemCase> &batch) {
        QList<ProblemCaseChange> changes;
        for (const ProblemCase &c : batch) {
            const DetectedProblem newer = failedAttempt(u"Second attempt failed."_s);
            changes.append({ProblemCaseChange::Kind::Update, c.id, c.shipmentId, newer, newer.evidence});
            if (c.id % 3 == 0)
                changes.append({ProblemCaseChange::Kind::Close, c.id, c.shipmentId, {}, u"Delivered."_s});
        }
        QList<ProblemCase> changed;
        return s.applyChanges(changes, now.addSecs(63), changed);
    };
    const QStringList errors = runWritersAtOnce(scratch.config(), opened, Batch, {acknowledging, resolving, polling});
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));

    for (const ShipmentRecord &r : std::as_const(records)) {
        QList<ProblemCase> cases;
        QVERIFY(store.loadShipmentCases(r.shipment.id, cases).ok());
        QCOMPARE(cases.size(), 1);
        const ProblemCase &c = cases[0];
        const QStringList story = actions(c);
        QVERIFY2(story.count(u"acknowledged"_s) <= 1, qPrintable(story.join(u", "_s)));
        const int endings = int(story.count(u"resolved"_s) + story.count(u"closed"_s));
        QCOMPARE(endings, c.isActive() ? 0 : 1);
        if (c.state == ProblemCaseState::Resolved)
            QCOMPARE(story.last(), u"resolved"_s);
        if (c.state == ProblemCaseState::Closed)
            QCOMPARE(story.last(), u"closed"_s);
        // Cases nobody ended were worked by both the console and the poller, and keep both.
        if (c.id % 2 != 0 && c.id % 3 != 0) {
            QCOMPARE(c.state, ProblemCaseState::Acknowledged);
            QCOMPARE(c.assignee, u"ana"_s);
            QCOMPARE(c.evidence, u"Second attempt failed."_s);
        }
    }
}

namespace {

ProblemCaseChange reopenChange(const ProblemCase &closed, const QString &evidence = u"Failed again."_s)
{
    return {ProblemCaseChange::Kind::Reopen, closed.id, closed.shipmentId, failedAttempt(evidence), u"Back: "_s + evidence};
}

} // namespace

void TestProblemCaseStore::reopenLeavesOneWorkingCase()
{
    QFETCH(QString, backend);
    OPEN_DATABASE(backend, 1)
    const qint64 shipmentId = records[0].shipment.id;
    QList<ProblemCase> opened;
    QVERIFY(store.applyChanges({openChange(shipmentId)}, now, opened).ok());
    QList<ProblemCase> changed;
    QVERIFY(store.applyChanges({{ProblemCaseChange::Kind::Close, opened[0].id, shipmentId, {}, u"Quiet."_s}}, now.addSecs(60), changed).ok());

    changed.clear();
    QVERIFY(store.applyChanges({reopenChange(opened[0])}, now.addSecs(120), changed).ok());
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed[0].state, ProblemCaseState::Open);
    QCOMPARE(changed[0].evidence, u"Failed again."_s);
    QVERIFY(!changed[0].closedAt.isValid());
    // Reopening an open case does nothing; nor does opening a second one beside it.
    changed.clear();
    QVERIFY(store.applyChanges({reopenChange(opened[0], u"Once more."_s), openChange(shipmentId)}, now.addSecs(180), changed).ok());
    QVERIFY(changed.isEmpty());

    // Closed again and meanwhile replaced by a new case: the old one stays closed.
    QVERIFY(store.applyChanges({{ProblemCaseChange::Kind::Close, opened[0].id, shipmentId, {}, u"Quiet."_s}}, now.addSecs(240), changed).ok());
    QList<ProblemCase> second;
    QVERIFY(store.applyChanges({openChange(shipmentId)}, now.addSecs(300), second).ok());
    QCOMPARE(second.size(), 1);
    changed.clear();
    QVERIFY(store.applyChanges({reopenChange(opened[0])}, now.addSecs(360), changed).ok());
    QVERIFY(changed.isEmpty());

    QList<ProblemCase> cases;
    QVERIFY(store.loadShipmentCases(shipmentId, cases).ok());
    QCOMPARE(cases.size(), 2);
    const ProblemCase &first = cases[0].id == opened[0].id ? cases[0] : cases[1];
    QCOMPARE(first.state, ProblemCaseState::Closed);
    QCOMPARE(actions(first), (QStringList{u"opened"_s, u"closed"_s, u"reopened"_s, u"closed"_s}));
    QCOMPARE(first.history[2].note, u"Back: Failed again."_s);
    // A resolved case is not the engine's to reopen.
    ProblemCaseStore::ActionResult result;
    QVERIFY(store.resolve({second[0].id}, u"Called the customer."_s, u"ana"_s, now.addSecs(400), result).ok());
    changed.clear();
    QVERIFY(store.applyChanges({reopenChange(second[0])}, now.addSecs(460), changed).ok());
    QVERIFY(changed.isEmpty());
}

// Three writers on their own connections at once, for each shipment: two pollers reopen its
// closed case while a third opens a new one. The unique index and the guard leave exactly one
// working case per shipment, and nobody's batch fails.
void TestProblemCaseStore::simultaneousReopenAndOpenLeaveOneWorkingCase()
{
    QFETCH(QString, backend);
    constexpr int Count = 120;
    constexpr int Batch = 10;
    OPEN_DATABASE(backend, Count)
    QList<ProblemCaseChange> opens, closes;
    for (const ShipmentRecord &r : std::as_const(records))
        opens.append(openChange(r.shipment.id));
    QList<ProblemCase> opened;
    QVERIFY(store.applyChanges(opens, now, opened).ok());
    for (const ProblemCase &c : std::as_const(opened))
        closes.append({ProblemCaseChange::Kind::Close, c.id, c.shipmentId, {}, u"Quiet."_s});
    QList<ProblemCase> closed;
    QVERIFY(store.applyChanges(closes, now.addSecs(60), closed).ok());
    QCOMPARE(closed.size(), Count);

    // Each writer applies its change to every closed case, batch by batch.
    const auto changing = [&](std::function<ProblemCaseChange(const ProblemCase &)> change) -> BatchWork {
        return [&, change](ProblemCaseStore &s, const QList<ProblemCase> &batch) {
            QList<ProblemCaseChange> changes;
            for (const ProblemCase &c : batch)
                changes.append(change(c));
            QList<ProblemCase> changed;
            return s.applyChanges(changes, now.addSecs(120), changed);
        };
    };
    const QStringList errors = runWritersAtOnce(
        scratch.config(), closed, Batch,
        {changing([](const ProblemCase &c) { return reopenChange(c); }),
         changing([](const ProblemCase &c) { return reopenChange(c, u"Failed, said the other poller."_s); }),
         changing([](const ProblemCase &c) { return openChange(c.shipmentId); })});
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));

    int reopened = 0;
    for (const ShipmentRecord &r : std::as_const(records)) {
        QList<ProblemCase> cases;
        QVERIFY(store.loadShipmentCases(r.shipment.id, cases).ok());
        const auto working = std::count_if(cases.cbegin(), cases.cend(), [](const ProblemCase &c) { return c.isActive(); });
        QCOMPARE(working, 1);
        for (const ProblemCase &c : std::as_const(cases)) {
            const QStringList story = actions(c);
            QVERIFY2(story.count(u"reopened"_s) <= 1, qPrintable(story.join(u", "_s)));
            reopened += int(story.count(u"reopened"_s));
        }
    }
    QVERIFY(reopened <= Count);
}

QTEST_GUILESS_MAIN(TestProblemCaseStore)
#include "tst_problemcasestore.moc"
