#pragma once

#include "deliveryestimate.h"

#include "model/shipment.h"
#include "model/shipmentrecord.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

// Expected delivery from history: learns how many business days (Monday to Friday) delivered
// parcels took from their ship date, per carrier, service and lane (destination country and
// postal prefix), and predicts a date and a window for a parcel on its way. A lane with too few
// deliveries falls back to the country, then the carrier's service, then the carrier. The
// carrier's own estimate wins whenever it gave one.
class DeliveryPredictor
{
public:
    // How many deliveries a level needs before it is trusted over the coarser one.
    explicit DeliveryPredictor(int minSamples = 20) : m_minSamples(minSamples) {}

    // One delivered parcel: its lane, ship date and the day it arrived (destination's calendar).
    // Parcels without a ship date, or delivered before it, teach nothing and are ignored (false).
    bool learn(const Shipment &shipment, const QDate &deliveredOn);
    // A stored shipment with its events (oldest first): the day of its first delivery event, in
    // the delivery place's calendar, if it has one; returns, lost and unfinished parcels teach nothing.
    bool learn(const ShipmentRecord &record);
    qint64 learned() const { return m_learned; }

    // The estimate for `shipment` as of `today` (destination's calendar): the carrier's, if it
    // gave one, otherwise the prediction from history.
    DeliveryEstimate estimate(const Shipment &shipment, const QDate &today) const;
    // The prediction from history alone; a parcel still on its way after `today` is predicted
    // from the comparable parcels that took at least as long.
    DeliveryEstimate predict(const Shipment &shipment, const QDate &today) const;
    // The simple rule to beat: the ship date plus the carrier's median transit in calendar days.
    QDate baseline(const Shipment &shipment) const;

    // Business days (Monday to Friday) after `from` up to and including `to`; a weekend arrival
    // counts as the Friday before.
    static int businessDaysBetween(const QDate &from, const QDate &to);
    static QDate addBusinessDays(const QDate &from, int days);
    // The postal area a lane is learned for: the first two letters or digits, e.g. "10" for 10115.
    static QString postalPrefix(const QString &postalCode);

private:
    using Histogram = QList<int>; // count of parcels per business days of transit

    struct Level {
        const Histogram *histogram = nullptr;
        QString description;
        DeliveryEstimate::Scope scope = DeliveryEstimate::Scope::None;
    };
    Level levelFor(const Shipment &shipment) const;
    static void add(Histogram &histogram, int value);

    int m_minSamples;
    qint64 m_learned = 0;
    QHash<QString, Histogram> m_byKey;        // "lane|..", "country|..", "service|..", "carrier|.." -> histogram
    QHash<QString, Histogram> m_calendarDays; // per carrier, for the baseline
};
