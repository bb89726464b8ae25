#include "carriers/carrierregistry.h"
#include "problems/problemengine.h"
#include "problems/workingtime.h"
#include "machinezone.h"

#include <QFile>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;

class TestProblemEngine : public QObject
{
    Q_OBJECT

private slots:
    void plainJourneyHasNoProblem();
    void failedAttemptOpensAndClosesOnDelivery();
    void failedAttemptMovesOnToPickupPoint();
    void pickupPointHasDeadlineAndReminder();
    void addressProblemClosesOnRedirect();
    void customsHoldClosesOnClearance();
    void refusedAndReturned();
    void backAtAHubItPassedIsOnItsWayBack();
    void backAtTheDepotOrRedirectedIsNoReturn();
    void damagedStaysOpenAfterDelivery();
    void deliveredToNeighbour();
    void stalledCountsWorkingHoursOnly();
    void stalledAcrossACustomsBorderSaysSo();
    void stalledClosesOnNewScan();
    void stalledWaitsForTheLearnedGap();
    void scanGapNormsFromBadHistory();
    void silenceAfterAFailedAttemptIsNoStall();
    void lostAfterLongSilenceOrDeclared();
    void labelWithoutAnyScanStalls();
    void lateAfterThePromisedDayAndGrace();
    void atRiskFromEstimateOrSilence();
    void atRiskWhenNotScannedOnThePromisedDay();
    void returnedParcelIsNotLate();
    void duplicatesCountOnce();
    void orderDoesNotMatter();
    void impossibleEventsAreSetAsideWithReasons();
    void missingZoneIsUsedWithACaveat();
    void missingZoneIsReadAsUtcOnAnyMachine();
    void lateScanOfAnEarlierStepDoesNotReopen();
    void thresholdsPerCarrierAndService();
    void thresholdsJsonRoundTripAndErrors();
    void realCarrierSamples();
};

namespace {

// A DHL Paket parcel to Berlin shipped on Monday 16 November 2026, promised for Wednesday.
Shipment shipment()
{
    Shipment s;
    s.carrier = u"dhl"_s;
    s.service = u"Paket"_s;
    s.countryCode = u"DE"_s;
    s.shipDate = QDate(2026, 11, 16);
    s.promisedDate = QDate(2026, 11, 18);
    return s;
}

qint64 nextId = 1;

TrackingEvent ev(SubStatus sub, const char16_t *time, const QString &location = u"Berlin, DE"_s)
{
    TrackingEvent e;
    e.id = nextId++;
    e.occurredAt = QDateTime::fromString(QString::fromUtf16(time), Qt::ISODate);
    e.location = location;
    e.subStatus = sub;
    e.carrierCode = Taxonomy::subStatusKey(sub);
    return e;
}

QDateTime at(const char16_t *time) { return QDateTime::fromString(QString::fromUtf16(time), Qt::ISODate); }

// The first part of every journey here: label, pickup, hub.
QList<TrackingEvent> start()
{
    return {ev(SubStatus::InfoReceived, u"2026-11-16T09:00:00+01:00", u"Leipzig, DE"_s),
            ev(SubStatus::PickedUp, u"2026-11-16T16:00:00+01:00", u"Leipzig, DE"_s),
            ev(SubStatus::ArrivedAtHub, u"2026-11-16T19:00:00+01:00", u"Leipzig, DE"_s),
            ev(SubStatus::ArrivedAtHub, u"2026-11-17T05:00:00+01:00")};
}

QList<ProblemType> types(const QList<DetectedProblem> &problems)
{
    QList<ProblemType> list;
    for (const DetectedProblem &p : problems)
        list.append(p.type);
    std::sort(list.begin(), list.end());
    return list;
}

const DetectedProblem *find(const QList<DetectedProblem> &problems, ProblemType type)
{
    for (const DetectedProblem &p : problems) {
        if (p.type == type)
            return &p;
    }
    return nullptr;
}

QList<DetectedProblem> evaluate(const QList<TrackingEvent> &events, const char16_t *now, const Shipment &s = shipment(),
                                const QDate &edd = {})
{
    return ProblemEngine().evaluate(s, events, at(now), edd);
}

} // namespace

void TestProblemEngine::plainJourneyHasNoProblem()
{
    QList<TrackingEvent> events = start();
    events << ev(SubStatus::OutForDelivery, u"2026-11-17T08:00:00+01:00") << ev(SubStatus::Delivered, u"2026-11-17T12:00:00+01:00");
    QVERIFY(evaluate(events, u"2026-11-17T13:00:00Z").isEmpty());
    QVERIFY(evaluate(events, u"2026-12-30T13:00:00Z").isEmpty()); // delivered: silence means nothing
    QVERIFY(evaluate(start(), u"2026-11-17T10:00:00Z").isEmpty());
}

void TestProblemEngine::failedAttemptOpensAndClosesOnDelivery()
{
    QList<TrackingEvent> events = start();
    const TrackingEvent attempt = ev(SubStatus::FailedAttempt, u"2026-11-17T11:00:00+01:00");
    events << attempt;
    const auto open = evaluate(events, u"2026-11-17T12:00:00Z");
    QCOMPARE(types(open), QList<ProblemType>{ProblemType::FailedAttempt});
    QCOMPARE(open.first().since, at(u"2026-11-17T10:00:00Z"));
    QCOMPARE(open.first().rule, u"failed_attempt.scan"_s);
    QCOMPARE(open.first().eventIds, QList<qint64>{attempt.id});
    QVERIFY(!open.first().fromSilence); // a scan says so: no fresher poll can undo it
    QVERIFY2(open.first().evidence.contains(u"2026-11-17 11:00"), qPrintable(open.first().evidence));

    // A second failed attempt continues the same case from the first one.
    events << ev(SubStatus::FailedAttemptBusinessClosed, u"2026-11-18T11:00:00+01:00");
    const auto second = evaluate(events, u"2026-11-18T12:00:00Z");
    QCOMPARE(types(second), QList<ProblemType>{ProblemType::FailedAttempt});
    QCOMPARE(second.first().since, at(u"2026-11-17T10:00:00Z"));
    QVERIFY2(second.first().evidence.contains(u"2 failed"), qPrintable(second.first().evidence));

    events << ev(SubStatus::Delivered, u"2026-11-18T15:00:00+01:00");
    QVERIFY(evaluate(events, u"2026-11-18T16:00:00Z").isEmpty());
}

void TestProblemEngine::failedAttemptMovesOnToPickupPoint()
{
    QList<TrackingEvent> events = start();
    events << ev(SubStatus::FailedAttempt, u"2026-11-17T11:00:00+01:00")
           << ev(SubStatus::AvailableForPickup, u"2026-11-17T15:00:00+01:00", u"Berlin Packstation 101, DE"_s);
    QCOMPARE(types(evaluate(events, u"2026-11-17T16:00:00Z")), QList<ProblemType>{ProblemType::WaitingAtPickupPoint});
    events << ev(SubStatus::CollectedFromPickupPoint, u"2026-11-18T18:00:00+01:00", u"Berlin Packstation 101, DE"_s);
    QVERIFY(evaluate(events, u"2026-11-18T18:00:00Z").isEmpty());
}

void TestProblemEngine::pickupPointHasDeadlineAndReminder()
{
    QList<TrackingEvent> events = start();
    events << ev(SubStatus::AvailableForPickup, u"2026-11-17T10:00:00+01:00");
    Shipment s = shipment();
    s.promisedDate = QDate(2026, 11, 27);
    const auto problems = evaluate(events, u"2026-11-20T12:00:00Z", s);
    QCOMPARE(types(problems), QList<ProblemType>{ProblemType::WaitingAtPickupPoint});
    // DHL keeps parcels 7 days; the reminder goes out 2 days before.
    QCOMPARE(problems.first().deadline, at(u"2026-11-24T09:00:00Z"));
    QCOMPARE(problems.first().remindAt, at(u"2026-11-22T09:00:00Z"));
    // Waiting is not stalling, however long.
    const auto later = evaluate(events, u"2026-11-23T12:00:00Z", s);
    QCOMPARE(types(later), QList<ProblemType>{ProblemType::WaitingAtPickupPoint});

    // GLS keeps them 10 days.
    Shipment gls = s;
    gls.carrier = u"gls"_s;
    gls.service = u"BusinessParcel"_s;
    QCOMPARE(evaluate(events, u"2026-11-20T12:00:00Z", gls).first().deadline, at(u"2026-11-27T09:00:00Z"));
    // A final notice is mentioned.
    events << ev(SubStatus::PickupFinalNotice, u"2026-11-22T09:00:00+01:00");
    const auto notice = evaluate(events, u"2026-11-22T12:00:00Z", s);
    QVERIFY2(notice.first().evidence.contains(u"further notice"), qPrintable(notice.first().evidence));
    QCOMPARE(notice.first().since, at(u"2026-11-17T09:00:00Z"));
}

