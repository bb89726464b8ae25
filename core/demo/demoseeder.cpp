#include "demoseeder.h"

#include "sim/demodatagenerator.h"
#include "storage/database.h"
#include "storage/shipmentrepository.h"

DemoSeeder::DemoSeeder(DatabaseConfig config, quint64 seed, QDateTime now)
    : m_config(std::move(config))
    , m_seed(seed)
    , m_now(std::move(now))
{
}

Outcome DemoSeeder::seed(int count, const Progress &progress) const
{
    Database db(m_config);
    if (Outcome opened = db.open(); !opened)
        return opened;
    ShipmentRepository repository(db);
    const DemoDataGenerator generator(m_seed, m_now);
    // Big enough that commits do not dominate, small enough that progress moves smoothly.
    constexpr int batchSize = 2000;
    for (int first = 0; first < count; first += batchSize) {
        QList<ShipmentRecord> batch = generator.generate(first, std::min(batchSize, count - first));
        if (Outcome saved = repository.saveShipments(batch); !saved)
            return saved;
        if (progress && !progress(std::min(first + batchSize, count), count))
            return Outcome::success();
    }
    return Outcome::success();
}
