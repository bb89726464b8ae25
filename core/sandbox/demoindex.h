#pragma once

#include "sim/demodatagenerator.h"

#include <QDateTime>
#include <QString>
#include <optional>
#include <utility>
#include <vector>

// The demo data's tracking numbers, indexed so the sandbox answers for each demo shipment with
// exactly the journey its demo data was made from. Building costs one DemoDataGenerator::order()
// per shipment, spread over all cores, and is done on the first lookup. The index keeps (hash of
// the number, shipment index) pairs sorted by hash, 16 bytes a shipment; a lookup confirms the
// number by making that shipment's order again, so a hash collision can never give a wrong journey.
class DemoIndex
{
public:
    DemoIndex(quint64 seed, const QDateTime &now, int count);

    // The demo data's simulator: demo journeys come from its seed, not the sandbox's.
    const JourneySimulator &simulator() const { return m_generator.simulator(); }
    bool isBuilt() const { return m_built; }
    void build();
    std::optional<DemoDataGenerator::Order> find(const QString &trackingNumber);

private:
    DemoDataGenerator m_generator;
    int m_count;
    bool m_built = false;
    std::vector<std::pair<quint64, int>> m_entries;
};