void TestProblemEngine::addressProblemClosesOnRedirect()
{
    QList<TrackingEvent> events = start();
    events << ev(SubStatus::AddressProblem, u"2026-11-17T11:00:00+01:00");
    QCOMPARE(types(evaluate(events, u"2026-11-17T12:00:00Z")), QList<ProblemType>{ProblemType::AddressProblem});
    events << ev(SubStatus::Redirected, u"2026-11-17T16:00:00+01:00");
    QVERIFY(evaluate(events, u"2026-11-17T16:00:00Z").isEmpty());
}

void TestProblemEngine::customsHoldClosesOnClearance()
{
    Shipment s = shipment();
    s.countryCode = u"CH"_s;
    s.promisedDate = QDate(2026, 11, 24);
    QList<TrackingEvent> events = start();
    events << ev(SubStatus::ArrivedInDestinationCountry, u"2026-11-17T10:00:00+01:00", u"Basel, CH"_s)
           << ev(SubStatus::CustomsHold, u"2026-11-17T12:00:00+01:00", u"Basel, CH"_s);
    // Held for days: a customs case, not a stall.
    QCOMPARE(types(evaluate(events, u"2026-11-20T12:00:00Z", s)), QList<ProblemType>{ProblemType::CustomsHold});
    events << ev(SubStatus::CustomsCleared, u"2026-11-20T14:00:00+01:00", u"Basel, CH"_s);
    QVERIFY(evaluate(events, u"2026-11-20T14:00:00Z", s).isEmpty());
}

void TestProblemEngine::refusedAndReturned()
{
    QList<TrackingEvent> events = start();
    events << ev(SubStatus::FailedAttempt, u"2026-11-17T11:00:00+01:00") << ev(SubStatus::Refused, u"2026-11-18T11:00:00+01:00");
    QCOMPARE(types(evaluate(events, u"2026-11-18T12:00:00Z")), (QList<ProblemType>{ProblemType::FailedAttempt, ProblemType::Refused}));
    events << ev(SubStatus::ReturningToSender, u"2026-11-18T15:00:00+01:00");
    // The way back replaces the attempts; the refusal that caused it stays.
    QCOMPARE(types(evaluate(events, u"2026-11-19T12:00:00Z")), (QList<ProblemType>{ProblemType::Refused, ProblemType::ReturnedToSender}));
    events << ev(SubStatus::ReturnedToSender, u"2026-11-23T10:00:00+01:00", u"Leipzig, DE"_s);
    const auto back = evaluate(events, u"2026-12-30T12:00:00Z");
    QVERIFY(find(back, ProblemType::ReturnedToSender));
    QVERIFY(find(back, ProblemType::ReturnedToSender)->evidence.contains(u"arrived back"));
    QVERIFY(!find(back, ProblemType::Lost)); // back home: silence means nothing
    QVERIFY(find(back, ProblemType::ReturnedToSender));
    QCOMPARE(find(back, ProblemType::ReturnedToSender)->since, at(u"2026-11-18T14:00:00Z"));
}

void TestProblemEngine::backAtAHubItPassedIsOnItsWayBack()
{
    // Not collected from the pickup point, then scanned at the Leipzig hub it passed on its way
    // out: going back, though the carrier never scanned the return.
    Shipment s = shipment();
    s.promisedDate = QDate(2026, 11, 18);
    QList<TrackingEvent> events = start();
    events << ev(SubStatus::AvailableForPickup, u"2026-11-17T10:00:00+01:00")
           << ev(SubStatus::PickupFinalNotice, u"2026-11-22T09:00:00+01:00")
           << ev(SubStatus::ArrivedAtHub, u"2026-11-25T06:00:00+01:00", u"Leipzig, DE"_s);
    const auto back = evaluate(events, u"2026-11-25T08:00:00Z", s);
    // The pickup case is over and the customer no longer waits for it, so it is not late either.
    QCOMPARE(types(back), QList<ProblemType>{ProblemType::ReturnedToSender});
    QCOMPARE(back.first().rule, u"returned.way_back"_s);
    QCOMPARE(back.first().since, at(u"2026-11-25T05:00:00Z"));
    QVERIFY2(back.first().evidence.contains(u"Leipzig, DE") && back.first().evidence.contains(u"2026-11-16 19:00"),
             qPrintable(back.first().evidence));
    // Weeks of silence after that are a stall on the way back, not a loss.
    const auto weeks = evaluate(events, u"2026-12-20T08:00:00Z", s);
    QVERIFY(find(weeks, ProblemType::Stalled));
    QVERIFY(!find(weeks, ProblemType::Lost));
    // Once the carrier says so, the case goes on in its words, from the same moment.
    events << ev(SubStatus::ReturnedToSender, u"2026-11-26T10:00:00+01:00", u"Leipzig, DE"_s);
    const auto home = evaluate(events, u"2026-11-26T10:00:00Z", s);
    QCOMPARE(types(home), QList<ProblemType>{ProblemType::ReturnedToSender});
    QCOMPARE(home.first().rule, u"returned.scan"_s);
    QCOMPARE(home.first().since, at(u"2026-11-25T05:00:00Z"));

    // The same after an exception, in any order of arrival.
    QList<TrackingEvent> exception = start();
    exception << ev(SubStatus::ExceptionOther, u"2026-11-17T07:00:00+01:00")
              << ev(SubStatus::DepartedHub, u"2026-11-18T20:00:00+01:00", u"Leipzig, DE"_s);
    std::reverse(exception.begin(), exception.end());
    QCOMPARE(types(evaluate(exception, u"2026-11-18T20:00:00Z", s)), QList<ProblemType>{ProblemType::ReturnedToSender});
}

void TestProblemEngine::backAtTheDepotOrRedirectedIsNoReturn()
{
    // After a failed attempt the parcel goes back to its delivery depot: the hub it was last at,
    // or the place of the round when the depot's own scan is missing.
    QList<TrackingEvent> depot = start();
    depot << ev(SubStatus::OutForDelivery, u"2026-11-17T08:00:00+01:00") << ev(SubStatus::FailedAttempt, u"2026-11-17T11:00:00+01:00")
          << ev(SubStatus::ArrivedAtHub, u"2026-11-17T18:00:00+01:00");
    QCOMPARE(types(evaluate(depot, u"2026-11-17T18:00:00Z")), QList<ProblemType>{ProblemType::FailedAttempt});
    QList<TrackingEvent> unscannedDepot = start();
    unscannedDepot.removeLast();
    unscannedDepot << ev(SubStatus::OutForDelivery, u"2026-11-17T08:00:00+01:00") << ev(SubStatus::FailedAttempt, u"2026-11-17T11:00:00+01:00")
                   << ev(SubStatus::ArrivedAtHub, u"2026-11-17T18:00:00+01:00");
    QCOMPARE(types(evaluate(unscannedDepot, u"2026-11-17T18:00:00Z")), QList<ProblemType>{ProblemType::FailedAttempt});
    // Sent on to a corrected address: a hub it passed may well be on the new way.
    QList<TrackingEvent> redirected = start();
    redirected << ev(SubStatus::AddressProblem, u"2026-11-17T11:00:00+01:00") << ev(SubStatus::Redirected, u"2026-11-17T16:00:00+01:00")
               << ev(SubStatus::ArrivedAtHub, u"2026-11-17T20:00:00+01:00", u"Leipzig, DE"_s);
    QVERIFY(evaluate(redirected, u"2026-11-17T20:00:00Z").isEmpty());
    // A hub passed before, but no turn yet (a parcel routed through the same hub twice): no return.
    QList<TrackingEvent> loop = start();
    loop << ev(SubStatus::ArrivedAtHub, u"2026-11-17T09:00:00+01:00", u"Leipzig, DE"_s);
    QVERIFY(evaluate(loop, u"2026-11-17T09:00:00Z").isEmpty());
}

