#include "model/status.h"

#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

class TestStatus : public QObject
{
    Q_OBJECT

private slots:
    void everySubStatusBelongsToOneStatus();
    void keysRoundTripAndAreUnique();
    void statusKeysAreAfterShipTags();
    void afterShipSubtags_data();
    void afterShipSubtags();
    void everyPublishedSubtagMaps();
    void unknownTagsDoNotMap();
    void finalAndProblemClassification();
};

void TestStatus::everySubStatusBelongsToOneStatus()
{
    for (int s = 0; s < StatusCount; ++s) {
        const Status status = Status(s);
        QCOMPARE(Taxonomy::statusOf(Taxonomy::defaultSubStatus(status)), status);
        QVERIFY(!Taxonomy::statusLabel(status).isEmpty());
    }
    for (int i = 0; i < SubStatusCount; ++i)
        QVERIFY(!Taxonomy::subStatusLabel(SubStatus(i)).isEmpty());
}

void TestStatus::keysRoundTripAndAreUnique()
{
    QSet<QString> keys;
    for (int i = 0; i < SubStatusCount; ++i) {
        const QString key = Taxonomy::subStatusKey(SubStatus(i));
        QVERIFY2(!keys.contains(key), qPrintable(key));
        keys.insert(key);
        QCOMPARE(Taxonomy::subStatusFromKey(key), std::optional<SubStatus>(SubStatus(i)));
    }
    QCOMPARE(Taxonomy::subStatusFromKey(u"teleported"_s), std::nullopt);
    QCOMPARE(Taxonomy::statusFromKey(u"Exception"_s), std::optional<Status>(Status::Exception));
    QCOMPARE(Taxonomy::statusFromKey(u"exception"_s), std::nullopt); // keys are exact
}

void TestStatus::statusKeysAreAfterShipTags()
{
    const QStringList tags{u"Pending"_s, u"InfoReceived"_s, u"InTransit"_s, u"OutForDelivery"_s, u"AttemptFail"_s,
                           u"Delivered"_s, u"AvailableForPickup"_s, u"Exception"_s, u"Expired"_s};
    QCOMPARE(tags.size(), StatusCount);
    for (int s = 0; s < StatusCount; ++s)
        QCOMPARE(Taxonomy::statusKey(Status(s)), tags[s]);
}

void TestStatus::afterShipSubtags_data()
{
    QTest::addColumn<QString>("tag");
    QTest::addColumn<QString>("subtag");
    QTest::addColumn<SubStatus>("expected");
    QTest::newRow("arrived in destination country") << u"InTransit"_s << u"InTransit_004"_s << SubStatus::ArrivedInDestinationCountry;
    QTest::newRow("customs cleared") << u"InTransit"_s << u"InTransit_005"_s << SubStatus::CustomsCleared;
    QTest::newRow("picked up by customer") << u"Delivered"_s << u"Delivered_002"_s << SubStatus::CollectedFromPickupPoint;
    QTest::newRow("neighbour") << u"Delivered"_s << u"Delivered_005"_s << SubStatus::DeliveredToNeighbour;
    QTest::newRow("refused") << u"Exception"_s << u"Exception_003"_s << SubStatus::Refused;
    QTest::newRow("returning") << u"Exception"_s << u"Exception_010"_s << SubStatus::ReturningToSender;
    QTest::newRow("returned") << u"Exception"_s << u"Exception_011"_s << SubStatus::ReturnedToSender;
    QTest::newRow("damaged") << u"Exception"_s << u"Exception_012"_s << SubStatus::Damaged;
    QTest::newRow("lost") << u"Exception"_s << u"Exception_013"_s << SubStatus::Lost;
    QTest::newRow("weather") << u"Exception"_s << u"Exception_017"_s << SubStatus::WeatherDelay;
    QTest::newRow("future exception subtag") << u"Exception"_s << u"Exception_099"_s << SubStatus::ExceptionOther;
    QTest::newRow("pending") << u"Pending"_s << u"Pending_003"_s << SubStatus::NoInformation;
    QTest::newRow("tag without subtag") << u"OutForDelivery"_s << QString() << SubStatus::OutForDelivery;
}

void TestStatus::afterShipSubtags()
{
    QFETCH(QString, tag);
    QFETCH(QString, subtag);
    QFETCH(SubStatus, expected);
    const auto mapped = Taxonomy::fromAfterShip(tag, subtag);
    QVERIFY(mapped);
    QCOMPARE(Taxonomy::subStatusKey(*mapped), Taxonomy::subStatusKey(expected));
}

void TestStatus::everyPublishedSubtagMaps()
{
    // Every subtag of every tag lands on a sub-status of that same tag.
    const QList<std::pair<QString, int>> tags{{u"Pending"_s, 6},        {u"InfoReceived"_s, 1}, {u"InTransit"_s, 9},
                                              {u"OutForDelivery"_s, 4}, {u"AttemptFail"_s, 3},  {u"Delivered"_s, 5},
                                              {u"AvailableForPickup"_s, 1}, {u"Exception"_s, 18}, {u"Expired"_s, 1}};
    for (const auto &[tag, count] : tags) {
        for (int n = 1; n <= count; ++n) {
            const QString subtag = u"%1_%2"_s.arg(tag).arg(n, 3, 10, QChar(u'0'));
            const auto mapped = Taxonomy::fromAfterShip(tag, subtag);
            QVERIFY2(mapped, qPrintable(subtag));
            QCOMPARE(Taxonomy::statusKey(Taxonomy::statusOf(*mapped)), tag);
        }
    }
}

void TestStatus::unknownTagsDoNotMap()
{
    QCOMPARE(Taxonomy::fromAfterShip(u"Teleported"_s, u"Teleported_001"_s), std::nullopt);
}

void TestStatus::finalAndProblemClassification()
{
    QVERIFY(Taxonomy::isFinal(SubStatus::Delivered));
    QVERIFY(Taxonomy::isFinal(SubStatus::ReturnedToSender));
    QVERIFY(!Taxonomy::isFinal(SubStatus::ReturningToSender));
    QVERIFY(!Taxonomy::isFinal(SubStatus::OutForDelivery));
    QVERIFY(Taxonomy::isProblem(SubStatus::CustomsHold));
    QVERIFY(Taxonomy::isProblem(SubStatus::DeliveredToNeighbour));
    QVERIFY(Taxonomy::isProblem(SubStatus::FailedAttempt));
    QVERIFY(!Taxonomy::isProblem(SubStatus::Delivered));
    QVERIFY(!Taxonomy::isProblem(SubStatus::InTransit));
}

QTEST_APPLESS_MAIN(TestStatus)
#include "tst_status.moc"
