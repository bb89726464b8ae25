#include "mainwindow.h"

#include "columnchooserdialog.h"
#include "expecteddeliveries.h"
#include "lookup/lookupservice.h"
#include "lookupbar.h"
#include "model/shipmentcolumns.h"
#include "problembulkactions.h"
#include "problemcasepanel.h"
#include "problemqueue.h"
#include "problemqueuesidebar.h"
#include "rowcopier.h"
#include "savedviews.h"
#include "shipmentdetailpane.h"
#include "shipmenttablemodel.h"
#include "statusstyle.h"
#include "viewexporter.h"
#include "taskprogressbar.h"

#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QDockWidget>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QTime>

using namespace Qt::StringLiterals;

namespace {

const QString GeometryKey = u"MainWindow/Geometry"_s;
const QString StateKey = u"MainWindow/State"_s;
const QString SplitterKey = u"MainWindow/Splitter"_s;
const QString HeaderKey = u"MainWindow/TableHeader"_s;
const QString SelectedShipmentKey = u"MainWindow/SelectedShipment"_s;
const QString StatusFilterName = u"status"_s;
const QString LookupFilterName = u"search"_s;
const QString ProblemQueueMeKey = u"ProblemQueue/Me"_s;
// The problem sidebar's key in saved views' filters: the chosen types' keys.
const QString ProblemsFilterName = u"problems"_s;
const QString MyProblemsFilterName = u"problems_mine"_s; // true: only cases assigned to me

std::optional<Status> statusInState(const QVariantMap &state)
{
    const QString key = state.value(StatusFilterName).toString();
    for (int candidate = 0; candidate < StatusCount && !key.isEmpty(); ++candidate) {
        if (Taxonomy::statusKey(Status(candidate)) == key)
            return Status(candidate);
    }
    return std::nullopt;
}

ProblemCaseIndex::TypeMask problemTypesInState(const QVariantMap &state)
{
    ProblemCaseIndex::TypeMask types = 0;
    for (const QString &typeKey : state.value(ProblemsFilterName).toStringList()) {
        if (const auto type = ProblemTypes::fromKey(typeKey))
            types |= ProblemCaseIndex::bit(*type);
    }
    return types;
}

} // namespace

MainWindow::MainWindow(ShipmentColumns &shipments, ShipmentRepository &repository, QSettings &settings,
                       QWidget *parent)
    : QMainWindow(parent), m_shipments(shipments), m_settings(settings)
{
    setWindowTitle(tr("Shipdeck"));
    m_model = new ShipmentTableModel(m_shipments, this);
    m_expectedDeliveries = new ExpectedDeliveries(m_shipments, *m_model, this);
    createTable();
    m_detailPane = new ShipmentDetailPane(repository, this);

    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(u"mainSplitter"_s);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_detailPane);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    setCentralWidget(m_splitter);

    m_counts = new QLabel(this);
    m_counts->setObjectName(u"shipmentCounts"_s);
    statusBar()->addWidget(m_counts, 1);
    m_pollStatus = new QLabel(this);
    m_pollStatus->setObjectName(u"pollStatus"_s);
    statusBar()->addPermanentWidget(m_pollStatus);
    m_taskProgress = new TaskProgressBar(this);
    statusBar()->addPermanentWidget(m_taskProgress);
    connect(m_model, &ShipmentTableModel::arrangingStarted, m_taskProgress, &TaskProgressBar::track);
    connect(m_expectedDeliveries, &ExpectedDeliveries::predictingStarted, m_taskProgress, &TaskProgressBar::track);
    connect(m_model, &ShipmentTableModel::arrangingFinished, this, &MainWindow::applyHeldUpdates);
    createLookupBar();
    createTableToolBar();
    createMenus();
    connect(m_model, &ShipmentTableModel::filterChanged, this, &MainWindow::updateCounts);
    keepScrollAnchor();

    // The pane follows the highlighted row, whether keys, clicks or Ctrl+clicks moved it.
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MainWindow::updateDetailPane);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MainWindow::updateDetailPane);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &MainWindow::refreshShownShipment);
    // After the user re-sorts, keep the shipment they were looking at in view. Connected after
    // the view's own sorting connection, so it runs once the rows have moved.
    connect(m_table->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this,
            [this] { m_table->scrollTo(m_table->currentIndex()); });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateCounts);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &MainWindow::updateCounts);
    connect(m_model, &QAbstractItemModel::modelReset, this, &MainWindow::updateCounts);
    connect(m_model, &QAbstractItemModel::modelReset, m_detailPane, &ShipmentDetailPane::clear);

    updateCounts();
    restoreSettings();
    selectInitialShipment();
    m_table->setFocus();
}