void TestProblemEngine::damagedStaysOpenAfterDelivery()
{
    QList<TrackingEvent> events = start();
    events << ev(SubStatus::Damaged, u"2026-11-17T06:00:00+01:00") << ev(SubStatus::Delivered, u"2026-11-18T12:00:00+01:00");
    QCOMPARE(types(evaluate(events, u"2026-11-18T12:00:00Z")), QList<ProblemType>{ProblemType::Damaged});
}

void TestProblemEngine::deliveredToNeighbour()
{
    QList<TrackingEvent> events = start();
    events << ev(SubStatus::DeliveredToNeighbour, u"2026-11-17T12:00:00+01:00");
    const auto problems = evaluate(events, u"2026-11-17T12:00:00Z");
    QCOMPARE(types(problems), QList<ProblemType>{ProblemType::DeliveredToNeighbour});
    QCOMPARE(problems.first().rule, u"delivered_to_neighbour.scan"_s);
}

void TestProblemEngine::stalledCountsWorkingHoursOnly()
{
    Shipment s = shipment();
    s.promisedDate = QDate(2026, 12, 4);
    // Last scan Friday 20 November 18:00 (+01:00): 48 working hours run out on Tuesday 18:00 local.
    QList<TrackingEvent> events = start();
    events << ev(SubStatus::DepartedHub, u"2026-11-20T18:00:00+01:00", u"Leipzig, DE"_s);
    QVERIFY(evaluate(events, u"2026-11-23T20:00:00Z", s).isEmpty()); // Monday evening: only 30 working hours
    QVERIFY(evaluate(events, u"2026-11-24T16:59:00Z", s).isEmpty());
    const auto problems = evaluate(events, u"2026-11-24T17:00:00Z", s);
    // Stalled; with the promise ten days off, not yet at risk for that alone.
    QCOMPARE(types(problems), QList<ProblemType>{ProblemType::Stalled});
    const DetectedProblem *stalled = find(problems, ProblemType::Stalled);
    QCOMPARE(stalled->since, at(u"2026-11-24T17:00:00Z"));
    QCOMPARE(stalled->rule, u"stalled.no_scan"_s);
    QVERIFY2(stalled->evidence.contains(u"48 working hours"), qPrintable(stalled->evidence));
    QCOMPARE(stalled->eventIds, QList<qint64>{events.last().id});
    QVERIFY(stalled->fromSilence); // a scan Shipdeck has not fetched yet would undo it
}

// Silent since it came into Switzerland from Germany: a customs hold the carrier never scanned
// looks just like that, so the evidence says where to ask first. Not into Austria (no customs
// between EU countries), nor once customs cleared it.
void TestProblemEngine::stalledAcrossACustomsBorderSaysSo()
{
    Shipment s = shipment();
    s.countryCode = u"CH"_s;
    s.promisedDate = QDate(2026, 12, 4);
    QList<TrackingEvent> events = start();
    events << ev(SubStatus::ArrivedInDestinationCountry, u"2026-11-17T20:00:00+01:00", u"Zürich, CH"_s);
    const DetectedProblem *stalled = nullptr;
    const auto problems = evaluate(events, u"2026-11-23T12:00:00Z", s);
    QVERIFY((stalled = find(problems, ProblemType::Stalled)));
    QVERIFY2(stalled->evidence.contains(u"It came into CH from DE across a customs border"), qPrintable(stalled->evidence));
    s.countryCode = u"AT"_s;
    events.last().location = u"Wien, AT"_s;
    QVERIFY((stalled = find(evaluate(events, u"2026-11-23T12:00:00Z", s), ProblemType::Stalled)));
    QVERIFY2(!stalled->evidence.contains(u"customs"), qPrintable(stalled->evidence));
    s.countryCode = u"CH"_s;
    events.last().location = u"Zürich, CH"_s;
    events << ev(SubStatus::CustomsCleared, u"2026-11-18T10:00:00+01:00", u"Zürich, CH"_s);
    QVERIFY((stalled = find(evaluate(events, u"2026-11-24T12:00:00Z", s), ProblemType::Stalled)));
    QVERIFY2(!stalled->evidence.contains(u"customs border"), qPrintable(stalled->evidence));
}

void TestProblemEngine::stalledClosesOnNewScan()
{
    Shipment s = shipment();
    s.promisedDate = QDate(2026, 12, 4);
    QList<TrackingEvent> events = start();
    QVERIFY(find(evaluate(events, u"2026-11-20T12:00:00Z", s), ProblemType::Stalled));
    events << ev(SubStatus::DepartedHub, u"2026-11-20T12:30:00+01:00");
    QVERIFY(evaluate(events, u"2026-11-20T12:00:00Z", s).isEmpty());
    // Then silent again for long enough: stalled anew, counted from the new scan.
    const auto again = evaluate(events, u"2026-11-24T11:30:00Z", s);
    QVERIFY(find(again, ProblemType::Stalled));
    QCOMPARE(find(again, ProblemType::Stalled)->since, at(u"2026-11-24T11:30:00Z"));
}

namespace {

// A delivered UPS Standard parcel to Spain whose scan after the arrival in Spain came
// `gapHours` later (Monday 16 November 10:00 UTC, so no weekend in the first 100 hours).
ShipmentRecord deliveredToSpain(int gapHours)
{
    ShipmentRecord r;
    r.shipment.carrier = u"ups"_s;
    r.shipment.service = u"Standard"_s;
    r.shipment.countryCode = u"ES"_s;
    const QDateTime arrived(QDate(2026, 11, 16), QTime(10, 0), Qt::UTC);
    TrackingEvent arrival;
    arrival.occurredAt = arrived;
    arrival.subStatus = SubStatus::ArrivedInDestinationCountry;
    TrackingEvent next = arrival;
    next.occurredAt = arrived.addSecs(gapHours * 3600);
    next.subStatus = SubStatus::ArrivedAtHub;
    TrackingEvent delivered = next;
    delivered.occurredAt = next.occurredAt.addSecs(3600);
    delivered.subStatus = SubStatus::Delivered;
    r.events = {arrival, next, delivered};
    return r;
}

} // namespace

