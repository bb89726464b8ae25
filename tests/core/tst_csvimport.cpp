#include "importexport/carrieraliases.h"
#include "importexport/columnmapping.h"
#include "importexport/countrycodes.h"
#include "importexport/csvreader.h"
#include "importexport/csvsniffer.h"
#include "importexport/importdate.h"
#include "importexport/shipmentimporter.h"
#include "importexport/shipmentrowreader.h"
#include "model/shipmentcolumns.h"
#include "storage/database.h"
#include "storage/shipmentrepository.h"
#include "tasks/taskprogress.h"
#include "testdatabases.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestCsvImport : public QObject
{
    Q_OBJECT

private slots:
    void detectsEncodingAndDelimiter_data();
    void detectsEncodingAndDelimiter();
    void mapsEnglishAndGermanHeaders();
    void mapsUnnamedColumnsByContent();
    void joinsSplitNames();
    void keepsQuotedDelimitersAndLineBreaks();
    void readsDates_data();
    void readsDates();
    void learnsSlashOrderFromTheColumn();
    void mapsCarrierNames_data();
    void mapsCarrierNames();
    void mapsCountries_data();
    void mapsCountries();
    void importsEachShopFormat_data();
    void importsEachShopFormat();
    void reportsEveryBadRowExactly_data() { TestDatabases::addBackendRows(); }
    void reportsEveryBadRowExactly();
    void reimportAddsNoDuplicates_data() { TestDatabases::addBackendRows(); }
    void reimportAddsNoDuplicates();
    void updateKeepsTrackingState_data() { TestDatabases::addBackendRows(); }
    void updateKeepsTrackingState();
    void importsManyBatches_data() { TestDatabases::addBackendRows(); }
    void importsManyBatches();
    void unclosedQuoteKeepsTheRowsBefore_data() { TestDatabases::addBackendRows(); }
    void unclosedQuoteKeepsTheRowsBefore();
    void garbageNeverCrashes();
    void cancelBeforeSavingSavesNothing();
    void unreadableFileIsReported();
};

namespace {

const QStringList carriers{u"dhl"_s, u"ups"_s, u"fedex"_s, u"gls"_s, u"dpd"_s};

QString fixture(const QString &name) { return TestDatabases::testDataPath(u"import/"_s + name); }

QByteArray bytesOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

CsvTable tableOf(const QString &name)
{
    const QByteArray bytes = bytesOf(fixture(name));
    CsvTable table;
    table.fileName = name;
    const Outcome parsed = CsvReader::parse(bytes, CsvSniffer::detect(bytes), table);
    if (!parsed)
        qWarning("%s", qPrintable(parsed.error()));
    return table;
}

ImportRequest requestFor(const QString &path)
{
    const QByteArray bytes = bytesOf(path);
    CsvTable table;
    ImportRequest request;
    request.path = path;
    request.format = CsvSniffer::detect(bytes);
    if (CsvReader::parse(bytes, request.format, table))
        request.mapping = ColumnMapping::detect(table, carriers);
    request.carrierKeys = carriers;
    return request;
}

QList<Shipment> storedShipments(Database &db)
{
    ShipmentColumns columns;
    if (!ShipmentRepository(db).loadShipments(columns))
        return {};
    QList<Shipment> shipments;
    for (qsizetype row = 0; row < columns.size(); ++row)
        shipments.append(columns.shipment(row));
    return shipments;
}

} // namespace

#define OPEN_DATABASE(backend)                                                                                         \
    SHIPDECK_SCRATCH_DATABASE(scratch, backend);                                                                       \
    Database db(scratch.config());                                                                                     \
    QVERIFY(db.open().ok());

