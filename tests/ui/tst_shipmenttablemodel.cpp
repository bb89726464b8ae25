#include "model/clock.h"
#include "model/shipmentcolumns.h"
#include "shipmenttablemodel.h"
#include "tasks/taskprogress.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QIcon>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>

#include <numeric>

using namespace Qt::StringLiterals;

namespace {

Shipment makeShipment(qint64 id, const QString &order, const QString &tracking, const QString &carrier,
                      const QString &recipient, const QString &country, SubStatus subStatus, QDate shipped,
                      QDate promised, QDate expected)
{
    Shipment s;
    s.id = id;
    s.orderNumber = order;
    s.trackingNumber = tracking;
    s.carrier = carrier;
    s.service = carrier == u"dhl"_s ? u"Paket"_s : u"Standard"_s;
    s.recipientName = recipient;
    s.countryCode = country;
    s.postalCode = QString::number(10000 + id * 7);
    s.shipDate = shipped;
    s.promisedDate = promised;
    s.carrierEstimate = expected;
    s.subStatus = subStatus;
    if (subStatus != SubStatus::NoInformation)
        s.lastEventAt = QDateTime(shipped, QTime(8, 0), Qt::UTC).addSecs(id * 3600);
    return s;
}

// Compares two view rows the way a person expects the column to be ordered, from the model's
// public roles only (raw values, or the displayed name for the carrier).
int compareRows(const ShipmentTableModel &model, int column, int a, int b)
{
    const int role = column == ShipmentTableModel::CarrierColumn ? int(Qt::DisplayRole)
                                                                  : int(ShipmentTableModel::RawValueRole);
    const QVariant x = model.index(a, column).data(role);
    const QVariant y = model.index(b, column).data(role);
    switch (x.typeId()) {
    case QMetaType::QString:
        return x.toString().compare(y.toString(), Qt::CaseInsensitive);
    case QMetaType::QDate: {
        const auto day = [](const QVariant &v) { return v.toDate().isValid() ? v.toDate().toJulianDay() : qint64(-1); };
        return day(x) < day(y) ? -1 : day(x) > day(y) ? 1 : 0;
    }
    case QMetaType::QDateTime: {
        const auto ms = [](const QVariant &v) { return v.toDateTime().isValid() ? v.toDateTime().toMSecsSinceEpoch() : 0; };
        return ms(x) < ms(y) ? -1 : ms(x) > ms(y) ? 1 : 0;
    }
    default:
        return x.toInt() - y.toInt();
    }
}

} // namespace

class TestShipmentTableModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void countsAndHeaders();
    void displayAndRawValues();
    void statusReadsWithoutColour();
    void sortsByColumn_data();
    void sortsByColumn();
    void sortIsStableAcrossColumns();
    void textSortLooksPastCommonPrefix();
    void unsortedRestoresStorageOrder();
    void sortKeepsPersistentIndexes();
    void appendedRowsAreBatched();
    void appendedRowsKeepSortOrder();
    void changedRowsEmitDataChanged();
    void changedRowMovesWhenSorted();
    void brokenPromisesAreHighlighted();
    void namedFiltersCombine();
    void filteredSortKeepsBothRules();
    void appendedRowsAreFiltered();
    void changedRowsEnterAndLeaveFilter();
    void bigTablesArrangeInBackground();
    void updatesWaitForBackgroundArrange();
    void canceledArrangeKeepsTable();
    void bigSortIsStable();

