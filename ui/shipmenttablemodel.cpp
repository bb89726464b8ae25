#include "shipmenttablemodel.h"

#include "carriername.h"
#include "model/countrynames.h"
#include "predictionbasis.h"
#include "problems/deliverypredictor.h"
#include "shipmentsorter.h"
#include "tasks/taskprogress.h"

#include <QFutureWatcher>
#include <QtConcurrent>

#include <algorithm>
#include <numeric>

using namespace Qt::StringLiterals;

// The result of filtering and sorting a snapshot of the columns: the rows to show in order, and
// the sort keys, to be kept up to date by live updates afterwards.
struct ShipmentTableModel::Arrangement {
    QList<qsizetype> order;
    std::shared_ptr<ShipmentSorter> sorter;
    qsizetype rows = 0; // storage rows considered
    bool canceled = false;
};

struct ShipmentTableModel::ArrangeJob {
    QFutureWatcher<Arrangement> watcher;
    std::shared_ptr<TaskProgress> progress;
};

ShipmentTableModel::ShipmentTableModel(const ShipmentColumns &shipments, QObject *parent)
    : QAbstractTableModel(parent), m_shipments(shipments)
{
    m_emphasisFont.setBold(true);
    m_predictedFont.setItalic(true);
    m_predictedEmphasisFont = m_predictedFont;
    m_predictedEmphasisFont.setBold(true);
    m_flushTimer.setSingleShot(true);
    connect(&m_flushTimer, &QTimer::timeout, this, &ShipmentTableModel::flushPendingUpdates);
    m_known = m_pendingEnd = m_shipments.size();
    m_order.resize(m_known);
    std::iota(m_order.begin(), m_order.end(), qsizetype(0));
    rebuildViewRows();
}

ShipmentTableModel::~ShipmentTableModel()
{
    // A worker still arranging reads only its own snapshot: let it stop early and finish alone.
    if (m_job)
        m_job->progress->cancel();
}

void ShipmentTableModel::setClock(const Clock &clock)
{
    m_clock = &clock;
}

void ShipmentTableModel::setDeliveryPredictor(std::shared_ptr<const DeliveryPredictor> predictor)
{
    m_predictor = std::move(predictor);
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
    case ExpectedColumn: return C::ExpectedDelivery;
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
        if (column == ExpectedColumn && m_shipments.isExpectedDeliveryPredicted(row))
            return promiseBroken(row, column) ? m_predictedEmphasisFont : m_predictedFont;
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
    case ExpectedColumn: return m_locale.toString(m_shipments.expectedDelivery(row), QLocale::ShortFormat);
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
    case ExpectedColumn: return m_shipments.expectedDelivery(row);
    case LastEventColumn: return m_shipments.lastEventAt(row);
    default: return m_shipments.text(sourceColumn(column), row);
    }
}

