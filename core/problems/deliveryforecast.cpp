#include "deliveryforecast.h"

namespace {

using Column = ShipmentColumns::Column;

bool onItsWay(Status status)
{
    return status != Status::Delivered && status != Status::Expired;
}

} // namespace

DeliveryForecast::DeliveryForecast(std::shared_ptr<const DeliveryPredictor> predictor, const QDate &today)
    : m_predictor(std::move(predictor)), m_today(today)
{
}

DeliveryForecast::Prediction DeliveryForecast::predict(const ShipmentColumns &shipments, qsizetype row)
{
    if (!m_predictor || shipments.carrierEstimate(row).isValid() || !onItsWay(shipments.status(row)))
        return {};
    const QDate shipped = shipments.shipDate(row);
    if (!shipped.isValid())
        return {};
    // Vocabulary ids stay far below 2^21 (carriers, services, countries).
    const QString prefix = DeliveryPredictor::postalPrefix(shipments.postalCode(row));
    const quint64 lane = quint64(shipments.vocabularyId(Column::Carrier, row)) << 42
                         | quint64(shipments.vocabularyId(Column::Service, row)) << 21
                         | quint64(shipments.vocabularyId(Column::CountryCode, row));
    const quint64 day = quint64(prefix.size() > 0 ? prefix[0].unicode() : 0) << 48
                        | quint64(prefix.size() > 1 ? prefix[1].unicode() : 0) << 32 | quint32(shipped.toJulianDay());
    const LaneDay key{lane, day};
    if (const auto it = m_known.constFind(key); it != m_known.cend())
        return *it;
    Shipment shipment;
    shipment.carrier = shipments.carrier(row);
    shipment.service = shipments.service(row);
    shipment.countryCode = shipments.countryCode(row);
    shipment.postalCode = prefix;
    shipment.shipDate = shipped;
    const DeliveryEstimate estimate = m_predictor->predict(shipment, m_today);
    const Prediction predicted{estimate.date, estimate.earliest};
    m_known.insert(key, predicted);
    return predicted;
}
