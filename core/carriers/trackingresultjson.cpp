#include "trackingresultjson.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace TrackingResultJson {

QJsonObject eventToJson(const TrackingEvent &event)
{
    QJsonObject json{
        {u"time"_s, event.occurredAt.toString(Qt::ISODate)},
        {u"location"_s, event.location},
        {u"carrier_code"_s, event.carrierCode},
        {u"carrier_text"_s, event.carrierText},
        {u"status"_s, Taxonomy::statusKey(event.status())},
        {u"substatus"_s, Taxonomy::subStatusKey(event.subStatus)},
        {u"mapped"_s, event.mapped},
        {u"evidence"_s, event.evidence},
    };
    return json;
}

QJsonObject toJson(const QString &carrier, const TrackingResult &result)
{
    QJsonArray shipments;
    for (const TrackedShipment &shipment : result.shipments) {
        QJsonArray events;
        for (const TrackingEvent &event : shipment.events)
            events.append(eventToJson(event));
        QJsonObject json{
            {u"tracking_number"_s, shipment.trackingNumber},
            {u"status"_s, Taxonomy::statusKey(Taxonomy::statusOf(shipment.subStatus))},
            {u"substatus"_s, Taxonomy::subStatusKey(shipment.subStatus)},
            {u"status_text"_s, Taxonomy::subStatusLabel(shipment.subStatus)},
            {u"events"_s, events},
        };
        if (!shipment.service.isEmpty())
            json.insert(u"service"_s, shipment.service);
        if (shipment.carrierEstimate.isValid())
            json.insert(u"carrier_estimate"_s, shipment.carrierEstimate.toString(Qt::ISODate));
        shipments.append(json);
    }
    QJsonArray errors;
    for (const CarrierError &error : result.errors) {
        QJsonObject json{{u"kind"_s, CarrierError::kindKey(error.kind)}, {u"message"_s, error.message}};
        if (!error.trackingNumber.isEmpty())
            json.insert(u"tracking_number"_s, error.trackingNumber);
        if (error.retryAfterSecs >= 0)
            json.insert(u"retry_after_secs"_s, error.retryAfterSecs);
        errors.append(json);
    }
    return {{u"carrier"_s, carrier}, {u"shipments"_s, shipments}, {u"errors"_s, errors}};
}

} // namespace TrackingResultJson