void TestProblemEngine::stalledWaitsForTheLearnedGap()
{
    // 97 of 100 parcels were scanned again within 70 working hours of arriving in Spain (a
    // skipped hub scan is common there), 3 took 100.
    auto norms = std::make_shared<ScanGapNorms>();
    for (int i = 0; i < 100; ++i)
        QVERIFY(norms->learn(deliveredToSpain(i < 50 ? 20 : i < 97 ? 70 : 100)));
    QCOMPARE(norms->learned(), 100);
    const ScanGapNorms::Norm norm = norms->after(u"ups"_s, u"Standard"_s, u"ES"_s, SubStatus::ArrivedInDestinationCountry, 0.97);
    QCOMPARE(norm.hours, 70);
    QCOMPARE(norm.parcels, 100);
    QVERIFY(norm.lane);
    // Another country of the same service falls back to the service's norm.
    QCOMPARE(norms->after(u"ups"_s, u"Standard"_s, u"PT"_s, SubStatus::ArrivedInDestinationCountry, 0.97).hours, 70);
    QVERIFY(!norms->after(u"ups"_s, u"Standard"_s, u"PT"_s, SubStatus::ArrivedInDestinationCountry, 0.97).lane);
    QVERIFY(!norms->after(u"ups"_s, u"Standard"_s, u"ES"_s, SubStatus::DepartedHub, 0.97).isValid());
    // As UPS's API names the service once polled: the same norm.
    QCOMPARE(norms->after(u"ups"_s, u"UPS Standard"_s, u"ES"_s, SubStatus::ArrivedInDestinationCountry, 0.97).parcels, 100);

    Shipment s;
    s.carrier = u"ups"_s;
    s.service = u"Standard"_s;
    s.countryCode = u"ES"_s;
    s.shipDate = QDate(2026, 11, 19);
    TrackingEvent arrival;
    arrival.id = 7;
    arrival.occurredAt = QDateTime(QDate(2026, 11, 23), QTime(10, 0), Qt::OffsetFromUTC, 3600); // Monday
    arrival.subStatus = SubStatus::ArrivedInDestinationCountry;
    const QList<TrackingEvent> events{arrival};
    const ProblemEngine learned(ProblemThresholds::defaults(), norms);
    const ProblemEngine plain;
    // UPS Standard's own threshold is 60 working hours: Wednesday 22:00 local.
    const QDateTime wednesday(QDate(2026, 11, 25), QTime(21, 0), Qt::UTC);
    QVERIFY(find(plain.evaluate(s, events, wednesday), ProblemType::Stalled));
    QVERIFY(learned.evaluate(s, events, wednesday).isEmpty());
    // 70 working hours: Thursday 08:00 local.
    QVERIFY(learned.evaluate(s, events, QDateTime(QDate(2026, 11, 26), QTime(6, 59), Qt::UTC)).isEmpty());
    const auto problems = learned.evaluate(s, events, QDateTime(QDate(2026, 11, 26), QTime(7, 0), Qt::UTC));
    QCOMPARE(types(problems), QList<ProblemType>{ProblemType::Stalled});
    QCOMPARE(problems.first().since, QDateTime(QDate(2026, 11, 26), QTime(7, 0), Qt::UTC));
    QVERIFY2(problems.first().evidence.contains(u"70 working hours"), qPrintable(problems.first().evidence));
    QVERIFY2(problems.first().evidence.contains(u"100 delivered"), qPrintable(problems.first().evidence));
    QVERIFY2(problems.first().evidence.contains(u"to ES"), qPrintable(problems.first().evidence));

    // Switched off in the thresholds, the norms are not used.
    ProblemThresholds off = ProblemThresholds::defaults();
    RuleThresholds base = off.base();
    base.stalledNormPercent = 0;
    off.setBase(base);
    QVERIFY(find(ProblemEngine(off, norms).evaluate(s, events, wednesday), ProblemType::Stalled));
    // A norm shorter than the threshold never shortens it.
    auto quick = std::make_shared<ScanGapNorms>();
    for (int i = 0; i < 30; ++i)
        quick->learn(deliveredToSpain(5));
    QVERIFY(ProblemEngine(ProblemThresholds::defaults(), quick).evaluate(s, events, wednesday.addSecs(-3600)).isEmpty());
    QVERIFY(find(ProblemEngine(ProblemThresholds::defaults(), quick).evaluate(s, events, wednesday), ProblemType::Stalled));
}

void TestProblemEngine::scanGapNormsFromBadHistory()
{
    ScanGapNorms norms;
    // No history: no norm, and the engine keeps to its thresholds (see above).
    QVERIFY(!norms.after(u"ups"_s, u"Standard"_s, u"ES"_s, SubStatus::ArrivedInDestinationCountry, 0.97).isValid());
    // Not delivered, or nothing at all: teaches nothing.
    ShipmentRecord undelivered = deliveredToSpain(20);
    undelivered.events.removeLast();
    QVERIFY(!norms.learn(undelivered));
    QVERIFY(!norms.learn(ShipmentRecord()));
    QCOMPARE(norms.learned(), 0);
    // Too few parcels: no norm yet.
    for (int i = 0; i < 19; ++i)
        norms.learn(deliveredToSpain(30));
    QVERIFY(!norms.after(u"ups"_s, u"Standard"_s, u"ES"_s, SubStatus::ArrivedInDestinationCountry, 0.97).isValid());
    // Events in any order, a repeat of a scan and one without a time count as the parcel's
    // real gaps; a gap of months lands in the longest bin instead of growing the table.
    ShipmentRecord messy = deliveredToSpain(30);
    std::reverse(messy.events.begin(), messy.events.end());
    TrackingEvent repeat = messy.events.last();
    repeat.occurredAt = repeat.occurredAt.addSecs(600);
    TrackingEvent timeless = repeat;
    timeless.occurredAt = QDateTime();
    messy.events << repeat << timeless;
    QVERIFY(norms.learn(messy));
    const ScanGapNorms::Norm norm = norms.after(u"ups"_s, u"Standard"_s, u"ES"_s, SubStatus::ArrivedInDestinationCountry, 0.97);
    QCOMPARE(norm.parcels, 20);
    QCOMPARE(norm.hours, 30);
    norms.learn(deliveredToSpain(24 * 90));
    QCOMPARE(norms.after(u"ups"_s, u"Standard"_s, u"ES"_s, SubStatus::ArrivedInDestinationCountry, 1.0).hours, 160);
    // Working time as the stalled rule counts it, the inverse of addWorkingSecs.
    const qint64 friday = QDateTime(QDate(2026, 11, 20), QTime(18, 0), Qt::UTC).toSecsSinceEpoch();
    QCOMPARE(WorkingTime::workingSecsBetween(friday, WorkingTime::addWorkingSecs(friday, 3600, 30 * 3600), 3600), 30 * 3600);
    QCOMPARE(WorkingTime::workingSecsBetween(friday, friday - 60, 3600), 0);
}

void TestProblemEngine::silenceAfterAFailedAttemptIsNoStall()
{
    // After a failed attempt the parcel waits for the next round or at a pickup point whose scan
    // is missing: the failed-attempt case says so, weeks of silence add no stall or loss.
    Shipment s = shipment();
    s.promisedDate = QDate();
    QList<TrackingEvent> events = start();
    events << ev(SubStatus::FailedAttempt, u"2026-11-17T11:00:00+01:00");
    QCOMPARE(types(evaluate(events, u"2026-12-20T12:00:00Z", s)), QList<ProblemType>{ProblemType::FailedAttempt});
}

