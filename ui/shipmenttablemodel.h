#pragma once

#include "model/clock.h"
#include "model/shipmentcolumns.h"
#include "statusstyle.h"

#include <QAbstractTableModel>
#include <QElapsedTimer>
#include <QFont>
#include <QList>
#include <QLocale>
#include <QSet>
#include <QTimer>

// The shipment table over the column store. The model sorts itself: m_order maps each view row
// to a storage row and is reordered with std::stable_sort on raw keys (see ShipmentSorter), so no
// proxy model sits between a million rows and the view. Rows that arrive or change are queued and applied in one
// batch (one rowsInserted, one ranged dataChanged) at most every FlushIntervalMs.
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

    // The model reads `shipments` but never changes it; it must outlive the model.
    explicit ShipmentTableModel(const ShipmentColumns &shipments, QObject *parent = nullptr);

    // Where "today" comes from for the overdue highlight; the system clock unless set.
    void setClock(const Clock &clock);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    // column -1 restores storage (id) order. Ties keep their previous order, so sorting by one
    // column and then another groups by the second and orders by the first within each group.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    // View row <-> storage row. -1 when out of range or not shown yet (queued).
    qsizetype storageRow(int viewRow) const;
    int viewRow(qsizetype storageRow) const;
    QModelIndex indexForStorageRow(qsizetype storageRow, int column = 0) const;

    // The column store gained rows [firstRow, firstRow + count) / rows changed in place.
    // Both are queued and applied together by the flush timer, keeping the sort order.
    void shipmentsAppended(qsizetype firstRow, qsizetype count);
    void shipmentsChanged(const QList<qsizetype> &rows);
    bool hasPendingUpdates() const;
    // Applies queued updates now instead of on the timer.
    void flushPendingUpdates();
    // The column store was cleared or refilled as a whole.
    void reload();

    static ShipmentColumns::Column sourceColumn(int column);

private:
    QVariant displayValue(qsizetype row, int column) const;
    QVariant rawValue(qsizetype row, int column) const;
    QVariant toolTip(qsizetype row, int column) const;
    bool promiseBroken(qsizetype row, int column) const;
    QDate today() const;

    void scheduleFlush();
    void flushAppends();
    void flushChanges();

    template<typename Reorder>
    void changeLayout(Reorder &&reorder);
    void sortAll();
    void sortTail(qsizetype firstNew);
    bool sortedAround(const QList<int> &viewRows) const;
    void rebuildViewRows();

    const ShipmentColumns &m_shipments;
    SystemClock m_systemClock;
    const Clock *m_clock = &m_systemClock;
    QLocale m_locale;
    QFont m_emphasisFont;
    StatusStyle m_statusStyle;

    QList<qsizetype> m_order; // view row -> storage row
    QList<int> m_viewRows; // storage row -> view row (storage rows not shown yet are absent)
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;

    qsizetype m_pendingEnd = 0; // storage rows up to here are known; beyond m_order.size() queued
    QSet<qsizetype> m_pendingChanges;
    QTimer m_flushTimer;
    QElapsedTimer m_sinceFlush;
};