void MainWindow::selectInitialShipment()
{
    // Where the user left off, or the first row: an empty pane on start shows nothing useful.
    const qsizetype storageRow = m_shipments.rowOfId(m_settings.value(SelectedShipmentKey).toLongLong());
    const QModelIndex index = storageRow >= 0 ? m_model->indexForStorageRow(storageRow) : m_model->index(0, 0);
    if (!index.isValid())
        return;
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index, QAbstractItemView::PositionAtCenter);
}

void MainWindow::setClock(const Clock &clock)
{
    m_model->setClock(clock);
    m_detailPane->setClock(clock);
    m_expectedDeliveries->setClock(clock);
}

void MainWindow::setDeliveryPredictor(std::shared_ptr<const DeliveryPredictor> predictor)
{
    m_detailPane->setDeliveryPredictor(predictor);
    m_expectedDeliveries->setPredictor(std::move(predictor));
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Import Shipments from CSV…"), this, &MainWindow::shipmentImportRequested);
    auto *exporter = new ViewExporter(m_shipments, *m_model, *m_table->horizontalHeader(), *m_taskProgress, this);
    connect(exporter, &ViewExporter::exportFinished, this, [this](const QString &path, const QString &error) {
        if (error.isEmpty())
            statusBar()->showMessage(tr("Exported the view to %1").arg(path), 10000);
    });
    file->addAction(tr("Export View as &CSV…"), exporter, [exporter] { exporter->chooseFileAndExport(ViewExporter::Format::Csv); });
    file->addAction(tr("Export View as &XLSX…"), exporter, [exporter] { exporter->chooseFileAndExport(ViewExporter::Format::Xlsx); });
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcuts(QKeySequence::Quit);
    if (quit->shortcuts().isEmpty()) // Windows has no standard binding for Quit
        quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *find = edit->addAction(tr("&Find Shipment…"), this, [this] {
        startLookup();
        m_lookupBar->focusLookup();
    });
    find->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_K), QKeySequence::Find});
    QAction *copy = edit->addAction(tr("&Copy Rows"), this, &MainWindow::copySelectedRows);
    copy->setShortcuts(QKeySequence::Copy);
    copy->setObjectName(u"copyRows"_s);
    copy->setStatusTip(tr("Copy the selected rows with a header line, ready to paste into a spreadsheet"));
    createViewMenu();

    QMenu *settings = menuBar()->addMenu(tr("&Settings"));
    settings->addAction(tr("&Carrier Accounts…"), this, &MainWindow::carrierSettingsRequested)
        ->setMenuRole(QAction::PreferencesRole);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Shipdeck"), this, &MainWindow::showAbout)->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt)->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::createTable()
{
    m_table = new QTableView(this);
    m_table->setObjectName(u"shipmentTable"_s);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setCornerButtonEnabled(false);

    // Fixed, uniform row heights: the view never measures rows, which keeps a million rows fast.
    QHeaderView *rows = m_table->verticalHeader();
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    rows->hide();

    QHeaderView *columns = m_table->horizontalHeader();
    columns->setSectionsMovable(true);
    columns->setHighlightSections(false);
    columns->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    columns->setStretchLastSection(true);
    columns->setSortIndicatorClearable(true); // a third click goes back to arrival order
    columns->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(columns, &QHeaderView::customContextMenuRequested, this, &MainWindow::showHeaderMenu);
    columns->setSortIndicator(-1, Qt::AscendingOrder);
    applyDefaultColumnWidths();
    m_table->setSortingEnabled(true);
}

