#include "tracking/pollschedule.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestPollSchedule : public QObject
{
    Q_OBJECT

private slots:
    void intervalsFollowTheStatus_data();
    void intervalsFollowTheStatus();
    void finalShipmentsAreNotPolledAgain();
    void silentParcelsLessOftenButStill();
    void givesUpAfterTwoSilentMonths();
    void dueTodayDuringDeliveryHours();
};

namespace {
const QDateTime now(QDate(2026, 11, 25), QTime(12, 0), Qt::UTC);

Shipment shipmentWith(SubStatus sub, qint64 lastEventSecsAgo)
{
    Shipment s;
    s.subStatus = sub;
    s.shipDate = now.date().addDays(-2);
    s.lastEventAt = now.addSecs(-lastEventSecsAgo);
    return s;
}
} // namespace

void TestPollSchedule::intervalsFollowTheStatus_data()
{
    QTest::addColumn<SubStatus>("sub");
    QTest::addColumn<qint64>("expectedSecs");
    const PollSchedule::Intervals i;
    QTest::newRow("out for delivery") << SubStatus::OutForDelivery << i.outForDeliverySecs;
    QTest::newRow("failed attempt") << SubStatus::FailedAttempt << i.attentionSecs;
    QTest::newRow("customs") << SubStatus::CustomsHold << i.attentionSecs;
    QTest::newRow("in transit") << SubStatus::ArrivedAtHub << i.inTransitSecs;
    QTest::newRow("label only") << SubStatus::InfoReceived << i.waitingSecs;
    QTest::newRow("at pickup point") << SubStatus::AvailableForPickup << i.waitingSecs;
}

void TestPollSchedule::intervalsFollowTheStatus()
{
    QFETCH(SubStatus, sub);
    QFETCH(qint64, expectedSecs);
    const auto next = PollSchedule().nextPoll(shipmentWith(sub, 3600), now);
    QVERIFY(next);
    QCOMPARE(now.secsTo(*next), expectedSecs);
}

void TestPollSchedule::finalShipmentsAreNotPolledAgain()
{
    for (SubStatus sub : {SubStatus::Delivered, SubStatus::DeliveredToNeighbour, SubStatus::ReturnedToSender, SubStatus::Lost})
        QVERIFY(!PollSchedule().nextPoll(shipmentWith(sub, 60), now));
    QVERIFY(PollSchedule().nextPoll(shipmentWith(SubStatus::ReturningToSender, 60), now));
}

void TestPollSchedule::silentParcelsLessOftenButStill()
{
    const PollSchedule schedule;
    const auto next = schedule.nextPoll(shipmentWith(SubStatus::InTransit, 5 * 24 * 3600), now);
    QVERIFY(next);
    QCOMPARE(now.secsTo(*next), schedule.intervals().silentSecs);
    QVERIFY(schedule.intervals().silentSecs > schedule.intervals().inTransitSecs);
}

void TestPollSchedule::givesUpAfterTwoSilentMonths()
{
    Shipment s = shipmentWith(SubStatus::InTransit, 61LL * 24 * 3600);
    s.shipDate = now.date().addDays(-70);
    QVERIFY(!PollSchedule().nextPoll(s, now));
    s.shipDate = now.date().addDays(-5); // a re-used label: the ship date is recent, keep asking
    QVERIFY(PollSchedule().nextPoll(s, now));
}

void TestPollSchedule::dueTodayDuringDeliveryHours()
{
    const PollSchedule schedule;
    Shipment s = shipmentWith(SubStatus::ArrivedAtHub, 3600);
    s.countryCode = u"DE"_s;
    s.promisedDate = now.date();
    const auto after = [&](const QDateTime &at) { return at.secsTo(*schedule.nextPoll(s, at)); };
    QCOMPARE(after(now), schedule.intervals().dueTodaySecs); // 13:00 in Berlin
    QVERIFY(schedule.intervals().dueTodaySecs < schedule.intervals().inTransitSecs);
    // Before 06:00 and from 20:00 in the destination, no van is out.
    QCOMPARE(after(QDateTime(now.date(), QTime(4, 30), Qt::UTC)), schedule.intervals().inTransitSecs);  // 05:30 in Berlin
    QCOMPARE(after(QDateTime(now.date(), QTime(5, 0), Qt::UTC)), schedule.intervals().dueTodaySecs);    // 06:00
    QCOMPARE(after(QDateTime(now.date(), QTime(19, 0), Qt::UTC)), schedule.intervals().inTransitSecs);  // 20:00
    // In New York it is 07:00 at noon UTC, and 17:00 UTC is still the afternoon there.
    s.countryCode = u"US"_s;
    QCOMPARE(after(QDateTime(now.date(), QTime(22, 0), Qt::UTC)), schedule.intervals().dueTodaySecs);
    // The carrier's own date wins over the shop's promise.
    s.countryCode = u"DE"_s;
    s.carrierEstimate = now.date().addDays(1);
    QCOMPARE(after(now), schedule.intervals().inTransitSecs);
    s.carrierEstimate = now.date();
    s.promisedDate = now.date().addDays(-1);
    QCOMPARE(after(now), schedule.intervals().dueTodaySecs);
    // Out for delivery is polled more often still; a destination unknown: as in transit.
    s.subStatus = SubStatus::OutForDelivery;
    QCOMPARE(after(now), schedule.intervals().outForDeliverySecs);
    s.subStatus = SubStatus::ArrivedAtHub;
    s.countryCode.clear();
    QCOMPARE(after(now), schedule.intervals().inTransitSecs);
}

QTEST_APPLESS_MAIN(TestPollSchedule)
#include "tst_pollschedule.moc"