void TestProblemEngine::lostAfterLongSilenceOrDeclared()
{
    Shipment s = shipment();
    s.promisedDate = QDate(2026, 12, 31);
    const QList<TrackingEvent> events = start();
    const auto silent = evaluate(events, u"2026-11-29T04:00:00Z", s); // 12 days after the last scan
    QCOMPARE(types(silent), (QList<ProblemType>{ProblemType::AtRisk, ProblemType::Lost}));
    QVERIFY(find(silent, ProblemType::Lost));
    QCOMPARE(find(silent, ProblemType::Lost)->rule, u"lost.silence"_s);
    QVERIFY(find(silent, ProblemType::Lost));
    QCOMPARE(find(silent, ProblemType::Lost)->since, at(u"2026-11-29T04:00:00Z"));
    QVERIFY(find(silent, ProblemType::Lost)->fromSilence && find(silent, ProblemType::AtRisk)->fromSilence);
    QCOMPARE(types(evaluate(events, u"2026-11-29T03:59:00Z", s)), QList<ProblemType>{ProblemType::Stalled});
    QVERIFY2(find(silent, ProblemType::Lost)->evidence.contains(u"threshold for dhl Paket: 12 days"), qPrintable(find(silent, ProblemType::Lost)->evidence));
    Shipment noService = s;
    noService.service.clear();
    const auto unnamed = evaluate(events, u"2026-11-29T04:00:00Z", noService);
    QVERIFY2(find(unnamed, ProblemType::Lost)->evidence.contains(u"threshold for dhl: 12 days"), qPrintable(find(unnamed, ProblemType::Lost)->evidence));

    // Last seen out for delivery: more likely delivered unscanned. With a promise, the late rule
    // speaks for it; without one, flagged only after the long silence, as unconfirmed.
    QList<TrackingEvent> onTheVan = events;
    onTheVan << ev(SubStatus::OutForDelivery, u"2026-11-17T08:00:00+01:00");
    QVERIFY(evaluate(onTheVan, u"2026-11-25T08:00:00Z", s).isEmpty());
    QVERIFY(evaluate(onTheVan, u"2026-11-29T07:00:00Z", s).isEmpty());
    Shipment unpromised = s;
    unpromised.promisedDate = QDate();
    const auto unconfirmed = evaluate(onTheVan, u"2026-11-29T07:00:00Z", unpromised);
    QVERIFY(find(unconfirmed, ProblemType::Stalled));
    QCOMPARE(find(unconfirmed, ProblemType::Stalled)->rule, u"stalled.no_delivery_confirmation"_s);
    QVERIFY(!find(unconfirmed, ProblemType::Lost));
    // On the way back, silence is a stall but never a loss: the final "returned" scan is often missing.
    QList<TrackingEvent> returning = events;
    returning << ev(SubStatus::ReturningToSender, u"2026-11-17T08:00:00+01:00");
    const auto back = evaluate(returning, u"2026-12-20T07:00:00Z", s);
    QVERIFY(find(back, ProblemType::Stalled));
    QVERIFY(!find(back, ProblemType::Lost));
    // So does a refused parcel, even when its return is never scanned.
    QList<TrackingEvent> refused = events;
    refused << ev(SubStatus::Refused, u"2026-11-17T10:00:00+01:00");
    const auto refusedLater = evaluate(refused, u"2026-12-20T07:00:00Z", s);
    QVERIFY(find(refusedLater, ProblemType::Refused));
    QVERIFY(find(refusedLater, ProblemType::Stalled));
    QVERIFY(!find(refusedLater, ProblemType::Lost));
    // A delay notice is no progress: the silence counts from the scan before it.
    QList<TrackingEvent> delayed = events;
    delayed << ev(SubStatus::CarrierDelay, u"2026-11-19T08:00:00+01:00");
    const auto stuck = evaluate(delayed, u"2026-11-19T08:00:00Z", s);
    QVERIFY(find(stuck, ProblemType::Stalled));
    QCOMPARE(find(stuck, ProblemType::Stalled)->since, at(u"2026-11-19T04:00:00Z"));

    QList<TrackingEvent> declared = events;
    declared << ev(SubStatus::Lost, u"2026-11-19T10:00:00+01:00");
    const auto problems = evaluate(declared, u"2026-11-19T10:00:00Z", s);
    QCOMPARE(types(problems), QList<ProblemType>{ProblemType::Lost});
    QCOMPARE(problems.first().rule, u"lost.declared"_s);
    // Found after all: a scan in transit after the declaration closes it.
    declared << ev(SubStatus::ArrivedAtHub, u"2026-11-20T10:00:00+01:00");
    QVERIFY(evaluate(declared, u"2026-11-20T10:00:00Z", s).isEmpty());
}

void TestProblemEngine::labelWithoutAnyScanStalls()
{
    // No scan at all: silence counts from noon of the ship date (Monday).
    const auto problems = evaluate({}, u"2026-11-18T13:00:00Z");
    // Not yet at risk: that comes from the promised day (no scan on it by 15:00), not from the stall.
    QCOMPARE(types(problems), QList<ProblemType>{ProblemType::Stalled});
    QVERIFY(find(problems, ProblemType::Stalled));
    QVERIFY(find(problems, ProblemType::Stalled)->evidence.contains(u"no scan at all"));
    QVERIFY(evaluate({}, u"2026-11-18T11:00:00Z").isEmpty());
}

void TestProblemEngine::lateAfterThePromisedDayAndGrace()
{
    QList<TrackingEvent> events = start();
    events << ev(SubStatus::ArrivedAtHub, u"2026-11-18T05:00:00+01:00");
    // Promised for Wednesday 18th in Berlin: late from Thursday 06:00 local (05:00 UTC) on.
    QVERIFY(!find(evaluate(events, u"2026-11-19T04:59:00Z"), ProblemType::Late));
    const auto late = evaluate(events, u"2026-11-19T05:00:00Z");
    QVERIFY(find(late, ProblemType::Late));
    QCOMPARE(find(late, ProblemType::Late)->since, at(u"2026-11-19T05:00:00Z"));
    QVERIFY(!find(late, ProblemType::AtRisk));
    // Delivered after all: the late case closes (the case history keeps it).
    events << ev(SubStatus::Delivered, u"2026-11-19T10:00:00+01:00");
    QVERIFY(evaluate(events, u"2026-11-19T10:00:00Z").isEmpty());
    // Out for delivery on the promised day and silent since: the delivery scan is probably on its
    // way, so late only 36 hours after the end of the day (noon of the day after next).
    QList<TrackingEvent> onTheVan = start();
    onTheVan << ev(SubStatus::OutForDelivery, u"2026-11-18T09:00:00+01:00");
    QVERIFY(!find(evaluate(onTheVan, u"2026-11-20T10:59:00Z"), ProblemType::Late));
    const auto unconfirmed = evaluate(onTheVan, u"2026-11-20T11:00:00Z");
    QVERIFY(find(unconfirmed, ProblemType::Late));
    QCOMPARE(find(unconfirmed, ProblemType::Late)->rule, u"late.unconfirmed_delivery"_s);
    // In summer time and another country: New York's end of day.
    Shipment us = shipment();
    us.countryCode = u"US"_s;
    us.promisedDate = QDate(2026, 7, 1);
    us.shipDate = QDate(2026, 6, 26);
    const QList<TrackingEvent> usEvents{ev(SubStatus::ArrivedAtHub, u"2026-07-01T05:00:00-04:00", u"New York, US"_s)};
    QVERIFY(!find(evaluate(usEvents, u"2026-07-02T09:59:00Z", us), ProblemType::Late));
    QVERIFY(find(evaluate(usEvents, u"2026-07-02T10:00:00Z", us), ProblemType::Late));
}

void TestProblemEngine::atRiskFromEstimateOrSilence()
{
    const QList<TrackingEvent> events = start();
    QVERIFY(evaluate(events, u"2026-11-17T06:00:00Z", shipment(), QDate(2026, 11, 18)).isEmpty());
    Shipment withCarrierDate = shipment();
    withCarrierDate.carrierEstimate = QDate(2026, 11, 19);
    const auto risk = evaluate(events, u"2026-11-17T06:00:00Z", withCarrierDate, withCarrierDate.carrierEstimate);
    QCOMPARE(types(risk), QList<ProblemType>{ProblemType::AtRisk});
    QCOMPARE(risk.first().rule, u"at_risk.estimate"_s);
    QVERIFY(!risk.first().fromSilence); // the carrier's date says so: no fresher poll would undo it
    QVERIFY(risk.first().evidence.contains(u"2026-11-19"));
    // A prediction from history: at risk only when even the early end of its window is too late.
    DeliveryEstimate predicted;
    predicted.source = DeliveryEstimate::Source::History;
    predicted.date = QDate(2026, 11, 19);
    predicted.earliest = QDate(2026, 11, 18);
    predicted.latest = QDate(2026, 11, 20);
    const ShipmentFacts facts = ShipmentFacts::build(shipment(), events, at(u"2026-11-17T06:00:00Z"), RuleThresholds{});
    const qint64 early = at(u"2026-11-17T06:00:00Z").toSecsSinceEpoch();
    QVERIFY(ProblemEngine().evaluate(facts, early, predicted).isEmpty());
    predicted.earliest = QDate(2026, 11, 19);
    const auto predictedRisk = ProblemEngine().evaluate(facts, early, predicted);
    QCOMPARE(types(predictedRisk), QList<ProblemType>{ProblemType::AtRisk});
    QVERIFY(predictedRisk.first().fromSilence); // a prediction moves later as days pass without news
    // Stalled the day before the promised day: a stall alone is not a broken promise (a skipped
    // scan looks the same); the promised day itself tells.
    Shipment s = shipment();
    s.promisedDate = QDate(2026, 11, 20);
    QCOMPARE(types(evaluate(events, u"2026-11-19T06:00:00Z", s)), QList<ProblemType>{ProblemType::Stalled});
    QCOMPARE(types(evaluate(events, u"2026-11-20T14:00:00Z", s)), (QList<ProblemType>{ProblemType::AtRisk, ProblemType::Stalled}));
    // Presumed lost before the promised day: at risk from the silence.
    s.promisedDate = QDate(2026, 12, 10);
    const auto lost = evaluate(events, u"2026-11-29T05:00:00Z", s);
    QCOMPARE(types(lost), (QList<ProblemType>{ProblemType::AtRisk, ProblemType::Lost}));
    QCOMPARE(find(lost, ProblemType::AtRisk)->rule, u"at_risk.silence"_s);
    QCOMPARE(find(lost, ProblemType::AtRisk)->since, find(lost, ProblemType::Lost)->since);
}

