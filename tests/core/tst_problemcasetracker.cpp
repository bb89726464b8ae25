#include "problems/problemcasekeeper.h"
#include "problems/problemcasetracker.h"
#include "storage/database.h"
#include "storage/shipmentrepository.h"
#include "testdatabases.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Kind = ProblemCaseChange::Kind;

// The case life cycle: what the tracker makes of the engine's verdicts over time, alone and
// through ProblemCaseKeeper against a real database.
class TestProblemCaseTracker : public QObject
{
    Q_OBJECT

private slots:
    void newProblemOpensACase();
    void unchangedVerdictChangesNothing();
    void newWordsUpdateTheEvidence();
    void newDeadlineUpdatesTheCase();
    void noiseDoesNotFlap();
    void deliveredClosesAtOnce();
    void resolvedIsNotReopenedForTheSameEpisode();
    void problemBackSoonReopensItsCase();
    void closedAtTheEndStaysClosed();
    void failedAgainAfterQuietReopensTheCase_data() { TestDatabases::addBackendRows(); }
    void failedAgainAfterQuietReopensTheCase();
    void failedAttemptThenDeliveredKeepsHistory_data() { TestDatabases::addBackendRows(); }
    void failedAttemptThenDeliveredKeepsHistory();
    void sliceGoesRoundTheShipmentsUnderWay_data() { TestDatabases::addBackendRows(); }
    void sliceGoesRoundTheShipmentsUnderWay();
};

namespace {

const QDateTime now(QDate(2026, 11, 25), QTime(12, 0), Qt::UTC);

Shipment parcel(SubStatus subStatus = SubStatus::FailedAttempt)
{
    Shipment s;
    s.id = 7;
    s.carrier = u"dhl"_s;
    s.trackingNumber = u"JJD0007"_s;
    s.subStatus = subStatus;
    return s;
}

DetectedProblem failedAttempt(const QString &evidence = u"Not delivered on 24 Nov at 14:02: recipient absent (code NC)."_s)
{
    return {ProblemType::FailedAttempt, now.addSecs(-3600), u"failed_attempt.scan"_s, evidence, {11}, {}, {}};
}

TrackedProblemCase storedCase(qint64 id, const DetectedProblem &p, ProblemCaseState state = ProblemCaseState::Open)
{
    TrackedProblemCase t;
    t.problemCase.id = id;
    t.problemCase.shipmentId = 7;
    t.problemCase.type = p.type;
    t.problemCase.state = state;
    t.problemCase.since = p.since;
    t.problemCase.openedAt = p.since;
    t.problemCase.rule = p.rule;
    t.problemCase.evidence = p.evidence;
    return t;
}

QList<Kind> kinds(const QList<ProblemCaseChange> &changes)
{
    QList<Kind> list;
    for (const ProblemCaseChange &c : changes)
        list.append(c.kind);
    return list;
}

} // namespace

void TestProblemCaseTracker::newProblemOpensACase()
{
    const ProblemCaseTracker tracker;
    // The engine naming the same type twice still makes one case.
    const QList<ProblemCaseChange> changes = tracker.reconcile(parcel(), {}, {failedAttempt(), failedAttempt()}, now);
    QCOMPARE(kinds(changes), QList<Kind>{Kind::Open});
    QCOMPARE(changes[0].shipmentId, 7);
    QCOMPARE(changes[0].problem, failedAttempt());
}

void TestProblemCaseTracker::unchangedVerdictChangesNothing()
{
    const ProblemCaseTracker tracker;
    QVERIFY(tracker.reconcile(parcel(), {storedCase(1, failedAttempt())}, {failedAttempt()}, now).isEmpty());
}

