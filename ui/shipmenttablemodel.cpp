#include "shipmenttablemodel.h"

#include "carriername.h"
#include "deliverypromise.h"
#include "shipmentsorter.h"

#include <algorithm>
#include <numeric>

using namespace Qt::StringLiterals;

ShipmentTableModel::ShipmentTableModel(const ShipmentColumns &shipments, QObject *parent)
    : QAbstractTableModel(parent), m_shipments(shipments)
{
    m_emphasisFont.setBold(true);
    m_flushTimer.setSingleShot(true);
    connect(&m_flushTimer, &QTimer::timeout, this, &ShipmentTableModel::flushPendingUpdates);
    m_pendingEnd = m_shipments.size();
    m_order.resize(m_pendingEnd);
    std::iota(m_order.begin(), m_order.end(), qsizetype(0));
    rebuildViewRows();
}

void ShipmentTableModel::setClock(const Clock &clock)
{
    m_clock = &clock;
}

int ShipmentTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_order.size());
}

int ShipmentTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

ShipmentColumns::Column ShipmentTableModel::sourceColumn(int column)
{
    using C = ShipmentColumns::Column;
    switch (column) {
    case OrderColumn: return C::OrderNumber;
    case TrackingNumberColumn: return C::TrackingNumber;
    case CarrierColumn: return C::Carrier;
    case ServiceColumn: return C::Service;
    case RecipientColumn: return C::RecipientName;
    case CountryColumn: return C::CountryCode;
    case PostalCodeColumn: return C::PostalCode;
    case StatusColumn: return C::Status;
    case DetailColumn: return C::SubStatus;
    case ShippedColumn: return C::ShipDate;
    case PromisedColumn: return C::PromisedDate;
    case ExpectedColumn: return C::CarrierEstimate;
    default: return C::LastEventAt;
    }
}

QVariant ShipmentTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_order.size() || index.column() >= ColumnCount)
        return {};
    const qsizetype row = m_order[index.row()];
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(row, column);
    case RawValueRole:
        return rawValue(row, column);
    case ShipmentIdRole:
        return m_shipments.id(row);
    case StorageRowRole:
        return row;
    case Qt::ToolTipRole:
        return toolTip(row, column);
    case Qt::DecorationRole:
        if (column == StatusColumn)
            return m_statusStyle.icon(m_shipments.status(row));
        return {};
    case Qt::ForegroundRole:
        if (promiseBroken(row, column))
            return StatusStyle::colour(Status::Exception);
        return {};
    case Qt::FontRole:
        // Bold as well as coloured, so a broken promise stands out without colour vision.
        if (promiseBroken(row, column))
            return m_emphasisFont;
        return {};
    default:
        return {};
    }
}

QVariant ShipmentTableModel::displayValue(qsizetype row, int column) const
{
    switch (column) {
    case CarrierColumn: return CarrierName::forKey(m_shipments.carrier(row));
    case StatusColumn: return Taxonomy::statusLabel(m_shipments.status(row));
    case DetailColumn: return Taxonomy::subStatusLabel(m_shipments.subStatus(row));
    case ShippedColumn: return m_locale.toString(m_shipments.shipDate(row), QLocale::ShortFormat);
    case PromisedColumn: return m_locale.toString(m_shipments.promisedDate(row), QLocale::ShortFormat);
    case ExpectedColumn: return m_locale.toString(m_shipments.carrierEstimate(row), QLocale::ShortFormat);
    case LastEventColumn: {
        const QDateTime at = m_shipments.lastEventAt(row);
        return at.isValid() ? m_locale.toString(at.toLocalTime(), QLocale::ShortFormat) : QString();
    }
    default:
        return m_shipments.text(sourceColumn(column), row);
    }
}

QVariant ShipmentTableModel::rawValue(qsizetype row, int column) const
{
    switch (column) {
    case StatusColumn: return int(m_shipments.status(row));
    case DetailColumn: return int(m_shipments.subStatus(row));
    case ShippedColumn: return m_shipments.shipDate(row);
    case PromisedColumn: return m_shipments.promisedDate(row);
    case ExpectedColumn: return m_shipments.carrierEstimate(row);
    case LastEventColumn: return m_shipments.lastEventAt(row);
    default: return m_shipments.text(sourceColumn(column), row);
    }
}