private:
    qsizetype addShipment(const Shipment &shipment) { return m_columns.upsert(shipment); }

    ShipmentColumns m_columns;
    std::unique_ptr<ShipmentTableModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestShipmentTableModel::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestShipmentTableModel::init()
{
    const QDate d(2025, 3, 10);
    m_columns.clear();
    addShipment(makeShipment(1, u"SO-1003"_s, u"JJD0001"_s, u"dhl"_s, u"Anna Schmidt"_s, u"DE"_s,
                             SubStatus::ArrivedAtHub, d, d.addDays(4), d.addDays(3)));
    addShipment(makeShipment(2, u"SO-1001"_s, u"1Z0002"_s, u"ups"_s, u"bob Miller"_s, u"US"_s,
                             SubStatus::Delivered, d.addDays(-5), d, QDate()));
    addShipment(makeShipment(3, u"SO-1006"_s, u"7700003"_s, u"fedex"_s, u"Émile Dubois"_s, u"FR"_s,
                             SubStatus::Lost, d.addDays(-9), d.addDays(-2), QDate()));
    addShipment(makeShipment(4, u"SO-1002"_s, u"JJD0004"_s, u"dhl"_s, u"Carla Rossi"_s, u"IT"_s,
                             SubStatus::NoInformation, QDate(), d.addDays(6), QDate()));
    addShipment(makeShipment(5, u"SO-1005"_s, u"GLS0005"_s, u"gls"_s, u"anna Berg"_s, u"AT"_s,
                             SubStatus::OutForDelivery, d.addDays(-1), d.addDays(1), d.addDays(2)));
    addShipment(makeShipment(6, u"SO-1004"_s, u"1Z0006"_s, u"ups"_s, u"Dan Okafor"_s, u"GB"_s,
                             SubStatus::Delivered, d.addDays(-3), d.addDays(2), d.addDays(1)));
    m_model = std::make_unique<ShipmentTableModel>(m_columns);
    m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestShipmentTableModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
}

void TestShipmentTableModel::countsAndHeaders()
{
    QCOMPARE(m_model->rowCount(), 6);
    QCOMPARE(m_model->columnCount(), 13);
    QCOMPARE(m_model->rowCount(m_model->index(0, 0)), 0);
    QCOMPARE(m_model->headerData(ShipmentTableModel::TrackingNumberColumn, Qt::Horizontal).toString(),
             u"Tracking number"_s);
    QCOMPARE(m_model->headerData(ShipmentTableModel::ExpectedColumn, Qt::Horizontal).toString(), u"Expected"_s);
    QCOMPARE(m_model->headerData(ShipmentTableModel::LastEventColumn, Qt::Horizontal).toString(), u"Last event"_s);
}

void TestShipmentTableModel::displayAndRawValues()
{
    const auto cell = [this](int column, int role = Qt::DisplayRole) { return m_model->index(0, column).data(role); };
    QCOMPARE(cell(ShipmentTableModel::OrderColumn).toString(), u"SO-1003"_s);
    QCOMPARE(cell(ShipmentTableModel::TrackingNumberColumn).toString(), u"JJD0001"_s);
    QCOMPARE(cell(ShipmentTableModel::CarrierColumn).toString(), u"DHL"_s);
    QCOMPARE(cell(ShipmentTableModel::CarrierColumn, ShipmentTableModel::RawValueRole).toString(), u"dhl"_s);
    QCOMPARE(cell(ShipmentTableModel::ServiceColumn).toString(), u"Paket"_s);
    QCOMPARE(cell(ShipmentTableModel::RecipientColumn).toString(), u"Anna Schmidt"_s);
    QCOMPARE(cell(ShipmentTableModel::CountryColumn).toString(), u"DE"_s);
    QCOMPARE(cell(ShipmentTableModel::CountryColumn, Qt::ToolTipRole).toString(), u"Germany"_s);
    QCOMPARE(cell(ShipmentTableModel::PostalCodeColumn).toString(), u"10007"_s);
    QCOMPARE(cell(ShipmentTableModel::StatusColumn).toString(), Taxonomy::statusLabel(Status::InTransit));
    QCOMPARE(cell(ShipmentTableModel::StatusColumn, ShipmentTableModel::RawValueRole).toInt(), int(Status::InTransit));
    QCOMPARE(cell(ShipmentTableModel::DetailColumn).toString(), u"Arrived at sorting centre"_s);
    QCOMPARE(cell(ShipmentTableModel::DetailColumn, ShipmentTableModel::RawValueRole).toInt(),
             int(SubStatus::ArrivedAtHub));

    const QDate shipped(2025, 3, 10);
    QCOMPARE(cell(ShipmentTableModel::ShippedColumn).toString(), u"3/10/25"_s);
    QCOMPARE(cell(ShipmentTableModel::ShippedColumn, ShipmentTableModel::RawValueRole).toDate(), shipped);
    QCOMPARE(cell(ShipmentTableModel::PromisedColumn, ShipmentTableModel::RawValueRole).toDate(), shipped.addDays(4));
    QCOMPARE(cell(ShipmentTableModel::ExpectedColumn, ShipmentTableModel::RawValueRole).toDate(), shipped.addDays(3));
    const QDateTime lastEvent(shipped, QTime(9, 0), Qt::UTC);
    QCOMPARE(cell(ShipmentTableModel::LastEventColumn, ShipmentTableModel::RawValueRole).toDateTime(), lastEvent);
    QCOMPARE(cell(ShipmentTableModel::LastEventColumn).toString(),
             QLocale().toString(lastEvent.toLocalTime(), QLocale::ShortFormat));
    QCOMPARE(cell(ShipmentTableModel::OrderColumn, ShipmentTableModel::ShipmentIdRole).toLongLong(), 1);

    // A missing date is an empty cell, not "1/1/70" or an error.
    QCOMPARE(m_model->index(1, ShipmentTableModel::ExpectedColumn).data().toString(), QString());
    QVERIFY(!m_model->index(1, ShipmentTableModel::ExpectedColumn).data(ShipmentTableModel::RawValueRole).toDate().isValid());
}

