// What the table's Expected column costs at scale: predicting the delivery day of every row of N
// shipments after the predictor is (re)trained (DeliveryForecast, asked once per lane and ship
// day, as ExpectedDeliveries runs it on a worker), the memory the predicted days take in the
// column store, and one row's prediction (what a tooltip asks). The peer is the obvious
// alternative: DeliveryPredictor::predict for every row, as a paint or a sort would ask it.

#include "benchjson.h"
#include "benchshipments.h"
#include "problems/deliveryforecast.h"

#include <QCoreApplication>
#include <QElapsedTimer>

using namespace Qt::StringLiterals;

namespace {

constexpr int Repetitions = 5;
const QDate Today(2026, 11, 20);

// A predictor that learned from the delivered rows, each taking 1 to 4 business days.
std::shared_ptr<const DeliveryPredictor> trainedOn(const ShipmentColumns &shipments)
{
    auto predictor = std::make_shared<DeliveryPredictor>();
    for (qsizetype row = 0; row < shipments.size(); ++row) {
        if (shipments.status(row) == Status::Delivered) {
            const Shipment s = shipments.shipment(row);
            predictor->learn(s, DeliveryPredictor::addBusinessDays(s.shipDate, int(row % 4) + 1));
        }
    }
    return predictor;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const qint64 count = benchCount(argc, argv, 1000000);
    ShipmentColumns shipments = benchShipments(count);
    const std::shared_ptr<const DeliveryPredictor> predictor = trainedOn(shipments);

    QList<double> fills;
    qint64 predicted = 0;
    for (int i = 0; i < Repetitions; ++i) {
        QElapsedTimer timer;
        timer.start();
        DeliveryForecast forecast(predictor, Today);
        predicted = 0;
        for (qsizetype row = 0; row < shipments.size(); ++row) {
            const DeliveryForecast::Prediction p = forecast.predict(shipments, row);
            predicted += shipments.setPredictedDelivery(row, p.day, p.earliest) || p.day.isValid();
        }
        fills.append(timer.nsecsElapsed() / 1e6);
    }
    // The peer: every row asked of the predictor itself (twice fewer repetitions: it is slow).
    QList<double> perRow;
    for (int i = 0; i < 2; ++i) {
        QElapsedTimer timer;
        timer.start();
        qint64 valid = 0;
        for (qsizetype row = 0; row < shipments.size(); ++row) {
            if (!shipments.carrierEstimate(row).isValid() && shipments.status(row) != Status::Delivered)
                valid += predictor->predict(shipments.shipment(row), Today).isValid();
        }
        perRow.append(timer.nsecsElapsed() / 1e6);
        if (valid < 0)
            return 1; // keeps the loop from being optimised away
    }
    printFigure({u"expected"_s, u"predict_all_rows_median"_s, median(fills), u"ms"_s, count,
                 u"DeliveryPredictor::predict per row"_s, median(perRow)});
    printFigure({u"expected"_s, u"rows_predicted"_s, double(predicted), u"count"_s, count, {}, 0});

    // One row, as the tooltip asks it.
    QList<double> one;
    for (int i = 0; i < 1000; ++i) {
        QElapsedTimer timer;
        timer.start();
        const DeliveryEstimate e = predictor->predict(shipments.shipment(qsizetype(i) * 997 % shipments.size()), Today);
        one.append(timer.nsecsElapsed() / 1e3);
        if (e.samples < 0)
            return 1;
    }
    printFigure({u"expected"_s, u"predict_one_row_median"_s, median(one), u"us"_s, 1, {}, 0});
    // The whole column store, the two predicted days (4 bytes a row) included.
    printFigure({u"expected"_s, u"column_store_bytes_per_row"_s,
                 double(shipments.memoryBytes()) / double(count), u"bytes"_s, count, {}, 0});
    printFigure({u"expected"_s, u"resident"_s, double(residentBytes()) / (1024.0 * 1024.0), u"MiB"_s, count, {}, 0});
    return 0;
}
