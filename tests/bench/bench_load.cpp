// Cost of loading N shipments from SQLite into the console's table model, and the memory each
// shipment takes there; the peer is the obvious alternative, a QStandardItemModel filled from the
// same query, measured in the same run.

#include "benchjson.h"
#include "model/shipmentcolumns.h"
#include "shipmenttablemodel.h"
#include "sim/demodatagenerator.h"
#include "storage/database.h"
#include "storage/shipmentrepository.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLocale>
#include <QSqlQuery>
#include <QStandardItemModel>
#include <QTemporaryDir>

#include <malloc.h>

using namespace Qt::StringLiterals;

namespace {

constexpr int Repetitions = 5;

void fillDatabase(Database &db, qint64 count)
{
    ShipmentRepository repo(db);
    const DemoDataGenerator generator(42, QDateTime(QDate(2026, 11, 20), QTime(12, 0), Qt::UTC));
    constexpr int batchSize = 5000;
    for (qint64 first = 0; first < count; first += batchSize) {
        QList<ShipmentRecord> batch = generator.generate(int(first), int(std::min<qint64>(batchSize, count - first)));
        for (ShipmentRecord &record : batch)
            record.events.clear(); // loading reads shipments only; events would just slow the set-up
        if (Outcome saved = repo.saveShipments(batch); !saved.ok())
            qFatal("%s", qPrintable(saved.error()));
    }
}

// Ours: the repository's load into column storage, then the model over it, first screen read.
std::unique_ptr<ShipmentColumns> loadOurs(Database &db, std::unique_ptr<ShipmentTableModel> &model)
{
    auto columns = std::make_unique<ShipmentColumns>();
    if (Outcome loaded = ShipmentRepository(db).loadShipments(*columns); !loaded.ok())
        qFatal("%s", qPrintable(loaded.error()));
    model = std::make_unique<ShipmentTableModel>(*columns);
    for (int row = 0; row < 40 && row < model->rowCount(); ++row) {
        for (int column = 0; column < model->columnCount(); ++column)
            model->data(model->index(row, column));
    }
    return columns;
}

// The peer: one QStandardItem per cell, text formatted once at load.
std::unique_ptr<QStandardItemModel> loadPeer(Database &db)
{
    QSqlQuery query(db.connection());
    query.setForwardOnly(true);
    query.exec(u"SELECT order_number, tracking_number, carrier, service, recipient_name, country_code, "
               "postal_code, sub_status, ship_date, promised_date, carrier_estimate, last_event_utc_ms "
               "FROM shipments ORDER BY id"_s);
    auto model = std::make_unique<QStandardItemModel>(0, 12);
    const QLocale locale;
    while (query.next()) {
        QList<QStandardItem *> row;
        row.reserve(12);
        for (int column = 0; column < 8; ++column)
            row.append(new QStandardItem(query.value(column).toString()));
        for (int column = 8; column < 11; ++column)
            row.append(new QStandardItem(locale.toString(query.value(column).toDate(), QLocale::ShortFormat)));
        row.append(new QStandardItem(QString::number(query.value(11).toLongLong())));
        model->appendRow(row);
    }
    return model;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const qint64 n = benchCount(argc, argv, 100000);
    QTemporaryDir dir;
    Database db(DatabaseConfig::sqlite(dir.filePath(u"bench.sqlite"_s)));
    if (Outcome opened = db.open(); !opened.ok())
        qFatal("%s", qPrintable(opened.error()));
    fillDatabase(db, n);

    QList<double> oursMs, peerMs;
    double oursBytes = 0, peerBytes = 0;
    for (int rep = 0; rep < Repetitions; ++rep) {
        malloc_trim(0);
        qint64 before = residentBytes();
        QElapsedTimer timer;
        timer.start();
        std::unique_ptr<ShipmentTableModel> model;
        auto columns = loadOurs(db, model);
        oursMs.append(timer.nsecsElapsed() / 1e6);
        if (rep == 0)
            oursBytes = double(residentBytes() - before) / double(n);
        model.reset();
        columns.reset();

        malloc_trim(0);
        before = residentBytes();
        timer.restart();
        auto peer = loadPeer(db);
        peerMs.append(timer.nsecsElapsed() / 1e6);
        if (rep == 0)
            peerBytes = double(residentBytes() - before) / double(n);
    }
    printFigure({u"load"_s, u"median"_s, median(oursMs), u"ms"_s, n, u"QStandardItemModel"_s, median(peerMs)});
    printFigure({u"load"_s, u"memory_per_shipment"_s, oursBytes, u"bytes"_s, n, u"QStandardItemModel"_s, peerBytes});
    return 0;
}