void TestShipmentTableModel::statusReadsWithoutColour()
{
    // Every status has an icon; different statuses have differently shaped (so different) icons.
    const QIcon transit = qvariant_cast<QIcon>(m_model->index(0, ShipmentTableModel::StatusColumn).data(Qt::DecorationRole));
    const QIcon delivered = qvariant_cast<QIcon>(m_model->index(1, ShipmentTableModel::StatusColumn).data(Qt::DecorationRole));
    QVERIFY(!transit.isNull());
    QVERIFY(!delivered.isNull());
    const auto grey = [](const QIcon &icon) { return icon.pixmap(16, 16).toImage().convertToFormat(QImage::Format_Grayscale8); };
    QVERIFY(grey(transit) != grey(delivered));
    QVERIFY(!m_model->index(0, ShipmentTableModel::OrderColumn).data(Qt::DecorationRole).isValid());
}

void TestShipmentTableModel::sortsByColumn_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    for (int column = 0; column < ShipmentTableModel::ColumnCount; ++column) {
        QTest::addRow("column %d ascending", column) << column << Qt::AscendingOrder;
        QTest::addRow("column %d descending", column) << column << Qt::DescendingOrder;
    }
}

void TestShipmentTableModel::sortsByColumn()
{
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, order);
    m_model->sort(column, order);
    QCOMPARE(m_model->sortColumn(), column);
    QCOMPARE(m_model->rowCount(), 6);
    for (int row = 1; row < m_model->rowCount(); ++row) {
        const int cmp = compareRows(*m_model, column, row - 1, row);
        if (order == Qt::AscendingOrder ? cmp > 0 : cmp < 0)
            QFAIL(qPrintable(u"rows %1 and %2 out of order"_s.arg(row - 1).arg(row)));
    }
    // Every shipment still appears exactly once, and the row mappings agree.
    QSet<qsizetype> seen;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const qsizetype storage = m_model->storageRow(row);
        seen.insert(storage);
        QCOMPARE(m_model->viewRow(storage), row);
        QCOMPARE(m_model->index(row, 0).data(ShipmentTableModel::StorageRowRole).toLongLong(), storage);
    }
    QCOMPARE(seen.size(), 6);
}