QVariant ShipmentTableModel::toolTip(qsizetype row, int column) const
{
    switch (column) {
    case CountryColumn: {
        const QLocale::Territory territory = QLocale::codeToTerritory(m_shipments.countryCode(row));
        return territory == QLocale::AnyTerritory ? QVariant() : QLocale::territoryToString(territory);
    }
    case StatusColumn:
    case DetailColumn:
        return Taxonomy::subStatusLabel(m_shipments.subStatus(row));
    case PromisedColumn:
    case ExpectedColumn: {
        const QDate promised = m_shipments.promisedDate(row);
        const QDate expected = m_shipments.carrierEstimate(row);
        const auto verdict = DeliveryPromise::assess(promised, expected, m_shipments.status(row), today());
        return DeliveryPromise::describe(verdict, promised, expected);
    }
    case LastEventColumn: {
        const QDateTime at = m_shipments.lastEventAt(row);
        return at.isValid() ? m_locale.toString(at.toLocalTime(), QLocale::LongFormat) : QVariant();
    }
    default:
        return {};
    }
}

bool ShipmentTableModel::promiseBroken(qsizetype row, int column) const
{
    const auto verdict = [&] {
        return DeliveryPromise::assess(m_shipments.promisedDate(row), m_shipments.carrierEstimate(row),
                                       m_shipments.status(row), today());
    };
    if (column == PromisedColumn)
        return verdict() == DeliveryPromise::Verdict::Overdue;
    if (column == ExpectedColumn)
        return verdict() == DeliveryPromise::Verdict::ExpectedLate;
    return false;
}

QDate ShipmentTableModel::today() const
{
    return m_clock->now().toLocalTime().date();
}

QVariant ShipmentTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case OrderColumn: return tr("Order");
    case TrackingNumberColumn: return tr("Tracking number");
    case CarrierColumn: return tr("Carrier");
    case ServiceColumn: return tr("Service");
    case RecipientColumn: return tr("Recipient");
    case CountryColumn: return tr("Country");
    case PostalCodeColumn: return tr("Postal code");
    case StatusColumn: return tr("Status");
    case DetailColumn: return tr("Detail");
    case ShippedColumn: return tr("Shipped");
    case PromisedColumn: return tr("Promised");
    case ExpectedColumn: return tr("Expected");
    case LastEventColumn: return tr("Last event");
    default: return {};
    }
}

qsizetype ShipmentTableModel::storageRow(int viewRow) const
{
    return (viewRow >= 0 && viewRow < m_order.size()) ? m_order[viewRow] : -1;
}

int ShipmentTableModel::viewRow(qsizetype storageRow) const
{
    return (storageRow >= 0 && storageRow < m_viewRows.size()) ? m_viewRows[storageRow] : -1;
}

QModelIndex ShipmentTableModel::indexForStorageRow(qsizetype storageRow, int column) const
{
    const int row = viewRow(storageRow);
    return row < 0 ? QModelIndex() : index(row, column);
}

// ---- Sorting ----

void ShipmentTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < -1 || column >= ColumnCount)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    changeLayout([this] { sortAll(); });
}

