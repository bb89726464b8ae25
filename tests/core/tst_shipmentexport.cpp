#include "importexport/columnmapping.h"
#include "importexport/csvreader.h"
#include "importexport/csvsniffer.h"
#include "importexport/shipmentexport.h"
#include "importexport/shipmentrowreader.h"
#include "model/shipmentcolumns.h"
#include "tasks/taskprogress.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using Column = ShipmentColumns::Column;

class TestShipmentExport : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void csvRoundTripsThroughTheImporter_data();
    void csvRoundTripsThroughTheImporter();
    void csvFollowsTheViewsRowsAndColumns();
    void xlsxHasRealDatesBoldFrozenHeaderAndFilter();
    void canceledExportLeavesNoFile();
    void csvGuardsCellsThatWouldRunAsFormulas();

private:
    ShipmentColumns m_columns;
};

namespace {

const QStringList carriers{u"dhl"_s, u"ups"_s, u"fedex"_s, u"gls"_s, u"dpd"_s};

Shipment shipment(int i)
{
    Shipment s;
    s.id = 100 + i;
    s.orderNumber = u"SO-%1"_s.arg(i);
    s.trackingNumber = u"JJD00039000000%1"_s.arg(i, 4, 10, QChar(u'0'));
    s.carrier = i % 2 ? u"ups"_s : u"dhl"_s;
    s.service = u"Paket"_s;
    s.recipientName = u"Jürgen Weiß %1"_s.arg(i);
    s.email = u"kunde%1@example.de"_s.arg(i);
    s.phone = u"+49 30 %1"_s.arg(1000 + i);
    s.countryCode = u"DE"_s;
    s.postalCode = u"%1"_s.arg(10115 + i);
    s.shipDate = QDate(2026, 11, 2).addDays(i % 5);
    s.promisedDate = QDate(2026, 11, 6).addDays(i % 5);
    s.subStatus = SubStatus::InTransit;
    s.lastEventAt = QDateTime(QDate(2026, 11, 3), QTime(9, 30), Qt::UTC);
    return s;
}

const QList<ExportColumn> importableColumns{
    {u"Tracking number"_s, Column::TrackingNumber}, {u"Carrier"_s, Column::Carrier},
    {u"Order"_s, Column::OrderNumber},               {u"Recipient"_s, Column::RecipientName},
    {u"E-mail"_s, Column::Email},                    {u"Phone"_s, Column::Phone},
    {u"Country"_s, Column::CountryCode},             {u"Postal code"_s, Column::PostalCode},
    {u"Shipped"_s, Column::ShipDate},                {u"Promised"_s, Column::PromisedDate},
    {u"Status"_s, Column::Status},
};

QString carrierName(const QString &key) { return key == u"ups"_s ? u"UPS"_s : u"DHL Paket"_s; }

QByteArray bytesOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// A part of the XLSX zip, read with Python's zipfile so the check does not trust our own writer.
QString zipPart(const QString &zip, const QString &part)
{
    QProcess python;
    python.start(u"/usr/bin/python3"_s,
        { u"-c"_s, u"import sys, zipfile; sys.stdout.write(zipfile.ZipFile(sys.argv[1]).read(sys.argv[2]).decode())"_s,
            zip, part });
    if (!python.waitForFinished(30000) || python.exitCode() != 0)
        return {};
    return QString::fromUtf8(python.readAllStandardOutput());
}

} // namespace

void TestShipmentExport::init()
{
    m_columns.clear();
    for (int i = 0; i < 20; ++i)
        m_columns.upsert(shipment(i));
    Shipment awkward = shipment(20);
    awkward.recipientName = u"Müller, \"Jo\"\nc/o Café Größ"_s;
    awkward.orderNumber = u" padded "_s;
    m_columns.upsert(awkward);
    Shipment formula = shipment(21);
    formula.recipientName = u"=HYPERLINK(\"http://127.0.0.1/x\",\"Click\")"_s;
    formula.orderNumber = u"-SO-21"_s;
    m_columns.upsert(formula);
}

