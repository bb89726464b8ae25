#pragma once

#include "model/outcome.h"
#include "model/shipmentcolumns.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>

class TaskProgress;

// One column of an export: its heading and where its values come from.
struct ExportColumn {
    QString title;
    ShipmentColumns::Column column;
};

// Writes rows of the column store, in the order given, with the columns given (the console's
// current view: its sort, its filter, its visible columns), to CSV or XLSX. Works on its own copy
// of the store (implicitly shared, so the copy is cheap), so it may run on any thread while the
// console keeps changing the original. Cancelled or failed exports leave no file behind.
class ShipmentExport
{
    Q_DECLARE_TR_FUNCTIONS(ShipmentExport)

public:
    // Excel's limit on rows per sheet, the header included.
    static constexpr qsizetype MaxXlsxRows = 1048576;

    ShipmentExport(const ShipmentColumns &shipments, QList<qsizetype> rows, QList<ExportColumn> columns);

    // How a carrier key is shown ("dhl" -> "DHL"); the key itself unless set.
    void setCarrierName(std::function<QString(const QString &)> carrierName);

    // UTF-8 with BOM, RFC 4180; dates ISO 8601, times local "yyyy-MM-dd HH:mm".
    Outcome writeCsv(const QString &path, char delimiter, TaskProgress &progress) const;
    // Real dates (shown in the reader's own short date format), a bold frozen header row,
    // an autofilter and column widths that fit the contents.
    Outcome writeXlsx(const QString &path, TaskProgress &progress) const;

private:
    QString text(const ExportColumn &column, qsizetype row) const;
    bool isDateColumn(const ExportColumn &column) const;

    ShipmentColumns m_shipments;
    QList<qsizetype> m_rows;
    QList<ExportColumn> m_columns;
    std::function<QString(const QString &)> m_carrierName;
};
