#include "problems/deliverypredictor.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestDeliveryPredictor : public QObject
{
    Q_OBJECT

private slots:
    void businessDays();
    void carrierEstimateWins();
    void laneBeatsCountryWhenItHasEnoughHistory();
    void thinLaneFallsBackToCountry();
    void servicesLearnAcrossSpellings();
    void parcelLateAlreadyIsPredictedFromTheSlowOnes();
    void nothingLearnedSaysSo();
    void badHistoryIsIgnored();
    void learnsFromStoredRecords();
    void baselineIsCarrierMedianCalendarDays();
};

namespace {

Shipment parcel(const QString &country, const QString &postal, const QDate &shipped = QDate(2026, 11, 16))
{
    Shipment s;
    s.carrier = u"dpd"_s;
    s.service = u"Classic"_s;
    s.countryCode = country;
    s.postalCode = postal;
    s.shipDate = shipped;
    return s;
}

// `count` parcels shipped on Monday 16 November, each taking `days` business days.
void teach(DeliveryPredictor &predictor, const Shipment &like, int count, int days)
{
    for (int i = 0; i < count; ++i)
        QVERIFY(predictor.learn(like, DeliveryPredictor::addBusinessDays(like.shipDate, days)));
}

} // namespace

void TestDeliveryPredictor::businessDays()
{
    const QDate friday(2026, 11, 20);
    QCOMPARE(DeliveryPredictor::addBusinessDays(friday, 1), QDate(2026, 11, 23));
    QCOMPARE(DeliveryPredictor::businessDaysBetween(friday, QDate(2026, 11, 23)), 1);
    QCOMPARE(DeliveryPredictor::businessDaysBetween(friday, QDate(2026, 11, 21)), 0); // a Saturday delivery
    QCOMPARE(DeliveryPredictor::businessDaysBetween(friday, friday), 0);
}

void TestDeliveryPredictor::carrierEstimateWins()
{
    DeliveryPredictor predictor;
    teach(predictor, parcel(u"DE"_s, u"10115"_s), 30, 1);
    Shipment s = parcel(u"DE"_s, u"10115"_s);
    s.carrierEstimate = QDate(2026, 11, 19);
    const DeliveryEstimate e = predictor.estimate(s, s.shipDate);
    QCOMPARE(e.source, DeliveryEstimate::Source::Carrier);
    QCOMPARE(e.date, QDate(2026, 11, 19));
    QCOMPARE(predictor.predict(s, s.shipDate).date, QDate(2026, 11, 17));
}

void TestDeliveryPredictor::laneBeatsCountryWhenItHasEnoughHistory()
{
    DeliveryPredictor predictor;
    teach(predictor, parcel(u"FR"_s, u"75001"_s), 25, 2);  // Paris: two days
    teach(predictor, parcel(u"FR"_s, u"13001"_s), 60, 4);  // Marseille: four
    const DeliveryEstimate paris = predictor.estimate(parcel(u"FR"_s, u"75011"_s), QDate(2026, 11, 16));
    QCOMPARE(paris.source, DeliveryEstimate::Source::History);
    QCOMPARE(paris.date, QDate(2026, 11, 18));
    QCOMPARE(paris.samples, 25);
    QCOMPARE(paris.confidence, 1.0);
    QVERIFY2(paris.basis.contains(u"FR 75"), qPrintable(paris.basis));
    QCOMPARE(predictor.estimate(parcel(u"FR"_s, u"13008"_s), QDate(2026, 11, 16)).date, QDate(2026, 11, 20));
}

void TestDeliveryPredictor::thinLaneFallsBackToCountry()
{
    DeliveryPredictor predictor;
    teach(predictor, parcel(u"FR"_s, u"75001"_s), 5, 2);
    teach(predictor, parcel(u"FR"_s, u"13001"_s), 20, 4);
    // Paris has only five parcels: the country's 25 decide (mostly four days).
    const DeliveryEstimate e = predictor.estimate(parcel(u"FR"_s, u"75011"_s), QDate(2026, 11, 16));
    QCOMPARE(e.samples, 25);
    QCOMPARE(e.date, QDate(2026, 11, 20));
    QCOMPARE(e.earliest, QDate(2026, 11, 18));
    QCOMPARE(e.latest, QDate(2026, 11, 20));
    QVERIFY2(e.basis.contains(u"to FR"), qPrintable(e.basis));
}

