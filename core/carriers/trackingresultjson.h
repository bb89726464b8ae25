#pragma once

#include "trackingresult.h"

#include <QJsonObject>

// What Shipdeck made of a carrier's answer, as JSON for support staff and scripts
// (shipdeck-poller --parse): {"carrier", "shipments": [...], "errors": [...]}.
namespace TrackingResultJson {

QJsonObject toJson(const QString &carrier, const TrackingResult &result);
QJsonObject eventToJson(const TrackingEvent &event);

} // namespace TrackingResultJson
