// The detail pane shows the promise beside the expected delivery: the carrier's date, or one
// learned from past deliveries with its window, confidence and what it was learned from.

#include "problems/deliverypredictor.h"
#include "shipmentdetailpane.h"
#include "storage/database.h"
#include "storage/shipmentrepository.h"
#include "testdatabases.h"

#include <QLabel>
#include <QTest>

using namespace Qt::StringLiterals;

class TestShipmentDetailPane : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void predictionShowsWindowConfidenceAndBasis();
    void carriersEstimateWins();
    void predictionAfterThePromiseIsAtRisk();
    void promiseOnlyTheQuickOnesKeepIsTight();
    void beforeThePredictorHasLearned();
    void deliveredShowsTheDayItCame();

private:
    QString text(const char *objectName) const;
    void show(const Shipment &shipment);

    std::unique_ptr<ScratchDatabase> m_scratch;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ShipmentRepository> m_repository;
    std::unique_ptr<ShipmentDetailPane> m_pane;
    std::shared_ptr<DeliveryPredictor> m_predictor = std::make_shared<DeliveryPredictor>();
};

namespace {

const QDate monday(2026, 11, 23);
const ManualClock paneClock(QDateTime(monday, QTime(10, 0))); // local time: the pane's "today"

Shipment parcel()
{
    Shipment s;
    s.id = 1;
    s.trackingNumber = u"JJD0001"_s;
    s.carrier = u"dhl"_s;
    s.service = u"Paket"_s;
    s.countryCode = u"DE"_s;
    s.postalCode = u"10115"_s;
    s.shipDate = monday;
    s.promisedDate = QDate(2026, 12, 2);
    s.subStatus = SubStatus::InTransit;
    return s;
}

} // namespace

void TestShipmentDetailPane::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    m_scratch = std::make_unique<ScratchDatabase>(u"sqlite"_s);
    QVERIFY2(m_scratch->problem().isEmpty(), qPrintable(m_scratch->problem()));
    m_db = std::make_unique<Database>(m_scratch->config());
    QVERIFY(m_db->open().ok());
    m_repository = std::make_unique<ShipmentRepository>(*m_db);
    m_pane = std::make_unique<ShipmentDetailPane>(*m_repository);
    m_pane->setClock(paneClock);
    // 412 past parcels on the lane: 60 took two business days, 300 three, 52 four.
    const Shipment like = parcel();
    for (const auto &[count, days] : {std::pair{60, 2}, {300, 3}, {52, 4}}) {
        for (int i = 0; i < count; ++i)
            QVERIFY(m_predictor->learn(like, DeliveryPredictor::addBusinessDays(like.shipDate, days)));
    }
}

QString TestShipmentDetailPane::text(const char *objectName) const
{
    const auto *label = m_pane->findChild<QLabel *>(QString::fromLatin1(objectName));
    return label ? label->text() : u"(no label %1)"_s.arg(QString::fromLatin1(objectName));
}

void TestShipmentDetailPane::show(const Shipment &shipment)
{
    m_pane->showShipment(shipment);
    m_pane->setDeliveryPredictor(m_predictor);
}

void TestShipmentDetailPane::predictionShowsWindowConfidenceAndBasis()
{
    show(parcel());
    // Median three business days: Thursday; 10th to 90th percentile Wednesday to Friday; 360 of
    // the 412 had arrived by Thursday.
    QCOMPARE(text("expectedDelivery"), u"Thu 26 Nov (25–27 Nov, 87%)"_s);
    QCOMPARE(text("expectedBasis"), u"from 412 DHL Paket parcels to DE 10…"_s);
    QCOMPARE(text("promiseVerdict"), u"On track for the promised date"_s);
}

void TestShipmentDetailPane::carriersEstimateWins()
{
    Shipment s = parcel();
    s.carrierEstimate = QDate(2026, 11, 30);
    show(s);
    QCOMPARE(text("expectedDelivery"), u"Mon 30 Nov"_s);
    QCOMPARE(text("expectedBasis"), u"the carrier's estimate"_s);
}

void TestShipmentDetailPane::predictionAfterThePromiseIsAtRisk()
{
    Shipment s = parcel();
    s.promisedDate = QDate(2026, 11, 24); // Tuesday; even the earliest parcels arrived Wednesday
    show(s);
    const auto *verdict = m_pane->findChild<QLabel *>(u"promiseVerdict"_s);
    QVERIFY(verdict->property("broken").toBool());
    QVERIFY2(verdict->text().startsWith(u"\u26A0 At risk: past deliveries like it suggest 26/11/2026"_s), qPrintable(verdict->text()));
}

void TestShipmentDetailPane::promiseOnlyTheQuickOnesKeepIsTight()
{
    Shipment s = parcel();
    s.promisedDate = QDate(2026, 11, 25); // Wednesday: the quickest tenth arrived then, most on Thursday
    show(s);
    const auto *verdict = m_pane->findChild<QLabel *>(u"promiseVerdict"_s);
    QVERIFY(!verdict->property("broken").toBool()); // the engine opens no at-risk case for it either
    QVERIFY2(verdict->text().startsWith(u"Tight: past deliveries like it suggest 26/11/2026"_s), qPrintable(verdict->text()));
}

void TestShipmentDetailPane::beforeThePredictorHasLearned()
{
    m_pane->setDeliveryPredictor(nullptr);
    m_pane->showShipment(parcel());
    QCOMPARE(text("expectedDelivery"), u"no estimate yet"_s);
    QCOMPARE(text("expectedBasis"), u"still learning from past deliveries"_s);
}

void TestShipmentDetailPane::deliveredShowsTheDayItCame()
{
    ShipmentRecord record{parcel(), {}};
    record.shipment.id = 0;
    record.shipment.subStatus = SubStatus::Delivered;
    TrackingEvent delivered;
    delivered.occurredAt = QDateTime(QDate(2026, 11, 25), QTime(0, 30), Qt::OffsetFromUTC, 3600); // still the 24th in UTC
    delivered.subStatus = SubStatus::Delivered;
    delivered.carrierCode = u"dlvrd"_s;
    record.events = {delivered};
    QList<ShipmentRecord> records{record};
    QVERIFY(m_repository->saveShipments(records).ok());
    show(records.first().shipment);
    QCOMPARE(text("expectedDelivery"), u"delivered Wed 25 Nov"_s);
    QCOMPARE(text("expectedBasis"), QString());
}

QTEST_MAIN(TestShipmentDetailPane)
#include "tst_shipmentdetailpane.moc"