void TestCsvImport::detectsEncodingAndDelimiter_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("encoding");
    QTest::addColumn<char>("delimiter");
    QTest::newRow("UTF-8 with BOM, comma") << u"shop-utf8-bom.csv"_s << QByteArray("UTF-8") << ',';
    QTest::newRow("German Windows-1252, semicolon")
        << u"shop-de-windows1252.csv"_s << QByteArray("windows-1252") << ';';
    QTest::newRow("UTF-16 LE, tab") << u"shop-utf16.csv"_s << QByteArray("UTF-16LE") << '\t';
    QTest::newRow("plain UTF-8, pipe") << u"bad-rows.csv"_s << QByteArray("UTF-8") << '|';
    QTest::newRow("short UTF-8, one umlaut") << u"short-utf8.csv"_s << QByteArray("UTF-8") << ';';
    QTest::newRow("Excel's sep= line") << u"excel-sep-line.csv"_s << QByteArray("UTF-8") << ';';
}

void TestCsvImport::detectsEncodingAndDelimiter()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, encoding);
    QFETCH(char, delimiter);
    const CsvFormat format = CsvSniffer::detect(bytesOf(fixture(file)));
    QCOMPARE(format.encoding, encoding);
    QCOMPARE(format.delimiter, delimiter);
}

void TestCsvImport::mapsEnglishAndGermanHeaders()
{
    for (const QString &file : {u"shop-utf8-bom.csv"_s, u"shop-de-windows1252.csv"_s, u"shop-utf16.csv"_s}) {
        const ColumnMapping mapping = ColumnMapping::detect(tableOf(file), carriers);
        // The fixtures have the fields' columns in ImportField order, with one name column.
        for (const ImportField field : ImportFields::all()) {
            const int expected = field == ImportField::RecipientFirstName ? -1
                                 : field < ImportField::RecipientFirstName ? int(field)
                                                                           : int(field) - 1;
            QVERIFY2(mapping.column(field) == expected, qPrintable(file + u": "_s + ImportFields::label(field)));
        }
    }
}

void TestCsvImport::mapsUnnamedColumnsByContent()
{
    const QByteArray csv = "id,no,a,b,c,d,e\n"
                           "1,JJD01234567,DHL,x@example.com,DE,2026-11-02,2026-11-05\n"
                           "2,1Z999AA10123456784,UPS,y@example.com,Germany,2026-11-03,2026-11-06\n";
    CsvTable table;
    QVERIFY(CsvReader::parse(csv, CsvSniffer::detect(csv), table).ok());
    const ColumnMapping mapping = ColumnMapping::detect(table, carriers);
    QCOMPARE(mapping.column(ImportField::Carrier), 2);
    QCOMPARE(mapping.column(ImportField::Email), 3);
    QCOMPARE(mapping.column(ImportField::CountryCode), 4);
    QCOMPARE(mapping.column(ImportField::ShipDate), 5);
    QCOMPARE(mapping.column(ImportField::PromisedDate), 6);
    QCOMPARE(mapping.column(ImportField::TrackingNumber), -1); // the user maps what cannot be recognised

    ColumnMapping remapped = mapping;
    remapped.setColumn(ImportField::TrackingNumber, 1);
    remapped.setColumn(ImportField::OrderNumber, 2); // takes the column away from the carrier
    QCOMPARE(remapped.column(ImportField::OrderNumber), 2);
    QCOMPARE(remapped.column(ImportField::Carrier), -1);
}

void TestCsvImport::joinsSplitNames()
{
    const QByteArray csv = "Sendungsnummer;Versanddienstleister;Vorname;Nachname\n"
                           "JJD0001111;DHL;Anna;Schmidt\n"
                           "JJD0002222;DHL;;Müller GmbH\n";
    CsvTable table;
    QVERIFY(CsvReader::parse(csv, CsvSniffer::detect(csv), table).ok());
    const ColumnMapping mapping = ColumnMapping::detect(table, carriers);
    QCOMPARE(mapping.column(ImportField::RecipientFirstName), 2);
    QCOMPARE(mapping.column(ImportField::RecipientName), 3);
    ShipmentRowReader reader(mapping, carriers);
    Shipment shipment;
    QVERIFY(reader.read(table.rows[0], shipment).isEmpty());
    QCOMPARE(shipment.recipientName, u"Anna Schmidt"_s);
    QVERIFY(reader.read(table.rows[1], shipment).isEmpty());
    QCOMPARE(shipment.recipientName, u"Müller GmbH"_s);
}