// Widths from typical content rather than resizeColumnsToContents(), which would measure rows.
void MainWindow::applyDefaultColumnWidths()
{
    const QFontMetrics metrics = m_table->fontMetrics();
    const QLocale locale;
    const QString date = locale.toString(QDate(2025, 12, 28), QLocale::ShortFormat);
    const QString dateTime = locale.toString(QDateTime(QDate(2025, 12, 28), QTime(23, 59)), QLocale::ShortFormat);
    const QString samples[ShipmentTableModel::ColumnCount] = {
        u"SO-1000000"_s, u"1Z999AA10123456784"_s, u"Royal Mail"_s, u"Express Saver"_s,
        u"Maximilian Mustermann"_s, u"Country"_s, u"Postal code"_s, u"Out for delivery"_s,
        u"Arrived at sorting centre"_s, date, date, date, dateTime,
    };
    const int iconRoom = 24;
    for (int column = 0; column < ShipmentTableModel::ColumnCount; ++column) {
        const int padding = column == ShipmentTableModel::StatusColumn ? iconRoom + 16 : 16;
        const int header = metrics.horizontalAdvance(m_model->headerData(column, Qt::Horizontal).toString()) + 24;
        m_table->horizontalHeader()->resizeSection(column,
                                                   std::max(metrics.horizontalAdvance(samples[column]) + padding, header));
    }
}

void MainWindow::restoreSettings()
{
    if (!restoreGeometry(m_settings.value(GeometryKey).toByteArray())) {
        const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1280, 800);
        resize(available.size() * 0.85);
    }
    restoreState(m_settings.value(StateKey).toByteArray());
    QHeaderView *header = m_table->horizontalHeader();
    if (header->restoreState(m_settings.value(HeaderKey).toByteArray())) {
        // restoreState() only sets the indicator; the model still has to be sorted by it.
        m_table->sortByColumn(header->sortIndicatorSection(), header->sortIndicatorOrder());
    }
}

void MainWindow::saveSettings()
{
    m_settings.setValue(GeometryKey, saveGeometry());
    m_settings.setValue(StateKey, saveState());
    m_settings.setValue(SplitterKey, m_splitter->saveState());
    m_settings.setValue(HeaderKey, m_table->horizontalHeader()->saveState());
    m_settings.setValue(SelectedShipmentKey, m_detailPane->shipmentId());
    m_settings.sync();
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (!m_splitterRestored)
        restoreSplitter();
    // Once the table shows: rows loaded later are indexed as they come (see LookupService).
    startLookup();
}

