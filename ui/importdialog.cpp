#include "importdialog.h"

#include "importexport/csvreader.h"
#include "importexport/csvsniffer.h"
#include "importexport/shipmentimporter.h"
#include "importexport/shipmentrowreader.h"
#include "importpreviewtable.h"
#include "storage/database.h"
#include "taskprogressbar.h"
#include "tasks/taskprogress.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace {

QString encodingName(QByteArray encoding)
{
    if (encoding == "UTF-8")
        return ImportDialog::tr("UTF-8");
    if (encoding == "UTF-16LE")
        return ImportDialog::tr("UTF-16 LE");
    if (encoding == "UTF-16BE")
        return ImportDialog::tr("UTF-16 BE");
    if (encoding == "windows-1252")
        return ImportDialog::tr("Windows-1252");
    if (encoding == "ISO-8859-15")
        return ImportDialog::tr("ISO-8859-15");
    if (encoding == "IBM850")
        return ImportDialog::tr("DOS code page 850");
    return QString::fromLatin1(encoding);
}

QString delimiterName(char delimiter)
{
    switch (delimiter) {
    case ',': return ImportDialog::tr("Comma ( , )");
    case ';': return ImportDialog::tr("Semicolon ( ; )");
    case '\t': return ImportDialog::tr("Tab");
    case '|': return ImportDialog::tr("Pipe ( | )");
    default: return QString(QChar::fromLatin1(delimiter));
    }
}

// Fills a choice box, marking the detected entry so the user sees what Shipdeck found.
template<typename T>
void offerChoices(QComboBox *box, const QList<T> &choices, const T &detected, QString (*name)(T))
{
    const QSignalBlocker blocker(box);
    box->clear();
    QList<T> all = choices;
    if (!all.contains(detected))
        all.prepend(detected);
    for (const T &choice : all) {
        const QString text = choice == detected ? ImportDialog::tr("%1 — detected").arg(name(choice)) : name(choice);
        box->addItem(text, QVariant::fromValue(choice));
        if (choice == detected)
            box->setCurrentIndex(box->count() - 1);
    }
}

} // namespace

ImportDialog::ImportDialog(DatabaseConfig database, QStringList carrierKeys, QWidget *parent)
    : QDialog(parent), m_database(std::move(database)), m_carrierKeys(std::move(carrierKeys))
{
    setWindowTitle(tr("Import Shipments from CSV"));
    m_pages = new QStackedWidget(this);
    m_pages->addWidget(buildSetupPage());
    m_pages->addWidget(buildReportPage());

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_import = m_buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_import->setObjectName(u"import"_s);
    m_import->setEnabled(false);
    m_import->setDefault(true);
    connect(m_import, &QPushButton::clicked, this, &ImportDialog::startImport);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ImportDialog::reject);
    connect(&m_watcher, &QFutureWatcher<Result>::finished, this, &ImportDialog::showResult);

    m_progressBar = new TaskProgressBar(this);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_progressBar, 1);
    bottom->addWidget(m_buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages, 1);
    layout->addLayout(bottom);
    resize(1100, 720);
}

ImportDialog::~ImportDialog()
{
    if (m_progress)
        m_progress->cancel();
    m_watcher.waitForFinished();
}