void TestShipmentTableModel::sortIsStableAcrossColumns()
{
    // Carrier first, then status: within one status the carriers stay in order.
    m_model->sort(ShipmentTableModel::RecipientColumn, Qt::AscendingOrder);
    m_model->sort(ShipmentTableModel::CarrierColumn, Qt::AscendingOrder);
    m_model->sort(ShipmentTableModel::StatusColumn, Qt::DescendingOrder);
    for (int row = 1; row < m_model->rowCount(); ++row) {
        const int byStatus = compareRows(*m_model, ShipmentTableModel::StatusColumn, row - 1, row);
        QVERIFY(byStatus >= 0);
        if (byStatus == 0)
            QVERIFY(compareRows(*m_model, ShipmentTableModel::CarrierColumn, row - 1, row) <= 0);
    }
    // The two delivered UPS shipments keep the recipient order: "bob Miller" before "Dan Okafor".
    QStringList deliveredUps;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->index(row, ShipmentTableModel::StatusColumn).data(ShipmentTableModel::RawValueRole).toInt()
            == int(Status::Delivered))
            deliveredUps.append(m_model->index(row, ShipmentTableModel::RecipientColumn).data().toString());
    }
    QCOMPARE(deliveredUps, (QStringList{u"bob Miller"_s, u"Dan Okafor"_s}));

    // Ties follow the order on show, not storage order, also after a filter changed and off the
    // GUI thread: the DHL rows stay in descending recipient order.
    m_model->setBackgroundThreshold(0);
    QSignalSpy sorted(m_model.get(), &ShipmentTableModel::sortChanged);
    QSignalSpy filtered(m_model.get(), &ShipmentTableModel::filterChanged);
    m_model->sort(ShipmentTableModel::RecipientColumn, Qt::DescendingOrder);
    QTRY_COMPARE(sorted.count(), 1);
    m_model->sort(ShipmentTableModel::CarrierColumn, Qt::AscendingOrder);
    QTRY_COMPARE(sorted.count(), 2);
    m_model->setRowFilter(u"carrier"_s, [this](qsizetype row) { return m_columns.carrier(row) == u"dhl"_s; });
    QTRY_COMPARE(filtered.count(), 1);
    QCOMPARE(m_model->index(0, ShipmentTableModel::RecipientColumn).data().toString(), u"Carla Rossi"_s);
    QCOMPARE(m_model->index(1, ShipmentTableModel::RecipientColumn).data().toString(), u"Anna Schmidt"_s);
}

void TestShipmentTableModel::textSortLooksPastCommonPrefix()
{
    // Differing after the sort's first eight bytes, and after its sixteen, in mixed case.
    const QDate d(2025, 3, 12);
    const QStringList numbers{u"JJD0000000002"_s, u"jjd0000000001"_s, u"JJD00000000010"_s,
                              u"JJD000000000000000009"_s, u"jjd000000000000000008"_s, u"JJD0000000000000000"_s};
    for (qsizetype i = 0; i < numbers.size(); ++i) {
        addShipment(makeShipment(20 + i, u"SO-4%1"_s.arg(i), numbers[i], u"dhl"_s, u"X"_s, u"DE"_s,
                                 SubStatus::PickedUp, d, d, d));
    }
    m_model->reload();
    m_model->sort(ShipmentTableModel::TrackingNumberColumn, Qt::AscendingOrder);
    QStringList shown;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QString number = m_model->index(row, ShipmentTableModel::TrackingNumberColumn).data().toString();
        if (number.startsWith(u"jjd000000"_s, Qt::CaseInsensitive))
            shown.append(number);
    }
    QCOMPARE(shown, (QStringList{u"JJD0000000000000000"_s, u"jjd000000000000000008"_s, u"JJD000000000000000009"_s,
                                 u"jjd0000000001"_s, u"JJD00000000010"_s, u"JJD0000000002"_s}));
}

void TestShipmentTableModel::unsortedRestoresStorageOrder()
{
    m_model->sort(ShipmentTableModel::OrderColumn, Qt::DescendingOrder);
    QCOMPARE(m_model->index(0, ShipmentTableModel::OrderColumn).data().toString(), u"SO-1006"_s);
    m_model->sort(-1);
    for (int row = 0; row < m_model->rowCount(); ++row)
        QCOMPARE(m_model->storageRow(row), qsizetype(row));
}

void TestShipmentTableModel::sortKeepsPersistentIndexes()
{
    const QPersistentModelIndex lost = m_model->index(2, ShipmentTableModel::RecipientColumn);
    m_model->sort(ShipmentTableModel::RecipientColumn, Qt::AscendingOrder);
    QVERIFY(lost.isValid());
    QCOMPARE(lost.data().toString(), u"Émile Dubois"_s);
    QCOMPARE(lost.row(), m_model->rowCount() - 1); // non-ASCII É sorts after the ASCII letters
}