void TestProblemEngine::atRiskWhenNotScannedOnThePromisedDay()
{
    // Promised for Wednesday 18th, last scanned in Berlin on Tuesday: by 15:00 on Wednesday a
    // parcel still arriving that day has been scanned that day.
    QList<TrackingEvent> events = start();
    QVERIFY(evaluate(events, u"2026-11-18T13:59:00Z").isEmpty());
    const auto risk = evaluate(events, u"2026-11-18T14:00:00Z");
    QCOMPARE(types(risk), QList<ProblemType>{ProblemType::AtRisk});
    QCOMPARE(risk.first().rule, u"at_risk.promised_day"_s);
    QCOMPARE(risk.first().since, at(u"2026-11-18T14:00:00Z"));
    // Scanned that morning: on its way as it should be.
    QList<TrackingEvent> morning = events;
    morning << ev(SubStatus::ArrivedAtHub, u"2026-11-18T04:30:00+01:00");
    QVERIFY(evaluate(morning, u"2026-11-18T16:00:00Z").isEmpty());
    // Scanned that day, but at a hub after the vans had left: it goes out tomorrow at the
    // earliest, so the warning stays, unbroken, and says why.
    QList<TrackingEvent> afternoon = events;
    afternoon << ev(SubStatus::ArrivedAtHub, u"2026-11-18T16:10:00+01:00", u"Leipzig, DE"_s);
    const auto stillAtRisk = evaluate(afternoon, u"2026-11-18T16:00:00Z");
    QCOMPARE(types(stillAtRisk), QList<ProblemType>{ProblemType::AtRisk});
    QCOMPARE(stillAtRisk.first().rule, u"at_risk.promised_day"_s);
    QCOMPARE(stillAtRisk.first().since, at(u"2026-11-18T14:00:00Z"));
    QVERIFY2(stillAtRisk.first().evidence.contains(u"not out for delivery by 2026-11-18 15:00"), qPrintable(stillAtRisk.first().evidence));
    // ... but out for delivery that afternoon it may still arrive (a late round, a late scan).
    afternoon << ev(SubStatus::OutForDelivery, u"2026-11-18T16:40:00+01:00");
    QVERIFY(evaluate(afternoon, u"2026-11-18T16:00:00Z").isEmpty());
    // On the van the day before: a missing delivery scan is likelier than a delay.
    QList<TrackingEvent> onTheVan = events;
    onTheVan << ev(SubStatus::OutForDelivery, u"2026-11-17T08:00:00+01:00");
    QVERIFY(evaluate(onTheVan, u"2026-11-18T16:00:00Z").isEmpty());
    // At a pickup point: collections go on all day, so only from 20:00.
    QList<TrackingEvent> pickup = events;
    pickup << ev(SubStatus::AvailableForPickup, u"2026-11-17T11:00:00+01:00");
    QVERIFY(!find(evaluate(pickup, u"2026-11-18T18:59:00Z"), ProblemType::AtRisk));
    QVERIFY(find(evaluate(pickup, u"2026-11-18T19:00:00Z"), ProblemType::AtRisk));
    // A failed attempt on the promised day itself: the next one comes a day later at the earliest.
    QList<TrackingEvent> failed = morning;
    failed << ev(SubStatus::OutForDelivery, u"2026-11-18T08:00:00+01:00") << ev(SubStatus::FailedAttempt, u"2026-11-18T11:00:00+01:00");
    const auto held = evaluate(failed, u"2026-11-18T10:30:00Z");
    QCOMPARE(types(held), (QList<ProblemType>{ProblemType::AtRisk, ProblemType::FailedAttempt}));
    QCOMPARE(find(held, ProblemType::AtRisk)->rule, u"at_risk.held_on_promised_day"_s);
    QCOMPARE(find(held, ProblemType::AtRisk)->since, at(u"2026-11-18T10:00:00Z"));
    // Left at a pickup point on the promised day: often collected that evening, so a risk only
    // once 20:00 has passed without a collection, and since then.
    QList<TrackingEvent> droppedThatDay = morning;
    droppedThatDay << ev(SubStatus::AvailableForPickup, u"2026-11-18T11:00:00+01:00");
    QVERIFY(!find(evaluate(droppedThatDay, u"2026-11-18T18:59:00Z"), ProblemType::AtRisk));
    const auto uncollected = evaluate(droppedThatDay, u"2026-11-18T19:00:00Z");
    QVERIFY(find(uncollected, ProblemType::AtRisk));
    QCOMPARE(find(uncollected, ProblemType::AtRisk)->rule, u"at_risk.held_on_promised_day"_s);
    QCOMPARE(find(uncollected, ProblemType::AtRisk)->since, at(u"2026-11-18T19:00:00Z"));
    QVERIFY2(find(uncollected, ProblemType::AtRisk)->evidence.contains(u"not collected by 2026-11-18 20:00"),
             qPrintable(find(uncollected, ProblemType::AtRisk)->evidence));
    droppedThatDay << ev(SubStatus::CollectedFromPickupPoint, u"2026-11-18T18:00:00+01:00");
    QVERIFY(evaluate(droppedThatDay, u"2026-11-18T19:00:00Z").isEmpty());
    // Taken there after a failed attempt that day: the risk goes on from the attempt, unbroken.
    QList<TrackingEvent> afterAttempt = failed;
    afterAttempt << ev(SubStatus::AvailableForPickup, u"2026-11-18T15:00:00+01:00");
    const auto stillHeld = evaluate(afterAttempt, u"2026-11-18T14:30:00Z");
    QVERIFY(find(stillHeld, ProblemType::AtRisk));
    QCOMPARE(find(stillHeld, ProblemType::AtRisk)->since, at(u"2026-11-18T10:00:00Z"));
    QVERIFY2(find(stillHeld, ProblemType::AtRisk)->evidence.contains(u"failed and the parcel was left at a pickup point"),
             qPrintable(find(stillHeld, ProblemType::AtRisk)->evidence));
    // The day before, it leaves time for the second attempt.
    QList<TrackingEvent> failedBefore = events;
    failedBefore << ev(SubStatus::FailedAttempt, u"2026-11-17T11:00:00+01:00");
    QVERIFY(!find(evaluate(failedBefore, u"2026-11-17T12:00:00Z"), ProblemType::AtRisk));
    // Configurable per carrier like every threshold.
    ProblemThresholds thresholds = ProblemThresholds::defaults();
    QStringList errors;
    QVERIFY(thresholds.setOverride(u"dhl"_s, QJsonObject{{u"promised_day_scan_hour"_s, 11}}, &errors));
    QVERIFY(find(ProblemEngine(thresholds).evaluate(shipment(), events, at(u"2026-11-18T10:00:00Z")), ProblemType::AtRisk));
}

void TestProblemEngine::returnedParcelIsNotLate()
{
    QList<TrackingEvent> events = start();
    events << ev(SubStatus::Refused, u"2026-11-17T11:00:00+01:00");
    QVERIFY(!find(evaluate(events, u"2026-11-20T12:00:00Z"), ProblemType::Late)); // refused: nobody waits for it
    events << ev(SubStatus::ReturningToSender, u"2026-11-17T15:00:00+01:00");
    QVERIFY(!find(evaluate(events, u"2026-11-20T12:00:00Z"), ProblemType::Late));
}

