#pragma once

#include "deliveryestimate.h"
#include "detectedproblem.h"
#include "shipmentfacts.h"

#include <QJsonArray>
#include <QJsonObject>

// Detection results as JSON for support staff and scripts (shipdeck-poller --parse --now):
// why Shipdeck flagged a parcel, or did not.
namespace ProblemJson {

// {"type", "label", "since", "rule", "evidence", "deadline"?, "remind_at"?}
QJsonObject toJson(const DetectedProblem &problem);
// {"source", "date"?, "earliest"?, "latest"?, "confidence"?, "samples"?, "basis"}
QJsonObject toJson(const DeliveryEstimate &estimate);
// Every event the facts set aside or used with a caveat: [{"event": index, "set_aside", "reason"}]
QJsonArray notesToJson(const QList<EventNote> &notes);

} // namespace ProblemJson
