#pragma once

#include "model/clock.h"
#include "model/rowfilter.h"
#include "deliverypromise.h"
#include "model/shipmentcolumns.h"
#include "statusstyle.h"

#include <QAbstractTableModel>
#include <QElapsedTimer>
#include <QFont>
#include <QList>
#include <QLocale>
#include <QSet>
#include <QTimer>

#include <map>
#include <memory>

class DeliveryPredictor;
class ShipmentSorter;
class TaskProgress;

// The shipment table over the column store. The model filters and sorts itself: m_order maps each
// view row to a storage row, holds only the rows every named filter accepts, and is ordered on
// raw keys (see ShipmentSorter), so no proxy model sits between a million rows and the view.
// Re-filtering or re-sorting more than backgroundThreshold() rows runs on a worker thread over a
// snapshot of the columns (they share their data until written), with a TaskProgress the window
// shows; the table keeps showing the previous arrangement meanwhile. Whoever writes the columns
// holds writes back until arrangingFinished(): the filters may read the live columns (RowFilter). Rows that arrive or change
// are queued and applied in one batch (one rowsInserted, one ranged dataChanged, or one layout
// change when rows move, enter or leave the filter) at most every FlushIntervalMs.
class ShipmentTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column : int {
        OrderColumn,
        TrackingNumberColumn,
        CarrierColumn,
        ServiceColumn,
        RecipientColumn,
        CountryColumn,
        PostalCodeColumn,
        StatusColumn,
        DetailColumn,
        ShippedColumn,
        PromisedColumn,
        ExpectedColumn,
        LastEventColumn,
        ColumnCount,
    };
    enum Role : int {
        // Unformatted value: QString for text, QDate for dates, QDateTime (UTC) for the last event,
        // int(Status) / int(SubStatus) for the status columns, the carrier's key for the carrier.
        RawValueRole = Qt::UserRole + 1,
        ShipmentIdRole, // qint64 storage id of the row's shipment
        StorageRowRole, // qsizetype row in the ShipmentColumns
    };
    static constexpr int FlushIntervalMs = 50;
    static constexpr qsizetype DefaultBackgroundThreshold = 50000;
    using RowFilter = ::RowFilter;

    // The model reads `shipments` but never changes it; it must outlive the model.
    explicit ShipmentTableModel(const ShipmentColumns &shipments, QObject *parent = nullptr);
    ~ShipmentTableModel() override;

    // Where "today" comes from for the overdue highlight; the system clock unless set.
    void setClock(const Clock &clock);
    // The predictor behind the predicted days in the columns (ExpectedDeliveries keeps them):
    // the Expected column's tooltip says what a prediction rests on.
    void setDeliveryPredictor(std::shared_ptr<const DeliveryPredictor> predictor);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    // column -1 restores storage (id) order. Ties keep their previous order, so sorting by one
    // column and then another groups by the second and orders by the first within each group.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    // Sets, replaces or (with an empty RowFilter) removes the named filter; filters combine with
    // AND. filterChanged() follows once the shown rows reflect it (at once for small tables).
    void setRowFilter(const QString &name, RowFilter accept);
    bool hasRowFilter(const QString &name) const;
    // Whether a filter or sort is being worked out on a worker thread.
    bool isArranging() const { return bool(m_job); }
    // Tables with more rows than this are filtered and sorted off the GUI thread.
    void setBackgroundThreshold(qsizetype rows) { m_backgroundThreshold = rows; }
    qsizetype backgroundThreshold() const { return m_backgroundThreshold; }

    // The text a cell of storage row `row` shows, wherever the row is (or whether it is shown).
    QString displayText(qsizetype row, int column) const { return displayValue(row, column).toString(); }

    // View row <-> storage row. -1 when out of range or not shown yet (queued).
    qsizetype storageRow(int viewRow) const;
    int viewRow(qsizetype storageRow) const;
    QModelIndex indexForStorageRow(qsizetype storageRow, int column = 0) const;

    // The column store gained rows [firstRow, firstRow + count) / rows changed in place.
    // Both are queued and applied together by the flush timer, keeping the sort order.
    void shipmentsAppended(qsizetype firstRow, qsizetype count);
    void shipmentsChanged(const QList<qsizetype> &rows);
    bool hasPendingUpdates() const;
    // Whether the signals being emitted come from applying queued updates (not from a filter or
    // sort the user asked for): the view then keeps its top row in place rather than its offset.
    bool isApplyingUpdates() const { return m_applyingUpdates; }
    // Applies queued updates now instead of on the timer.
    void flushPendingUpdates();
    // The column store was cleared or refilled as a whole.
    void reload();
    // Many rows' predicted delivery days changed (a retrained predictor): the Expected column is
    // shown again, and re-sorted (off the GUI thread for a big table) when the table is sorted by it.
    void expectedDeliveriesChanged();

    static ShipmentColumns::Column sourceColumn(int column);