void TestCsvImport::keepsQuotedDelimitersAndLineBreaks()
{
    const CsvTable table = tableOf(u"shop-utf8-bom.csv"_s);
    QCOMPARE(table.header.first(), u"Order Number"_s); // no BOM glued to the first name
    QCOMPARE(table.rows.size(), 3);
    QCOMPARE(table.rows[0][3], u"Müller, Jürgen"_s);
    QCOMPARE(table.rows[1][3], u"Anna \"Ann\" Schmidt"_s);
    QCOMPARE(table.rows[2][3], u"Zoë Åberg\r\nc/o Lindqvist"_s);
    QCOMPARE(table.rows[2][9], u"2026-11-09"_s);

    // Excel's "sep=;" line names the delimiter and is not a row, as in Excel itself.
    const CsvTable excel = tableOf(u"excel-sep-line.csv"_s);
    QCOMPARE(excel.header, QStringList({u"Order"_s, u"Tracking number"_s, u"Carrier"_s, u"Recipient"_s}));
    QCOMPARE(excel.rows.size(), 2);
    QCOMPARE(excel.rows[0][3], u"Müller, Jürgen"_s);

    const CsvTable bad = tableOf(u"bad-rows.csv"_s);
    QCOMPARE(bad.rows.size(), 12); // blank line kept, so row numbers match a spreadsheet's
    QCOMPARE(bad.rows[3][3], u"Multi\nLine Name"_s);
    QVERIFY(bad.rows[8].isEmpty());
    QCOMPARE(bad.rows[9][0], u"5009"_s);
}

void TestCsvImport::readsDates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("expected");
    QTest::newRow("ISO") << u"2026-11-03"_s << QDate(2026, 11, 3);
    QTest::newRow("ISO with time") << u"2026-11-03T14:05:00+01:00"_s << QDate(2026, 11, 3);
    QTest::newRow("German") << u"03.11.2026"_s << QDate(2026, 11, 3);
    QTest::newRow("German short") << u"3.11.26"_s << QDate(2026, 11, 3);
    QTest::newRow("US, unambiguous") << u"11/23/2026"_s << QDate(2026, 11, 23);
    QTest::newRow("British, unambiguous") << u"23/11/2026"_s << QDate(2026, 11, 23);
    QTest::newRow("same day and month") << u"05/05/2026"_s << QDate(2026, 5, 5);
    QTest::newRow("empty is no date") << u""_s << QDate();
}

void TestCsvImport::readsDates()
{
    QFETCH(QString, text);
    QFETCH(QDate, expected);
    QDate date;
    QString reason;
    QVERIFY2(ImportDate::parse(text, ImportDate::SlashOrder::Unknown, date, reason), qPrintable(reason));
    QCOMPARE(date, expected);
}

void TestCsvImport::learnsSlashOrderFromTheColumn()
{
    using Order = ImportDate::SlashOrder;
    const auto learnt = [](const QStringList &values) {
        ImportDate::OrderLearner learner;
        for (const QString &value : values)
            learner.learn(value);
        return learner.order();
    };
    QCOMPARE(learnt({u"11/02/2026"_s, u"11/15/2026"_s}), Order::MonthFirst);
    QCOMPARE(learnt({u"02/11/2026"_s, u"15/11/2026"_s}), Order::DayFirst);
    QCOMPARE(learnt({u"02/11/2026"_s, u"2026-11-15"_s}), Order::Unknown);
    QCOMPARE(learnt({u"15/11/2026"_s, u"11/15/2026"_s}), Order::Mixed);

    QDate date;
    QString reason;
    QVERIFY(ImportDate::parse(u"11/02/2026"_s, Order::MonthFirst, date, reason));
    QCOMPARE(date, QDate(2026, 11, 2));
    QVERIFY(ImportDate::parse(u"11/02/2026"_s, Order::DayFirst, date, reason));
    QCOMPARE(date, QDate(2026, 2, 11));
    QVERIFY(!ImportDate::parse(u"11/02/2026"_s, Order::Mixed, date, reason));
    QCOMPARE(reason, u"\"11/02/2026\" is ambiguous: 2026-02-11 if the day comes first, 2026-11-02 if the month does; "
                     "write it as 2026-02-11 or 2026-11-02"_s);
    QVERIFY(!ImportDate::parse(u"31.02.2026"_s, Order::Unknown, date, reason));
    QCOMPARE(reason, u"\"31.02.2026\" is not a date in the calendar"_s);
    QVERIFY(!ImportDate::parse(u"13/13/2026"_s, Order::Unknown, date, reason));
}

