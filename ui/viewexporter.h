#pragma once

#include "model/outcome.h"

#include <QFutureWatcher>
#include <QObject>
#include <QString>

#include <memory>

class QHeaderView;
class QWidget;
class ShipmentColumns;
class ShipmentTableModel;
class TaskProgress;
class TaskProgressBar;

// File > Export View as CSV / XLSX: writes the table as the user sees it (its filter, its sort,
// its visible columns in their order) on a worker thread, with progress and Cancel in the status
// bar. CSV uses the delimiter the user's spreadsheet expects: a semicolon where the decimal
// separator is a comma (as German Excel does), a comma elsewhere.
class ViewExporter : public QObject
{
    Q_OBJECT

public:
    enum class Format { Csv, Xlsx };

    // All four must outlive the exporter; `window` parents the file dialog and messages.
    ViewExporter(const ShipmentColumns &shipments, const ShipmentTableModel &model, const QHeaderView &header,
                 TaskProgressBar &progressBar, QWidget *window);
    ~ViewExporter() override;

    // Asks where to save, then exports.
    void chooseFileAndExport(Format format);
    // Starts writing `path` at once; exportFinished() follows. false while an export runs.
    bool exportTo(const QString &path, Format format);

signals:
    // `error` is empty when the file was written.
    void exportFinished(const QString &path, const QString &error);

private:
    void reportFinished();

    const ShipmentColumns &m_shipments;
    const ShipmentTableModel &m_model;
    const QHeaderView &m_header;
    TaskProgressBar &m_progressBar;
    QWidget *m_window;
    QString m_path;
    std::shared_ptr<TaskProgress> m_progress;
    QFutureWatcher<Outcome> m_watcher;
};