void TestProblemCaseTracker::newWordsUpdateTheEvidence()
{
    const ProblemCaseTracker tracker;
    DetectedProblem second = failedAttempt(u"Second attempt failed on 25 Nov at 11:40."_s);
    second.since = now.addSecs(-600); // the engine dates the newest attempt; the case keeps its start
    const QList<ProblemCaseChange> changes = tracker.reconcile(parcel(), {storedCase(1, failedAttempt())}, {second}, now);
    QCOMPARE(kinds(changes), QList<Kind>{Kind::Update});
    QCOMPARE(changes[0].caseId, 1);
    QCOMPARE(changes[0].problem.evidence, second.evidence);
    QCOMPARE(changes[0].problem.since, failedAttempt().since);
    QCOMPARE(changes[0].note, second.evidence);
}

void TestProblemCaseTracker::newDeadlineUpdatesTheCase()
{
    // The same words, but the pickup point's deadline moved: the case must show the new one.
    const ProblemCaseTracker tracker;
    DetectedProblem waiting{ProblemType::WaitingAtPickupPoint, now.addDays(-1), u"pickup.waiting"_s, u"Waiting."_s, {12},
                            now.addDays(6), now.addDays(4)};
    TrackedProblemCase stored = storedCase(2, waiting);
    stored.problemCase.dueAt = waiting.deadline;
    stored.problemCase.remindAt = waiting.remindAt;
    QVERIFY(tracker.reconcile(parcel(SubStatus::AvailableForPickup), {stored}, {waiting}, now).isEmpty());
    DetectedProblem later = waiting;
    later.deadline = now.addDays(8);
    const QList<ProblemCaseChange> changes = tracker.reconcile(parcel(SubStatus::AvailableForPickup), {stored}, {later}, now);
    QCOMPARE(kinds(changes), QList<Kind>{Kind::Update});
    QCOMPARE(changes[0].problem.deadline, now.addDays(8));
    QVERIFY(changes[0].note.isEmpty()); // nothing new to say in the history
}

void TestProblemCaseTracker::noiseDoesNotFlap()
{
    const ProblemCaseTracker tracker(3600);
    TrackedProblemCase stored = storedCase(1, failedAttempt());
    const Shipment inTransit = parcel(SubStatus::InTransit);

    // The verdict wavers: not reported ...
    QList<ProblemCaseChange> changes = tracker.reconcile(inTransit, {stored}, {}, now);
    QCOMPARE(kinds(changes), QList<Kind>{Kind::Unreported});
    stored.unreportedSince = now;
    // ... still not reported a little later: waiting, no change ...
    QVERIFY(tracker.reconcile(inTransit, {stored}, {}, now.addSecs(1800)).isEmpty());
    // ... and back: the quiet period ends without a word in the history.
    changes = tracker.reconcile(inTransit, {stored}, {failedAttempt()}, now.addSecs(2400));
    QCOMPARE(kinds(changes), QList<Kind>{Kind::Update});
    QVERIFY(changes[0].note.isEmpty());
    stored.unreportedSince = {};

    // Gone for good: it closes once the quiet period has passed, with its reason.
    changes = tracker.reconcile(inTransit, {stored}, {}, now.addSecs(3000));
    QCOMPARE(kinds(changes), QList<Kind>{Kind::Unreported});
    stored.unreportedSince = now.addSecs(3000);
    QVERIFY(tracker.reconcile(inTransit, {stored}, {}, now.addSecs(3000 + 3599)).isEmpty());
    changes = tracker.reconcile(inTransit, {stored}, {}, now.addSecs(3000 + 3600));
    QCOMPARE(kinds(changes), QList<Kind>{Kind::Close});
    QVERIFY2(changes[0].note.contains(u"60 minutes"_s), qPrintable(changes[0].note));
}

void TestProblemCaseTracker::deliveredClosesAtOnce()
{
    const ProblemCaseTracker tracker;
    const QList<ProblemCaseChange> changes =
        tracker.reconcile(parcel(SubStatus::Delivered), {storedCase(1, failedAttempt(), ProblemCaseState::Acknowledged)}, {}, now);
    QCOMPARE(kinds(changes), QList<Kind>{Kind::Close});
    QCOMPARE(changes[0].caseId, 1);
    QVERIFY2(changes[0].note.contains(Taxonomy::subStatusLabel(SubStatus::Delivered)), qPrintable(changes[0].note));
}