// Done once the window has its real size: restored earlier, the splitter would be stretched from
// its initial size afterwards and the saved proportions would drift by a few pixels every run.
void MainWindow::restoreSplitter()
{
    m_splitterRestored = true;
    if (!m_splitter->restoreState(m_settings.value(SplitterKey).toByteArray())) {
        const int height = m_splitter->height();
        m_splitter->setSizes({height * 3 / 5, height - height * 3 / 5});
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    event->accept();
}

void MainWindow::updateDetailPane()
{
    const qsizetype row = m_model->storageRow(shownViewRow());
    if (row < 0) {
        m_detailPane->clear();
        return;
    }
    if (m_detailPane->shipmentId() != m_shipments.id(row))
        m_detailPane->showShipment(m_shipments.shipment(row));
}

// The current row when it is selected, else the only selected row, else none (-1): what the
// pane shows always matches a highlighted row.
int MainWindow::shownViewRow() const
{
    const QItemSelectionModel *selection = m_table->selectionModel();
    const QModelIndex current = m_table->currentIndex();
    if (current.isValid() && selection->isSelected(current))
        return current.row();
    // Ranges, not selectedRows(): Ctrl+A on a million rows is one range, not a million indexes.
    const QItemSelection ranges = selection->selection();
    if (ranges.size() == 1 && ranges.first().top() == ranges.first().bottom())
        return ranges.first().top();
    return -1;
}

// A change to the shipment on show (a new scan arrived) refreshes the pane.
void MainWindow::refreshShownShipment(const QModelIndex &topLeft, const QModelIndex &bottomRight)
{
    const int shown = shownViewRow();
    if (shown >= 0 && shown >= topLeft.row() && shown <= bottomRight.row())
        m_detailPane->showShipment(m_shipments.shipment(m_model->storageRow(shown)));
}

QString MainWindow::countsText() const
{
    const QLocale locale;
    const QString item = tr("%1: %2", "status bar count: label, number");
    QStringList parts{item.arg(tr("Shipments"), locale.toString(m_shipments.size()))};
    if (m_model->rowCount() != m_shipments.size())
        parts.prepend(item.arg(tr("Shown"), locale.toString(m_model->rowCount())));
    for (int status = 0; status < StatusCount; ++status) {
        const int count = m_shipments.countWithStatus(Status(status));
        if (count > 0)
            parts.append(item.arg(Taxonomy::statusLabel(Status(status)), locale.toString(count)));
    }
    return parts.join(u"   ·   "_s);
}

void MainWindow::applyShipmentUpdates(const QList<Shipment> &shipments)
{
    if (writesHeld()) {
        m_heldUpdates.append(shipments);
        return;
    }
    writeShipmentUpdates(shipments);
    refreshLookupFilter();
}

void MainWindow::writeShipmentUpdates(const QList<Shipment> &shipments)
{
    const qsizetype firstNew = m_shipments.size();
    QList<qsizetype> changed;
    changed.reserve(shipments.size());
    for (const Shipment &shipment : shipments) {
        const qsizetype row = m_shipments.upsert(shipment);
        if (row < firstNew)
            changed.append(row);
    }
    m_expectedDeliveries->rowsWritten(changed);
    m_expectedDeliveries->rowsAppended(firstNew, m_shipments.size() - firstNew);
    if (!changed.isEmpty())
        m_model->shipmentsChanged(changed);
    if (m_shipments.size() > firstNew)
        m_model->shipmentsAppended(firstNew, m_shipments.size() - firstNew);
    m_lookup->shipmentsChanged(changed);
    m_lookup->shipmentsAppended();
}

void MainWindow::appendLoadedShipments(std::shared_ptr<const ShipmentColumns> chunk)
{
    if (writesHeld()) {
        m_heldChunks.append(std::move(chunk));
        return;
    }
    const qsizetype first = m_shipments.size();
    m_shipments.append(*chunk);
    m_expectedDeliveries->rowsAppended(first, chunk->size());
    m_model->shipmentsAppended(first, chunk->size());
    m_lookup->shipmentsAppended();
}

bool MainWindow::writesHeld() const
{
    return m_model->isArranging() || m_lookup->isBuilding();
}

// Once the index is built or the model has arranged its rows: the search filter follows all that
// was held with one lookup, after the last of it is written.
void MainWindow::applyHeldUpdates()
{
    if (m_heldChunks.isEmpty() && m_heldUpdates.isEmpty())
        return;
    for (auto &chunk : std::exchange(m_heldChunks, {}))
        appendLoadedShipments(std::move(chunk));
    if (!m_heldUpdates.isEmpty() && !writesHeld()) // else a chunk set the model arranging again
        writeShipmentUpdates(std::exchange(m_heldUpdates, {}));
    refreshLookupFilter();
}

// ---- Lookup: the field above the table ----

void MainWindow::createLookupBar()
{
    m_lookup = new LookupService(m_shipments, LookupService::regionOf(QLocale()), this);
    m_lookupBar = new LookupBar(m_shipments, *m_lookup, this);
    m_lookupBar->setObjectName(u"lookupBar"_s);
    QToolBar *bar = addToolBar(tr("Lookup"));
    bar->setObjectName(u"lookupToolBar"_s);
    bar->setMovable(false);
    bar->addWidget(m_lookupBar);
    addToolBarBreak();
    // The lookup bar asks again on indexReady and so refilters the table (filterTableByLookup);
    // what was held while the index was built is written after that and refilters it once more.
    connect(m_lookup, &LookupService::indexReady, this, &MainWindow::applyHeldUpdates);
    connect(m_lookupBar->lineEdit(), &QLineEdit::textEdited, this, &MainWindow::startLookup);
    connect(m_lookupBar, &LookupBar::shipmentChosen, this, &MainWindow::showChosenShipment);
    connect(m_lookupBar, &LookupBar::queryChanged, this, &MainWindow::filterTableByLookup);
}

void MainWindow::startLookup()
{
    m_lookup->startBuilding();
}

// The chosen shipment highlighted in the table with its details below, and the keys in the table.
void MainWindow::showChosenShipment(qint64 id)
{
    const qsizetype row = m_shipments.rowOfId(id);
    if (row < 0)
        return;
    const QModelIndex index = m_model->indexForStorageRow(row);
    if (!index.isValid()) { // another filter hides it: the details still answer the caller
        m_table->clearSelection();
        m_detailPane->showShipment(m_shipments.shipment(row));
        return;
    }
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index, QAbstractItemView::PositionAtCenter);
    m_table->setFocus(Qt::OtherFocusReason);
}

