// Shop-export rows imported per second: a German Windows-1252, semicolon-separated order export
// read, checked and saved into a fresh SQLite database, then the same file imported again (every
// row found stored and skipped), which is what a shop re-sending its daily export costs.

#include "benchjson.h"
#include "importexport/columnmapping.h"
#include "importexport/csvreader.h"
#include "importexport/csvsniffer.h"
#include "importexport/shipmentimporter.h"
#include "storage/database.h"
#include "tasks/taskprogress.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QStringEncoder>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace {

constexpr int Repetitions = 3;

QByteArray germanExport(qint64 rows)
{
    const QString carriers[] = {u"DHL Paket"_s, u"UPS"_s, u"FedEx"_s, u"GLS"_s, u"DPD Classic"_s};
    QString text = u"Bestellnummer;Sendungsnummer;Versanddienstleister;Empfänger;E-Mail;Telefon;Land;PLZ;"
                   "Versanddatum;Lieferdatum zugesagt\r\n"_s;
    for (qint64 i = 0; i < rows; ++i) {
        const QDate shipped = QDate(2026, 1, 1).addDays(i % 300);
        text += u"B-%1;JJD%2;%3;\"Jürgen Weiß, %1\";kunde%1@example.de;030 %1;Deutschland;%4;%5;%6\r\n"_s.arg(
            QString::number(i), QString::number(1000000000 + i), carriers[i % 5], QString::number(10000 + i % 89999),
            shipped.toString(u"dd.MM.yyyy"_s), shipped.addDays(3).toString(u"dd.MM.yyyy"_s));
    }
    QStringEncoder encoder("windows-1252");
    return encoder.encode(text);
}

double importSeconds(Database &db, const ImportRequest &request, ImportReport &report)
{
    TaskProgress progress(u"bench"_s);
    QList<Shipment> saved;
    QElapsedTimer timer;
    timer.start();
    if (Outcome imported = ShipmentImporter(db).run(request, progress, report, saved); !imported)
        qFatal("%s", qPrintable(imported.error()));
    return timer.nsecsElapsed() / 1e9;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const qint64 rows = benchCount(argc, argv, 50000);
    QTemporaryDir dir;
    ImportRequest request;
    request.path = dir.filePath(u"export.csv"_s);
    QFile file(request.path);
    const QByteArray bytes = germanExport(rows);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(request.path));
    file.close();
    request.format = CsvSniffer::detect(bytes);
    CsvTable sample;
    if (!CsvReader::parse(bytes, request.format, sample, 100))
        qFatal("cannot parse the export");
    request.carrierKeys = {u"dhl"_s, u"ups"_s, u"fedex"_s, u"gls"_s, u"dpd"_s};
    request.mapping = ColumnMapping::detect(sample, request.carrierKeys);

    QList<double> first;
    QList<double> again;
    for (int r = 0; r < Repetitions; ++r) {
        Database db(DatabaseConfig::sqlite(dir.filePath(u"bench%1.sqlite"_s.arg(r))));
        if (Outcome opened = db.open(); !opened)
            qFatal("%s", qPrintable(opened.error()));
        ImportReport report;
        first.append(rows / importSeconds(db, request, report));
        if (report.added != rows)
            qFatal("imported %lld of %lld rows", report.added, rows);
        again.append(rows / importSeconds(db, request, report));
        if (report.skipped != rows)
            qFatal("skipped %lld of %lld rows", report.skipped, rows);
    }
    printFigure({u"import_csv"_s, u"rows_per_second"_s, median(first), u"1/s"_s, rows, {}, 0});
    printFigure({u"reimport_csv"_s, u"rows_per_second"_s, median(again), u"1/s"_s, rows, {}, 0});
    return 0;
}
