#include "shipmentsorter.h"

#include "carriername.h"
#include "shipmenttablemodel.h"


#include <algorithm>
#include <numeric>
#include <thread>

namespace {

// Below this a second thread costs more than it saves.
constexpr size_t ParallelSortItems = 100000;

// ASCII-only case folding: the same for prefixes and full comparisons, so both give one order.
// (Latin-1 folding, as qstrnicmp does, would fold UTF-8 lead bytes into one another.)
inline uchar fold(uchar c)
{
    return (c >= 'A' && c <= 'Z') ? uchar(c + ('a' - 'A')) : c;
}

int compareFolded(QByteArrayView a, QByteArrayView b)
{
    const qsizetype common = std::min(a.size(), b.size());
    for (qsizetype i = 0; i < common; ++i) {
        const uchar x = fold(uchar(a[i]));
        const uchar y = fold(uchar(b[i]));
        if (x != y)
            return x < y ? -1 : 1;
    }
    return a.size() == b.size() ? 0 : (a.size() < b.size() ? -1 : 1);
}

// The first eight folded bytes, big-endian, shifted into signed range so that comparing the
// qint64 keys compares the bytes.
qint64 prefixKey(QByteArrayView text)
{
    quint64 key = 0;
    for (qsizetype i = 0; i < 8; ++i)
        key = (key << 8) | (i < text.size() ? fold(uchar(text[i])) : 0u);
    return qint64(key ^ (quint64(1) << 63));
}

bool comparesText(int column)
{
    switch (column) {
    case ShipmentTableModel::OrderColumn:
    case ShipmentTableModel::TrackingNumberColumn:
    case ShipmentTableModel::RecipientColumn:
    case ShipmentTableModel::PostalCodeColumn:
        return true;
    default:
        return false;
    }
}

} // namespace

ShipmentSorter::ShipmentSorter(const ShipmentColumns &shipments, int tableColumn, Qt::SortOrder order)
    : m_shipments(&shipments), m_column(tableColumn), m_descending(order == Qt::DescendingOrder),
      m_source(ShipmentTableModel::sourceColumn(tableColumn))
{
    m_textTieBreak = comparesText(m_column);
    m_vocabulary = m_column >= 0 && ShipmentColumns::isVocabularyColumn(m_source);
    computeAllKeys();
}

void ShipmentSorter::rebind(const ShipmentColumns &shipments)
{
    m_shipments = &shipments;
}

qint64 ShipmentSorter::keyOf(qsizetype row) const
{
    if (m_column < 0)
        return row;
    if (m_vocabulary)
        return m_rankOfId[m_shipments->vocabularyId(m_source, row)];
    return m_shipments->numericKey(m_source, row);
}

void ShipmentSorter::keyRow(qsizetype row)
{
    if (!m_textTieBreak) {
        m_keys[row] = keyOf(row);
        return;
    }
    // Sixteen bytes: eight leave common first names ("Hannah M") tied across whole groups.
    const QByteArrayView text = m_shipments->utf8(m_source, row);
    m_keys[row] = prefixKey(text);
    m_keys2[row] = prefixKey(text.size() > 8 ? text.sliced(8) : QByteArrayView());
    m_longText[row] = text.size() > 16;
}

void ShipmentSorter::resizeKeys(qsizetype rows)
{
    m_keys.resize(rows);
    if (m_textTieBreak) {
        m_keys2.resize(rows);
        m_longText.resize(rows);
    }
}

ShipmentSorter::Item ShipmentSorter::itemOf(qsizetype row) const
{
    return Item{m_keys[row], m_textTieBreak ? m_keys2[row] : 0, row};
}

void ShipmentSorter::computeAllKeys()
{
    if (m_vocabulary)
        computeVocabularyRanks();
    resizeKeys(m_shipments->size());
    for (qsizetype row = 0; row < m_keys.size(); ++row)
        keyRow(row);
}

// A value never seen before changes the ranks of the others: then everything is ranked and keyed
// again (the vocabulary is small and keying is one array lookup per row).
bool ShipmentSorter::vocabularyGrew() const
{
    return m_vocabulary && m_shipments->vocabulary(m_source).size() != m_rankOfId.size();
}