void TestCsvImport::mapsCarrierNames_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("key");
    QTest::newRow("DHL Paket") << u"DHL Paket"_s << u"dhl"_s;
    QTest::newRow("Deutsche Post DHL") << u"Deutsche Post DHL"_s << u"dhl"_s;
    QTest::newRow("DHL Express") << u"DHL Express"_s << u"dhl"_s;
    QTest::newRow("UPS") << u"UPS"_s << u"ups"_s;
    QTest::newRow("United Parcel Service") << u"United Parcel Service"_s << u"ups"_s;
    QTest::newRow("FedEx") << u"FedEx"_s << u"fedex"_s;
    QTest::newRow("FedEx Ground") << u"FedEx Ground"_s << u"fedex"_s;
    QTest::newRow("Fed-Ex") << u"Fed-Ex"_s << u"fedex"_s;
    QTest::newRow("GLS") << u" gls "_s << u"gls"_s;
    QTest::newRow("DPD Predict") << u"DPD Predict"_s << u"dpd"_s;
    QTest::newRow("Hermes") << u"Hermes"_s << QString();
    QTest::newRow("UPSX") << u"UPSX"_s << QString();
}

void TestCsvImport::mapsCarrierNames()
{
    QFETCH(QString, text);
    QFETCH(QString, key);
    QCOMPARE(CarrierAliases::keyFor(text, carriers), key);
}

void TestCsvImport::mapsCountries_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("code");
    QTest::newRow("alpha-2") << u"de"_s << u"DE"_s;
    QTest::newRow("alpha-3") << u"AUT"_s << u"AT"_s;
    QTest::newRow("English") << u"Germany"_s << u"DE"_s;
    QTest::newRow("native") << u"Österreich"_s << u"AT"_s;
    QTest::newRow("German") << u"Niederlande"_s << u"NL"_s;
    QTest::newRow("UK") << u"UK"_s << u"GB"_s;
    QTest::newRow("unknown") << u"Atlantis"_s << QString();
}

void TestCsvImport::mapsCountries()
{
    QFETCH(QString, text);
    QFETCH(QString, code);
    QCOMPARE(CountryCodes::alpha2(text), code);
}

void TestCsvImport::importsEachShopFormat_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<Shipment>("last");
    Shipment s;
    s.orderNumber = u"1003"_s;
    s.trackingNumber = u"794644790132"_s;
    s.carrier = u"fedex"_s;
    s.recipientName = u"Zoë Åberg\r\nc/o Lindqvist"_s;
    s.email = u"zoe@example.se"_s;
    s.countryCode = u"SE"_s;
    s.postalCode = u"114 55"_s;
    s.shipDate = QDate(2026, 11, 3);
    s.promisedDate = QDate(2026, 11, 9);
    QTest::newRow("UTF-8 BOM") << u"shop-utf8-bom.csv"_s << s;
    s = {};
    s.orderNumber = u"B-2003"_s;
    s.trackingNumber = u"01234567890123"_s;
    s.carrier = u"dpd"_s;
    s.recipientName = u"Françoise Dupré"_s;
    s.email = u"fd@example.fr"_s;
    s.countryCode = u"FR"_s;
    s.postalCode = u"75001"_s;
    s.shipDate = QDate(2026, 11, 4);
    s.promisedDate = QDate(2026, 11, 10);
    QTest::newRow("German Windows-1252") << u"shop-de-windows1252.csv"_s << s;
    s = {};
    s.orderNumber = u"3002"_s;
    s.trackingNumber = u"1Z999AA10123456785"_s;
    s.carrier = u"ups"_s;
    s.recipientName = u"María José"_s;
    s.email = u"mj@example.es"_s;
    s.countryCode = u"ES"_s;
    s.postalCode = u"28001"_s;
    s.shipDate = QDate(2026, 11, 3);
    s.promisedDate = QDate(2026, 11, 7);
    QTest::newRow("UTF-16 US dates") << u"shop-utf16.csv"_s << s;
}

