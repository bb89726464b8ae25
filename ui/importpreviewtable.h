#pragma once

#include "importexport/csvtable.h"

#include <QTableWidget>

class ShipmentRowReader;

// The first rows of a CSV file as they will be imported: one column per shipment field, values
// as Shipdeck will store them, rows numbered as the spreadsheet numbers them. A field that would
// be rejected keeps the file's text, is marked red, and tells why in its tooltip.
class ImportPreviewTable : public QTableWidget
{
    Q_OBJECT

public:
    explicit ImportPreviewTable(QWidget *parent = nullptr);

    // Shows `table`'s rows read through `reader`; returns how many have at least one problem.
    int showRows(const CsvTable &table, const ShipmentRowReader &reader);
};
