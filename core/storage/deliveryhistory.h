#pragma once

#include "model/outcome.h"
#include "model/shipment.h"

#include <QDateTime>

#include <functional>

class Database;
class DeliveryPredictor;

// The recent deliveries the expected-delivery prediction learns from: every shipment whose first
// delivery event is recent enough, read in one statement (no round trip per shipment, which a
// remote PostgreSQL would make slow) and handed on one at a time, never held all at once.
class DeliveryHistory
{
public:
    // Half a year: long enough for thin lanes to gather samples, short enough to follow carriers'
    // changing transit times (and the peak season of a year ago is not this one).
    static constexpr int DefaultDays = 180;

    explicit DeliveryHistory(Database &database) : m_db(database) {}

    // Calls `each` with the shipment's lane and ship date (other fields empty) and the moment of
    // its first delivery event, in the offset the carrier gave, for first deliveries at or after `since`.
    Outcome read(const QDateTime &since, const std::function<void(const Shipment &, const QDateTime &deliveredAt)> &each) const;
    // Teaches `predictor` the deliveries of the `days` before `now`; `learned` counts what it took.
    Outcome train(DeliveryPredictor &predictor, const QDateTime &now, qint64 *learned = nullptr, int days = DefaultDays) const;

private:
    Database &m_db;
};