void TestCsvImport::importsEachShopFormat()
{
    QFETCH(QString, file);
    QFETCH(Shipment, last);
    OPEN_DATABASE(u"sqlite"_s)
    TaskProgress progress(u"import"_s);
    ImportReport report;
    QList<Shipment> saved;
    QVERIFY(ShipmentImporter(db).run(requestFor(fixture(file)), progress, report, saved).ok());
    QVERIFY2(report.issues.isEmpty(), qPrintable(report.issues.value(0).reason));
    QCOMPARE(report.added, report.rowsRead);
    QCOMPARE(progress.done(), progress.total());
    const QList<Shipment> stored = storedShipments(db);
    QCOMPARE(stored.size(), report.added);
    QCOMPARE(saved, stored);
    last.id = stored.last().id;
    QCOMPARE(stored.last(), last);
}

void TestCsvImport::reportsEveryBadRowExactly()
{
    QFETCH(QString, backend);
    OPEN_DATABASE(backend)
    TaskProgress progress(u"import"_s);
    ImportReport report;
    QList<Shipment> saved;
    QVERIFY(ShipmentImporter(db).run(requestFor(fixture(u"bad-rows.csv"_s)), progress, report, saved).ok());
    QCOMPARE(report.rowsRead, 11);
    QCOMPARE(report.added, 2);
    QCOMPARE(report.rejected, 9);
    QCOMPARE(storedShipments(db).size(), 2); // the valid rows are kept
    QCOMPARE(saved.at(1).trackingNumber, u"JJD000390000000010"_s);

    QTemporaryDir dir;
    const QString path = dir.filePath(u"report.csv"_s);
    QVERIFY(report.saveCsv(path).ok());
    const QByteArray expected = bytesOf(fixture(u"bad-rows.report.csv"_s));
    QVERIFY(!expected.isEmpty());
    const QList<QByteArray> actualLines = bytesOf(path).split('\n');
    const QList<QByteArray> expectedLines = expected.split('\n');
    for (qsizetype i = 0; i < std::max(actualLines.size(), expectedLines.size()); ++i)
        QCOMPARE(actualLines.value(i), expectedLines.value(i));
}

void TestCsvImport::reimportAddsNoDuplicates()
{
    QFETCH(QString, backend);
    OPEN_DATABASE(backend)
    for (const QString &file : {u"shop-utf8-bom.csv"_s, u"shop-de-windows1252.csv"_s}) {
        TaskProgress progress(u"import"_s);
        ImportReport report;
        QList<Shipment> saved;
        QVERIFY(ShipmentImporter(db).run(requestFor(fixture(file)), progress, report, saved).ok());
        QCOMPARE(report.added, 3);
    }
    const QList<Shipment> before = storedShipments(db);
    QCOMPARE(before.size(), 6);

    ImportRequest request = requestFor(fixture(u"shop-utf8-bom.csv"_s));
    TaskProgress progress(u"import"_s);
    ImportReport report;
    QList<Shipment> saved;
    QVERIFY(ShipmentImporter(db).run(request, progress, report, saved).ok());
    QCOMPARE(report.added, 0);
    QCOMPARE(report.skipped, 3);
    QVERIFY(saved.isEmpty());

    request.duplicates = DuplicatePolicy::UpdateShopFields;
    QVERIFY(ShipmentImporter(db).run(request, progress, report, saved).ok());
    QCOMPARE(report.added, 0);
    QCOMPARE(report.updated, 0);
    QCOMPARE(report.unchanged, 3);
    QCOMPARE(storedShipments(db), before);
}

