#include "shipmentexport.h"

#include "csvwriter.h"
#include "tasks/taskprogress.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <xlsxwriter.h>

using namespace Qt::StringLiterals;

namespace {

using Column = ShipmentColumns::Column;

constexpr qsizetype ProgressStep = 1024;
constexpr qsizetype WidthSampleRows = 1000;

// Excel's built-in number formats 14 and 22 follow the reader's regional short date (and time).
constexpr uint8_t LocalDateFormat = 14;
constexpr uint8_t LocalDateTimeFormat = 22;

lxw_datetime toLxw(const QDate &date, const QTime &time = QTime(0, 0))
{
    return {date.year(), date.month(), date.day(), time.hour(), time.minute(), double(time.second())};
}

Outcome canceled() { return Outcome::failure(ShipmentExport::tr("Export canceled; no file was written.")); }

} // namespace

ShipmentExport::ShipmentExport(const ShipmentColumns &shipments, QList<qsizetype> rows, QList<ExportColumn> columns)
    : m_shipments(shipments), m_rows(std::move(rows)), m_columns(std::move(columns)),
      m_carrierName([](const QString &key) { return key; })
{
}

void ShipmentExport::setCarrierName(std::function<QString(const QString &)> carrierName)
{
    m_carrierName = std::move(carrierName);
}

bool ShipmentExport::isDateColumn(const ExportColumn &column) const
{
    return column.column == Column::ShipDate || column.column == Column::PromisedDate
           || column.column == Column::CarrierEstimate || column.column == Column::ExpectedDelivery
           || column.column == Column::LastEventAt;
}

QString ShipmentExport::text(const ExportColumn &column, qsizetype row) const
{
    switch (column.column) {
    case Column::Carrier: return m_carrierName(m_shipments.carrier(row));
    case Column::Status: return Taxonomy::statusLabel(m_shipments.status(row));
    case Column::SubStatus: return Taxonomy::subStatusLabel(m_shipments.subStatus(row));
    case Column::LastEventAt: {
        const QDateTime at = m_shipments.lastEventAt(row);
        return at.isValid() ? at.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s) : QString();
    }
    default: return m_shipments.text(column.column, row);
    }
}

Outcome ShipmentExport::writeCsv(const QString &path, char delimiter, TaskProgress &progress) const
{
    progress.setTotal(m_rows.size());
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return Outcome::failure(tr("Cannot write %1: %2").arg(path, out.errorString()));
    CsvWriter writer(out, delimiter);
    QStringList fields;
    for (const ExportColumn &column : m_columns)
        fields.append(column.title);
    writer.writeRow(fields);
    for (qsizetype i = 0; i < m_rows.size() && writer.ok(); ++i) {
        if (i % ProgressStep == 0) {
            if (progress.isCanceled())
                return canceled(); // QSaveFile discards what it wrote
            progress.setDone(i);
        }
        fields.clear();
        for (const ExportColumn &column : m_columns)
            fields.append(text(column, m_rows[i]));
        writer.writeRow(fields);
    }
    if (!writer.ok() || !out.commit())
        return Outcome::failure(tr("Cannot write %1: %2").arg(path, out.errorString()));
    progress.setDone(m_rows.size());
    return Outcome::success();
}