QVariant ShipmentTableModel::toolTip(qsizetype row, int column) const
{
    switch (column) {
    case CountryColumn: {
        const QString name = CountryNames::displayName(m_shipments.countryCode(row));
        return name.isEmpty() ? QVariant() : name;
    }
    case StatusColumn:
    case DetailColumn:
        return Taxonomy::subStatusLabel(m_shipments.subStatus(row));
    case PromisedColumn:
    case ExpectedColumn: {
        const QDate promised = m_shipments.promisedDate(row);
        if (!m_shipments.isExpectedDeliveryPredicted(row))
            return DeliveryPromise::describe(verdict(row), promised, m_shipments.carrierEstimate(row));
        const DeliveryEstimate estimate = prediction(row);
        const QString promise = DeliveryPromise::describe(verdict(row), promised, estimate);
        const QString basis = predictionText(row, estimate);
        return promise.isEmpty() ? basis : basis + u'\n' + promise;
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
    if (column == PromisedColumn)
        return verdict(row) == DeliveryPromise::Verdict::Overdue;
    if (column == ExpectedColumn)
        return verdict(row) == DeliveryPromise::Verdict::ExpectedLate;
    return false;
}

// The current estimate against the promise: the carrier's date, or for a prediction the early
// end of its window, as the detection engine's at-risk rule and the detail pane judge it.
DeliveryPromise::Verdict ShipmentTableModel::verdict(qsizetype row) const
{
    const QDate expected = m_shipments.isExpectedDeliveryPredicted(row) ? m_shipments.predictedEarliest(row)
                                                                        : m_shipments.carrierEstimate(row);
    return DeliveryPromise::assess(m_shipments.promisedDate(row), expected, m_shipments.status(row), today());
}

// The prediction the column shows, with what the predictor says it rests on: asked for the one
// row under the mouse, so the columns keep only the two days the table needs.
DeliveryEstimate ShipmentTableModel::prediction(qsizetype row) const
{
    DeliveryEstimate estimate;
    if (m_predictor)
        estimate = m_predictor->predict(m_shipments.shipment(row), today());
    estimate.source = DeliveryEstimate::Source::History;
    estimate.date = m_shipments.predictedDelivery(row);
    estimate.earliest = m_shipments.predictedEarliest(row);
    return estimate;
}

// "Predicted from 2,310 DHL Paket parcels to DE 81…; 80 % of them arrived 26/11 – 28/11".
QString ShipmentTableModel::predictionText(qsizetype row, const DeliveryEstimate &estimate) const
{
    if (estimate.scope == DeliveryEstimate::Scope::None)
        return tr("Predicted from past deliveries");
    if (estimate.samples == 0)
        return tr("Predicted: %1").arg(estimate.basis);
    return tr("Predicted from %1; 80 % of them arrived %2 – %3")
        .arg(PredictionBasis::parcels(estimate, m_shipments.carrier(row), m_shipments.service(row),
                                      m_shipments.countryCode(row), m_shipments.postalCode(row)),
             m_locale.toString(estimate.earliest, QLocale::ShortFormat),
             m_locale.toString(estimate.latest, QLocale::ShortFormat));
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

// ---- Filtering and sorting ----

namespace {

using Filters = QList<RowFilter>;

constexpr qsizetype ProgressStep = 1 << 16;

// Accepted rows that were shown before go first, in their shown order, the rest after them in
// storage order: the stable sort that follows then keeps ties as they were, so sorting by one
// column and then another groups by the second and orders by the first within each group.
QList<qsizetype> inShownOrder(const QList<qsizetype> &accepted, const QList<qsizetype> &shown, qsizetype rows)
{
    std::vector<char> state(size_t(rows), 0); // 1: accepted, 2: placed already
    for (const qsizetype row : accepted)
        state[size_t(row)] = 1;
    QList<qsizetype> ordered;
    ordered.reserve(accepted.size());
    for (const qsizetype row : shown) {
        if (row < rows && state[size_t(row)] == 1) {
            ordered.append(row);
            state[size_t(row)] = 2;
        }
    }
    for (const qsizetype row : accepted) {
        if (state[size_t(row)] == 1)
            ordered.append(row);
    }
    return ordered;
}

// Filters and sorts `columns` (a snapshot: nothing else writes to it). `sorter`, when given, has
// keys for the current sort column up to some earlier row count and is brought up to date;
// otherwise keys are computed for `column`. `shown` is the order on show, for stable ties. Runs on
// the GUI thread for small tables, on a worker for big ones.
template<typename Arrangement>
Arrangement arrangeRows(const ShipmentColumns &columns, const Filters &filters, std::shared_ptr<ShipmentSorter> sorter,
                        int column, Qt::SortOrder order, const QList<qsizetype> &shown, TaskProgress &progress)
{
    Arrangement result;
    result.rows = columns.size();
    progress.setTotal(result.rows * 2);
    result.order.reserve(result.rows);
    for (qsizetype first = 0; first < result.rows; first += ProgressStep) {
        if (progress.isCanceled()) {
            result.canceled = true;
            return result;
        }
        const qsizetype end = std::min(result.rows, first + ProgressStep);
        for (qsizetype row = first; row < end; ++row) {
            if (std::all_of(filters.cbegin(), filters.cend(), [row](const RowFilter &accept) { return accept(row); }))
                result.order.append(row);
        }
        progress.setDone(end);
    }
    if (progress.isCanceled()) {
        result.canceled = true;
        return result;
    }
    if (column >= 0) {
        if (sorter) {
            sorter->rebind(columns);
            sorter->keyAppendedRows();
        } else {
            sorter = std::make_shared<ShipmentSorter>(columns, column, order);
        }
        result.order = inShownOrder(result.order, shown, result.rows);
        sorter->sort(result.order);
        result.sorter = std::move(sorter);
    }
    progress.setDone(result.rows * 2);
    return result;
}

} // namespace

void ShipmentTableModel::setRowFilter(const QString &name, RowFilter accept)
{
    if (accept)
        m_requestedFilters[name] = std::move(accept);
    else if (m_requestedFilters.erase(name) == 0)
        return; // removing a filter that is not set changes nothing
    arrange(true);
}

bool ShipmentTableModel::hasRowFilter(const QString &name) const
{
    return m_requestedFilters.count(name) > 0;
}

bool ShipmentTableModel::accepts(qsizetype row) const
{
    return std::all_of(m_filters.cbegin(), m_filters.cend(), [row](const auto &filter) { return filter.second(row); });
}

bool ShipmentTableModel::lessThan(qsizetype a, qsizetype b) const
{
    return m_sorter ? m_sorter->lessThan(a, b) : a < b;
}

// column -1 restores storage (id) order.
void ShipmentTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < -1 || column >= ColumnCount)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    arrange(false);
}

// Works out the rows to show for the requested filters and sort: at once on a small table, on a
// worker thread over a snapshot of the columns on a big one. A newer request replaces one still
// running.
void ShipmentTableModel::arrange(bool filtersChanged)
{
    (filtersChanged ? m_filtersChanging : m_sortChanging) = true;
    if (m_job) {
        m_job->progress->cancel();
        m_job.reset();
    }
    Filters filters;
    for (const auto &[name, accept] : m_requestedFilters)
        filters.append(accept);
    // Same column and order: the kept keys only need the rows added since.
    std::shared_ptr<ShipmentSorter> sorter;
    if (m_sorter && !m_sortKeysStale && m_sorter->column() == m_sortColumn && m_sorter->order() == m_sortOrder)
        sorter = std::make_shared<ShipmentSorter>(*m_sorter);
    const int column = m_sortColumn;
    const Qt::SortOrder order = m_sortOrder;
    const QString what = filtersChanged ? tr("Filtering %L1 shipments").arg(m_shipments.size())
                                        : tr("Sorting %L1 shipments").arg(m_shipments.size());
    auto progress = std::make_shared<TaskProgress>(what);
    if (m_shipments.size() <= m_backgroundThreshold) {
        applyArrangement(arrangeRows<Arrangement>(m_shipments, filters, std::move(sorter), column, order, m_order, *progress));
        return;
    }
    m_job = std::make_unique<ArrangeJob>();
    m_job->progress = progress;
    connect(&m_job->watcher, &QFutureWatcher<Arrangement>::finished, this, &ShipmentTableModel::finishJob);
    // The snapshot shares the columns' data; the GUI thread's next write detaches its own copy.
    m_job->watcher.setFuture(QtConcurrent::run([snapshot = m_shipments, filters, sorter, column, order, shown = m_order,
                                                progress] {
        Arrangement result = arrangeRows<Arrangement>(snapshot, filters, sorter, column, order, shown, *progress);
        progress->finish();
        return result;
    }));
    emit arrangingStarted(progress);
}

void ShipmentTableModel::finishJob()
{
    Arrangement result = m_job->watcher.result();
    m_job.reset();
    if (result.canceled) {
        // Back to what the table shows, so that what is asked for and what is shown agree.
        m_requestedFilters = m_filters;
        m_sortColumn = m_sorter ? m_sorter->column() : -1;
        m_sortOrder = m_sorter ? m_sorter->order() : Qt::AscendingOrder;
        m_filtersChanging = m_sortChanging = false;
        emit arrangingCanceled();
    } else {
        applyArrangement(std::move(result));
    }
    emit arrangingFinished();
    if (hasPendingUpdates())
        scheduleFlush();
}

void ShipmentTableModel::applyArrangement(Arrangement &&arrangement)
{
    if (arrangement.sorter)
        arrangement.sorter->rebind(m_shipments);
    m_filters = m_requestedFilters;
    m_sortKeysStale = false; // no arrangement reuses keys while they are stale
    changeLayout([&] {
        m_order = std::move(arrangement.order);
        m_sorter = std::move(arrangement.sorter);
        m_known = arrangement.rows;
        m_pendingEnd = std::max(m_pendingEnd, m_known);
    });
    if (std::exchange(m_filtersChanging, false))
        emit filterChanged();
    if (std::exchange(m_sortChanging, false))
        emit sortChanged();
}

// Reorders m_order inside a layout change and moves persistent indexes (the view's current row
// and selection) with their shipments; those of rows that left the filter become invalid.
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

bool ShipmentTableModel::sortedAround(const QList<int> &viewRows) const
{
    const int last = int(m_order.size()) - 1;
    for (const int row : viewRows) {
        if ((row > 0 && lessThan(m_order[row], m_order[row - 1]))
            || (row < last && lessThan(m_order[row + 1], m_order[row])))
            return false;
    }
    return true;
}

void ShipmentTableModel::rebuildViewRows()
{
    m_viewRows.fill(-1, m_known);
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
    return m_pendingEnd > m_known || !m_pendingChanges.isEmpty();
}

// The first update after a quiet spell shows at once (0 ms); during a burst, at most one flush
// per FlushIntervalMs, so a thousand single-row notifications become a handful of view updates.
// While a worker arranges the rows, updates wait for its result.
void ShipmentTableModel::scheduleFlush()
{
    if (m_flushTimer.isActive() || m_job)
        return;
    const qint64 since = m_sinceFlush.isValid() ? m_sinceFlush.elapsed() : FlushIntervalMs;
    m_flushTimer.start(int(std::max<qint64>(0, FlushIntervalMs - since)));
}

void ShipmentTableModel::flushPendingUpdates()
{
    m_flushTimer.stop();
    if (m_job)
        return;
    m_sinceFlush.start();
    m_applyingUpdates = true;
    flushAppends();
    flushChanges();
    m_applyingUpdates = false;
}

// New rows go through the active filters and are inserted at the end in one batch, then merged
// into the sort order.
void ShipmentTableModel::flushAppends()
{
    const qsizetype firstNew = m_known;
    if (m_pendingEnd <= firstNew)
        return;
    m_known = m_pendingEnd;
    m_viewRows.resize(m_known, -1);
    QList<qsizetype> added(m_known - firstNew);
    std::iota(added.begin(), added.end(), firstNew);
    if (m_sorter)
        m_sorter->keyAppendedRows();
    added.removeIf([this](qsizetype row) { return !accepts(row); });
    if (added.isEmpty())
        return;
    const qsizetype first = m_order.size();
    beginInsertRows({}, int(first), int(first + added.size() - 1));
    for (const qsizetype row : std::as_const(added)) {
        m_viewRows[row] = int(m_order.size());
        m_order.append(row);
    }
    endInsertRows();
    if (m_sorter)
        changeLayout([this, first] { m_sorter->mergeTail(m_order, first); });
}

// Changed rows are tested against the filters again: rows that stay and keep their place get one
// ranged dataChanged; rows that move, leave or enter the filter are moved in one layout change.
void ShipmentTableModel::flushChanges()
{
    if (m_pendingChanges.isEmpty())
        return;
    const QList<qsizetype> changed(m_pendingChanges.cbegin(), m_pendingChanges.cend());
    m_pendingChanges.clear();
    if (m_sorter)
        m_sorter->updateRows(changed);
    QList<qsizetype> leaving, entering, staying;
    QList<int> stayingViewRows;
    for (const qsizetype row : changed) {
        const bool shown = m_viewRows[row] >= 0;
        const bool accepted = accepts(row);
        if (shown && !accepted)
            leaving.append(row);
        else if (!shown && accepted)
            entering.append(row);
        else if (shown) {
            staying.append(row);
            stayingViewRows.append(m_viewRows[row]);
        }
    }
    if (m_sorter && !sortedAround(stayingViewRows)) {
        leaving.append(staying);
        entering.append(staying);
    }
    if (!leaving.isEmpty() || !entering.isEmpty())
        moveRows(leaving, entering);
    QList<int> shownRows;
    for (const qsizetype row : changed) {
        if (const int shown = viewRow(row); shown >= 0)
            shownRows.append(shown);
    }
    if (shownRows.isEmpty())
        return;
    const auto [first, last] = std::minmax_element(shownRows.cbegin(), shownRows.cend());
    // One signal for the whole span: views repaint only what is visible of it anyway.
    emit dataChanged(index(*first, 0), index(*last, ColumnCount - 1));
}

// Takes `leaving` out of the shown rows and merges `entering` in at their sorted places, in one
// pass over the rows rather than one move each.
void ShipmentTableModel::moveRows(const QList<qsizetype> &leaving, const QList<qsizetype> &entering)
{
    changeLayout([&] {
        for (const qsizetype row : leaving)
            m_order[m_viewRows[row]] = -1;
        m_order.removeIf([](qsizetype row) { return row < 0; });
        const qsizetype middle = m_order.size();
        m_order.append(entering);
        const auto less = [this](qsizetype a, qsizetype b) { return lessThan(a, b); };
        std::sort(m_order.begin() + middle, m_order.end(), less);
        std::inplace_merge(m_order.begin(), m_order.begin() + middle, m_order.end(), less);
    });
}

void ShipmentTableModel::expectedDeliveriesChanged()
{
    if (m_sortColumn == ExpectedColumn) {
        m_sortKeysStale = true;
        arrange(false);
    }
    if (!m_order.isEmpty())
        emit dataChanged(index(0, ExpectedColumn), index(rowCount() - 1, ExpectedColumn));
}

void ShipmentTableModel::reload()
{
    beginResetModel();
    m_flushTimer.stop();
    m_pendingChanges.clear();
    m_order.clear();
    m_sorter.reset();
    m_known = 0;
    rebuildViewRows();
    m_pendingEnd = m_shipments.size();
    endResetModel();
    arrange(true);
}