// The table shows what the lookup matches while there is something in the field.
void MainWindow::filterTableByLookup(const QString &text)
{
    if (text.isEmpty() || !m_lookup->isReady()) {
        if (m_model->hasRowFilter(LookupFilterName))
            m_model->setRowFilter(LookupFilterName, {});
        return;
    }
    showLookupRows(m_lookup->lookup(text, 1, LookupIndex::Rows::All).allRows);
}

void MainWindow::showLookupRows(QList<qsizetype> rows)
{
    m_lookupRows = std::move(rows);
    m_model->setRowFilter(LookupFilterName, [rows = m_lookupRows](qsizetype row) {
        return std::binary_search(rows.cbegin(), rows.cend(), row);
    });
}

// Shipments the poller adds or changes may start or stop matching what is typed: the filter
// follows, but only when the matches really changed, so a poll does not re-filter a million rows.
void MainWindow::refreshLookupFilter()
{
    const QString text = m_lookupBar->lineEdit()->text();
    if (text.isEmpty() || !m_lookup->isReady() || !m_model->hasRowFilter(LookupFilterName))
        return;
    QList<qsizetype> rows = m_lookup->lookup(text, 1, LookupIndex::Rows::All).allRows;
    if (rows != m_lookupRows)
        showLookupRows(std::move(rows));
}

// ---- Table tools: status filter, columns, saved views, copying ----

void MainWindow::createTableToolBar()
{
    QToolBar *bar = addToolBar(tr("Table"));
    bar->setObjectName(u"tableToolBar"_s);
    bar->setMovable(false);
    m_statusFilter = new QComboBox(bar);
    m_statusFilter->setObjectName(u"statusFilter"_s);
    m_statusFilter->setToolTip(tr("Show only shipments with this status"));
    m_statusFilter->addItem(tr("All statuses"), -1);
    const StatusStyle style;
    for (int status = 0; status < StatusCount; ++status)
        m_statusFilter->addItem(style.icon(Status(status)), Taxonomy::statusLabel(Status(status)), status);
    m_statusFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *label = new QLabel(tr("&Status:"), bar);
    label->setBuddy(m_statusFilter);
    label->setContentsMargins(4, 0, 4, 0);
    bar->addWidget(label);
    bar->addWidget(m_statusFilter);
    connect(m_statusFilter, &QComboBox::activated, this, [this](int index) {
        const int status = m_statusFilter->itemData(index).toInt();
        setStatusFilter(status < 0 ? std::nullopt : std::optional<Status>(Status(status)));
    });
    // A canceled filter leaves the table as it was: the filter widgets follow the table, not the click.
    connect(m_model, &ShipmentTableModel::filterChanged, this, [this] {
        m_shownFilterState = currentFilterState();
        m_shownLookupRows = m_lookupRows;
    });
    connect(m_model, &ShipmentTableModel::arrangingCanceled, this, &MainWindow::showShownFilters);
}

// Back to the filters the table shows, without asking for them again: nothing is filtered.
void MainWindow::showShownFilters()
{
    const QVariantMap &state = m_shownFilterState;
    const std::optional<Status> status = statusInState(state);
    m_statusFilter->setCurrentIndex(m_statusFilter->findData(status ? int(*status) : -1));
    m_lookupBar->showQuery(state.value(LookupFilterName).toString());
    m_lookupRows = m_shownLookupRows;
    if (m_problemSidebar) {
        const ProblemCaseIndex::TypeMask types = problemTypesInState(state);
        m_problemSidebar->showChoice(types, state.value(MyProblemsFilterName).toBool());
        m_problemActions->setTypes(types);
    }
}

// Live updates that move rows (new shipments sorted in above, changed ones moving) keep the
// shipment at the top of the table where it is, so the rows being read do not slide away. After a
// filter or sort the user asked for, the current shipment is brought into view instead.
void MainWindow::keepScrollAnchor()
{
    connect(m_model, &QAbstractItemModel::layoutAboutToBeChanged, this, [this] {
        m_scrollAnchor = m_model->isApplyingUpdates() ? m_model->storageRow(m_table->rowAt(0)) : -1;
    });
    connect(m_model, &QAbstractItemModel::layoutChanged, this, [this] {
        const QModelIndex anchor = m_model->indexForStorageRow(std::exchange(m_scrollAnchor, -1));
        if (anchor.isValid() && anchor.row() != m_table->rowAt(0))
            m_table->scrollTo(anchor, QAbstractItemView::PositionAtTop);
    });
    const auto showCurrent = [this] { m_table->scrollTo(m_table->currentIndex()); };
    connect(m_model, &ShipmentTableModel::filterChanged, this, showCurrent);
    connect(m_model, &ShipmentTableModel::sortChanged, this, showCurrent);
}