QWidget *ImportDialog::buildSetupPage()
{
    auto *page = new QWidget(this);
    m_file = new QLineEdit(page);
    m_file->setObjectName(u"file"_s);
    m_file->setReadOnly(true);
    m_file->setPlaceholderText(tr("The shop's order export: order number, tracking number, carrier, recipient, …"));
    auto *choose = new QPushButton(tr("&Choose…"), page);
    connect(choose, &QPushButton::clicked, this, &ImportDialog::chooseFile);
    auto *fileRow = new QHBoxLayout;
    auto *fileLabel = new QLabel(tr("&File:"), page);
    fileLabel->setBuddy(choose);
    fileRow->addWidget(fileLabel);
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(choose);

    m_problem = new QLabel(page);
    m_problem->setObjectName(u"problem"_s);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(u"color: #b00020;"_s);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problem->hide();

    auto *previewBox = new QGroupBox(tr("Preview"), page);
    m_previewSummary = new QLabel(tr("Choose a file to see its rows as they will be imported."), previewBox);
    m_previewSummary->setObjectName(u"previewSummary"_s);
    m_previewSummary->setWordWrap(true);
    m_previewTable = new ImportPreviewTable(previewBox);
    m_previewTable->setObjectName(u"preview"_s);
    auto *previewLayout = new QVBoxLayout(previewBox);
    previewLayout->addWidget(m_previewSummary);
    previewLayout->addWidget(m_previewTable, 1);

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(fileRow);
    layout->addWidget(buildFormatRow());
    layout->addWidget(buildMappingBox());
    layout->addWidget(m_problem);
    layout->addWidget(previewBox, 1);
    return page;
}

QWidget *ImportDialog::buildFormatRow()
{
    auto *box = new QGroupBox(tr("File format"), this);
    m_encoding = new QComboBox(box);
    m_encoding->setObjectName(u"encoding"_s);
    m_delimiter = new QComboBox(box);
    m_delimiter->setObjectName(u"delimiter"_s);
    m_duplicates = new QComboBox(box);
    m_duplicates->setObjectName(u"duplicates"_s);
    // The choices change with each file ("… — detected"): the boxes follow their texts.
    for (QComboBox *box : {m_encoding, m_delimiter, m_duplicates})
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_duplicates->addItem(tr("Skip it"), int(DuplicatePolicy::Skip));
    m_duplicates->addItem(tr("Update its order and recipient details"), int(DuplicatePolicy::UpdateShopFields));
    m_duplicates->setToolTip(tr("A shipment counts as stored when its carrier and tracking number are. Its tracking "
                                "status is kept either way."));
    for (const QByteArray &encoding : CsvSniffer::encodings())
        m_encoding->addItem(encodingName(encoding), encoding);
    for (const char delimiter : CsvSniffer::delimiters())
        m_delimiter->addItem(delimiterName(delimiter), QVariant::fromValue(delimiter));
    connect(m_encoding, &QComboBox::currentIndexChanged, this, &ImportDialog::readPreview);
    connect(m_delimiter, &QComboBox::currentIndexChanged, this, &ImportDialog::readPreview);

    auto *layout = new QHBoxLayout(box);
    const auto addLabelled = [&](const QString &text, QComboBox *combo) {
        auto *label = new QLabel(text, box);
        label->setBuddy(combo);
        layout->addWidget(label);
        layout->addWidget(combo);
        layout->addSpacing(16);
    };
    addLabelled(tr("&Encoding:"), m_encoding);
    addLabelled(tr("&Delimiter:"), m_delimiter);
    addLabelled(tr("If a shipment is already &stored:"), m_duplicates);
    layout->addStretch(1);
    return box;
}

QWidget *ImportDialog::buildMappingBox()
{
    auto *box = new QGroupBox(tr("Columns (detected from the header; bold fields are required)"), this);
    auto *grid = new QGridLayout(box);
    constexpr int PerColumn = (ImportFields::Count + 1) / 2;
    for (const ImportField field : ImportFields::all()) {
        const int i = int(field);
        auto *combo = new QComboBox(box);
        combo->setObjectName(u"map%1"_s.arg(i));
        combo->setMinimumContentsLength(18);
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        auto *label = new QLabel(ImportFields::label(field) + u':', box);
        label->setBuddy(combo);
        if (ImportFields::isRequired(field)) {
            QFont bold = label->font();
            bold.setBold(true);
            label->setFont(bold);
        }
        const int row = i % PerColumn;
        const int column = (i / PerColumn) * 3;
        grid->addWidget(label, row, column);
        grid->addWidget(combo, row, column + 1);
        m_fieldCombos[std::size_t(i)] = combo;
        connect(combo, &QComboBox::activated, this, [this, i] { mappingChosen(i); });
    }
    grid->setColumnMinimumWidth(2, 24);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(4, 1);
    return box;
}