void TestCsvImport::updateKeepsTrackingState()
{
    QFETCH(QString, backend);
    OPEN_DATABASE(backend)
    ImportRequest request = requestFor(fixture(u"shop-utf8-bom.csv"_s));
    TaskProgress progress(u"import"_s);
    ImportReport report;
    QList<Shipment> saved;
    QVERIFY(ShipmentImporter(db).run(request, progress, report, saved).ok());
    // The poller has since seen the first parcel in transit and the shop changed its promise.
    QList<ShipmentRecord> tracked{{saved.first(), {}}};
    tracked[0].shipment.subStatus = SubStatus::InTransit;
    tracked[0].shipment.promisedDate = QDate(2026, 12, 24);
    tracked[0].shipment.phone.clear();
    QVERIFY(ShipmentRepository(db).saveShipments(tracked).ok());

    request.duplicates = DuplicatePolicy::UpdateShopFields;
    saved.clear();
    QVERIFY(ShipmentImporter(db).run(request, progress, report, saved).ok());
    QCOMPARE(report.updated, 1);
    QCOMPARE(report.unchanged, 2);
    QCOMPARE(saved.size(), 1);
    const Shipment first = storedShipments(db).first();
    QCOMPARE(first.subStatus, SubStatus::InTransit);
    QCOMPARE(first.promisedDate, QDate(2026, 11, 5));
    QCOMPARE(first.phone, u"+49 30 1234567"_s);
}

void TestCsvImport::importsManyBatches()
{
    QFETCH(QString, backend);
    OPEN_DATABASE(backend)
    // Rows across several batches, with a duplicate and a bad row in later batches; slashed dates
    // that only the last row shows to be day first.
    constexpr int Rows = 2 * ShipmentImporter::BatchSize + 234;
    QByteArray csv = "tracking;carrier;shipped\r\n";
    for (int i = 0; i < Rows; ++i) {
        const QByteArray number = i == 1100 ? QByteArray("JJD100000") : "JJD" + QByteArray::number(100000 + i);
        const QByteArray carrier = i == 700 ? "Hermes" : "DHL";
        const QByteArray shipped = i == Rows - 1 ? "13/11/2026" : "02/11/2026";
        csv += number + ';' + carrier + ';' + shipped + "\r\n";
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(u"many.csv"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly) && file.write(csv) == csv.size());
    file.close();
    TaskProgress progress(u"import"_s);
    ImportReport report;
    QList<Shipment> saved;
    QVERIFY(ShipmentImporter(db).run(requestFor(path), progress, report, saved).ok());
    QCOMPARE(report.rowsRead, Rows);
    QCOMPARE(report.added, Rows - 2);
    QCOMPARE(report.rejected, 2);
    QCOMPARE(report.issues.at(0).row, 702);
    QCOMPARE(report.issues.at(1).row, 1102);
    QCOMPARE(report.issues.at(1).reason, u"the same carrier and tracking number as row 2"_s);
    QCOMPARE(progress.done(), progress.total());
    const QList<Shipment> stored = storedShipments(db);
    QCOMPARE(stored.size(), Rows - 2);
    QCOMPARE(stored.first().shipDate, QDate(2026, 11, 2));
    QCOMPARE(stored.last().shipDate, QDate(2026, 11, 13));
}