void ShipmentSorter::updateRows(const QList<qsizetype> &rows)
{
    if (vocabularyGrew()) {
        computeAllKeys();
        return;
    }
    for (const qsizetype row : rows)
        keyRow(row);
}

void ShipmentSorter::keyAppendedRows()
{
    if (vocabularyGrew()) {
        computeAllKeys();
        return;
    }
    const qsizetype keyed = m_keys.size();
    resizeKeys(m_shipments->size());
    for (qsizetype row = keyed; row < m_keys.size(); ++row)
        keyRow(row);
}

// A value from a small vocabulary (carrier, service, country) gets its rank among the distinct
// values, ordered by the label people see, so the sort compares integers instead of strings.
void ShipmentSorter::computeVocabularyRanks()
{
    const QStringList &values = m_shipments->vocabulary(m_source);
    const auto label = [this](const QString &value) {
        return m_column == ShipmentTableModel::CarrierColumn ? CarrierName::forKey(value) : value;
    };
    QList<qsizetype> ids(values.size());
    std::iota(ids.begin(), ids.end(), qsizetype(0));
    QStringList labels;
    labels.reserve(values.size());
    for (const QString &value : values)
        labels.append(label(value));
    std::sort(ids.begin(), ids.end(), [&](qsizetype a, qsizetype b) {
        const int byLabel = QString::localeAwareCompare(labels[a], labels[b]);
        return byLabel != 0 ? byLabel < 0 : values[a] < values[b];
    });
    m_rankOfId.resize(values.size());
    for (qsizetype rank = 0; rank < ids.size(); ++rank)
        m_rankOfId[ids[rank]] = rank;
}

bool ShipmentSorter::ascendingLess(const Item &a, const Item &b) const
{
    if (a.key != b.key)
        return a.key < b.key;
    if (a.key2 != b.key2)
        return a.key2 < b.key2;
    // Equal sixteen-byte prefixes of texts no longer than that are equal texts.
    return m_textTieBreak && (m_longText[a.row] || m_longText[b.row])
        && compareFolded(m_shipments->utf8(m_source, a.row), m_shipments->utf8(m_source, b.row)) < 0;
}

// Descending swaps the operands rather than negating, so equal rows stay equal and stable.
bool ShipmentSorter::itemLess(const Item &a, const Item &b) const
{
    return m_descending ? ascendingLess(b, a) : ascendingLess(a, b);
}

bool ShipmentSorter::lessThan(qsizetype a, qsizetype b) const
{
    return itemLess(itemOf(a), itemOf(b));
}

std::vector<ShipmentSorter::Item> ShipmentSorter::items(const QList<qsizetype> &rows) const
{
    std::vector<Item> result;
    result.reserve(rows.size());
    for (const qsizetype row : rows)
        result.push_back(itemOf(row));
    return result;
}

void ShipmentSorter::sort(QList<qsizetype> &rows) const
{
    std::vector<Item> sorted = items(rows);
    const auto less = [this](const Item &a, const Item &b) { return itemLess(a, b); };
    if (sorted.size() >= ParallelSortItems && std::thread::hardware_concurrency() > 1) {
        // Halves sorted on two threads, then one stable merge: the order one stable sort gives.
        const auto middle = sorted.begin() + std::ptrdiff_t(sorted.size() / 2);
        std::thread firstHalf([&] { std::stable_sort(sorted.begin(), middle, less); });
        std::stable_sort(middle, sorted.end(), less);
        firstHalf.join();
        std::inplace_merge(sorted.begin(), middle, sorted.end(), less);
    } else {
        std::stable_sort(sorted.begin(), sorted.end(), less);
    }
    for (qsizetype i = 0; i < rows.size(); ++i)
        rows[i] = sorted[i].row;
}

void ShipmentSorter::mergeTail(QList<qsizetype> &rows, qsizetype firstNew) const
{
    std::vector<Item> merged = items(rows);
    const auto less = [this](const Item &a, const Item &b) { return itemLess(a, b); };
    const auto middle = merged.begin() + firstNew;
    std::stable_sort(middle, merged.end(), less);
    std::inplace_merge(merged.begin(), middle, merged.end(), less);
    for (qsizetype i = 0; i < rows.size(); ++i)
        rows[i] = merged[i].row;
}