QWidget *ImportDialog::buildReportPage()
{
    auto *page = new QWidget(this);
    m_summary = new QLabel(page);
    m_summary->setObjectName(u"summary"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont larger = m_summary->font();
    larger.setPointSizeF(larger.pointSizeF() * 1.15);
    m_summary->setFont(larger);

    m_issues = new QTableWidget(0, 4, page);
    m_issues->setObjectName(u"issues"_s);
    m_issues->setHorizontalHeaderLabels({tr("Row"), tr("Field"), tr("Value"), tr("Reason")});
    m_issues->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_issues->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_issues->setAlternatingRowColors(true);
    m_issues->setWordWrap(false);
    m_issues->verticalHeader()->hide();
    m_issues->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_issues->horizontalHeader()->setStretchLastSection(true);

    m_saveReport = new QPushButton(tr("&Save Report…"), page);
    m_saveReport->setObjectName(u"saveReport"_s);
    connect(m_saveReport, &QPushButton::clicked, this, &ImportDialog::chooseReportFile);
    auto *saveRow = new QHBoxLayout;
    saveRow->addWidget(new QLabel(tr("Rejected rows, numbered as your spreadsheet numbers them:"), page), 1);
    saveRow->addWidget(m_saveReport);

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addLayout(saveRow);
    layout->addWidget(m_issues, 1);
    return page;
}

void ImportDialog::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import Shipments from CSV"), m_path,
                                                      tr("CSV files (*.csv *.txt *.tsv);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

void ImportDialog::openFile(const QString &path)
{
    m_path = path;
    m_file->setText(QDir::toNativeSeparators(path));
    m_bytes.clear();
    const Outcome read = CsvReader::readFile(path, m_bytes);
    const CsvFormat detected = CsvSniffer::detect(m_bytes);
    offerChoices<QByteArray>(m_encoding, CsvSniffer::encodings(), detected.encoding, encodingName);
    offerChoices<char>(m_delimiter, CsvSniffer::delimiters(), detected.delimiter, delimiterName);
    if (!read) {
        m_problem->setText(read.error());
        m_problem->show();
        m_import->setEnabled(false);
        return;
    }
    readPreview();
}

CsvFormat ImportDialog::format() const
{
    CsvFormat format;
    format.encoding = m_encoding->currentData().toByteArray();
    format.delimiter = m_delimiter->currentData().value<char>();
    return format;
}

void ImportDialog::readPreview()
{
    if (m_path.isEmpty())
        return;
    m_preview = {};
    m_preview.fileName = QFileInfo(m_path).fileName();
    const Outcome parsed = CsvReader::parse(m_bytes, format(), m_preview, PreviewRows);
    m_problem->setVisible(!parsed || m_preview.undecodable || m_preview.unclosedQuoteRow > 0);
    if (!parsed)
        m_problem->setText(parsed.error());
    else if (m_preview.undecodable)
        m_problem->setText(
            tr("Some characters are not valid in this encoding and show as �: choose another encoding."));
    else if (m_preview.unclosedQuoteRow > 0)
        m_problem->setText(tr("Row %1: a quoted field never closes, so the rows from there on cannot be read. The "
                              "rows before it can be imported.").arg(m_preview.unclosedQuoteRow));
    m_mapping = parsed ? ColumnMapping::detect(m_preview, m_carrierKeys) : ColumnMapping();
    showMapping();
    updatePreview();
}

void ImportDialog::showMapping()
{
    for (const ImportField field : ImportFields::all()) {
        QComboBox *combo = m_fieldCombos[std::size_t(field)];
        const QSignalBlocker blocker(combo);
        combo->clear();
        combo->addItem(tr("— not imported —"), -1);
        for (int c = 0; c < m_preview.header.size(); ++c) {
            const QString name = m_preview.header[c].trimmed();
            combo->addItem(name.isEmpty() ? tr("Column %1").arg(c + 1) : name, c);
        }
        combo->setCurrentIndex(m_mapping.column(field) + 1);
    }
}

void ImportDialog::mappingChosen(int fieldIndex)
{
    m_mapping.setColumn(ImportField(fieldIndex), m_fieldCombos[std::size_t(fieldIndex)]->currentData().toInt());
    showMapping();
    updatePreview();
}

void ImportDialog::updatePreview()
{
    ShipmentRowReader reader(m_mapping, m_carrierKeys);
    reader.learnDateOrders(m_preview);
    const int rejected = m_previewTable->showRows(m_preview, reader);
    const int shown = m_previewTable->rowCount();
    const bool mapped
        = m_mapping.column(ImportField::TrackingNumber) >= 0 && m_mapping.column(ImportField::Carrier) >= 0;
    m_import->setEnabled(mapped && shown > 0 && m_watcher.isFinished());
    if (m_preview.header.isEmpty())
        m_previewSummary->setText(tr("Nothing to preview."));
    else if (!mapped)
        m_previewSummary->setText(tr("Choose the columns that hold the tracking number and the carrier."));
    else if (rejected == 0)
        m_previewSummary->setText(
            tr("The first %n row(s), as they will be imported. All can be imported.", nullptr, shown));
    else
        m_previewSummary->setText(tr("The first %n row(s), as they will be imported. %1 would be rejected: the red "
                                     "fields say why when you point at them; the other rows are imported all the same.",
                                     nullptr, shown)
                                      .arg(rejected));
}

void ImportDialog::startImport()
{
    ImportRequest request;
    request.path = m_path;
    request.format = format();
    request.mapping = m_mapping;
    request.carrierKeys = m_carrierKeys;
    request.duplicates = DuplicatePolicy(m_duplicates->currentData().toInt());
    m_progress = std::make_shared<TaskProgress>(tr("Importing %1").arg(QFileInfo(m_path).fileName()));
    m_progressBar->track(m_progress);
    m_pages->widget(0)->setEnabled(false);
    m_import->setEnabled(false);
    m_watcher.setFuture(QtConcurrent::run([database = m_database, request, progress = m_progress] {
        Result result;
        Database db(database);
        if (const Outcome opened = db.open(); !opened)
            result.report.failure = opened.error();
        else // the report carries any failure
            (void)ShipmentImporter(db).run(request, *progress, result.report, result.saved);
        progress->finish();
        return result;
    }));
}

void ImportDialog::showResult()
{
    const Result result = m_watcher.result();
    m_report = result.report;
    m_summary->setText(m_report.summary());
    m_issues->setRowCount(int(m_report.issues.size()));
    for (int i = 0; i < m_report.issues.size(); ++i) {
        const ImportIssue &issue = m_report.issues[i];
        auto *row = new QTableWidgetItem;
        row->setData(Qt::DisplayRole, issue.row);
        m_issues->setItem(i, 0, row);
        m_issues->setItem(i, 1, new QTableWidgetItem(issue.field));
        m_issues->setItem(i, 2, new QTableWidgetItem(issue.value));
        m_issues->setItem(i, 3, new QTableWidgetItem(issue.reason));
    }
    m_issues->resizeColumnsToContents();
    m_issues->setColumnWidth(2, std::min(m_issues->columnWidth(2), 240));
    m_saveReport->setEnabled(!m_report.issues.isEmpty());
    m_import->hide();
    m_pages->setCurrentIndex(1);
    if (!result.saved.isEmpty())
        emit shipmentsImported(result.saved);
    emit importFinished();
}

void ImportDialog::chooseReportFile()
{
    const QFileInfo file(m_path);
    const QString suggested = file.dir().filePath(file.completeBaseName() + tr("-rejected.csv"));
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Report"), suggested, tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        saveReport(path);
}

bool ImportDialog::saveReport(const QString &path)
{
    const Outcome saved = m_report.saveCsv(path);
    if (!saved)
        QMessageBox::warning(this, tr("Save Report"), saved.error());
    return saved.ok();
}

void ImportDialog::reject()
{
    // Closing while importing stops after the batch being saved; what is saved stays.
    if (m_progress && !m_watcher.isFinished()) {
        m_progress->cancel();
        return;
    }
    QDialog::reject();
}