void TestShipmentTableModel::appendedRowsAreBatched()
{
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    const QDate d(2025, 3, 12);
    for (qint64 id = 7; id <= 9; ++id) {
        const qsizetype row = addShipment(makeShipment(id, u"SO-2%1"_s.arg(id), u"NEW%1"_s.arg(id), u"dpd"_s,
                                                       u"New Person"_s, u"NL"_s, SubStatus::PickedUp, d, d, d));
        m_model->shipmentsAppended(row, 1);
    }
    QCOMPARE(inserted.count(), 0); // queued, not applied one by one
    QVERIFY(m_model->hasPendingUpdates());
    QTRY_COMPARE(inserted.count(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 6);
    QCOMPARE(inserted.at(0).at(2).toInt(), 8);
    QCOMPARE(m_model->rowCount(), 9);
    QCOMPARE(m_model->index(8, ShipmentTableModel::TrackingNumberColumn).data().toString(), u"NEW9"_s);
    QVERIFY(!m_model->hasPendingUpdates());
}

void TestShipmentTableModel::appendedRowsKeepSortOrder()
{
    m_model->sort(ShipmentTableModel::TrackingNumberColumn, Qt::AscendingOrder);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    const QDate d(2025, 3, 12);
    const QStringList trackingNumbers{u"AAA"_s, u"ZZZ"_s, u"JJD0002"_s};
    for (qsizetype i = 0; i < trackingNumbers.size(); ++i) {
        const qsizetype row = addShipment(makeShipment(10 + i, u"SO-3%1"_s.arg(i), trackingNumbers[i], u"dpd"_s,
                                                       u"New Person"_s, u"NL"_s, SubStatus::PickedUp, d, d, d));
        m_model->shipmentsAppended(row, 1);
    }
    QTRY_COMPARE(inserted.count(), 1);
    QCOMPARE(m_model->rowCount(), 9);
    QStringList shown;
    for (int row = 0; row < m_model->rowCount(); ++row)
        shown.append(m_model->index(row, ShipmentTableModel::TrackingNumberColumn).data().toString());
    QStringList expected = shown;
    std::sort(expected.begin(), expected.end(),
              [](const QString &a, const QString &b) { return a.compare(b, Qt::CaseInsensitive) < 0; });
    QCOMPARE(shown, expected);
    QCOMPARE(shown.first(), u"1Z0002"_s); // digits before letters
    QCOMPARE(shown.last(), u"ZZZ"_s);
}

void TestShipmentTableModel::changedRowsEmitDataChanged()
{
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    Shipment first = m_columns.shipment(0);
    first.subStatus = SubStatus::OutForDelivery;
    const qsizetype row = addShipment(first);
    QCOMPARE(row, 0);
    Shipment fourth = m_columns.shipment(3);
    fourth.recipientName = u"Carla Rossi-Bianchi"_s;
    addShipment(fourth);
    m_model->shipmentsChanged({0});
    m_model->shipmentsChanged({3});
    QTRY_COMPARE(changed.count(), 1);
    const auto topLeft = changed.at(0).at(0).value<QModelIndex>();
    const auto bottomRight = changed.at(0).at(1).value<QModelIndex>();
    QCOMPARE(topLeft.row(), 0);
    QCOMPARE(bottomRight.row(), 3);
    QCOMPARE(topLeft.column(), 0);
    QCOMPARE(bottomRight.column(), ShipmentTableModel::ColumnCount - 1);
    QCOMPARE(m_model->index(0, ShipmentTableModel::StatusColumn).data().toString(),
             Taxonomy::statusLabel(Status::OutForDelivery));
    QCOMPARE(m_model->index(3, ShipmentTableModel::RecipientColumn).data().toString(), u"Carla Rossi-Bianchi"_s);
}

void TestShipmentTableModel::changedRowMovesWhenSorted()
{
    m_model->sort(ShipmentTableModel::StatusColumn, Qt::AscendingOrder);
    const int before = m_model->viewRow(3); // the pending shipment sorts first
    QCOMPARE(before, 0);
    const QPersistentModelIndex current = m_model->index(before, ShipmentTableModel::OrderColumn);
    QSignalSpy layout(m_model.get(), &QAbstractItemModel::layoutChanged);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);

    Shipment pending = m_columns.shipment(3);
    pending.subStatus = SubStatus::Expired; // the last status of the taxonomy
    addShipment(pending);
    m_model->shipmentsChanged({3});
    QTRY_COMPARE(changed.count(), 1);
    QCOMPARE(layout.count(), 1);
    QCOMPARE(m_model->viewRow(3), m_model->rowCount() - 1);
    QCOMPARE(current.row(), m_model->rowCount() - 1); // the persistent index followed the shipment
    QCOMPARE(current.data().toString(), u"SO-1002"_s);
}

