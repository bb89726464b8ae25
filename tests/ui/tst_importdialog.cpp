#include "importdialog.h"
#include "importexport/shipmentimporter.h"
#include "importpreviewtable.h"
#include "storage/database.h"
#include "storage/shipmentrepository.h"
#include "testdatabases.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestImportDialog : public QObject
{
    Q_OBJECT

private slots:
    void showsDetectedFormatAndMapping();
    void userRemapsAColumn();
    void previewMarksRejectedFields();
    void importsAndReportsRejectedRows();
    void importsAgainWithoutDuplicates();
    void unusableDatabaseIsReported();
};

namespace {

const QStringList carriers{u"dhl"_s, u"ups"_s, u"fedex"_s, u"gls"_s, u"dpd"_s};

QString fixture(const QString &name) { return TestDatabases::testDataPath(u"import/"_s + name); }

QComboBox *fieldCombo(ImportDialog &dialog, ImportField field)
{
    return dialog.findChild<QComboBox *>(u"map%1"_s.arg(int(field)));
}

// The preview row showing spreadsheet row `row`, or -1.
int previewRow(QTableWidget *preview, int row)
{
    for (int i = 0; i < preview->rowCount(); ++i) {
        if (preview->verticalHeaderItem(i)->text() == QString::number(row))
            return i;
    }
    return -1;
}

ImportReport importWith(ImportDialog &dialog, QList<Shipment> *imported = nullptr)
{
    QSignalSpy finished(&dialog, &ImportDialog::importFinished);
    QSignalSpy shipments(&dialog, &ImportDialog::shipmentsImported);
    QTest::mouseClick(dialog.findChild<QPushButton *>(u"import"_s), Qt::LeftButton);
    if (!finished.wait(20000))
        return {};
    if (imported && !shipments.isEmpty())
        *imported = shipments.first().first().value<QList<Shipment>>();
    return dialog.report();
}

} // namespace

void TestImportDialog::showsDetectedFormatAndMapping()
{
    ImportDialog dialog({}, carriers);
    dialog.openFile(fixture(u"shop-de-windows1252.csv"_s));
    auto *encoding = dialog.findChild<QComboBox *>(u"encoding"_s);
    QCOMPARE(encoding->currentData().toByteArray(), QByteArray("windows-1252"));
    QCOMPARE(encoding->currentText(), u"Windows-1252 — detected"_s);
    QCOMPARE(dialog.findChild<QComboBox *>(u"delimiter"_s)->currentText(), u"Semicolon ( ; ) — detected"_s);
    QCOMPARE(fieldCombo(dialog, ImportField::TrackingNumber)->currentText(), u"Sendungsnummer"_s);
    QCOMPARE(fieldCombo(dialog, ImportField::Carrier)->currentText(), u"Versanddienstleister"_s);
    QCOMPARE(fieldCombo(dialog, ImportField::RecipientName)->currentText(), u"Empfänger"_s);
    QCOMPARE(fieldCombo(dialog, ImportField::PostalCode)->currentText(), u"PLZ"_s);
    QCOMPARE(fieldCombo(dialog, ImportField::PromisedDate)->currentText(), u"Lieferdatum zugesagt"_s);
    auto *preview = dialog.findChild<ImportPreviewTable *>(u"preview"_s);
    QCOMPARE(preview->rowCount(), 3);
    QCOMPARE(preview->item(0, int(ImportField::RecipientName))->text(), u"Jörg Weiß"_s);
    QCOMPARE(preview->item(1, int(ImportField::CountryCode))->text(), u"AT"_s);

    // The wrong encoding garbles the umlauts; the dialog says so.
    encoding->setCurrentIndex(encoding->findData(QByteArray("UTF-8")));
    auto *problem = dialog.findChild<QLabel *>(u"problem"_s);
    QVERIFY(problem->isVisibleTo(&dialog));
    QVERIFY(problem->text().startsWith(u"Some characters are not valid in this encoding"_s));
    QVERIFY(fieldCombo(dialog, ImportField::Carrier)->itemText(4).contains(QChar::ReplacementCharacter));
}

void TestImportDialog::userRemapsAColumn()
{
    ImportDialog dialog({}, carriers);
    dialog.openFile(fixture(u"shop-utf8-bom.csv"_s));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *preview = dialog.findChild<ImportPreviewTable *>(u"preview"_s);
    QCOMPARE(preview->item(1, int(ImportField::CountryCode))->text(), u"AT"_s);

    // The user drops the country: Home selects "not imported".
    QComboBox *country = fieldCombo(dialog, ImportField::CountryCode);
    country->setFocus();
    QTest::keyClick(country, Qt::Key_Home);
    QCOMPARE(dialog.mapping().column(ImportField::CountryCode), -1);
    QCOMPARE(preview->item(1, int(ImportField::CountryCode))->text(), QString());

    // ... and takes the last column (Promised Date) as the order number: the promise is unmapped.
    QComboBox *order = fieldCombo(dialog, ImportField::OrderNumber);
    order->setFocus();
    QTest::keyClick(order, Qt::Key_End);
    QCOMPARE(dialog.mapping().column(ImportField::OrderNumber), 9);
    QCOMPARE(fieldCombo(dialog, ImportField::PromisedDate)->currentIndex(), 0);
    QCOMPARE(preview->item(0, int(ImportField::OrderNumber))->text(), u"2026-11-05"_s);
    QCOMPARE(preview->item(0, int(ImportField::PromisedDate))->text(), QString());
}