void TestProblemEngine::duplicatesCountOnce()
{
    QList<TrackingEvent> events = start();
    const TrackingEvent attempt = ev(SubStatus::FailedAttempt, u"2026-11-17T11:00:00+01:00");
    TrackingEvent rescan = attempt;
    rescan.id = nextId++;
    rescan.occurredAt = rescan.occurredAt.addSecs(10 * 60); // scanned again ten minutes later
    events << attempt << attempt << rescan;
    const Shipment s = shipment();
    const ShipmentFacts facts = ShipmentFacts::build(s, events, at(u"2026-11-17T12:00:00Z"), RuleThresholds{});
    QCOMPARE(facts.usableEvents, 5);
    QCOMPARE(facts.notes.size(), 2);
    QVERIFY(facts.notes.first().setAside);
    QVERIFY2(facts.notes.first().reason.contains(u"repeats"), qPrintable(facts.notes.first().reason));
    const auto problems = ProblemEngine().evaluate(facts, at(u"2026-11-17T12:00:00Z"));
    QCOMPARE(problems.size(), 1);
    QVERIFY(problems.first().evidence.contains(u"1 failed"));
}

void TestProblemEngine::orderDoesNotMatter()
{
    QList<TrackingEvent> events = start();
    events << ev(SubStatus::FailedAttempt, u"2026-11-17T11:00:00+01:00") << ev(SubStatus::AvailableForPickup, u"2026-11-17T15:00:00+01:00")
           << ev(SubStatus::PickupFinalNotice, u"2026-11-22T09:00:00+01:00") << ev(SubStatus::FailedAttempt, u"2026-11-17T11:05:00+01:00");
    const auto expected = evaluate(events, u"2026-11-23T12:00:00Z");
    QRandomGenerator random(7);
    for (int round = 0; round < 20; ++round) {
        QList<TrackingEvent> shuffled = events;
        std::shuffle(shuffled.begin(), shuffled.end(), random);
        QCOMPARE(evaluate(shuffled, u"2026-11-23T12:00:00Z"), expected);
    }
}

void TestProblemEngine::impossibleEventsAreSetAsideWithReasons()
{
    QList<TrackingEvent> events = start();
    TrackingEvent noTime = ev(SubStatus::Damaged, u"");
    const TrackingEvent future = ev(SubStatus::Refused, u"2026-11-25T10:00:00+01:00");
    const TrackingEvent beforeShip = ev(SubStatus::Lost, u"2026-10-01T10:00:00+01:00");
    const TrackingEvent deliveredEarly = ev(SubStatus::Delivered, u"2026-11-16T10:00:00+01:00");
    events << noTime << future << beforeShip << deliveredEarly;
    const QDateTime now = at(u"2026-11-17T10:00:00Z");
    const ShipmentFacts facts = ShipmentFacts::build(shipment(), events, now, RuleThresholds{});
    QCOMPARE(facts.notes.size(), 4);
    QStringList reasons;
    for (const EventNote &note : facts.notes) {
        QVERIFY(note.setAside);
        QCOMPARE(events.at(note.index).id, note.eventId);
        reasons << note.reason;
    }
    const QString all = reasons.join(u'\n');
    QVERIFY2(all.contains(u"no valid time"), qPrintable(all));
    QVERIFY2(all.contains(u"later than now"), qPrintable(all));
    QVERIFY2(all.contains(u"before the ship date 2026-11-16"), qPrintable(all));
    QVERIFY2(all.contains(u"delivered before the parcel was first scanned in transit"), qPrintable(all));
    // None of them opens or closes anything.
    QVERIFY(ProblemEngine().evaluate(facts, now).isEmpty());
}

void TestProblemEngine::missingZoneIsUsedWithACaveat()
{
    QList<TrackingEvent> events = start();
    TrackingEvent local = ev(SubStatus::FailedAttempt, u"2026-11-17T11:00:00");
    local.occurredAt.setTimeSpec(Qt::LocalTime);
    events << local;
    const ShipmentFacts facts = ShipmentFacts::build(shipment(), events, at(u"2026-11-17T12:00:00Z"), RuleThresholds{});
    QCOMPARE(facts.notes.size(), 1);
    QVERIFY(!facts.notes.first().setAside);
    QVERIFY(facts.notes.first().reason.contains(u"no time zone"));
    QVERIFY(facts.episode(ProblemType::FailedAttempt));
}

void TestProblemEngine::missingZoneIsReadAsUtcOnAnyMachine()
{
    // A console in Berlin and a poller in UTC must see the same cases from the same events
    // (found by the "problems" fuzzer run in Europe/Berlin: the time was read in the machine's zone).
    const MachineZone berlin("Europe/Berlin");
    QList<TrackingEvent> events = start();
    TrackingEvent local = ev(SubStatus::FailedAttempt, u"2026-11-17T11:00:00");
    local.occurredAt.setTimeSpec(Qt::LocalTime);
    events << local;
    const ShipmentFacts facts = ShipmentFacts::build(shipment(), events, at(u"2026-11-17T12:00:00Z"), RuleThresholds{});
    const OpenEpisode *attempt = facts.episode(ProblemType::FailedAttempt);
    QVERIFY(attempt);
    QCOMPARE(QDateTime::fromSecsSinceEpoch(attempt->at, Qt::UTC), at(u"2026-11-17T11:00:00Z"));
    QCOMPARE(attempt->offsetSecs, 0);
    QCOMPARE(QDateTime::fromSecsSinceEpoch(facts.lastProgressAt, Qt::UTC), at(u"2026-11-17T11:00:00Z"));
    QCOMPARE(facts.lastProgressOffsetSecs, 0);
    // The scan gaps learned from the history read them the same way: 10 hours from an arrival
    // given without a zone at 10:00 to a hub scan at 20:00 UTC, not 15 as New York would have it.
    const MachineZone newYork("America/New_York");
    auto norms = std::make_shared<ScanGapNorms>();
    for (int i = 0; i < 20; ++i) {
        ShipmentRecord r = deliveredToSpain(10);
        r.events[0].occurredAt = QDateTime(QDate(2026, 11, 16), QTime(10, 0), Qt::LocalTime);
        QVERIFY(norms->learn(r));
    }
    QCOMPARE(norms->after(u"ups"_s, u"Standard"_s, u"ES"_s, SubStatus::ArrivedInDestinationCountry, 0.97).hours, 10);
}

void TestProblemEngine::lateScanOfAnEarlierStepDoesNotReopen()
{
    // Delivered, then the hub scan of two days before arrives late: nothing reopens.
    QList<TrackingEvent> events = start();
    events << ev(SubStatus::FailedAttempt, u"2026-11-17T11:00:00+01:00") << ev(SubStatus::Delivered, u"2026-11-18T11:00:00+01:00");
    QVERIFY(evaluate(events, u"2026-11-18T12:00:00Z").isEmpty());
    events << ev(SubStatus::ArrivedAtHub, u"2026-11-17T04:00:00+01:00", u"Potsdam, DE"_s);
    QVERIFY(evaluate(events, u"2026-11-18T12:00:00Z").isEmpty());
    // A transit scan with a wrong clock after the delivery does not make it undelivered either.
    events << ev(SubStatus::DepartedHub, u"2026-11-18T13:00:00+01:00", u"Potsdam, DE"_s);
    QVERIFY(evaluate(events, u"2026-11-30T12:00:00Z").isEmpty());
}