void TestShipmentTableModel::brokenPromisesAreHighlighted()
{
    ManualClock clock(QDateTime(QDate(2025, 3, 11), QTime(12, 0), Qt::UTC));
    m_model->setClock(clock);
    const auto foreground = [this](qsizetype storageRow, int column) {
        return m_model->indexForStorageRow(storageRow, column).data(Qt::ForegroundRole);
    };
    // Row 0: promised 14th, carrier expects 13th: fine.
    QVERIFY(!foreground(0, ShipmentTableModel::ExpectedColumn).isValid());
    // Row 2: lost, promised the 8th, it is the 11th: overdue.
    QVERIFY(foreground(2, ShipmentTableModel::PromisedColumn).isValid());
    QVERIFY(qvariant_cast<QFont>(m_model->indexForStorageRow(2, ShipmentTableModel::PromisedColumn).data(Qt::FontRole)).bold());
    // Row 4: promised the 11th, carrier expects the 12th: late.
    QVERIFY(foreground(4, ShipmentTableModel::ExpectedColumn).isValid());
    QVERIFY(m_model->indexForStorageRow(4, ShipmentTableModel::ExpectedColumn).data(Qt::ToolTipRole).toString().startsWith(u"Late"_s));
    // Row 1: delivered; promises of delivered shipments are not flagged.
    QVERIFY(!foreground(1, ShipmentTableModel::PromisedColumn).isValid());
}

QTEST_MAIN(TestShipmentTableModel)
#include "tst_shipmenttablemodel.moc"

namespace {

RowFilter statusIs(const ShipmentColumns &columns, Status status)
{
    // A snapshot, as the contract asks: the copy shares the data until the live columns change.
    return [snapshot = columns, status](qsizetype row) { return snapshot.status(row) == status; };
}

QStringList shownOrders(const ShipmentTableModel &model)
{
    QStringList orders;
    for (int row = 0; row < model.rowCount(); ++row)
        orders.append(model.index(row, ShipmentTableModel::OrderColumn).data().toString());
    return orders;
}

} // namespace

void TestShipmentTableModel::namedFiltersCombine()
{
    QSignalSpy filtered(m_model.get(), &ShipmentTableModel::filterChanged);
    m_model->setRowFilter(u"status"_s, statusIs(m_columns, Status::Delivered));
    QCOMPARE(filtered.count(), 1);
    QCOMPARE(shownOrders(*m_model), (QStringList{u"SO-1001"_s, u"SO-1004"_s}));
    QCOMPARE(m_model->viewRow(0), -1);
    QCOMPARE(m_model->storageRow(1), 5);

    m_model->setRowFilter(u"search"_s, [](qsizetype row) { return row < 3; });
    QCOMPARE(shownOrders(*m_model), QStringList{u"SO-1001"_s});
    QVERIFY(m_model->hasRowFilter(u"search"_s));

    m_model->setRowFilter(u"status"_s, {});
    QCOMPARE(shownOrders(*m_model), (QStringList{u"SO-1003"_s, u"SO-1001"_s, u"SO-1006"_s}));
    m_model->setRowFilter(u"search"_s, {});
    QCOMPARE(m_model->rowCount(), 6);
    QCOMPARE(filtered.count(), 4);
    m_model->setRowFilter(u"search"_s, {}); // not set: nothing to do
    QCOMPARE(filtered.count(), 4);
}

void TestShipmentTableModel::filteredSortKeepsBothRules()
{
    m_model->setRowFilter(u"carrier"_s, [this](qsizetype row) { return m_columns.carrier(row) != u"dhl"_s; });
    m_model->sort(ShipmentTableModel::OrderColumn, Qt::DescendingOrder);
    QCOMPARE(shownOrders(*m_model), (QStringList{u"SO-1006"_s, u"SO-1005"_s, u"SO-1004"_s, u"SO-1001"_s}));
    m_model->setRowFilter(u"carrier"_s, {});
    QCOMPARE(shownOrders(*m_model).first(), u"SO-1006"_s);
    QCOMPARE(m_model->rowCount(), 6);
}