void TestImportDialog::previewMarksRejectedFields()
{
    ImportDialog dialog({}, carriers);
    dialog.openFile(fixture(u"bad-rows.csv"_s));
    auto *preview = dialog.findChild<ImportPreviewTable *>(u"preview"_s);
    QCOMPARE(preview->rowCount(), 11); // the blank line is not shown
    const int row5 = previewRow(preview, 5);
    QVERIFY(row5 >= 0);
    QTableWidgetItem *email = preview->item(row5, int(ImportField::Email));
    QCOMPARE(email->text(), u"not-an-email"_s);
    QCOMPARE(email->toolTip(), u"not an e-mail address (name@example.com)"_s);
    QVERIFY(email->background().style() != Qt::NoBrush);
    QVERIFY(preview->item(row5, int(ImportField::RecipientName))->toolTip().isEmpty());
    const int row12 = previewRow(preview, 12);
    QCOMPARE(preview->item(row12, int(ImportField::TrackingNumber))->text(), u"JJD000390000000010"_s);
    QCOMPARE(preview->item(row12, int(ImportField::Carrier))->text(), u"DHL"_s);
    QVERIFY(preview->item(row12, int(ImportField::TrackingNumber))->toolTip().isEmpty());
    const QString summary = dialog.findChild<QLabel *>(u"previewSummary"_s)->text();
    QVERIFY2(summary.contains(u"8 would be rejected"_s), qPrintable(summary));

    if (const QString dir = qEnvironmentVariable("SHIPDECK_SCREENSHOT_DIR"); !dir.isEmpty()) {
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.grab().save(dir + u"/importdialog-preview.png"_s));
    }
}

void TestImportDialog::importsAndReportsRejectedRows()
{
    SHIPDECK_SCRATCH_DATABASE(scratch, u"sqlite"_s);
    ImportDialog dialog(scratch.config(), carriers);
    dialog.openFile(fixture(u"bad-rows.csv"_s));
    dialog.show();
    QList<Shipment> imported;
    const ImportReport report = importWith(dialog, &imported);
    QCOMPARE(report.added, 2);
    QCOMPARE(report.rejected, 9);
    QCOMPARE(imported.size(), 2);
    QVERIFY(imported.first().id > 0);
    QCOMPARE(dialog.findChild<QStackedWidget *>()->currentIndex(), 1);
    QCOMPARE(dialog.findChild<QLabel *>(u"summary"_s)->text(), u"11 row(s) read: 2 new, 9 rejected."_s);
    auto *issues = dialog.findChild<QTableWidget *>(u"issues"_s);
    QCOMPARE(issues->rowCount(), 12);
    QCOMPARE(issues->item(1, 0)->data(Qt::DisplayRole).toInt(), 4);
    QCOMPARE(issues->item(1, 1)->text(), u"Carrier"_s);
    QCOMPARE(issues->item(1, 2)->text(), u"Hermes"_s);
    QVERIFY(dialog.findChild<QPushButton *>(u"saveReport"_s)->isEnabled());

    if (const QString dir = qEnvironmentVariable("SHIPDECK_SCREENSHOT_DIR"); !dir.isEmpty())
        QVERIFY(dialog.grab().save(dir + u"/importdialog-report.png"_s));

    QTemporaryDir dir;
    const QString path = dir.filePath(u"rejected.csv"_s);
    QVERIFY(dialog.saveReport(path));
    QFile saved(path);
    QFile expected(fixture(u"bad-rows.report.csv"_s));
    QVERIFY(saved.open(QIODevice::ReadOnly) && expected.open(QIODevice::ReadOnly));
    QCOMPARE(saved.readAll(), expected.readAll());
}

void TestImportDialog::importsAgainWithoutDuplicates()
{
    SHIPDECK_SCRATCH_DATABASE(scratch, u"sqlite"_s);
    for (int round = 0; round < 2; ++round) {
        ImportDialog dialog(scratch.config(), carriers);
        dialog.openFile(fixture(u"shop-utf16.csv"_s));
        auto *duplicates = dialog.findChild<QComboBox *>(u"duplicates"_s);
        QCOMPARE(DuplicatePolicy(duplicates->currentData().toInt()), DuplicatePolicy::Skip);
        const ImportReport report = importWith(dialog);
        QCOMPARE(report.added, round == 0 ? 2 : 0);
        QCOMPARE(report.skipped, round == 0 ? 0 : 2);
    }
    Database db(scratch.config());
    QVERIFY(db.open().ok());
    qint64 count = 0;
    QVERIFY(ShipmentRepository(db).countShipments(count).ok());
    QCOMPARE(count, 2);
}

void TestImportDialog::unusableDatabaseIsReported()
{
    QTemporaryDir dir;
    QFile blocker(dir.filePath(u"not-a-folder"_s));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    ImportDialog dialog(DatabaseConfig::sqlite(dir.filePath(u"not-a-folder/shipdeck.sqlite"_s)), carriers);
    dialog.openFile(fixture(u"shop-utf8-bom.csv"_s));
    const ImportReport report = importWith(dialog);
    QVERIFY(!report.failure.isEmpty());
    QCOMPARE(report.added, 0);
    QCOMPARE(dialog.findChild<QLabel *>(u"summary"_s)->text(), report.failure);
    QVERIFY2(report.failure.contains(u"not-a-folder"_s), qPrintable(report.failure));
}

QTEST_MAIN(TestImportDialog)
#include "tst_importdialog.moc"