void TestProblemEngine::thresholdsPerCarrierAndService()
{
    ProblemThresholds thresholds = ProblemThresholds::defaults();
    QStringList errors;
    QVERIFY(thresholds.setOverride(u"dhl"_s, {{u"stalled_hours"_s, 24}}, &errors));
    QVERIFY(thresholds.setOverride(u"dhl/Paket International"_s, {{u"stalled_hours"_s, 96}}, &errors));
    QVERIFY(errors.isEmpty());
    QCOMPARE(thresholds.forShipment(u"dhl"_s, u"Paket"_s).stalledHours, 24);
    QCOMPARE(thresholds.forShipment(u"dhl"_s, u"Paket"_s).pickupHoldDays, 7); // the carrier's default stays
    QCOMPARE(thresholds.forShipment(u"dhl"_s, u"Paket International"_s).stalledHours, 96);
    QCOMPARE(thresholds.forShipment(u"ups"_s, u"Express"_s).stalledHours, 48);
    QCOMPARE(thresholds.forShipment(u"ups"_s, u"Standard"_s).stalledHours, 60); // a default override, kept
    QCOMPARE(thresholds.forShipment(u"acme"_s, u"x"_s), RuleThresholds{});
    // The carriers' APIs name services their own way ("FedEx International Economy", "DPD
    // CLASSIC"); the overrides hold for every spelling, as the shop's import does.
    QCOMPARE(thresholds.forShipment(u"fedex"_s, u"FedEx International Economy"_s).stalledHours, 72);
    QCOMPARE(thresholds.forShipment(u"dpd"_s, u"DPD CLASSIC"_s).stalledHours, 60);
    QCOMPARE(thresholds.forShipment(u"ups"_s, u" UPS Standard"_s).stalledHours, 60);
    QCOMPARE(thresholds.forShipment(u"dhl"_s, u"DHL Paket International"_s).stalledHours, 96);
    QCOMPARE(thresholds.forShipment(u"dhl"_s, u"DHL Paket"_s).stalledHours, 24); // not "Paket International"
    QCOMPARE(thresholds.forShipment(u"ups"_s, u"UPS Standardized"_s).stalledHours, 48);
    // An override in the API's spelling changes the same service, and the value set last wins.
    QVERIFY(thresholds.setOverride(u"dpd/DPD CLASSIC"_s, {{u"stalled_hours"_s, 30}}, &errors));
    QCOMPARE(thresholds.forShipment(u"dpd"_s, u"Classic"_s).stalledHours, 30);
    QVERIFY(thresholds.setOverride(u"dpd/classic"_s, {{u"lost_days"_s, 9}}, &errors));
    QCOMPARE(thresholds.forShipment(u"dpd"_s, u"DPD Classic"_s).stalledHours, 30);
    QCOMPARE(thresholds.forShipment(u"dpd"_s, u"DPD Classic"_s).lostDays, 9);
    QCOMPARE(thresholds.toJson().value(u"overrides").toObject().keys().count(u"dpd/Classic"_s), 1);
    QVERIFY(!thresholds.toJson().value(u"overrides").toObject().contains(u"dpd/DPD CLASSIC"_s));

    // The engine follows: 24 working hours after Monday 19:00 is Tuesday 19:00.
    const ProblemEngine engine(thresholds);
    QList<TrackingEvent> events = start();
    events.removeLast();
    QVERIFY(find(engine.evaluate(shipment(), events, at(u"2026-11-17T18:00:00Z")), ProblemType::Stalled));
    QVERIFY(ProblemEngine().evaluate(shipment(), events, at(u"2026-11-17T18:00:00Z")).isEmpty());
    QVERIFY(!thresholds.setOverride(u"dhl"_s, {{u"stalled_hours"_s, -1}}, &errors));
    QCOMPARE(thresholds.forShipment(u"dhl"_s, u"Paket"_s).stalledHours, 24);
}

void TestProblemEngine::thresholdsJsonRoundTripAndErrors()
{
    ProblemThresholds thresholds = ProblemThresholds::defaults();
    QStringList errors;
    RuleThresholds base;
    base.lostDays = 14;
    thresholds.setBase(base);
    QVERIFY(thresholds.setOverride(u"gls/BusinessParcel"_s, {{u"stalled_hours"_s, 60}}, &errors));
    const ProblemThresholds back = ProblemThresholds::fromJson(thresholds.toJson(), &errors);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
    QCOMPARE(back.toJson(), thresholds.toJson());
    QCOMPARE(back.forShipment(u"gls"_s, u"BusinessParcel"_s).stalledHours, 60);
    QCOMPARE(back.forShipment(u"gls"_s, u"BusinessParcel"_s).pickupHoldDays, 10);
    QCOMPARE(back.forShipment(u"gls"_s, u"BusinessParcel"_s).lostDays, 14);

    const QJsonObject bad = QJsonDocument::fromJson(R"({"defaults": {"stalled_hours": "two", "lost_days": 12,
        "pickup_hold_days": 1e300, "stalled_norm_percent": 101, "duplicate_minutes": 2.5},
        "overrides": {"ups": {"stalled_hourz": 3, "late_grace_hours": 2}, "a/b/c": {}, "dpd": 5}, "extra": 1})").object();
    errors.clear();
    const ProblemThresholds read = ProblemThresholds::fromJson(bad, &errors);
    const QString all = errors.join(u'\n');
    QCOMPARE(errors.size(), 8);
    QVERIFY2(all.contains(u"defaults.stalled_hours: \"two\" is not a whole number from 1 to 10000"), qPrintable(all));
    QVERIFY2(all.contains(u"defaults.pickup_hold_days: 1e+300 is not a whole number from 1 to 10000"), qPrintable(all));
    QVERIFY2(all.contains(u"defaults.stalled_norm_percent: 101 is not a whole number from 0 to 100"), qPrintable(all));
    QVERIFY2(all.contains(u"defaults.duplicate_minutes: 2.5 is not a whole number from 0 to 10000"), qPrintable(all));
    QVERIFY2(all.contains(u"overrides.ups.stalled_hourz: unknown threshold"), qPrintable(all));
    QVERIFY2(all.contains(u"overrides.a/b/c"), qPrintable(all));
    QVERIFY2(all.contains(u"overrides.dpd: not an object"), qPrintable(all));
    QVERIFY2(all.contains(u"extra: unknown section"), qPrintable(all));
    // Every usable value is kept.
    QCOMPARE(read.base().lostDays, 12);
    QCOMPARE(read.base().stalledHours, 48);
    QCOMPARE(read.base().pickupHoldDays, ProblemThresholds::defaults().base().pickupHoldDays);
    QCOMPARE(read.base().stalledNormPercent, 97);
    QCOMPARE(read.forShipment(u"ups"_s, u"Standard"_s).lateGraceHours, 2);
}

void TestProblemEngine::realCarrierSamples()
{
    const CarrierRegistry carriers;
    auto parse = [&](const QString &carrier, const QString &file) {
        QFile f(QStringLiteral(SHIPDECK_TEST_DATA_DIR) + u"/carriers/"_s + carrier + u'/' + file);
        if (!f.open(QIODevice::ReadOnly))
            qFatal("cannot read %s", qPrintable(f.fileName()));
        return carriers.adapter(carrier)->parseTrackResponse(f.readAll(), 200, {}).shipments;
    };
    auto problemsOf = [](const TrackedShipment &tracked, const QDateTime &now) {
        Shipment s;
        s.carrier = u"fedex"_s;
        s.service = tracked.service;
        s.carrierEstimate = tracked.carrierEstimate;
        return ProblemEngine().evaluate(s, tracked.events, now, tracked.carrierEstimate);
    };
    const auto fedex = parse(u"fedex"_s, u"journey_failed_attempt_pickup_refused_return.json"_s);
    QCOMPARE(fedex.size(), 2);
    // Address problem fixed, attempt failed, then left at a FedEx location.
    const auto first = problemsOf(fedex.at(0), at(u"2026-11-06T20:00:00Z"));
    QCOMPARE(types(first), QList<ProblemType>{ProblemType::WaitingAtPickupPoint});
    const auto second = problemsOf(fedex.at(1), at(u"2026-11-06T20:00:00Z"));
    QCOMPARE(types(second), (QList<ProblemType>{ProblemType::Refused, ProblemType::ReturnedToSender}));

    const auto dhl = parse(u"dhl"_s, u"german_journey_neighbour.json"_s);
    QCOMPARE(dhl.size(), 1);
    QCOMPARE(types(problemsOf(dhl.first(), at(u"2026-11-06T20:00:00Z"))), QList<ProblemType>{ProblemType::DeliveredToNeighbour});
}

QTEST_GUILESS_MAIN(TestProblemEngine)
#include "tst_problemengine.moc"
