#include "model/shipmentcolumns.h"
#include "shipmenttablemodel.h"
#include "taskprogressbar.h"
#include "viewexporter.h"

#include <QApplication>
#include <QFile>
#include <QHeaderView>
#include <QLocale>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;

class TestViewExporter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void csvHasTheViewsRowsAndColumnsInItsOrder();
    void xlsxIsWrittenBesideNoPartialFile();
    void unwritableFolderIsReported();
};

namespace {

ShipmentColumns threeShipments()
{
    ShipmentColumns columns;
    const char *orders[] = {"B", "C", "A"};
    for (int i = 0; i < 3; ++i) {
        Shipment s;
        s.id = i + 1;
        s.orderNumber = QString::fromLatin1(orders[i]);
        s.trackingNumber = u"JJD%1"_s.arg(i);
        s.carrier = i == 1 ? u"ups"_s : u"dhl"_s;
        s.recipientName = u"Zoë %1"_s.arg(i);
        s.countryCode = u"DE"_s;
        s.shipDate = QDate(2026, 11, 2 + i);
        columns.upsert(s);
    }
    return columns;
}

struct View {
    ShipmentColumns shipments = threeShipments();
    ShipmentTableModel model{shipments};
    QTableView table;
    TaskProgressBar progress;
    ViewExporter exporter{shipments, model, *table.horizontalHeader(), progress, &table};

    View() { table.setModel(&model); }
};

QByteArray bytesOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

void TestViewExporter::initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

void TestViewExporter::csvHasTheViewsRowsAndColumnsInItsOrder()
{
    View view;
    view.model.setRowFilter(u"not UPS"_s, [&](qsizetype row) { return view.shipments.carrier(row) != u"ups"_s; });
    view.model.sort(ShipmentTableModel::OrderColumn);
    QHeaderView *header = view.table.horizontalHeader();
    for (int c = 0; c < ShipmentTableModel::ColumnCount; ++c) {
        const bool shown = c == ShipmentTableModel::OrderColumn || c == ShipmentTableModel::CarrierColumn
                           || c == ShipmentTableModel::RecipientColumn || c == ShipmentTableModel::ShippedColumn;
        header->setSectionHidden(c, !shown);
    }
    header->moveSection(header->visualIndex(ShipmentTableModel::ShippedColumn), 0);
    QTRY_COMPARE(view.model.rowCount(), 2);

    QTemporaryDir dir;
    const QString path = dir.filePath(u"view.csv"_s);
    QSignalSpy finished(&view.exporter, &ViewExporter::exportFinished);
    QVERIFY(view.exporter.exportTo(path, ViewExporter::Format::Csv));
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.first().at(1).toString(), QString());
    QCOMPARE(bytesOf(path), QByteArray("\xEF\xBB\xBF"
                                       "Shipped,Order,Carrier,Recipient\r\n"
                                       "2026-11-04,A,DHL,Zo\xC3\xAB 2\r\n"
                                       "2026-11-02,B,DHL,Zo\xC3\xAB 0\r\n"));
}

void TestViewExporter::xlsxIsWrittenBesideNoPartialFile()
{
    View view;
    QTemporaryDir dir;
    const QString path = dir.filePath(u"view.xlsx"_s);
    QSignalSpy finished(&view.exporter, &ViewExporter::exportFinished);
    QVERIFY(view.exporter.exportTo(path, ViewExporter::Format::Xlsx));
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.first().at(1).toString(), QString());
    QVERIFY(bytesOf(path).startsWith("PK"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{u"view.xlsx"_s});
}

void TestViewExporter::unwritableFolderIsReported()
{
    View view;
    QSignalSpy finished(&view.exporter, &ViewExporter::exportFinished);
    const QString path = u"/nonexistent-folder/view.csv"_s;
    QVERIFY(view.exporter.exportTo(path, ViewExporter::Format::Csv));
    // The warning box waits for a click; close it as a user would, whenever it comes up.
    QTimer closer;
    closer.callOnTimeout([] {
        if (QWidget *box = QApplication::activeModalWidget())
            box->close();
    });
    closer.start(10);
    QVERIFY(finished.wait(10000));
    QVERIFY(finished.first().at(1).toString().startsWith(u"Cannot write /nonexistent-folder/view.csv"_s));
}

QTEST_MAIN(TestViewExporter)
#include "tst_viewexporter.moc"
