#include "expecteddeliveries.h"
#include "model/clock.h"
#include "model/shipmentcolumns.h"
#include "problems/deliverypredictor.h"
#include "shipmenttablemodel.h"
#include "tasks/taskprogress.h"

#include <QFont>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QDate Monday(2026, 11, 16);
const QDate Today(2026, 11, 17);

Shipment parcel(qint64 id, const QString &postalCode, const QDate &carrierEstimate = {})
{
    Shipment s;
    s.id = id;
    s.orderNumber = u"SO-%1"_s.arg(id);
    s.trackingNumber = u"JJD%1"_s.arg(id);
    s.carrier = u"dhl"_s;
    s.service = u"Paket"_s;
    s.countryCode = u"DE"_s;
    s.postalCode = postalCode;
    s.shipDate = Monday;
    s.promisedDate = Monday.addDays(3); // Thursday
    s.carrierEstimate = carrierEstimate;
    s.subStatus = SubStatus::InTransit;
    s.lastEventAt = QDateTime(Monday, QTime(18, 0), Qt::UTC);
    return s;
}

// A predictor that has seen 30 DHL Paket parcels to DE 10… take `days` business days, and 30 to
// DE 80… take `days` + 2.
std::shared_ptr<const DeliveryPredictor> trained(int days)
{
    auto predictor = std::make_shared<DeliveryPredictor>();
    const QDate shipped = Monday.addDays(-14);
    for (int i = 0; i < 30; ++i) {
        Shipment north = parcel(1000 + i, u"10115"_s);
        Shipment south = parcel(2000 + i, u"80331"_s);
        north.shipDate = south.shipDate = shipped;
        predictor->learn(north, DeliveryPredictor::addBusinessDays(shipped, days));
        predictor->learn(south, DeliveryPredictor::addBusinessDays(shipped, days + 2));
    }
    return predictor;
}

QDate expectedOf(const ShipmentTableModel &model, qsizetype storageRow)
{
    return model.indexForStorageRow(storageRow, ShipmentTableModel::ExpectedColumn)
        .data(ShipmentTableModel::RawValueRole)
        .toDate();
}

QStringList shownOrders(const ShipmentTableModel &model)
{
    QStringList orders;
    for (int row = 0; row < model.rowCount(); ++row)
        orders.append(model.index(row, ShipmentTableModel::OrderColumn).data().toString());
    return orders;
}

} // namespace

class TestExpectedDeliveries : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void carrierDateWins();
    void predictedDateIsShownAndMarked();
    void verdictFollowsPredictionWindow();
    void retrainUpdatesColumn();
    void sortsByCurrentEstimate();
    void changedRowsArePredictedAgain();
    void bigTablesArePredictedInBackground();
    void bigTableResortsOffTheGuiThread();
    void exportAndCopyUseCurrentEstimate();

private:
    void waitForPredictions();

    ManualClock m_clock{QDateTime(Today, QTime(9, 0), Qt::LocalTime)};
    ShipmentColumns m_shipments;
    std::unique_ptr<ShipmentTableModel> m_model;
    std::unique_ptr<ExpectedDeliveries> m_expected;
};

void TestExpectedDeliveries::init()
{
    m_shipments.clear();
    m_shipments.upsert(parcel(1, u"10115"_s, Monday.addDays(2))); // carrier says Wednesday
    m_shipments.upsert(parcel(2, u"10117"_s));                    // DE 10…: predicted
    m_shipments.upsert(parcel(3, u"80331"_s));                    // DE 80…: predicted two days later
    Shipment delivered = parcel(4, u"10119"_s);
    delivered.subStatus = SubStatus::Delivered;
    m_shipments.upsert(delivered);
    m_model = std::make_unique<ShipmentTableModel>(m_shipments);
    m_model->setClock(m_clock);
    m_expected = std::make_unique<ExpectedDeliveries>(m_shipments, *m_model);
    m_expected->setClock(m_clock);
}

void TestExpectedDeliveries::cleanup()
{
    m_expected.reset();
    m_model.reset();
}

void TestExpectedDeliveries::waitForPredictions()
{
    if (m_expected->isPredicting()) {
        QSignalSpy finished(m_expected.get(), &ExpectedDeliveries::predictingFinished);
        QVERIFY(finished.wait(10000));
    }
    m_model->flushPendingUpdates();
}

void TestExpectedDeliveries::carrierDateWins()
{
    m_expected->setPredictor(trained(2));
    waitForPredictions();
    QCOMPARE(expectedOf(*m_model, 0), Monday.addDays(2));
    QVERIFY(!m_shipments.isExpectedDeliveryPredicted(0));
    QVERIFY(!m_shipments.predictedDelivery(0).isValid());
    const QModelIndex cell = m_model->indexForStorageRow(0, ShipmentTableModel::ExpectedColumn);
    QVERIFY(!cell.data(Qt::FontRole).value<QFont>().italic());
    QVERIFY(!cell.data(Qt::ToolTipRole).toString().contains(u"Predicted"_s));
}