void MainWindow::setStatusFilter(std::optional<Status> status)
{
    m_statusFilter->setCurrentIndex(m_statusFilter->findData(status ? int(*status) : -1));
    if (!status) {
        m_model->setRowFilter(StatusFilterName, {});
        return;
    }
    // Reads the live columns: the window writes them only while no worker filters (RowFilter).
    m_model->setRowFilter(StatusFilterName, [&columns = std::as_const(m_shipments), wanted = *status](qsizetype row) {
        return columns.status(row) == wanted;
    });
}

QVariantMap MainWindow::currentFilterState() const
{
    QVariantMap state;
    if (const int status = m_statusFilter->currentData().toInt(); status >= 0)
        state.insert(StatusFilterName, Taxonomy::statusKey(Status(status)));
    if (m_problemSidebar && m_problemSidebar->chosenTypes() != 0) {
        QStringList types;
        for (int type = 0; type < ProblemTypeCount; ++type) {
            if (m_problemSidebar->chosenTypes() & ProblemCaseIndex::bit(ProblemType(type)))
                types.append(ProblemTypes::key(ProblemType(type)));
        }
        state.insert(ProblemsFilterName, types);
    }
    if (m_problemSidebar && m_problemSidebar->mineOnly())
        state.insert(MyProblemsFilterName, true);
    if (const QString lookup = m_lookupBar->lineEdit()->text().trimmed(); !lookup.isEmpty())
        state.insert(LookupFilterName, lookup);
    return state;
}

void MainWindow::applyFilterState(const QVariantMap &state)
{
    setStatusFilter(statusInState(state));
    m_lookupBar->setQuery(state.value(LookupFilterName).toString());
    if (m_problemSidebar) {
        m_problemSidebar->chooseTypes(problemTypesInState(state));
        m_problemSidebar->setMineOnly(state.value(MyProblemsFilterName).toBool());
    }
}

void MainWindow::createViewMenu()
{
    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(tr("&Columns…"), this, &MainWindow::chooseColumns)->setObjectName(u"chooseColumns"_s);
    m_savedViewsMenu = view->addMenu(tr("Saved &Views"));
    m_savedViewsMenu->setObjectName(u"savedViewsMenu"_s);
    rebuildSavedViewsMenu();
}

void MainWindow::rebuildSavedViewsMenu()
{
    m_savedViewsMenu->clear();
    const QStringList names = SavedViews(m_settings).names();
    for (const QString &name : names)
        m_savedViewsMenu->addAction(name, this, [this, name] { applySavedView(name); });
    if (names.isEmpty())
        m_savedViewsMenu->addAction(tr("No saved views yet"))->setEnabled(false);
    m_savedViewsMenu->addSeparator();
    m_savedViewsMenu->addAction(tr("&Save Current View…"), this, &MainWindow::askToSaveView);
    m_savedViewsMenu->addAction(tr("&Delete a View…"), this, &MainWindow::askToDeleteView)->setEnabled(!names.isEmpty());
}

void MainWindow::saveView(const QString &name)
{
    SavedViews(m_settings).save({name, currentFilterState(), m_table->horizontalHeader()->saveState()});
    rebuildSavedViewsMenu();
}

bool MainWindow::applySavedView(const QString &name)
{
    const std::optional<SavedViews::View> view = SavedViews(m_settings).view(name);
    if (!view)
        return false;
    QHeaderView *header = m_table->horizontalHeader();
    if (header->restoreState(view->header))
        m_table->sortByColumn(header->sortIndicatorSection(), header->sortIndicatorOrder());
    applyFilterState(view->filters);
    statusBar()->showMessage(tr("View \"%1\"").arg(name), 5000);
    return true;
}

void MainWindow::askToSaveView()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Save View"),
                                               tr("Name for the current filters, columns and sort order:"),
                                               QLineEdit::Normal, QString(), &ok)
                             .trimmed();
    if (ok && !name.isEmpty())
        saveView(name);
}

void MainWindow::askToDeleteView()
{
    bool ok = false;
    const QString name = QInputDialog::getItem(this, tr("Delete View"), tr("Saved view to delete:"),
                                               SavedViews(m_settings).names(), 0, false, &ok);
    if (!ok || name.isEmpty())
        return;
    SavedViews(m_settings).remove(name);
    rebuildSavedViewsMenu();
}