void TestShipmentExport::csvRoundTripsThroughTheImporter_data()
{
    QTest::addColumn<char>("delimiter");
    QTest::newRow("comma") << ',';
    QTest::newRow("semicolon (German Excel)") << ';';
}

void TestShipmentExport::csvRoundTripsThroughTheImporter()
{
    QFETCH(char, delimiter);
    QList<qsizetype> rows;
    for (qsizetype row = m_columns.size() - 1; row >= 0; --row)
        rows.append(row);
    ShipmentExport exporter(m_columns, rows, importableColumns);
    exporter.setCarrierName(carrierName);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"view.csv"_s);
    TaskProgress progress(u"export"_s);
    QVERIFY(exporter.writeCsv(path, delimiter, progress).ok());
    QCOMPARE(progress.done(), rows.size());

    const QByteArray bytes = bytesOf(path);
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const CsvFormat format = CsvSniffer::detect(bytes);
    QCOMPARE(format.delimiter, delimiter);
    CsvTable table;
    QVERIFY(CsvReader::parse(bytes, format, table).ok());
    QCOMPARE(table.rows.size(), rows.size());
    const ColumnMapping mapping = ColumnMapping::detect(table, carriers);
    ShipmentRowReader reader(mapping, carriers);
    reader.learnDateOrders(table);
    for (qsizetype i = 0; i < rows.size(); ++i) {
        Shipment read;
        const QList<FieldProblem> problems = reader.read(table.rows[i], read);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.value(0).reason));
        Shipment expected = m_columns.shipment(rows[i]);
        QCOMPARE(table.rows[i].last(), Taxonomy::statusLabel(expected.status()));
        expected.orderNumber = expected.orderNumber.trimmed(); // the importer trims, as it should
        read.id = expected.id;
        read.service = expected.service;
        read.subStatus = expected.subStatus;
        read.lastEventAt = expected.lastEventAt;
        QCOMPARE(read, expected);
    }
    QCOMPARE(table.rows.at(1).at(3), u"Müller, \"Jo\"\nc/o Café Größ"_s); // rows run backwards: 21, 20, ...
    QCOMPARE(table.rows.at(0).at(3), u"'=HYPERLINK(\"http://127.0.0.1/x\",\"Click\")"_s); // guarded, read back above
}

void TestShipmentExport::csvFollowsTheViewsRowsAndColumns()
{
    ShipmentExport exporter(m_columns, {3, 1}, {{u"Shipped"_s, Column::ShipDate}, {u"Order"_s, Column::OrderNumber},
                                               {u"Last event"_s, Column::LastEventAt}});
    QTemporaryDir dir;
    const QString path = dir.filePath(u"view.csv"_s);
    TaskProgress progress(u"export"_s);
    QVERIFY(exporter.writeCsv(path, ',', progress).ok());
    const QString local
        = QDateTime(QDate(2026, 11, 3), QTime(9, 30), Qt::UTC).toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s);
    QCOMPARE(bytesOf(path),
        "\xEF\xBB\xBF"
            + u"Shipped,Order,Last event\r\n2026-11-05,SO-3,%1\r\n2026-11-03,SO-1,%1\r\n"_s.arg(local).toUtf8());
}