void TestExpectedDeliveries::predictedDateIsShownAndMarked()
{
    const QModelIndex cell = m_model->indexForStorageRow(1, ShipmentTableModel::ExpectedColumn);
    QVERIFY(cell.data(Qt::DisplayRole).toString().isEmpty()); // nothing learned yet
    m_expected->setPredictor(trained(2));
    waitForPredictions();
    QCOMPARE(expectedOf(*m_model, 1), Monday.addDays(2));
    QCOMPARE(expectedOf(*m_model, 2), Monday.addDays(4));
    QCOMPARE(cell.data(Qt::DisplayRole).toString(), QLocale().toString(Monday.addDays(2), QLocale::ShortFormat));
    QVERIFY(cell.data(Qt::FontRole).value<QFont>().italic());
    const QString tip = cell.data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(u"Predicted from 30 DHL Paket parcels to DE 10…"_s), qPrintable(tip));
    // A delivered parcel is not predicted: its journey is over.
    QVERIFY(!expectedOf(*m_model, 3).isValid());
}

void TestExpectedDeliveries::verdictFollowsPredictionWindow()
{
    m_expected->setPredictor(trained(4)); // DE 10… Friday, DE 80… Wednesday after: both after Thursday's promise
    waitForPredictions();
    for (const qsizetype row : {1, 2}) {
        const QModelIndex cell = m_model->indexForStorageRow(row, ShipmentTableModel::ExpectedColumn);
        const QFont font = cell.data(Qt::FontRole).value<QFont>();
        QVERIFY(font.italic());
        QVERIFY(font.bold());
        QVERIFY(cell.data(Qt::ForegroundRole).isValid());
        QVERIFY(cell.data(Qt::ToolTipRole).toString().contains(u"At risk: past deliveries like it suggest"_s));
    }
    m_expected->setPredictor(trained(1)); // Tuesday: on track
    waitForPredictions();
    const QModelIndex onTrack = m_model->indexForStorageRow(1, ShipmentTableModel::ExpectedColumn);
    QVERIFY(!onTrack.data(Qt::FontRole).value<QFont>().bold());
    QVERIFY(!onTrack.data(Qt::ForegroundRole).isValid());
}

void TestExpectedDeliveries::retrainUpdatesColumn()
{
    m_expected->setPredictor(trained(2));
    waitForPredictions();
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    m_expected->setPredictor(trained(3));
    waitForPredictions();
    QCOMPARE(expectedOf(*m_model, 1), Monday.addDays(3));
    QCOMPARE(expectedOf(*m_model, 2), Monday.addDays(7));
    QVERIFY(!changed.isEmpty());
    bool coversExpected = false;
    for (const QList<QVariant> &signal : std::as_const(changed)) {
        const int first = signal[0].toModelIndex().column(), last = signal[1].toModelIndex().column();
        coversExpected = coversExpected || (first <= ShipmentTableModel::ExpectedColumn && last >= ShipmentTableModel::ExpectedColumn);
    }
    QVERIFY(coversExpected);
}

void TestExpectedDeliveries::sortsByCurrentEstimate()
{
    m_shipments.upsert(parcel(5, u"10120"_s, Monday.addDays(1))); // carrier: Tuesday
    m_shipments.upsert(parcel(6, u"10121"_s, Monday.addDays(3))); // carrier: Thursday
    m_model->shipmentsAppended(4, 2);
    m_model->flushPendingUpdates();
    m_expected->setPredictor(trained(2)); // DE 10… Wednesday, DE 80… Friday
    waitForPredictions();
    m_model->sort(ShipmentTableModel::ExpectedColumn, Qt::AscendingOrder);
    // The delivered parcel has no estimate and sorts first; Wednesday's carrier date ties with the prediction.
    QCOMPARE(shownOrders(*m_model), (QStringList{u"SO-4"_s, u"SO-5"_s, u"SO-1"_s, u"SO-2"_s, u"SO-6"_s, u"SO-3"_s}));

    // A retrain that moves DE 10… to Friday and DE 80… to the Tuesday after re-sorts the table.
    m_expected->setPredictor(trained(4));
    waitForPredictions();
    QCOMPARE(shownOrders(*m_model), (QStringList{u"SO-4"_s, u"SO-5"_s, u"SO-1"_s, u"SO-6"_s, u"SO-2"_s, u"SO-3"_s}));
}

