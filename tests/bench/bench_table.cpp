// Filter + sort of N shipments (default 1,000,000) by every column of the table: the console's
// model (filter predicate and key sort on index vectors, off the GUI thread) against the obvious
// Qt alternative, a QSortFilterProxyModel over a QStandardItemModel holding the same values,
// measured in the same run. One operation = hide the delivered shipments, then sort by the
// column; timed until the rows are ready to show. A second figure per column sorts all N rows
// without a filter (the peer: a fresh proxy over the same source model). Ours: median of
// Repetitions; the peer runs once per column (each run takes seconds and its model a lot of
// memory), on a model holding only the sorted column and the status column it filters on, which
// favours the peer.

#include "benchjson.h"
#include "benchshipments.h"
#include "shipmenttablemodel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>

using namespace Qt::StringLiterals;

namespace {

constexpr int Repetitions = 5;

void waitForArrangement(const ShipmentTableModel &model)
{
    while (model.isArranging())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
}

double oursOnce(ShipmentTableModel &model, const ShipmentColumns &columns, int column, bool filtered)
{
    // Back to unfiltered storage order, untimed, so every run filters and sorts from scratch.
    model.setRowFilter(u"status"_s, {});
    model.sort(-1);
    waitForArrangement(model);

    QElapsedTimer timer;
    timer.start();
    if (filtered)
        model.setRowFilter(u"status"_s, [&columns](qsizetype row) { return columns.status(row) != Status::Delivered; });
    model.sort(column, Qt::AscendingOrder);
    waitForArrangement(model);
    return timer.nsecsElapsed() / 1e6;
}

struct PeerTimes {
    double filterSortMs = 0;
    double sortAllMs = 0;
    qsizetype shown = 0;
};

PeerTimes peerOnce(const ShipmentTableModel &model, const ShipmentColumns &columns, int column)
{
    QStandardItemModel source(int(columns.size()), 2);
    const bool raw = column >= ShipmentTableModel::ShippedColumn; // dates compare as dates, not text
    for (qsizetype row = 0; row < columns.size(); ++row) {
        auto *value = new QStandardItem;
        value->setData(raw ? model.data(model.index(int(row), column), ShipmentTableModel::RawValueRole)
                           : QVariant(model.displayText(row, column)),
                       Qt::DisplayRole);
        source.setItem(int(row), 0, value);
        source.setItem(int(row), 1, new QStandardItem(Taxonomy::statusLabel(columns.status(row))));
    }
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&source);
    proxy.setSortCaseSensitivity(Qt::CaseInsensitive);
    proxy.setFilterKeyColumn(1);
    QElapsedTimer timer;
    timer.start();
    proxy.setFilterRegularExpression(
        QRegularExpression(u"^(?!%1$)"_s.arg(QRegularExpression::escape(Taxonomy::statusLabel(Status::Delivered)))));
    proxy.sort(0, Qt::AscendingOrder);
    proxy.rowCount();
    PeerTimes times;
    times.filterSortMs = timer.nsecsElapsed() / 1e6;
    times.shown = proxy.rowCount();

    QSortFilterProxyModel all;
    all.setSourceModel(&source);
    all.setSortCaseSensitivity(Qt::CaseInsensitive);
    timer.restart();
    all.sort(0, Qt::AscendingOrder);
    all.rowCount();
    times.sortAllMs = timer.nsecsElapsed() / 1e6;
    return times;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const qint64 n = benchCount(argc, argv, 1000000);
    const ShipmentColumns columns = benchShipments(n);
    ShipmentTableModel model(columns);
    QList<double> allOurs, allPeers;
    int shownRows = 0;
    for (int column = 0; column < ShipmentTableModel::ColumnCount; ++column) {
        QList<double> ours, oursAll;
        for (int rep = 0; rep < Repetitions; ++rep)
            ours.append(oursOnce(model, columns, column, true));
        shownRows = model.rowCount();
        for (int rep = 0; rep < Repetitions; ++rep)
            oursAll.append(oursOnce(model, columns, column, false));
        const PeerTimes peer = peerOnce(model, columns, column);
        if (peer.shown != shownRows)
            qFatal("column %d: the peer shows %lld rows, ours %d", column, qint64(peer.shown), shownRows);
        const QString name = model.headerData(column, Qt::Horizontal).toString().toLower().replace(u' ', u'_');
        printFigure({u"table"_s, u"filter_sort_median_by_"_s + name, median(ours), u"ms"_s, n,
                     u"QSortFilterProxyModel"_s, peer.filterSortMs});
        printFigure({u"table"_s, u"sort_all_median_by_"_s + name, median(oursAll), u"ms"_s, n,
                     u"QSortFilterProxyModel"_s, peer.sortAllMs});
        allOurs.append(median(ours));
        allPeers.append(peer.filterSortMs);
    }
    printFigure({u"table"_s, u"rows_left_by_filter"_s, double(shownRows), u"rows"_s, n, {}, 0});
    printFigure({u"table"_s, u"filter_sort_worst_column"_s, *std::max_element(allOurs.cbegin(), allOurs.cend()), u"ms"_s,
                 n, u"QSortFilterProxyModel"_s, *std::max_element(allPeers.cbegin(), allPeers.cend())});
    return 0;
}
