#include "benchshipments.h"

#include "sim/demodatagenerator.h"

ShipmentColumns benchShipments(qint64 count)
{
    const DemoDataGenerator generator(42, QDateTime(QDate(2026, 11, 20), QTime(12, 0), Qt::UTC));
    ShipmentColumns columns;
    columns.reserve(count);
    constexpr int batchSize = 20000;
    for (qint64 first = 0; first < count; first += batchSize) {
        const QList<ShipmentRecord> batch = generator.generate(int(first), int(std::min<qint64>(batchSize, count - first)));
        for (qsizetype i = 0; i < batch.size(); ++i) {
            Shipment shipment = batch[i].shipment;
            shipment.id = first + i + 1;
            columns.upsert(shipment);
        }
    }
    return columns;
}
