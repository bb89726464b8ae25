#pragma once

#include "journeysimulator.h"

#include "model/shipmentrecord.h"

#include <QDateTime>
#include <QList>

// Demo shipments for the console: a shop's last month of orders, each with a recipient, a
// tracking number in its carrier's real format and the events its simulated journey has made
// visible at `now`. Shipment `index` depends only on (seed, now, index), so large sets can be
// made in batches, or in parallel, with identical results.
//
// Contact data is realistic in shape but cannot reach anyone: e-mail domains end in the reserved
// ".example" TLD, and phone numbers use the ranges set aside for fiction where a country has them
// (GB 07700 900xxx, US 555-01xx, FR 06 39 98 xx xx).
class DemoDataGenerator
{
public:
    DemoDataGenerator(quint64 seed, const QDateTime &now);

    // Shipments first .. first + count - 1, with id 0 (not stored yet) and events oldest first.
    QList<ShipmentRecord> generate(int first, int count) const;
    // The whole simulated journey behind shipment `index`, truth included.
    SimulatedJourney journey(int index) const;
    const JourneySimulator &simulator() const { return m_simulator; }

    // What a carrier knows of shipment `index` before any scan: enough for the carrier sandbox
    // to answer for demo shipments with exactly the journey the demo data was made from.
    struct Order {
        QString carrier;
        QString trackingNumber;
        QDateTime shippedAt;
    };
    Order order(int index) const;

private:
    ShipmentRecord record(int index) const;

    JourneySimulator m_simulator;
    quint64 m_seed;
    QDateTime m_now;
    int m_originPlace; // Geography place of the shop's warehouse
    quint64 m_account; // the shop's customer numbers at the carriers
};