void TestExpectedDeliveries::changedRowsArePredictedAgain()
{
    m_expected->setPredictor(trained(2));
    waitForPredictions();
    // The carrier gives a date: it wins; then it moves the parcel to another lane without one.
    m_shipments.upsert(parcel(2, u"10117"_s, Monday.addDays(8)));
    m_expected->rowsWritten({1});
    m_model->shipmentsChanged({1});
    m_model->flushPendingUpdates();
    QCOMPARE(expectedOf(*m_model, 1), Monday.addDays(8));
    QVERIFY(!m_model->indexForStorageRow(1, ShipmentTableModel::ExpectedColumn).data(Qt::FontRole).value<QFont>().italic());
    m_shipments.upsert(parcel(2, u"80999"_s));
    m_expected->rowsWritten({1});
    m_model->shipmentsChanged({1});
    m_model->flushPendingUpdates();
    QCOMPARE(expectedOf(*m_model, 1), Monday.addDays(4));
    // A new row gets its prediction before the table shows it.
    const qsizetype row = m_shipments.upsert(parcel(7, u"10999"_s));
    m_expected->rowsAppended(row, 1);
    m_model->shipmentsAppended(row, 1);
    m_model->flushPendingUpdates();
    QCOMPARE(expectedOf(*m_model, row), Monday.addDays(2));
}

void TestExpectedDeliveries::bigTablesArePredictedInBackground()
{
    m_expected->setBackgroundThreshold(2);
    QSignalSpy started(m_expected.get(), &ExpectedDeliveries::predictingStarted);
    QSignalSpy finished(m_expected.get(), &ExpectedDeliveries::predictingFinished);
    m_expected->setPredictor(trained(2));
    QCOMPARE(started.size(), 1);
    QVERIFY(m_expected->isPredicting());
    QVERIFY(!m_shipments.predictedDelivery(1).isValid()); // the GUI thread did not predict the rows itself
    // A row written while the worker runs is predicted at once and keeps its answer.
    m_shipments.upsert(parcel(3, u"10333"_s));
    m_expected->rowsWritten({2});
    QCOMPARE(m_shipments.predictedDelivery(2), Monday.addDays(2));
    QVERIFY(finished.wait(10000));
    QCOMPARE(m_shipments.predictedDelivery(1), Monday.addDays(2));
    QCOMPARE(m_shipments.predictedDelivery(2), Monday.addDays(2));
    const auto progress = started.first().first().value<std::shared_ptr<TaskProgress>>();
    QVERIFY(progress->isFinished());
    QCOMPARE(progress->total(), qint64(4));
}

// Sorted by Expected, a retrain re-sorts on a worker; a canceled re-sort leaves the keys stale, so
// the next arrangement (here a filter) still sorts by the new days rather than the kept keys.
void TestExpectedDeliveries::bigTableResortsOffTheGuiThread()
{
    m_expected->setPredictor(trained(2)); // DE 10… Wednesday, DE 80… Friday; carrier Wednesday
    waitForPredictions();
    m_model->sort(ShipmentTableModel::ExpectedColumn, Qt::AscendingOrder);
    m_model->setBackgroundThreshold(2);
    QCOMPARE(shownOrders(*m_model), (QStringList{u"SO-4"_s, u"SO-1"_s, u"SO-2"_s, u"SO-3"_s}));

    QSignalSpy started(m_model.get(), &ShipmentTableModel::arrangingStarted);
    QSignalSpy finished(m_model.get(), &ShipmentTableModel::arrangingFinished);
    // What ExpectedDeliveries does when a retrain moves more rows than it reports one by one.
    m_shipments.setPredictedDelivery(1, Today, Today);
    m_shipments.setPredictedDelivery(2, Monday.addDays(3), Monday.addDays(3));
    m_model->expectedDeliveriesChanged();
    QCOMPARE(started.size(), 1);
    started.first().first().value<std::shared_ptr<TaskProgress>>()->cancel();
    QVERIFY(finished.wait(10000));
    m_model->setRowFilter(u"all"_s, [](qsizetype) { return true; });
    QVERIFY(finished.wait(10000));
    QCOMPARE(shownOrders(*m_model), (QStringList{u"SO-4"_s, u"SO-2"_s, u"SO-1"_s, u"SO-3"_s}));
}

void TestExpectedDeliveries::exportAndCopyUseCurrentEstimate()
{
    m_expected->setPredictor(trained(2));
    waitForPredictions();
    QCOMPARE(ShipmentTableModel::sourceColumn(ShipmentTableModel::ExpectedColumn), ShipmentColumns::Column::ExpectedDelivery);
    QCOMPARE(m_shipments.text(ShipmentColumns::Column::ExpectedDelivery, 0), Monday.addDays(2).toString(Qt::ISODate));
    QCOMPARE(m_shipments.text(ShipmentColumns::Column::ExpectedDelivery, 2), Monday.addDays(4).toString(Qt::ISODate));
    QCOMPARE(m_model->displayText(2, ShipmentTableModel::ExpectedColumn),
             QLocale().toString(Monday.addDays(4), QLocale::ShortFormat));
}

QTEST_MAIN(TestExpectedDeliveries)
#include "tst_expecteddeliveries.moc"
