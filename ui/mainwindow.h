#pragma once

#include "model/clock.h"
#include "model/shipment.h"
#include "tracking/pollreport.h"

#include <QMainWindow>

#include <memory>

class DeliveryPredictor;
class ExpectedDeliveries;
class LookupBar;
class LookupService;
class ProblemBulkActions;
class ProblemCasePanel;
class ProblemQueue;
class ProblemQueueSidebar;
class QComboBox;
class QLabel;
class QMenu;
class QSettings;
class QSplitter;
class QTableView;
class ShipmentColumns;
class ShipmentDetailPane;
class ShipmentRepository;
class ShipmentTableModel;
class TaskProgressBar;

// The console: the shipment table above, the selected shipment's details below, counts in the
// status bar. Window, splitter and column layout are kept in the QSettings it is given, under
// MainWindow/Geometry, MainWindow/State, MainWindow/Splitter, MainWindow/TableHeader and
// MainWindow/SelectedShipment (the shipment shown last, shown again on the next start).
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // Restores the saved layout from `settings`; all three objects must outlive the window.
    MainWindow(ShipmentColumns &shipments, ShipmentRepository &repository, QSettings &settings,
               QWidget *parent = nullptr);

    // Where "today" comes from for overdue promises; the system clock unless set.
    void setClock(const Clock &clock);
    // A newly trained predictor: the detail pane and the table's Expected column (predicted off
    // the GUI thread for a big table) use it from now on.
    void setDeliveryPredictor(std::shared_ptr<const DeliveryPredictor> predictor);
    ExpectedDeliveries *expectedDeliveries() const { return m_expectedDeliveries; }

    ShipmentTableModel *shipmentModel() const { return m_model; }
    QTableView *shipmentTable() const { return m_table; }
    ShipmentDetailPane *detailPane() const { return m_detailPane; }
    // The status bar's progress and Cancel for long tasks: track() any TaskProgress there.
    TaskProgressBar *taskProgress() const { return m_taskProgress; }
    // The lookup field above the table (Ctrl+K, Ctrl+F) and the index behind it.
    LookupBar *lookupBar() const { return m_lookupBar; }
    LookupService *lookupService() const { return m_lookup; }

    // Adds the problem queue: a sidebar dock with counts and type filters, the shown shipment's
    // cases beside its details, and the Cases menu for the selected rows. "Me" is kept under
    // ProblemQueue/Me. `queue` must outlive the window.
    void setProblemQueue(ProblemQueue *queue);
    ProblemQueueSidebar *problemSidebar() const { return m_problemSidebar; }
    ProblemCasePanel *problemPanel() const { return m_problemPanel; }
    ProblemBulkActions *problemActions() const { return m_problemActions; }
    QString countsText() const;

    // The table's filters as plain values, kept in saved views: "status" (a status key) here; the
    // lookup bar and the problem sidebar add their own keys. applyFilterState() sets every filter
    // from such a map: keys it does not know are ignored, a missing key means "no such filter".
    QVariantMap currentFilterState() const;
    void applyFilterState(const QVariantMap &state);
    // Shows only shipments with this top-level status; std::nullopt shows all.
    void setStatusFilter(std::optional<Status> status);
    // Edit > Copy Rows: the selected rows to the clipboard, tab-separated with a header line.
    void copySelectedRows();
    // View > Saved Views: keeps the current filters, columns and sort under `name`; applies one.
    void saveView(const QString &name);
    bool applySavedView(const QString &name);

    // Writes the layout to the settings (also done when the window closes).
    void saveSettings();

public slots:
    // Builds the lookup index, off the GUI thread for a large store (done when the window shows);
    // loaded chunks and poller updates wait while it builds.
    void startLookup();
    // Shipments the poller changed, or new ones: into the table, keeping selection and scroll.
    void applyShipmentUpdates(const QList<Shipment> &shipments);
    // A chunk of stored shipments the start-up load read on a worker: appended to the table.
    void appendLoadedShipments(std::shared_ptr<const ShipmentColumns> chunk);
    // The last poll cycle's outcome, in the status bar.
    void showPollReport(const PollReport &report);
    // The poller could not work at all (its database is gone): say so in the status bar.
    void showPollFailure(const QString &message);

signals:
    // The user asked to set up carrier accounts; whoever owns the keyring and the poller opens the dialog.
    void carrierSettingsRequested();
    // The user asked to import shipments from a CSV file; whoever owns the database opens the dialog.
    void shipmentImportRequested();

protected:
    void showEvent(QShowEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void createTable();
    void applyDefaultColumnWidths();
    void restoreSettings();
    void selectInitialShipment();
    void restoreSplitter();
    void updateDetailPane();
    int shownViewRow() const;
    void refreshShownShipment(const QModelIndex &topLeft, const QModelIndex &bottomRight);
    void updateCounts();
    void writeShipmentUpdates(const QList<Shipment> &shipments);
    void applyHeldUpdates();
    bool writesHeld() const;
    void createLookupBar();
    void showChosenShipment(qint64 id);
    void filterTableByLookup(const QString &text);
    void refreshLookupFilter();
    // A snapshot of the matching rows, ascending, as the table's search filter: it may run on a worker.
    void showLookupRows(QList<qsizetype> rows);
    void createTableToolBar();
    void showShownFilters();
    void keepScrollAnchor();
    void createViewMenu();
    void showHeaderMenu(const QPoint &position);
    void chooseColumns();
    void askToSaveView();
    void askToDeleteView();
    void rebuildSavedViewsMenu();
    void showAbout();

    ShipmentColumns &m_shipments;
    QSettings &m_settings;
    ShipmentTableModel *m_model = nullptr;
    ExpectedDeliveries *m_expectedDeliveries = nullptr;
    QTableView *m_table = nullptr;
    ShipmentDetailPane *m_detailPane = nullptr;
    QSplitter *m_splitter = nullptr;
    QLabel *m_counts = nullptr;
    QLabel *m_pollStatus = nullptr;
    QComboBox *m_statusFilter = nullptr;
    QMenu *m_savedViewsMenu = nullptr;
    qsizetype m_scrollAnchor = -1; // storage row at the top of the table while updates move rows
    TaskProgressBar *m_taskProgress = nullptr;
    LookupService *m_lookup = nullptr;
    LookupBar *m_lookupBar = nullptr;
    QList<qsizetype> m_lookupRows; // what the table's search filter shows, ascending
    // The filter widgets' state and search rows when the table last showed its filters: a
    // canceled filter puts the widgets back to it.
    QVariantMap m_shownFilterState;
    QList<qsizetype> m_shownLookupRows;
    // Poller updates that came while the model was filtering or the lookup index was being built
    // on a worker: both read the columns, so they are written only once the workers are done.
    QList<Shipment> m_heldUpdates;
    QList<std::shared_ptr<const ShipmentColumns>> m_heldChunks;
    bool m_splitterRestored = false;

    void applyProblemFilter();
    void showProblemCases();
    ProblemQueue *m_problemQueue = nullptr;
    ProblemQueueSidebar *m_problemSidebar = nullptr;
    ProblemCasePanel *m_problemPanel = nullptr;
    ProblemBulkActions *m_problemActions = nullptr;
};