void TestShipmentExport::xlsxHasRealDatesBoldFrozenHeaderAndFilter()
{
    ShipmentExport exporter(m_columns, {20, 0}, importableColumns);
    exporter.setCarrierName(carrierName);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"view.xlsx"_s);
    TaskProgress progress(u"export"_s);
    QVERIFY(exporter.writeXlsx(path, progress).ok());
    QVERIFY(!QFile::exists(path + u".part"_s));

    const QString sheet = zipPart(path, u"xl/worksheets/sheet1.xml"_s);
    QVERIFY2(!sheet.isEmpty(), "python3 could not read the XLSX zip");
    QVERIFY(sheet.contains(u"<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"_s));
    QVERIFY(sheet.contains(u"<autoFilter ref=\"A1:K3\"/>"_s));
    QVERIFY(sheet.contains(u"<col min=\"1\" max=\"1\" width=\""_s));
    // Header row: inline strings in the bold style.
    const QRegularExpression headerCell(
        u"<c r=\"A1\" s=\"(\\d+)\" t=\"inlineStr\"><is><t>Tracking number</t></is></c>"_s);
    const QRegularExpressionMatch header = headerCell.match(sheet);
    QVERIFY2(header.hasMatch(), qPrintable(sheet.left(2000)));
    QVERIFY(sheet.contains(u"<t>Müller, \"Jo\"\nc/o Café Größ</t>"_s));
    QVERIFY(sheet.contains(u"<t>DHL Paket</t>"_s));
    // 2026-11-02 is day 46328 after Excel's epoch: a number, styled as a date.
    const QRegularExpression dateCell(u"<c r=\"I3\" s=\"(\\d+)\"><v>46328</v></c>"_s);
    const QRegularExpressionMatch date = dateCell.match(sheet);
    QVERIFY2(date.hasMatch(), qPrintable(sheet));

    const QString styles = zipPart(path, u"xl/styles.xml"_s);
    const QRegularExpression xf(u"<xf [^>]*/?>"_s);
    QStringList cellXfs;
    const QString cellXfsPart = styles.section(u"<cellXfs"_s, 1).section(u"</cellXfs>"_s, 0, 0);
    for (auto it = xf.globalMatch(cellXfsPart); it.hasNext();)
        cellXfs.append(it.next().captured(0));
    const QString dateStyle = cellXfs.value(date.captured(1).toInt());
    QVERIFY2(dateStyle.contains(u"numFmtId=\"14\""_s), qPrintable(dateStyle));
    const QString headerStyle = cellXfs.value(header.captured(1).toInt());
    const int fontId = headerStyle.section(u"fontId=\""_s, 1).section(u'"', 0, 0).toInt();
    const QString fonts = styles.section(u"<fonts"_s, 1).section(u"</fonts>"_s, 0, 0);
    QVERIFY2(fonts.split(u"<font>"_s).value(fontId + 1).contains(u"<b/>"_s), qPrintable(fonts));
}

void TestShipmentExport::canceledExportLeavesNoFile()
{
    ShipmentExport exporter(m_columns, {0, 1, 2}, importableColumns);
    QTemporaryDir dir;
    TaskProgress progress(u"export"_s);
    progress.cancel();
    for (const QString &name : {u"view.csv"_s, u"view.xlsx"_s}) {
        const QString path = dir.filePath(name);
        const Outcome outcome = name.endsWith(u"csv"_s) ? exporter.writeCsv(path, ',', progress)
                                                        : exporter.writeXlsx(path, progress);
        QCOMPARE(outcome.error(), u"Export canceled; no file was written."_s);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList());
    }
}

void TestShipmentExport::csvGuardsCellsThatWouldRunAsFormulas()
{
    ShipmentExport exporter(m_columns, {21, 1},
                            {{u"Order"_s, Column::OrderNumber}, {u"Recipient"_s, Column::RecipientName},
                             {u"Phone"_s, Column::Phone}});
    QTemporaryDir dir;
    const QString path = dir.filePath(u"view.csv"_s);
    TaskProgress progress(u"export"_s);
    QVERIFY(exporter.writeCsv(path, ',', progress).ok());
    QCOMPARE(bytesOf(path),
             "\xEF\xBB\xBF"
                 + u"Order,Recipient,Phone\r\n"
                   "'-SO-21,\"'=HYPERLINK(\"\"http://127.0.0.1/x\"\",\"\"Click\"\")\",+49 30 1021\r\n"
                   "SO-1,Jürgen Weiß 1,+49 30 1001\r\n"_s.toUtf8());
}

QTEST_GUILESS_MAIN(TestShipmentExport)
#include "tst_shipmentexport.moc"