void TestShipmentTableModel::appendedRowsAreFiltered()
{
    m_model->setRowFilter(u"status"_s, statusIs(m_columns, Status::Delivered));
    // The filter's snapshot predates the new rows: give it one that reads the live columns.
    m_model->setRowFilter(u"status"_s, [this](qsizetype row) { return m_columns.status(row) == Status::Delivered; });
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    const QDate d(2025, 3, 12);
    const qsizetype first = addShipment(makeShipment(7, u"SO-7"_s, u"N7"_s, u"dpd"_s, u"P"_s, u"NL"_s,
                                                     SubStatus::PickedUp, d, d, d));
    addShipment(makeShipment(8, u"SO-8"_s, u"N8"_s, u"dpd"_s, u"P"_s, u"NL"_s, SubStatus::Delivered, d, d, d));
    m_model->shipmentsAppended(first, 2);
    QTRY_COMPARE(inserted.count(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 2);
    QCOMPARE(inserted.at(0).at(2).toInt(), 2);
    QCOMPARE(shownOrders(*m_model), (QStringList{u"SO-1001"_s, u"SO-1004"_s, u"SO-8"_s}));
    QCOMPARE(m_model->viewRow(first), -1);
}

void TestShipmentTableModel::changedRowsEnterAndLeaveFilter()
{
    m_model->setRowFilter(u"status"_s, [this](qsizetype row) { return m_columns.status(row) == Status::Delivered; });
    m_model->sort(ShipmentTableModel::OrderColumn, Qt::AscendingOrder);
    QCOMPARE(shownOrders(*m_model), (QStringList{u"SO-1001"_s, u"SO-1004"_s}));
    const QPersistentModelIndex leaving = m_model->indexForStorageRow(1);
    const QPersistentModelIndex staying = m_model->indexForStorageRow(5);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);

    Shipment returned = m_columns.shipment(1);
    returned.subStatus = SubStatus::ReturnedToSender;
    addShipment(returned);
    Shipment delivered = m_columns.shipment(0);
    delivered.subStatus = SubStatus::Delivered;
    addShipment(delivered);
    m_model->shipmentsChanged({1, 0});
    QTRY_COMPARE(changed.count(), 1);
    QCOMPARE(shownOrders(*m_model), (QStringList{u"SO-1003"_s, u"SO-1004"_s}));
    QVERIFY(!leaving.isValid());
    QCOMPARE(staying.row(), 1);
    QCOMPARE(staying.data().toString(), u"SO-1004"_s);
}

void TestShipmentTableModel::bigTablesArrangeInBackground()
{
    m_model->setBackgroundThreshold(0);
    QSignalSpy started(m_model.get(), &ShipmentTableModel::arrangingStarted);
    QSignalSpy filtered(m_model.get(), &ShipmentTableModel::filterChanged);
    QSignalSpy sorted(m_model.get(), &ShipmentTableModel::sortChanged);
    m_model->setRowFilter(u"status"_s, statusIs(m_columns, Status::Delivered));
    QCOMPARE(started.count(), 1);
    QVERIFY(m_model->isArranging());
    QCOMPARE(m_model->rowCount(), 6); // the previous rows stay on show meanwhile
    QTRY_COMPARE(filtered.count(), 1);
    QVERIFY(!m_model->isArranging());
    QCOMPARE(shownOrders(*m_model), (QStringList{u"SO-1001"_s, u"SO-1004"_s}));

    m_model->sort(ShipmentTableModel::OrderColumn, Qt::DescendingOrder);
    QCOMPARE(started.count(), 2);
    QTRY_COMPARE(sorted.count(), 1);
    QCOMPARE(shownOrders(*m_model), (QStringList{u"SO-1004"_s, u"SO-1001"_s}));
    const auto progress = started.at(1).at(0).value<std::shared_ptr<TaskProgress>>();
    QVERIFY(progress->isFinished());
    QCOMPARE(progress->done(), progress->total());
    // A sort asked for while a filter is worked out replaces the job; both are reported.
    m_model->setRowFilter(u"status"_s, {});
    m_model->sort(ShipmentTableModel::OrderColumn, Qt::AscendingOrder);
    QTRY_COMPARE(sorted.count(), 2);
    QCOMPARE(filtered.count(), 2);
    QCOMPARE(m_model->rowCount(), 6);
    QCOMPARE(shownOrders(*m_model).first(), u"SO-1001"_s);
}

