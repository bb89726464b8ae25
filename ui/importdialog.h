#pragma once

#include "importexport/columnmapping.h"
#include "importexport/csvformat.h"
#include "importexport/csvtable.h"
#include "importexport/importreport.h"
#include "model/shipment.h"
#include "storage/databaseconfig.h"

#include <QByteArray>
#include <QDialog>
#include <QFutureWatcher>
#include <QList>

#include <array>

class ImportPreviewTable;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableWidget;
class TaskProgressBar;

// File > Import Shipments from CSV: pick the shop's order export, check the detected encoding,
// delimiter and column mapping against a preview of the rows as they will be imported, import on
// a worker thread with its own database connection (progress and Cancel after half a second),
// then read the report of rejected rows and save it as CSV.
class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    static constexpr qsizetype PreviewRows = 100;

    // `carrierKeys`: the carriers the import accepts.
    ImportDialog(DatabaseConfig database, QStringList carrierKeys, QWidget *parent = nullptr);
    ~ImportDialog() override;

    // What Choose… does once the user picked a file.
    void openFile(const QString &path);
    CsvFormat format() const;
    ColumnMapping mapping() const { return m_mapping; }
    const ImportReport &report() const { return m_report; }
    // What Save Report… does once the user picked a file; shows a message when it fails.
    bool saveReport(const QString &path);

signals:
    // Shipments the import added or changed, with their ids: for the console's table.
    void shipmentsImported(const QList<Shipment> &shipments);
    // The report page is showing.
    void importFinished();

protected:
    void reject() override;

private:
    struct Result {
        ImportReport report;
        QList<Shipment> saved;
    };

    QWidget *buildSetupPage();
    QWidget *buildFormatRow();
    QWidget *buildMappingBox();
    QWidget *buildReportPage();
    void chooseFile();
    void readPreview();
    void showMapping();
    void mappingChosen(int fieldIndex);
    void updatePreview();
    void startImport();
    void showResult();
    void chooseReportFile();

    DatabaseConfig m_database;
    QStringList m_carrierKeys;
    QString m_path;
    QByteArray m_bytes;
    CsvTable m_preview;
    ColumnMapping m_mapping;
    ImportReport m_report;
    QFutureWatcher<Result> m_watcher;
    std::shared_ptr<class TaskProgress> m_progress;

    QStackedWidget *m_pages = nullptr;
    QLineEdit *m_file = nullptr;
    QComboBox *m_encoding = nullptr;
    QComboBox *m_delimiter = nullptr;
    QComboBox *m_duplicates = nullptr;
    std::array<QComboBox *, ImportFields::Count> m_fieldCombos{};
    ImportPreviewTable *m_previewTable = nullptr;
    QLabel *m_previewSummary = nullptr;
    QLabel *m_problem = nullptr;
    TaskProgressBar *m_progressBar = nullptr;
    QLabel *m_summary = nullptr;
    QTableWidget *m_issues = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_import = nullptr;
    QPushButton *m_saveReport = nullptr;
};