// Reorders m_order inside a layout change and moves persistent indexes (the view's current row
// and selection) with their shipments.
template<typename Reorder>
void ShipmentTableModel::changeLayout(Reorder &&reorder)
{
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<qsizetype> storageRows;
    storageRows.reserve(before.size());
    for (const QModelIndex &index : before)
        storageRows.append(storageRow(index.row()));
    reorder();
    rebuildViewRows();
    QModelIndexList after;
    after.reserve(before.size());
    for (qsizetype i = 0; i < before.size(); ++i)
        after.append(indexForStorageRow(storageRows[i], before[i].column()));
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void ShipmentTableModel::sortAll()
{
    ShipmentSorter(m_shipments, m_sortColumn, m_sortOrder).sort(m_order);
}

// New rows were appended to an already sorted m_order: sort them and merge them in.
void ShipmentTableModel::sortTail(qsizetype firstNew)
{
    ShipmentSorter(m_shipments, m_sortColumn, m_sortOrder).mergeTail(m_order, firstNew);
}

bool ShipmentTableModel::sortedAround(const QList<int> &viewRows) const
{
    const ShipmentSorter sorter(m_shipments, m_sortColumn, m_sortOrder);
    const int last = int(m_order.size()) - 1;
    for (const int row : viewRows) {
        if ((row > 0 && sorter.lessThan(m_order[row], m_order[row - 1]))
            || (row < last && sorter.lessThan(m_order[row + 1], m_order[row])))
            return false;
    }
    return true;
}

void ShipmentTableModel::rebuildViewRows()
{
    m_viewRows.resize(m_order.size());
    for (qsizetype row = 0; row < m_order.size(); ++row)
        m_viewRows[m_order[row]] = int(row);
}

// ---- Live updates ----

void ShipmentTableModel::shipmentsAppended(qsizetype firstRow, qsizetype count)
{
    if (count <= 0)
        return;
    m_pendingEnd = std::max(m_pendingEnd, std::min(firstRow + count, m_shipments.size()));
    scheduleFlush();
}

void ShipmentTableModel::shipmentsChanged(const QList<qsizetype> &rows)
{
    for (const qsizetype row : rows) {
        if (row >= 0 && row < m_shipments.size())
            m_pendingChanges.insert(row);
    }
    if (!m_pendingChanges.isEmpty())
        scheduleFlush();
}

bool ShipmentTableModel::hasPendingUpdates() const
{
    return m_pendingEnd > m_order.size() || !m_pendingChanges.isEmpty();
}

// The first update after a quiet spell shows at once (0 ms); during a burst, at most one flush
// per FlushIntervalMs, so a thousand single-row notifications become a handful of view updates.
void ShipmentTableModel::scheduleFlush()
{
    if (m_flushTimer.isActive())
        return;
    const qint64 since = m_sinceFlush.isValid() ? m_sinceFlush.elapsed() : FlushIntervalMs;
    m_flushTimer.start(int(std::max<qint64>(0, FlushIntervalMs - since)));
}

void ShipmentTableModel::flushPendingUpdates()
{
    m_flushTimer.stop();
    m_sinceFlush.start();
    flushAppends();
    flushChanges();
}

void ShipmentTableModel::flushAppends()
{
    const qsizetype first = m_order.size();
    if (m_pendingEnd <= first)
        return;
    beginInsertRows({}, int(first), int(m_pendingEnd - 1));
    for (qsizetype row = first; row < m_pendingEnd; ++row) {
        m_order.append(row);
        m_viewRows.append(int(row));
    }
    endInsertRows();
    if (m_sortColumn >= 0)
        changeLayout([this, first] { sortTail(first); });
}

void ShipmentTableModel::flushChanges()
{
    if (m_pendingChanges.isEmpty())
        return;
    QList<int> rows;
    rows.reserve(m_pendingChanges.size());
    for (const qsizetype storage : std::as_const(m_pendingChanges)) {
        if (const int row = viewRow(storage); row >= 0)
            rows.append(row);
    }
    m_pendingChanges.clear();
    if (rows.isEmpty())
        return;
    if (m_sortColumn >= 0 && !sortedAround(rows)) {
        // Remember the shipments, not their old positions: the re-sort moves them.
        QList<qsizetype> storageRows;
        for (const int row : rows)
            storageRows.append(m_order[row]);
        changeLayout([this] { sortAll(); });
        for (qsizetype i = 0; i < rows.size(); ++i)
            rows[i] = viewRow(storageRows[i]);
    }
    const auto [first, last] = std::minmax_element(rows.cbegin(), rows.cend());
    // One signal for the whole span: views repaint only what is visible of it anyway.
    emit dataChanged(index(*first, 0), index(*last, ColumnCount - 1));
}

void ShipmentTableModel::reload()
{
    beginResetModel();
    m_flushTimer.stop();
    m_pendingChanges.clear();
    m_pendingEnd = m_shipments.size();
    m_order.resize(m_pendingEnd);
    std::iota(m_order.begin(), m_order.end(), qsizetype(0));
    sortAll();
    rebuildViewRows();
    endResetModel();
}
