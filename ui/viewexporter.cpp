#include "viewexporter.h"

#include "carriername.h"
#include "importexport/shipmentexport.h"
#include "shipmenttablemodel.h"
#include "taskprogressbar.h"
#include "tasks/taskprogress.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLocale>
#include <QMessageBox>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

ViewExporter::ViewExporter(const ShipmentColumns &shipments, const ShipmentTableModel &model,
                           const QHeaderView &header, TaskProgressBar &progressBar, QWidget *window)
    : QObject(window), m_shipments(shipments), m_model(model), m_header(header), m_progressBar(progressBar),
      m_window(window)
{
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &ViewExporter::reportFinished);
}

ViewExporter::~ViewExporter()
{
    if (m_progress)
        m_progress->cancel();
    m_watcher.waitForFinished();
}

void ViewExporter::chooseFileAndExport(Format format)
{
    const bool csv = format == Format::Csv;
    const QString suggested = QDir::home().filePath(tr("shipments") + (csv ? u".csv"_s : u".xlsx"_s));
    const QString path
        = QFileDialog::getSaveFileName(m_window, csv ? tr("Export View as CSV") : tr("Export View as XLSX"), suggested,
            csv ? tr("CSV files (*.csv)") : tr("Excel workbooks (*.xlsx)"));
    if (path.isEmpty())
        return;
    if (!exportTo(path, format))
        QMessageBox::information(m_window, tr("Export"), tr("An export is still running; try again when it is done."));
}

bool ViewExporter::exportTo(const QString &path, Format format)
{
    if (!m_watcher.isFinished())
        return false;
    QList<qsizetype> rows;
    rows.reserve(m_model.rowCount());
    for (int row = 0; row < m_model.rowCount(); ++row)
        rows.append(m_model.storageRow(row));
    QList<ExportColumn> columns;
    for (int visual = 0; visual < m_header.count(); ++visual) {
        const int logical = m_header.logicalIndex(visual);
        if (!m_header.isSectionHidden(logical)) {
            columns.append({m_model.headerData(logical, Qt::Horizontal).toString(),
                            ShipmentTableModel::sourceColumn(logical)});
        }
    }
    auto exporter = std::make_shared<ShipmentExport>(m_shipments, std::move(rows), std::move(columns));
    exporter->setCarrierName(&CarrierName::forKey);
    const char delimiter = QLocale().decimalPoint() == u","_s ? ';' : ',';
    m_path = path;
    m_progress = std::make_shared<TaskProgress>(tr("Exporting %1").arg(QFileInfo(path).fileName()));
    m_progressBar.track(m_progress);
    m_watcher.setFuture(QtConcurrent::run([exporter, path, format, delimiter, progress = m_progress] {
        const Outcome written = format == Format::Csv ? exporter->writeCsv(path, delimiter, *progress)
                                                      : exporter->writeXlsx(path, *progress);
        progress->finish();
        return written;
    }));
    return true;
}

void ViewExporter::reportFinished()
{
    const Outcome written = m_watcher.result();
    if (!written && !m_progress->isCanceled())
        QMessageBox::warning(m_window, tr("Export"), written.error());
    emit exportFinished(m_path, written.error());
}
