// Cold start of the real console on a big SQLite database: the `shipdeck` executable is started
// with --report-startup, which prints when the table first painted rows, when the last shipment was
// in, and the peak resident memory then; also when lookups found every shipment by its numbers and
// e-mail, by its name and phone, and by both, and the resident and peak memory once the console is
// idle after that. The peer is what the console did before: one QSqlQuery over every shipment on
// one thread, a Shipment per row upserted into the columns, timed in this process on the same file
// (and the console then only created its window). The database is generated once per size into the
// temp folder and reused. The file cache is warm after the first run: figures are warm starts of a
// cold process.

#include "benchjson.h"
#include "model/shipmentcolumns.h"
#include "sim/demodatagenerator.h"
#include "storage/database.h"
#include "storage/shipmentrepository.h"
#include "storage/shipmentrows.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

constexpr int Repetitions = 5;

QString databaseFor(qint64 count)
{
    const QString path = QDir::temp().filePath(u"shipdeck-bench-startup-%1.sqlite"_s.arg(count));
    const QString done = path + u".complete"_s;
    if (QFile::exists(done))
        return path;
    QFile::remove(path);
    Database db(DatabaseConfig::sqlite(path));
    if (Outcome opened = db.open(); !opened.ok())
        qFatal("%s", qPrintable(opened.error()));
    ShipmentRepository repo(db);
    const DemoDataGenerator generator(42, QDateTime(QDate(2026, 11, 20), QTime(12, 0), Qt::UTC));
    constexpr int batchSize = 5000;
    for (qint64 first = 0; first < count; first += batchSize) {
        QList<ShipmentRecord> batch = generator.generate(int(first), int(std::min<qint64>(batchSize, count - first)));
        for (ShipmentRecord &record : batch)
            record.events.clear(); // start-up reads shipments only
        if (Outcome saved = repo.saveShipments(batch); !saved.ok())
            qFatal("%s", qPrintable(saved.error()));
    }
    QFile marker(done);
    marker.open(QIODevice::WriteOnly);
    return path;
}

QJsonObject startConsole(const QString &database, const QString &settingsHome)
{
    QProcess console;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"XDG_CONFIG_HOME"_s, settingsHome); // no saved layout or sort from a user
    console.setProcessEnvironment(environment);
    console.start(QStringLiteral(SHIPDECK_EXECUTABLE),
                  {u"--database"_s, database, u"--demo-data"_s, u"0"_s, u"--no-tracking"_s, u"--report-startup"_s});
    if (!console.waitForFinished(120000) || console.exitCode() != 0)
        qFatal("shipdeck failed: %s", console.readAllStandardError().constData());
    const QList<QByteArray> lines = console.readAllStandardOutput().trimmed().split('\n');
    return QJsonDocument::fromJson(lines.last()).object();
}

// The peer: the row path the console loaded with before, QVariant by QVariant.
void loadRowByRow(Database &db, ShipmentColumns &into)
{
    QSqlQuery query(db.connection());
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT %1 FROM shipments ORDER BY id"_s.arg(ShipmentRows::shipmentColumns())))
        qFatal("peer query failed");
    while (query.next())
        into.upsert(ShipmentRows::readShipment(query));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const qint64 n = benchCount(argc, argv, 1000000);
    const QString database = databaseFor(n);
    const QString settingsHome = QDir::temp().filePath(u"shipdeck-bench-startup-settings"_s);

    QList<double> interactiveMs, loadedMs, peakMiB, peerMs, numbersMs, namesMs, readyMs, idleMiB, idlePeakMiB;
    for (int rep = 0; rep < Repetitions; ++rep) {
        const QJsonObject report = startConsole(database, settingsHome);
        if (report.value(u"rows"_s).toInteger() != n)
            qFatal("shipdeck loaded %lld of %lld shipments", report.value(u"rows"_s).toInteger(), n);
        interactiveMs.append(report.value(u"interactive_ms"_s).toDouble());
        loadedMs.append(report.value(u"loaded_ms"_s).toDouble());
        peakMiB.append(report.value(u"peak_rss_kib"_s).toDouble() / 1024.0);
        numbersMs.append(report.value(u"lookup_numbers_ms"_s).toDouble());
        namesMs.append(report.value(u"lookup_names_ms"_s).toDouble());
        readyMs.append(report.value(u"lookup_ready_ms"_s).toDouble());
        idleMiB.append(report.value(u"idle_rss_kib"_s).toDouble() / 1024.0);
        idlePeakMiB.append(report.value(u"idle_peak_rss_kib"_s).toDouble() / 1024.0);

        Database db(DatabaseConfig::sqlite(database));
        if (Outcome opened = db.open(); !opened.ok())
            qFatal("%s", qPrintable(opened.error()));
        QElapsedTimer timer;
        timer.start();
        ShipmentColumns columns;
        loadRowByRow(db, columns);
        if (columns.size() != n)
            qFatal("the peer loaded %lld of %lld shipments", qint64(columns.size()), n);
        peerMs.append(timer.nsecsElapsed() / 1e6);
    }
    const QString peer = u"QSqlQuery row by row"_s;
    printFigure({u"startup"_s, u"interactive_median"_s, median(interactiveMs), u"ms"_s, n, peer, median(peerMs)});
    printFigure({u"startup"_s, u"loaded_median"_s, median(loadedMs), u"ms"_s, n, peer, median(peerMs)});
    printFigure({u"startup"_s, u"peak_rss_median"_s, median(peakMiB), u"MiB"_s, n, {}, 0});
    printFigure({u"startup"_s, u"lookup_numbers_emails_found_median"_s, median(numbersMs), u"ms"_s, n, {}, 0});
    printFigure({u"startup"_s, u"lookup_names_phones_found_median"_s, median(namesMs), u"ms"_s, n, {}, 0});
    printFigure({u"startup"_s, u"lookup_all_found_median"_s, median(readyMs), u"ms"_s, n, {}, 0});
    printFigure({u"startup"_s, u"idle_rss_after_index_median"_s, median(idleMiB), u"MiB"_s, n, {}, 0});
    printFigure({u"startup"_s, u"idle_peak_rss_after_index_median"_s, median(idlePeakMiB), u"MiB"_s, n, {}, 0});
    return 0;
}