void TestCsvImport::unclosedQuoteKeepsTheRowsBefore()
{
    QFETCH(QString, backend);
    OPEN_DATABASE(backend)
    QTemporaryDir dir;
    const QString path = dir.filePath(u"broken.csv"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("tracking,carrier,name\n"
               "JJD0001111,DHL,Ann\n"
               "JJD0002222,UPS,Ben \"the\" Builder\n" // a stray quote inside a field is read as text
               "JJD0003333,DHL,\"Cleo\n"
               "JJD0004444,DHL,Dora\n");
    file.close();
    TaskProgress progress(u"import"_s);
    ImportReport report;
    QList<Shipment> saved;
    QVERIFY(ShipmentImporter(db).run(requestFor(path), progress, report, saved).ok());
    QCOMPARE(report.added, 2);
    QCOMPARE(saved.at(1).recipientName, u"Ben \"the\" Builder"_s);
    QCOMPARE(report.rejected, 1);
    QCOMPARE(report.issues.size(), 1);
    QCOMPARE(report.issues.first().row, 4);
    QVERIFY(report.issues.first().reason.startsWith(u"a quoted field starts in this row and never closes"_s));
}

void TestCsvImport::garbageNeverCrashes()
{
    // Whatever the bytes, reading gives rows or a message, and checking rows gives problems.
    QList<QByteArray> inputs{QByteArray(), QByteArray("\0\0\0\0", 4), QByteArray("\xFF\xFE"), QByteArray("\"\"\""),
                             QByteArray(5000, ';'), QByteArray("a\r\r\n\n\rb"), QByteArray("\xEF\xBB\xBF")};
    QByteArray noise;
    quint32 state = 12345;
    for (int i = 0; i < 20000; ++i) {
        state = state * 1103515245 + 12345;
        noise.append(char(state >> 16));
    }
    inputs.append(noise);
    for (const QByteArray &bytes : std::as_const(inputs)) {
        const CsvFormat format = CsvSniffer::detect(bytes);
        CsvTable table;
        const Outcome parsed = CsvReader::parse(bytes, format, table);
        if (!parsed) {
            QVERIFY(!parsed.error().isEmpty());
            continue;
        }
        ColumnMapping mapping = ColumnMapping::detect(table, carriers);
        mapping.setColumn(ImportField::TrackingNumber, 0);
        ShipmentRowReader reader(mapping, carriers);
        reader.learnDateOrders(table);
        for (const QStringList &row : std::as_const(table.rows)) {
            Shipment shipment;
            const QList<FieldProblem> problems = reader.read(row, shipment);
            QVERIFY(!problems.isEmpty() || !shipment.trackingNumber.isEmpty());
        }
    }
}

void TestCsvImport::cancelBeforeSavingSavesNothing()
{
    OPEN_DATABASE(u"sqlite"_s)
    TaskProgress progress(u"import"_s);
    progress.cancel();
    ImportReport report;
    QList<Shipment> saved;
    QVERIFY(ShipmentImporter(db).run(requestFor(fixture(u"shop-utf8-bom.csv"_s)), progress, report, saved).ok());
    QVERIFY(report.canceled);
    QCOMPARE(report.added, 0);
    QVERIFY(storedShipments(db).isEmpty());
    QVERIFY(report.summary().contains(u"Canceled"_s));
}

void TestCsvImport::unreadableFileIsReported()
{
    OPEN_DATABASE(u"sqlite"_s)
    QTemporaryDir dir;
    const QString empty = dir.filePath(u"empty.csv"_s);
    QFile file(empty);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    ImportRequest request = requestFor(empty);
    TaskProgress progress(u"import"_s);
    ImportReport report;
    QList<Shipment> saved;
    Outcome outcome = ShipmentImporter(db).run(request, progress, report, saved);
    QCOMPARE(outcome.error(), u"empty.csv, row 1: the first row is empty; it should name the columns"_s);
    request.path = dir.filePath(u"missing.csv"_s);
    outcome = ShipmentImporter(db).run(request, progress, report, saved);
    QVERIFY(outcome.error().startsWith(u"Cannot read "_s + request.path));
    QCOMPARE(report.failure, outcome.error());
    QCOMPARE(report.summary(), outcome.error());
}

QTEST_GUILESS_MAIN(TestCsvImport)
#include "tst_csvimport.moc"