void TestDeliveryPredictor::servicesLearnAcrossSpellings()
{
    // Imported as "Classic", polled since: DPD's API calls it "DPD CLASSIC". One lane all the same.
    DeliveryPredictor predictor;
    Shipment polled = parcel(u"FR"_s, u"75001"_s);
    polled.service = u"DPD CLASSIC"_s;
    teach(predictor, polled, 12, 2);
    teach(predictor, parcel(u"FR"_s, u"75002"_s), 12, 2);
    const DeliveryEstimate e = predictor.estimate(parcel(u"FR"_s, u"75011"_s), QDate(2026, 11, 16));
    QCOMPARE(e.samples, 24);
    QCOMPARE(e.scope, DeliveryEstimate::Scope::Lane);
    QCOMPARE(e.date, QDate(2026, 11, 18));
    Shipment other = parcel(u"FR"_s, u"75011"_s);
    other.service = u"Predict"_s;
    QCOMPARE(predictor.estimate(other, QDate(2026, 11, 16)).scope, DeliveryEstimate::Scope::Carrier);
}

void TestDeliveryPredictor::parcelLateAlreadyIsPredictedFromTheSlowOnes()
{
    DeliveryPredictor predictor;
    const Shipment s = parcel(u"DE"_s, u"10115"_s);
    teach(predictor, s, 80, 1);
    teach(predictor, s, 20, 3);
    QCOMPARE(predictor.predict(s, s.shipDate).date, QDate(2026, 11, 17));
    // Still not there on Wednesday: only the slow fifth compares now.
    const DeliveryEstimate late = predictor.predict(s, QDate(2026, 11, 18));
    QCOMPARE(late.date, QDate(2026, 11, 19));
    QCOMPARE(late.samples, 20);
    // Later than all of them: the next business day at best, and no confidence.
    const DeliveryEstimate later = predictor.predict(s, QDate(2026, 11, 20));
    QCOMPARE(later.date, QDate(2026, 11, 23));
    QCOMPARE(later.confidence, 0.0);
}

void TestDeliveryPredictor::nothingLearnedSaysSo()
{
    const DeliveryEstimate e = DeliveryPredictor().estimate(parcel(u"DE"_s, u"10115"_s), QDate(2026, 11, 16));
    QVERIFY(!e.isValid());
    QCOMPARE(e.source, DeliveryEstimate::Source::None);
    QVERIFY(e.basis.contains(u"no delivered dpd parcels"));
    Shipment noShipDate = parcel(u"DE"_s, u"10115"_s, QDate());
    QVERIFY(DeliveryPredictor().estimate(noShipDate, QDate(2026, 11, 16)).basis.contains(u"no ship date"));
}

void TestDeliveryPredictor::badHistoryIsIgnored()
{
    DeliveryPredictor predictor;
    const Shipment s = parcel(u"DE"_s, u"10115"_s);
    QVERIFY(!predictor.learn(s, s.shipDate.addDays(-1)));
    QVERIFY(!predictor.learn(s, QDate()));
    QVERIFY(!predictor.learn(parcel(u"DE"_s, u"10115"_s, QDate()), QDate(2026, 11, 17)));
    QCOMPARE(predictor.learned(), 0);
}

void TestDeliveryPredictor::learnsFromStoredRecords()
{
    DeliveryPredictor predictor;
    ShipmentRecord record;
    record.shipment = parcel(u"DE"_s, u"10115"_s);
    TrackingEvent pickedUp;
    pickedUp.subStatus = SubStatus::PickedUp;
    pickedUp.occurredAt = QDateTime(QDate(2026, 11, 16), QTime(17, 0), Qt::OffsetFromUTC, 3600);
    record.events << pickedUp;
    QVERIFY(!predictor.learn(record)); // still on its way
    TrackingEvent delivered;
    delivered.subStatus = SubStatus::DeliveredToNeighbour;
    // 23:30 in Berlin is already the next day in UTC: the local day counts.
    delivered.occurredAt = QDateTime(QDate(2026, 11, 17), QTime(23, 30), Qt::OffsetFromUTC, 3600);
    record.events << delivered;
    for (int i = 0; i < 20; ++i)
        QVERIFY(predictor.learn(record));
    QCOMPARE(predictor.predict(record.shipment, record.shipment.shipDate).date, QDate(2026, 11, 17));
    ShipmentRecord returned = record;
    returned.events.last().subStatus = SubStatus::ReturnedToSender;
    QVERIFY(!predictor.learn(returned));
}

void TestDeliveryPredictor::baselineIsCarrierMedianCalendarDays()
{
    DeliveryPredictor predictor;
    // Friday shipments over the weekend: 3 calendar days, 1 business day.
    const Shipment friday = parcel(u"DE"_s, u"10115"_s, QDate(2026, 11, 20));
    teach(predictor, friday, 30, 1);
    QCOMPARE(predictor.baseline(parcel(u"DE"_s, u"80331"_s)), QDate(2026, 11, 19));
    QCOMPARE(predictor.predict(parcel(u"DE"_s, u"80331"_s), QDate(2026, 11, 16)).date, QDate(2026, 11, 17));
}

QTEST_GUILESS_MAIN(TestDeliveryPredictor)
#include "tst_deliverypredictor.moc"