signals:
    // The shown rows now reflect the filters last set.
    void filterChanged();
    // The rows are now ordered by sortColumn() / sortOrder().
    void sortChanged();
    // A filter or sort went to a worker thread; `progress` reports it and can cancel it.
    void arrangingStarted(std::shared_ptr<TaskProgress> progress);
    // The user canceled it: the table keeps its previous filters and order.
    void arrangingCanceled();
    // The worker is done (after filterChanged, sortChanged or arrangingCanceled).
    void arrangingFinished();

private:
    struct Arrangement;
    struct ArrangeJob;

    QVariant displayValue(qsizetype row, int column) const;
    QVariant rawValue(qsizetype row, int column) const;
    QVariant toolTip(qsizetype row, int column) const;
    bool promiseBroken(qsizetype row, int column) const;
    DeliveryPromise::Verdict verdict(qsizetype row) const;
    DeliveryEstimate prediction(qsizetype row) const;
    QString predictionText(qsizetype row, const DeliveryEstimate &estimate) const;
    QDate today() const;

    void scheduleFlush();
    void flushAppends();
    void flushChanges();

    bool accepts(qsizetype row) const;
    bool lessThan(qsizetype a, qsizetype b) const;
    template<typename Reorder>
    void changeLayout(Reorder &&reorder);
    void arrange(bool filtersChanged);
    void applyArrangement(Arrangement &&arrangement);
    void finishJob();
    void moveRows(const QList<qsizetype> &leaving, const QList<qsizetype> &entering);
    bool sortedAround(const QList<int> &viewRows) const;
    void rebuildViewRows();

    const ShipmentColumns &m_shipments;
    SystemClock m_systemClock;
    const Clock *m_clock = &m_systemClock;
    QLocale m_locale;
    QFont m_emphasisFont;
    QFont m_predictedFont; // a predicted expected day: italic, so it reads apart without colour
    QFont m_predictedEmphasisFont;
    std::shared_ptr<const DeliveryPredictor> m_predictor;
    StatusStyle m_statusStyle;

    // What the user asked for (m_requested*) and what m_order reflects: they differ while a job runs.
    std::map<QString, RowFilter> m_requestedFilters;
    std::map<QString, RowFilter> m_filters;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    std::shared_ptr<ShipmentSorter> m_sorter; // keys of the applied sort; null for storage order
    // Sort keys changed wholesale (expectedDeliveriesChanged): arrangements compute every key
    // afresh until one of those is applied (a canceled one leaves the keys stale).
    bool m_sortKeysStale = false;

    QList<qsizetype> m_order; // view row -> storage row, shown rows only
    QList<int> m_viewRows; // storage row -> view row, -1 when filtered out; covers [0, m_known)
    qsizetype m_known = 0; // storage rows the arrangement has considered
    qsizetype m_backgroundThreshold = DefaultBackgroundThreshold;
    std::unique_ptr<ArrangeJob> m_job;
    // What the arrangement being worked out changes, so a sort that replaces a running filter
    // job still reports the filter change.
    bool m_filtersChanging = false;
    bool m_sortChanging = false;

    qsizetype m_pendingEnd = 0; // storage rows in [m_known, m_pendingEnd) are queued
    QSet<qsizetype> m_pendingChanges;
    QTimer m_flushTimer;
    bool m_applyingUpdates = false;
    QElapsedTimer m_sinceFlush;
};