void TestProblemCaseTracker::resolvedIsNotReopenedForTheSameEpisode()
{
    const ProblemCaseTracker tracker;
    TrackedProblemCase resolved = storedCase(1, failedAttempt(), ProblemCaseState::Resolved);
    resolved.problemCase.closedAt = now.addSecs(-60);
    // The same attempt still shows: the operator's resolution stands.
    QVERIFY(tracker.reconcile(parcel(), {resolved}, {failedAttempt()}, now).isEmpty());
    // A new failed attempt after the resolution is a new episode.
    DetectedProblem again = failedAttempt(u"Not delivered on 25 Nov at 11:59."_s);
    again.since = now.addSecs(-1);
    const QList<ProblemCaseChange> changes = tracker.reconcile(parcel(), {resolved}, {again}, now);
    QCOMPARE(kinds(changes), QList<Kind>{Kind::Open});
    QCOMPARE(changes[0].problem, again);
}

void TestProblemCaseTracker::problemBackSoonReopensItsCase()
{
    const ProblemCaseTracker tracker;
    TrackedProblemCase closed = storedCase(1, failedAttempt(), ProblemCaseState::Closed);
    closed.problemCase.closedAt = now.addSecs(-3 * 3600);
    DetectedProblem again = failedAttempt(u"Not delivered on 25 Nov at 11:40."_s);
    again.since = now.addSecs(-1200);
    QList<ProblemCaseChange> changes = tracker.reconcile(parcel(), {closed}, {again}, now);
    QCOMPARE(kinds(changes), QList<Kind>{Kind::Reopen});
    QCOMPARE(changes[0].caseId, 1);
    QCOMPARE(changes[0].problem.evidence, again.evidence);
    QCOMPARE(changes[0].problem.since, failedAttempt().since); // the case began with the first attempt
    QVERIFY2(changes[0].note.contains(u"180 minutes"_s) && changes[0].note.contains(again.evidence), qPrintable(changes[0].note));

    // Only the newest case of the type counts: an operator resolved a later one.
    TrackedProblemCase resolved = storedCase(2, failedAttempt(), ProblemCaseState::Resolved);
    resolved.problemCase.closedAt = now.addSecs(-1800);
    QCOMPARE(kinds(tracker.reconcile(parcel(), {closed, resolved}, {again}, now)), QList<Kind>{Kind::Open});

    // Two days on it is news: a new case.
    closed.problemCase.closedAt = now.addSecs(-ProblemCaseTracker::DefaultReopenSecs - 60);
    QCOMPARE(kinds(tracker.reconcile(parcel(), {closed}, {again}, now)), QList<Kind>{Kind::Open});
}

void TestProblemCaseTracker::closedAtTheEndStaysClosed()
{
    const ProblemCaseTracker tracker;
    const DetectedProblem damaged{ProblemType::Damaged, now.addSecs(-600), u"damaged.scan"_s, u"Damaged."_s, {12}, {}, {}};
    TrackedProblemCase closed = storedCase(1, damaged, ProblemCaseState::Closed);
    closed.problemCase.closedAt = now.addSecs(-3600);
    const QList<ProblemCaseChange> changes = tracker.reconcile(parcel(SubStatus::Delivered), {closed}, {damaged}, now);
    QCOMPARE(kinds(changes), QList<Kind>{Kind::Open});
}