Outcome ShipmentExport::writeXlsx(const QString &path, TaskProgress &progress) const
{
    if (m_rows.size() + 1 > MaxXlsxRows) {
        return Outcome::failure(tr("The view has %1 rows, more than the %2 an XLSX sheet holds; export it to CSV or "
                                   "filter it first.")
                                    .arg(m_rows.size())
                                    .arg(MaxXlsxRows - 1));
    }
    progress.setTotal(m_rows.size());
    // Written beside the target and renamed at the end, so a failure or cancel leaves no half file.
    const QString partial = path + u".part"_s;
    const QByteArray partialName = QFile::encodeName(partial);
    lxw_workbook_options options{LXW_TRUE, nullptr, LXW_FALSE};
    lxw_workbook *workbook = workbook_new_opt(partialName.constData(), &options);
    if (!workbook)
        return Outcome::failure(tr("Cannot write %1").arg(path));
    lxw_worksheet *sheet = workbook_add_worksheet(workbook, tr("Shipments").left(31).toUtf8().constData());
    lxw_format *header = workbook_add_format(workbook);
    format_set_bold(header);
    format_set_bottom(header, LXW_BORDER_THIN);
    lxw_format *date = workbook_add_format(workbook);
    format_set_num_format_index(date, LocalDateFormat);
    format_set_align(date, LXW_ALIGN_LEFT);
    lxw_format *dateTime = workbook_add_format(workbook);
    format_set_num_format_index(dateTime, LocalDateTimeFormat);
    format_set_align(dateTime, LXW_ALIGN_LEFT);

    // Widths first: in constant-memory mode column settings must precede the rows.
    for (qsizetype c = 0; c < m_columns.size(); ++c) {
        const ExportColumn &column = m_columns[c];
        qsizetype chars = column.title.size() + 3; // room for the autofilter button
        if (isDateColumn(column)) {
            chars = std::max<qsizetype>(chars, column.column == Column::LastEventAt ? 17 : 11);
        } else {
            for (qsizetype i = 0; i < std::min(m_rows.size(), WidthSampleRows); ++i)
                chars = std::max(chars, text(column, m_rows[i]).size());
        }
        worksheet_set_column(
            sheet, lxw_col_t(c), lxw_col_t(c), double(std::clamp<qsizetype>(chars + 1, 8, 50)), nullptr);
    }
    worksheet_freeze_panes(sheet, 1, 0);
    if (!m_columns.isEmpty())
        worksheet_autofilter(sheet, 0, 0, lxw_row_t(m_rows.size()), lxw_col_t(m_columns.size() - 1));
    for (qsizetype c = 0; c < m_columns.size(); ++c)
        worksheet_write_string(sheet, 0, lxw_col_t(c), m_columns[c].title.toUtf8().constData(), header);

    bool wasCanceled = false;
    for (qsizetype i = 0; i < m_rows.size() && !wasCanceled; ++i) {
        if (i % ProgressStep == 0) {
            wasCanceled = progress.isCanceled();
            progress.setDone(i);
        }
        const qsizetype row = m_rows[i];
        const auto sheetRow = lxw_row_t(i + 1);
        for (qsizetype c = 0; c < m_columns.size(); ++c) {
            const ExportColumn &column = m_columns[c];
            const auto sheetColumn = lxw_col_t(c);
            if (column.column == Column::LastEventAt) {
                const QDateTime at = m_shipments.lastEventAt(row).toLocalTime();
                if (at.isValid()) {
                    lxw_datetime value = toLxw(at.date(), at.time());
                    worksheet_write_datetime(sheet, sheetRow, sheetColumn, &value, dateTime);
                }
            } else if (isDateColumn(column)) {
                const QDate day = column.column == Column::ShipDate           ? m_shipments.shipDate(row)
                                  : column.column == Column::PromisedDate     ? m_shipments.promisedDate(row)
                                  : column.column == Column::ExpectedDelivery ? m_shipments.expectedDelivery(row)
                                                                              : m_shipments.carrierEstimate(row);
                if (day.isValid()) {
                    lxw_datetime value = toLxw(day);
                    worksheet_write_datetime(sheet, sheetRow, sheetColumn, &value, date);
                }
            } else if (const QString value = text(column, row); !value.isEmpty()) {
                worksheet_write_string(sheet, sheetRow, sheetColumn, value.toUtf8().constData(), nullptr);
            }
        }
    }
    const lxw_error closed = workbook_close(workbook);
    if (wasCanceled) {
        QFile::remove(partial);
        return canceled();
    }
    if (closed != LXW_NO_ERROR) {
        QFile::remove(partial);
        return Outcome::failure(tr("Cannot write %1: %2").arg(path, QString::fromUtf8(lxw_strerror(closed))));
    }
    if (QFile::exists(path) && !QFile::remove(path)) {
        QFile::remove(partial);
        return Outcome::failure(tr("Cannot replace %1").arg(path));
    }
    if (!QFile::rename(partial, path))
        return Outcome::failure(tr("Cannot write %1").arg(path));
    progress.setDone(m_rows.size());
    return Outcome::success();
}
