#include "importpreviewtable.h"

#include "carriername.h"
#include "importexport/importfield.h"
#include "importexport/shipmentrowreader.h"

#include <QHeaderView>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace {

QString storedText(ImportField field, const Shipment &s)
{
    const QLocale locale;
    switch (field) {
    case ImportField::OrderNumber: return s.orderNumber;
    case ImportField::TrackingNumber: return s.trackingNumber;
    case ImportField::Carrier: return CarrierName::forKey(s.carrier);
    case ImportField::RecipientFirstName: return {}; // shown joined, under Recipient
    case ImportField::RecipientName: return s.recipientName;
    case ImportField::Email: return s.email;
    case ImportField::Phone: return s.phone;
    case ImportField::CountryCode: return s.countryCode;
    case ImportField::PostalCode: return s.postalCode;
    case ImportField::ShipDate: return locale.toString(s.shipDate, QLocale::ShortFormat);
    case ImportField::PromisedDate: return locale.toString(s.promisedDate, QLocale::ShortFormat);
    }
    return {};
}

} // namespace

ImportPreviewTable::ImportPreviewTable(QWidget *parent) : QTableWidget(parent)
{
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setAlternatingRowColors(true);
    setWordWrap(false);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    horizontalHeader()->setStretchLastSection(true);
    setColumnCount(ImportFields::Count);
    QStringList labels;
    for (const ImportField field : ImportFields::all())
        labels.append(ImportFields::label(field));
    setHorizontalHeaderLabels(labels);
    setColumnHidden(int(ImportField::RecipientFirstName), true);
}

int ImportPreviewTable::showRows(const CsvTable &table, const ShipmentRowReader &reader)
{
    clearContents();
    setRowCount(0);
    int rejected = 0;
    const QColor problemBackground(0xfd, 0xe7, 0xe9);
    const QColor problemText(0xb0, 0x00, 0x20);
    for (qsizetype i = 0; i < table.rows.size(); ++i) {
        const QStringList &row = table.rows[i];
        if (row.isEmpty())
            continue;
        Shipment shipment;
        const QList<FieldProblem> problems = reader.read(row, shipment);
        rejected += !problems.isEmpty();
        const int at = rowCount();
        insertRow(at);
        setVerticalHeaderItem(at, new QTableWidgetItem(QString::number(CsvTable::spreadsheetRow(i))));
        for (const ImportField field : ImportFields::all()) {
            auto *item = new QTableWidgetItem(storedText(field, shipment));
            for (const FieldProblem &problem : problems) {
                if (problem.field != field)
                    continue;
                item->setText(problem.value);
                item->setBackground(problemBackground);
                item->setForeground(problemText);
                item->setToolTip(problem.reason);
                item->setData(Qt::AccessibleDescriptionRole, problem.reason);
            }
            setItem(at, int(field), item);
        }
    }
    resizeColumnsToContents();
    for (int c = 0; c < columnCount(); ++c)
        setColumnWidth(c, std::clamp(columnWidth(c), 70, 260));
    return rejected;
}
