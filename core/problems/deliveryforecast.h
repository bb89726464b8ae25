#pragma once

#include "deliverypredictor.h"

#include "model/shipmentcolumns.h"

#include <QDate>
#include <QHash>

#include <memory>
#include <utility>

// The predicted delivery day of rows of a ShipmentColumns, for the console's Expected column:
// DeliveryPredictor::predict's day for parcels still on their way that have no carrier estimate.
// Parcels of one lane shipped on one day get the same prediction, so it is asked once per lane
// and ship day, and a million rows cost a few thousand predictions. Meant for one ShipmentColumns
// (its vocabulary ids key the lanes) and one batch of rows: make a new one per batch.
class DeliveryForecast
{
public:
    DeliveryForecast(std::shared_ptr<const DeliveryPredictor> predictor, const QDate &today);

    struct Prediction {
        QDate day;
        QDate earliest; // the early end of the window, which the at-risk verdict goes by
    };
    // Null dates when the carrier gave a date, the journey is over (delivered, expired) or
    // nothing comparable was learned.
    Prediction predict(const ShipmentColumns &shipments, qsizetype row);

private:
    using LaneDay = std::pair<quint64, quint64>;

    std::shared_ptr<const DeliveryPredictor> m_predictor;
    QDate m_today;
    QHash<LaneDay, Prediction> m_known;
};
