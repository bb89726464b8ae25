// ShipmentSorter against the order it promises, written the slow obvious way: std::stable_sort
// with a comparison of the values themselves. Enough rows for the two-thread sort, names that tie
// on their first sixteen bytes and differ after them (in mixed case, with non-ASCII letters), and
// an input order that is not storage order, so a sort that is not stable shows.

#include "model/shipmentcolumns.h"
#include "shipmentsorter.h"
#include "shipmenttablemodel.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <numeric>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 Rows = 150000; // above the sorter's two-thread threshold

// The promised text order: bytes of the UTF-8 with ASCII letters' case ignored.
int compareTexts(const QByteArray &x, const QByteArray &y)
{
    for (qsizetype i = 0; i < std::min(x.size(), y.size()); ++i) {
        const auto folded = [](char c) { return uchar(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c); };
        if (folded(x[i]) != folded(y[i]))
            return folded(x[i]) < folded(y[i]) ? -1 : 1;
    }
    return x.size() == y.size() ? 0 : (x.size() < y.size() ? -1 : 1);
}

} // namespace

class TestShipmentSorter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sortsLikeAStableSortOfTheValues_data();
    void sortsLikeAStableSortOfTheValues();
    void mergeTailKeepsTheSameOrder();

private:
    QList<qsizetype> shuffledRows() const;

    ShipmentColumns m_columns;
};

void TestShipmentSorter::initTestCase()
{
    // Tied beyond byte 16 ("Hannah Mustermann-…"), tied within it, shorter than 8 bytes, and
    // non-ASCII after ASCII letters.
    const QStringList names{u"Hannah Mustermann-Schmidt"_s, u"hannah mustermann-schmidt"_s, u"Hannah Mustermann-Schmitt"_s,
                            u"HANNAH MUSTERMANN"_s,         u"Hannah Mustermann"_s,         u"Bob"_s,
                            u"bob"_s,                       u"Émile Zola"_s,                u"Ömer Yıldız"_s,
                            u"Zoe"_s,                       u"Hannah Mustermann-Schmidt Jr"_s};
    const QStringList carriers{u"dhl"_s, u"ups"_s, u"dpd"_s, u"gls"_s};
    QRandomGenerator random(7);
    m_columns.reserve(Rows);
    for (qint64 id = 1; id <= Rows; ++id) {
        Shipment s;
        s.id = id;
        s.orderNumber = u"SO-%1"_s.arg(random.bounded(5000));
        s.trackingNumber = u"JJD%1"_s.arg(random.bounded(100000000), 14, 10, QChar(u'0'));
        s.carrier = carriers[random.bounded(carriers.size())];
        s.recipientName = names[random.bounded(names.size())];
        s.countryCode = u"DE"_s;
        s.postalCode = QString::number(10000 + random.bounded(300));
        s.shipDate = QDate(2026, 11, 1).addDays(random.bounded(30));
        if (random.bounded(4) != 0) // a quarter without an estimate: the null date sorts first
            s.carrierEstimate = s.shipDate.addDays(random.bounded(5));
        s.subStatus = SubStatus(random.bounded(int(SubStatus::NoInformation) + 1));
        m_columns.upsert(s);
    }
}

QList<qsizetype> TestShipmentSorter::shuffledRows() const
{
    QList<qsizetype> rows(m_columns.size());
    std::iota(rows.begin(), rows.end(), qsizetype(0));
    std::shuffle(rows.begin(), rows.end(), QRandomGenerator(11));
    return rows;
}

void TestShipmentSorter::sortsLikeAStableSortOfTheValues_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    for (const int column : {int(ShipmentTableModel::RecipientColumn), int(ShipmentTableModel::OrderColumn),
                             int(ShipmentTableModel::TrackingNumberColumn), int(ShipmentTableModel::PostalCodeColumn),
                             int(ShipmentTableModel::CarrierColumn), int(ShipmentTableModel::ShippedColumn),
                             int(ShipmentTableModel::ExpectedColumn), int(ShipmentTableModel::StatusColumn)}) {
        for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            QTest::addRow("column %d %s", column, order == Qt::AscendingOrder ? "ascending" : "descending")
                << column << order;
        }
    }
}

void TestShipmentSorter::sortsLikeAStableSortOfTheValues()
{
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, order);
    const ShipmentSorter sorter(m_columns, column, order);
    QList<qsizetype> sorted = shuffledRows();
    sorter.sort(sorted);

    // The column's values as the table sorts them: text, or the raw value behind the text.
    ShipmentTableModel model(m_columns);
    QList<QVariant> values;
    QList<QByteArray> texts;
    for (qsizetype row = 0; row < m_columns.size(); ++row) {
        values.append(model.data(model.index(int(row), column), ShipmentTableModel::RawValueRole));
        texts.append(values.constLast().toString().toUtf8());
    }
    const bool text = column == ShipmentTableModel::RecipientColumn || column == ShipmentTableModel::OrderColumn
        || column == ShipmentTableModel::TrackingNumberColumn || column == ShipmentTableModel::PostalCodeColumn;
    const auto ascending = [&](qsizetype a, qsizetype b) {
        if (text)
            return compareTexts(texts[a], texts[b]) < 0;
        return QVariant::compare(values[a], values[b]) == QPartialOrdering::Less;
    };
    QList<qsizetype> expected = shuffledRows();
    std::stable_sort(expected.begin(), expected.end(), [&](qsizetype a, qsizetype b) {
        return order == Qt::AscendingOrder ? ascending(a, b) : ascending(b, a);
    });
    QCOMPARE(sorted, expected);
}

// Rows appended to a sorted table are sorted and merged in: the same order as sorting them all.
void TestShipmentSorter::mergeTailKeepsTheSameOrder()
{
    const ShipmentSorter sorter(m_columns, ShipmentTableModel::RecipientColumn, Qt::DescendingOrder);
    QList<qsizetype> all = shuffledRows();
    const qsizetype firstNew = all.size() - 1000;
    QList<qsizetype> merged = all;
    QList<qsizetype> head = merged.first(firstNew);
    sorter.sort(head);
    std::copy(head.cbegin(), head.cend(), merged.begin());
    sorter.mergeTail(merged, firstNew);
    sorter.sort(all);
    QCOMPARE(merged, all);
}

QTEST_MAIN(TestShipmentSorter)
#include "tst_shipmentsorter.moc"