void MainWindow::chooseColumns()
{
    ColumnChooserDialog dialog(*m_table->horizontalHeader(), this);
    if (dialog.exec() == QDialog::Accepted)
        dialog.apply();
}

// Right-click on the header: show or hide a column at once, or open the full chooser.
void MainWindow::showHeaderMenu(const QPoint &position)
{
    QHeaderView *header = m_table->horizontalHeader();
    QMenu menu(this);
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        QAction *action = menu.addAction(m_model->headerData(logical, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(logical));
        // The last visible column stays: a header without sections could not be right-clicked.
        action->setEnabled(header->isSectionHidden(logical) || header->count() - header->hiddenSectionCount() > 1);
        connect(action, &QAction::toggled, header, [header, logical](bool shown) { header->setSectionHidden(logical, !shown); });
    }
    menu.addSeparator();
    menu.addAction(tr("&Columns…"), this, &MainWindow::chooseColumns);
    menu.exec(header->viewport()->mapToGlobal(position));
}

void MainWindow::copySelectedRows()
{
    // Ranges, not selectedRows(): a million selected rows are one range, not a million indexes.
    QList<int> viewRows;
    for (const QItemSelectionRange &range : m_table->selectionModel()->selection()) {
        for (int row = range.top(); row <= range.bottom(); ++row)
            viewRows.append(row);
    }
    std::sort(viewRows.begin(), viewRows.end());
    viewRows.erase(std::unique(viewRows.begin(), viewRows.end()), viewRows.end());
    if (viewRows.isEmpty())
        return;
    QList<qsizetype> storageRows;
    storageRows.reserve(viewRows.size());
    for (const int row : std::as_const(viewRows))
        storageRows.append(m_model->storageRow(row));
    const QHeaderView *header = m_table->horizontalHeader();
    QList<int> columns;
    for (int visual = 0; visual < header->count(); ++visual) {
        if (!header->isSectionHidden(header->logicalIndex(visual)))
            columns.append(header->logicalIndex(visual));
    }
    auto *copier = new RowCopier(*m_model, std::move(storageRows), std::move(columns), this);
    connect(copier, &RowCopier::copied, this, [this, count = viewRows.size()](const QString &text) {
        QGuiApplication::clipboard()->setText(text);
        statusBar()->showMessage(tr("Copied %Ln row(s)", nullptr, int(count)), 5000);
    });
    connect(copier, &RowCopier::finished, copier, &QObject::deleteLater);
    m_taskProgress->track(copier->progress());
    copier->start();
}

void MainWindow::showPollReport(const PollReport &report)
{
    const QLocale locale;
    const QString when = locale.toString(QTime::currentTime(), QLocale::ShortFormat);
    m_pollStatus->setStyleSheet(QString());
    if (report.shipmentsDue == 0) {
        m_pollStatus->setText(tr("Last poll %1: no shipment was due").arg(when));
        return;
    }
    QString text = tr("Last poll %1: %2 of %3 due shipments updated")
                       .arg(when, locale.toString(report.shipmentsUpdated), locale.toString(report.shipmentsDue));
    if (report.errors > 0)
        text += tr(", %1 with errors").arg(locale.toString(report.errors));
    if (report.notYetKnown > 0)
        text += tr(", %1 not known to the carrier yet").arg(locale.toString(report.notYetKnown));
    if (report.deferredByQuota > 0)
        text += tr(", %1 waiting for a daily quota").arg(locale.toString(report.deferredByQuota));
    m_pollStatus->setText(text);
}

void MainWindow::showPollFailure(const QString &message)
{
    m_pollStatus->setStyleSheet(u"color: %1"_s.arg(StatusStyle::colour(Status::Exception).name()));
    m_pollStatus->setText(tr("Tracking stopped: %1").arg(message));
    m_pollStatus->setToolTip(message);
}

void MainWindow::updateCounts()
{
    m_counts->setText(countsText());
}

void MainWindow::showAbout()
{
    const QString version = QCoreApplication::applicationVersion();
    QMessageBox::about(this, tr("About Shipdeck"),
                       tr("<h3>Shipdeck %1</h3><p>Tracks every parcel the shop sends, across carriers, "
                          "and shows where each one is and which ones need attention.</p>")
                           .arg(version.toHtmlEscaped()));
}