namespace {

// A detector that reports a failed attempt while the newest event is one, as the engine would.
QList<DetectedProblem> failedWhileLastScanFailed(const Shipment &, const QList<TrackingEvent> &events, const QDateTime &)
{
    if (events.isEmpty() || events.last().subStatus != SubStatus::FailedAttempt)
        return {};
    return {{ProblemType::FailedAttempt, events.last().occurredAt.toUTC(), u"failed_attempt.scan"_s,
             u"Not delivered: %1"_s.arg(events.last().carrierText), {events.last().id}, {}, {}}};
}

TrackingEvent scan(const QDateTime &at, SubStatus subStatus, const QString &text)
{
    TrackingEvent e;
    e.occurredAt = at;
    e.carrierCode = Taxonomy::subStatusKey(subStatus);
    e.carrierText = text;
    e.subStatus = subStatus;
    return e;
}

} // namespace

void TestProblemCaseTracker::failedAttemptThenDeliveredKeepsHistory()
{
    QFETCH(QString, backend);
    SHIPDECK_SCRATCH_DATABASE(scratch, backend);
    Database db(scratch.config());
    QVERIFY(db.open().ok());
    ShipmentRepository repository(db);
    ShipmentRecord record;
    record.shipment = parcel();
    record.shipment.id = 0;
    record.events = {scan(now.addSecs(-7200), SubStatus::InTransit, u"In transit"_s),
                     scan(now.addSecs(-3600), SubStatus::FailedAttempt, u"Recipient absent"_s)};
    QList<ShipmentRecord> records{record};
    QVERIFY(repository.saveShipments(records).ok());
    Shipment shipment = records[0].shipment;

    ProblemCaseKeeper keeper(db, failedWhileLastScanFailed);
    QList<ProblemCase> changed;
    QVERIFY(keeper.reviewShipments({shipment}, now, changed).ok());
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed[0].type, ProblemType::FailedAttempt);
    QCOMPARE(changed[0].state, ProblemCaseState::Open);
    // Looking again changes nothing.
    changed.clear();
    QVERIFY(keeper.reviewShipments({shipment}, now.addSecs(60), changed).ok());
    QVERIFY(changed.isEmpty());

    // Delivered the next morning: the case closes itself and keeps its history.
    records[0].events.append(scan(now.addSecs(20 * 3600), SubStatus::Delivered, u"Delivered"_s));
    records[0].shipment.subStatus = SubStatus::Delivered;
    QVERIFY(repository.saveShipments(records).ok());
    shipment = records[0].shipment;
    QVERIFY(keeper.reviewShipments({shipment}, now.addSecs(20 * 3600 + 300), changed).ok());
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed[0].state, ProblemCaseState::Closed);

    QList<ProblemCase> cases;
    QVERIFY(ProblemCaseStore(db).loadShipmentCases(shipment.id, cases).ok());
    QCOMPARE(cases.size(), 1);
    QCOMPARE(cases[0].history.size(), 2);
    QCOMPARE(cases[0].history[0].action, u"opened"_s);
    QCOMPARE(cases[0].history[0].note, u"Not delivered: Recipient absent"_s);
    QCOMPARE(cases[0].history[1].action, u"closed"_s);
    QCOMPARE(cases[0].history[1].at, now.addSecs(20 * 3600 + 300));
    QVERIFY2(cases[0].history[1].note.contains(Taxonomy::subStatusLabel(SubStatus::Delivered)), qPrintable(cases[0].history[1].note));
}