void TestShipmentTableModel::updatesWaitForBackgroundArrange()
{
    m_model->setBackgroundThreshold(0);
    // Stored before the filter was set, announced while the worker runs: shown once, filtered.
    const QDate d(2025, 3, 12);
    const qsizetype added = addShipment(makeShipment(7, u"SO-7"_s, u"N7"_s, u"dpd"_s, u"P"_s, u"NL"_s,
                                                     SubStatus::Lost, d, d, d));
    const qsizetype kept = addShipment(makeShipment(8, u"SO-8"_s, u"N8"_s, u"dpd"_s, u"P"_s, u"NL"_s,
                                                    SubStatus::PickedUp, d, d, d));
    QSignalSpy filtered(m_model.get(), &ShipmentTableModel::filterChanged);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    m_model->setRowFilter(u"status"_s, [this](qsizetype row) { return m_columns.status(row) != Status::Exception; });
    m_model->shipmentsAppended(added, 2);
    m_model->shipmentsChanged({0});
    m_model->flushPendingUpdates();
    QCOMPARE(changed.count(), 0); // held until the worker's rows are in
    QTRY_COMPARE(filtered.count(), 1);
    QTRY_COMPARE(changed.count(), 1);
    QVERIFY(!m_model->hasPendingUpdates());
    QCOMPARE(m_model->viewRow(added), -1);
    QCOMPARE(m_model->viewRow(2), -1);
    QCOMPARE(m_model->rowCount(), 6);
    QCOMPARE(m_model->storageRow(5), kept);
}

void TestShipmentTableModel::canceledArrangeKeepsTable()
{
    m_model->setBackgroundThreshold(0);
    QSignalSpy started(m_model.get(), &ShipmentTableModel::arrangingStarted);
    QSignalSpy canceled(m_model.get(), &ShipmentTableModel::arrangingCanceled);
    QSignalSpy filtered(m_model.get(), &ShipmentTableModel::filterChanged);
    auto gate = std::make_shared<QSemaphore>();
    m_model->setRowFilter(u"slow"_s, [gate](qsizetype) {
        gate->acquire(); // holds the worker until the test has canceled
        gate->release();
        return false;
    });
    QCOMPARE(started.count(), 1);
    started.at(0).at(0).value<std::shared_ptr<TaskProgress>>()->cancel();
    gate->release();
    QTRY_COMPARE(canceled.count(), 1);
    QCOMPARE(filtered.count(), 0);
    QCOMPARE(m_model->rowCount(), 6);
    QVERIFY(!m_model->hasRowFilter(u"slow"_s));
}

void TestShipmentTableModel::bigSortIsStable()
{
    // Enough rows for the sort to split across two threads; few distinct names, so many ties.
    const QStringList names{u"Zoe Adams"_s, u"anna Berg"_s, u"Anna Berg-Meyer of Greater London"_s, u"Bob"_s,
                            u"anna berg-meyer of Greater Londo"_s};
    const QDate d(2025, 3, 12);
    m_columns.reserve(160000);
    for (qint64 id = 100; id < 160000; ++id) {
        addShipment(makeShipment(id, u"SO-%1"_s.arg(id), u"T%1"_s.arg(id), u"dhl"_s, names[id % names.size()], u"DE"_s,
                                 SubStatus::PickedUp, d, d, d));
    }
    m_tester.reset(); // the tester would walk all 160,000 rows after every change
    m_model->reload();
    m_model->sort(ShipmentTableModel::RecipientColumn, Qt::AscendingOrder);
    QTRY_VERIFY(!m_model->isArranging());

    QList<qsizetype> expected(m_columns.size());
    std::iota(expected.begin(), expected.end(), qsizetype(0));
    std::stable_sort(expected.begin(), expected.end(), [this](qsizetype a, qsizetype b) {
        return m_columns.recipientName(a).compare(m_columns.recipientName(b), Qt::CaseInsensitive) < 0;
    });
    QCOMPARE(m_model->rowCount(), int(expected.size()));
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->storageRow(row) != expected[row])
            QFAIL(qPrintable(u"row %1 shows storage row %2, expected %3"_s.arg(row).arg(m_model->storageRow(row)).arg(expected[row])));
    }
}