void MainWindow::setProblemQueue(ProblemQueue *queue)
{
    m_problemQueue = queue;
    m_problemQueue->setMe(m_settings.value(ProblemQueueMeKey).toString());

    m_problemSidebar = new ProblemQueueSidebar(queue->index(), this);
    auto *dock = new QDockWidget(tr("Problem Queue"), this);
    dock->setObjectName(u"problemQueueDock"_s);
    dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    dock->setWidget(m_problemSidebar);
    addDockWidget(Qt::LeftDockWidgetArea, dock);

    // The shown shipment's cases sit beside its details: both describe the same parcel.
    m_problemPanel = new ProblemCasePanel(*queue, this);
    auto *details = new QSplitter(Qt::Horizontal, this);
    details->setObjectName(u"detailSplitter"_s);
    details->setChildrenCollapsible(false);
    m_splitter->replaceWidget(1, details);
    details->addWidget(m_detailPane);
    details->addWidget(m_problemPanel);
    details->setStretchFactor(0, 3);
    details->setStretchFactor(1, 2);

    m_problemActions = new ProblemBulkActions(*queue, *m_table, *m_model, m_shipments, this);
    menuBar()->insertMenu(menuBar()->actions().constLast(), m_problemActions->createMenu(this));
    connect(m_problemActions, &ProblemBulkActions::finished, this, [this](const QString &message) {
        statusBar()->showMessage(message, 10000);
    });
    connect(m_problemActions, &ProblemBulkActions::myNameChanged, this,
            [this](const QString &name) { m_settings.setValue(ProblemQueueMeKey, name); });

    connect(m_problemSidebar, &ProblemQueueSidebar::typesChosen, this, &MainWindow::applyProblemFilter);
    connect(m_problemSidebar, &ProblemQueueSidebar::mineOnlyChanged, this, &MainWindow::applyProblemFilter);
    connect(queue, &ProblemQueue::casesChanged, this, [this](const QList<ProblemCase> &cases) {
        m_problemSidebar->refreshCounts();
        // Re-filtering a million rows for cases of types nobody filters on would be wasted work.
        const ProblemCaseIndex::TypeMask chosen = m_problemSidebar->chosenTypes();
        const auto chosenType = [chosen](const ProblemCase &c) { return (chosen & ProblemCaseIndex::bit(c.type)) != 0; };
        if (m_problemSidebar->mineOnly() || std::any_of(cases.cbegin(), cases.cend(), chosenType))
            applyProblemFilter();
    });
    connect(queue, &ProblemQueue::reloaded, this, [this] {
        m_problemSidebar->refreshCounts();
        if (m_problemSidebar->chosenTypes() != 0 || m_problemSidebar->mineOnly())
            applyProblemFilter();
    });
    connect(queue, &ProblemQueue::loadFailed, this, [this](const QString &message) {
        statusBar()->showMessage(tr("Problem cases could not be read: %1").arg(message), 10000);
    });
    // Connected after the detail pane's own updates, so it follows the shipment the pane shows.
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MainWindow::showProblemCases);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MainWindow::showProblemCases);
    connect(m_model, &QAbstractItemModel::modelReset, this, &MainWindow::showProblemCases);
    showProblemCases();
    restoreState(m_settings.value(StateKey).toByteArray()); // now that the dock exists
}

void MainWindow::showProblemCases()
{
    const qint64 shown = m_detailPane->shipmentId();
    if (shown == 0)
        m_problemPanel->clear();
    else if (shown != m_problemPanel->shipmentId())
        m_problemPanel->showShipment(shown);
}

// Shipments with working cases of the chosen types (any type when none is chosen), only those
// assigned to me when asked; combined with the other filters by the model.
void MainWindow::applyProblemFilter()
{
    const ProblemCaseIndex::TypeMask types = m_problemSidebar->chosenTypes();
    const bool mineOnly = m_problemSidebar->mineOnly();
    m_problemActions->setTypes(types);
    if (types == 0 && !mineOnly) {
        m_model->setRowFilter(u"problems"_s, {});
        return;
    }
    const ProblemCaseIndex::TypeMask shown = types != 0 ? types : ProblemCaseIndex::TypeMask(~0u);
    m_model->setRowFilter(u"problems"_s, m_problemQueue->index().rowFilter(m_shipments, shown, mineOnly));
}