void TestProblemCaseTracker::failedAgainAfterQuietReopensTheCase()
{
    QFETCH(QString, backend);
    SHIPDECK_SCRATCH_DATABASE(scratch, backend);
    Database db(scratch.config());
    QVERIFY(db.open().ok());
    ShipmentRepository repository(db);
    ShipmentRecord record;
    record.shipment = parcel();
    record.shipment.id = 0;
    record.events = {scan(now.addSecs(-3600), SubStatus::FailedAttempt, u"Recipient absent"_s)};
    QList<ShipmentRecord> records{record};
    QVERIFY(repository.saveShipments(records).ok());
    const auto save = [&](const TrackingEvent &event) {
        records[0].events.append(event);
        records[0].shipment.subStatus = event.subStatus;
        return repository.saveShipments(records).ok();
    };

    ProblemCaseKeeper keeper(db, failedWhileLastScanFailed);
    QList<ProblemCase> changed;
    QVERIFY(keeper.reviewShipments({records[0].shipment}, now, changed).ok());
    QCOMPARE(changed.size(), 1);
    const qint64 caseId = changed[0].id;
    // Back on the van: quiet for the quiet period, then closed.
    QVERIFY(save(scan(now.addSecs(600), SubStatus::OutForDelivery, u"Out for delivery"_s)));
    QVERIFY(keeper.reviewShipments({records[0].shipment}, now.addSecs(900), changed).ok());
    changed.clear();
    QVERIFY(keeper.reviewShipments({records[0].shipment}, now.addSecs(900 + ProblemCaseTracker::DefaultQuietSecs), changed).ok());
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed[0].state, ProblemCaseState::Closed);
    // The second attempt fails too, the same evening: the same case opens again.
    QVERIFY(save(scan(now.addSecs(5 * 3600), SubStatus::FailedAttempt, u"Recipient absent again"_s)));
    changed.clear();
    QVERIFY(keeper.reviewShipments({records[0].shipment}, now.addSecs(5 * 3600 + 300), changed).ok());
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed[0].id, caseId);
    QCOMPARE(changed[0].state, ProblemCaseState::Open);
    QVERIFY(!changed[0].closedAt.isValid());
    QCOMPARE(changed[0].evidence, u"Not delivered: Recipient absent again"_s);

    QList<ProblemCase> cases;
    QVERIFY(ProblemCaseStore(db).loadShipmentCases(records[0].shipment.id, cases).ok());
    QCOMPARE(cases.size(), 1);
    QStringList story;
    for (const ProblemCaseEntry &entry : std::as_const(cases[0].history))
        story.append(entry.action);
    QCOMPARE(story, (QStringList{u"opened"_s, u"closed"_s, u"reopened"_s}));
    QVERIFY2(cases[0].history[2].note.contains(u"Recipient absent again"_s), qPrintable(cases[0].history[2].note));
    QList<ProblemCase> active;
    QVERIFY(ProblemCaseStore(db).loadActiveCases(active).ok());
    QCOMPARE(active.size(), 1);
}

void TestProblemCaseTracker::sliceGoesRoundTheShipmentsUnderWay()
{
    QFETCH(QString, backend);
    SHIPDECK_SCRATCH_DATABASE(scratch, backend);
    Database db(scratch.config());
    QVERIFY(db.open().ok());
    QList<ShipmentRecord> records;
    for (int i = 0; i < 5; ++i) {
        ShipmentRecord r;
        r.shipment.trackingNumber = u"JJD%1"_s.arg(i);
        r.shipment.carrier = u"dhl"_s;
        r.shipment.subStatus = i == 2 ? SubStatus::Delivered : SubStatus::InTransit;
        records.append(r);
    }
    QVERIFY(ShipmentRepository(db).saveShipments(records).ok());
    QList<qint64> seen;
    ProblemCaseKeeper keeper(db, [&seen](const Shipment &s, const QList<TrackingEvent> &, const QDateTime &) {
        seen.append(s.id);
        return QList<DetectedProblem>();
    });
    QList<ProblemCase> changed;
    QVERIFY(keeper.reviewNextSlice(now, 3, changed).ok());
    QVERIFY(keeper.reviewNextSlice(now, 3, changed).ok());
    QVERIFY(keeper.reviewNextSlice(now, 3, changed).ok());
    // The delivered parcel needs no looking at; the round starts over after the last one.
    const QList<qint64> expected{records[0].shipment.id, records[1].shipment.id, records[3].shipment.id,
                                 records[4].shipment.id, records[0].shipment.id, records[1].shipment.id,
                                 records[3].shipment.id};
    QCOMPARE(seen, expected);
}

QTEST_GUILESS_MAIN(TestProblemCaseTracker)
#include "tst_problemcasetracker.moc"
