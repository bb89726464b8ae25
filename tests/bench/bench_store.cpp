// Events stored per second through the poller's TrackingStore (shipment update, idempotent
// upsert, reconciliation of corrected events, batched transactions) against the plainest
// baseline: a prepared INSERT loop of the same events, same batches, into the same SQLite file.

#include "benchjson.h"
#include "sim/demodatagenerator.h"
#include "storage/database.h"
#include "storage/shipmentrepository.h"
#include "storage/trackingstore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace {

constexpr int Repetitions = 5;
constexpr int BatchShipments = 200; // what the poller writes per transaction

QList<TrackingUpdate> updatesFor(const QList<ShipmentRecord> &records)
{
    QList<TrackingUpdate> updates;
    for (const ShipmentRecord &record : records) {
        TrackingUpdate update;
        update.shipmentId = record.shipment.id;
        update.answered = true;
        update.subStatus = record.shipment.subStatus;
        update.lastEventAt = record.shipment.lastEventAt;
        update.events = record.events;
        update.nextPoll = record.shipment.lastEventAt.addSecs(3600);
        updates.append(update);
    }
    return updates;
}

double storeOurs(TrackingStore &store, const QList<TrackingUpdate> &updates)
{
    QElapsedTimer timer;
    timer.start();
    for (qsizetype first = 0; first < updates.size(); first += BatchShipments) {
        if (Outcome saved = store.saveUpdates(updates.mid(first, BatchShipments)); !saved.ok())
            qFatal("%s", qPrintable(saved.error()));
    }
    return timer.nsecsElapsed() / 1e9;
}

double storePlain(Database &db, const QList<TrackingUpdate> &updates)
{
    QSqlDatabase connection = db.connection();
    QSqlQuery query(connection);
    query.exec(u"DELETE FROM plain_events"_s);
    query.prepare(u"INSERT INTO plain_events (shipment_id, occurred_utc_ms, utc_offset_s, location, carrier_code, "
                  "carrier_text, sub_status) VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
    QElapsedTimer timer;
    timer.start();
    for (qsizetype first = 0; first < updates.size(); first += BatchShipments) {
        connection.transaction();
        for (const TrackingUpdate &update : updates.mid(first, BatchShipments)) {
            for (const TrackingEvent &event : update.events) {
                query.bindValue(0, update.shipmentId);
                query.bindValue(1, event.occurredAt.toMSecsSinceEpoch());
                query.bindValue(2, event.occurredAt.offsetFromUtc());
                query.bindValue(3, event.location);
                query.bindValue(4, event.carrierCode);
                query.bindValue(5, event.carrierText);
                query.bindValue(6, Taxonomy::subStatusKey(event.subStatus));
                query.exec();
            }
        }
        connection.commit();
    }
    return timer.nsecsElapsed() / 1e9;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const qint64 shipments = benchCount(argc, argv, 20000);
    QTemporaryDir dir;
    Database db(DatabaseConfig::sqlite(dir.filePath(u"bench.sqlite"_s)));
    if (Outcome opened = db.open(); !opened.ok())
        qFatal("%s", qPrintable(opened.error()));
    QSqlQuery(db.connection()).exec(u"CREATE TABLE plain_events (id INTEGER PRIMARY KEY, shipment_id BIGINT, "
                                    "occurred_utc_ms BIGINT, utc_offset_s INTEGER, location TEXT, carrier_code TEXT, "
                                    "carrier_text TEXT, sub_status TEXT)"_s);

    // The shipments exist without events, as after an import; each poll then brings their journey.
    const DemoDataGenerator generator(42, QDateTime(QDate(2026, 11, 20), QTime(12, 0), Qt::UTC));
    QList<ShipmentRecord> records = generator.generate(0, int(shipments));
    QList<ShipmentRecord> bare = records;
    for (ShipmentRecord &record : bare)
        record.events.clear();
    ShipmentRepository repo(db);
    if (Outcome saved = repo.saveShipments(bare); !saved.ok())
        qFatal("%s", qPrintable(saved.error()));
    for (qsizetype i = 0; i < records.size(); ++i)
        records[i].shipment.id = bare[i].shipment.id;
    const QList<TrackingUpdate> updates = updatesFor(records);
    qint64 events = 0;
    for (const TrackingUpdate &update : updates)
        events += update.events.size();

    TrackingStore store(db);
    QList<double> oursRates, plainRates;
    for (int rep = 0; rep < Repetitions; ++rep) {
        // The first pass inserts; later passes are the steady state: the same events again.
        oursRates.append(double(events) / storeOurs(store, updates));
        plainRates.append(double(events) / storePlain(db, updates));
    }
    const double ours = median(oursRates);
    const double plain = median(plainRates);
    // Costs, so that ratio = baseline / ours reads "times the plain loop's speed" the same way as elsewhere.
    printFigure({u"store_events"_s, u"per_event"_s, 1e6 / ours, u"us"_s, events, u"prepared INSERT loop"_s, 1e6 / plain});
    printFigure({u"store_events"_s, u"events_per_second"_s, ours, u"1/s"_s, events, {}, 0});
    return 0;
}
