#include "shipmentsorter.h"

#include "carriername.h"
#include "shipmenttablemodel.h"

#include <QtEndian>

#include <algorithm>
#include <array>
#include <cstring>
#include <memory>
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

// Eight bytes at once: ASCII capitals get their 0x20 bit; bytes from 0x80 on stay as they are.
quint64 foldEight(quint64 bytes)
{
    constexpr quint64 ones = 0x0101010101010101;
    const quint64 low = bytes & (ones * 0x7f);
    const quint64 atLeastA = low + ones * (0x80 - 'A');
    const quint64 aboveZ = low + ones * (0x80 - 'Z' - 1);
    const quint64 capitals = atLeastA & ~aboveZ & ~bytes & (ones * 0x80);
    return bytes | (capitals >> 2);
}

// Folded bytes [from, from + 8) of the text, zero past its end, big-endian: comparing the numbers
// compares the bytes the way compareFolded() does.
quint64 prefixKey(QByteArrayView text, qsizetype from)
{
    quint64 bytes = 0;
    if (text.size() > from)
        std::memcpy(&bytes, text.data() + from, size_t(std::min<qsizetype>(8, text.size() - from)));
    return qFromBigEndian(foldEight(bytes));
}

// Numeric keys made unsigned with their order kept, so that all keys sort byte by byte.
quint64 orderedBits(qint64 key)
{
    return quint64(key) ^ (quint64(1) << 63);
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

ShipmentSorter::RowKeys ShipmentSorter::keysOf(qsizetype row) const
{
    if (m_textTieBreak) {
        // Sixteen bytes: eight leave common first names ("Hannah M") tied across whole groups.
        const QByteArrayView text = m_shipments->utf8(m_source, row);
        return {prefixKey(text, 0), prefixKey(text, 8), text.size() > 16};
    }
    if (m_column < 0)
        return {quint64(row), 0, false};
    if (m_vocabulary)
        return {quint64(m_rankOfId[m_shipments->vocabularyId(m_source, row)]), 0, false};
    return {orderedBits(m_shipments->numericKey(m_source, row)), 0, false};
}

void ShipmentSorter::keyRow(qsizetype row)
{
    const RowKeys keys = keysOf(row);
    m_keys[row] = keys.key;
    if (m_textTieBreak) {
        m_keys2[row] = keys.key2;
        m_longText[row] = keys.longText;
    }
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
    // Descending order sorts the complemented keys ascending: the same radix passes serve both.
    const quint64 flip = m_descending ? ~quint64(0) : 0;
    return Item{m_keys[row] ^ flip, m_textTieBreak ? m_keys2[row] ^ flip : 0, row};
}

void ShipmentSorter::computeAllKeys()
{
    if (m_vocabulary)
        computeVocabularyRanks();
    resizeKeys(m_shipments->size());
    // Raw pointers taken here, on one thread: the lists are detached before the workers write.
    quint64 *keys = m_keys.data();
    quint64 *keys2 = m_textTieBreak ? m_keys2.data() : nullptr;
    bool *longText = m_textTieBreak ? m_longText.data() : nullptr;
    const auto keyRange = [&](qsizetype first, qsizetype end) {
        for (qsizetype row = first; row < end; ++row) {
            const RowKeys rowKeys = keysOf(row);
            keys[row] = rowKeys.key;
            if (keys2) {
                keys2[row] = rowKeys.key2;
                longText[row] = rowKeys.longText;
            }
        }
    };
    const qsizetype rows = m_keys.size();
    if (size_t(rows) >= ParallelSortItems && std::thread::hardware_concurrency() > 1) {
        std::thread firstHalf(keyRange, 0, rows / 2);
        keyRange(rows / 2, rows);
        firstHalf.join();
    } else {
        keyRange(0, rows);
    }
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

// Items carry keys already turned for the direction; only the full texts are compared the other
// way round for descending order. Equal items stay in their order (stable in both directions).
bool ShipmentSorter::itemLess(const Item &a, const Item &b) const
{
    if (a.key != b.key)
        return a.key < b.key;
    if (a.key2 != b.key2)
        return a.key2 < b.key2;
    // Equal sixteen-byte prefixes of texts no longer than that are equal texts.
    if (!m_textTieBreak || !(m_longText[a.row] || m_longText[b.row]))
        return false;
    const QByteArrayView first = m_shipments->utf8(m_source, a.row);
    const QByteArrayView second = m_shipments->utf8(m_source, b.row);
    return (m_descending ? compareFolded(second, first) : compareFolded(first, second)) < 0;
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

// A stable LSD radix sort by (key, key2), one byte a pass from the last; passes over a byte every
// item shares are skipped (the second key of a non-text column, the high bytes of a date). Then
// texts longer than their sixteen keyed bytes that tie on them are put in order by their full
// text: runs of a few rows, still in their original order.
void ShipmentSorter::sortItems(Item *items, size_t count) const
{
    // Pass 0 sorts by the least significant byte: of the second key for text, else of the key.
    const int passes = m_textTieBreak ? 16 : 8;
    const auto digit = [textKeys = m_textTieBreak](const Item &item, int pass) {
        const quint64 key = textKeys && pass < 8 ? item.key2 : item.key;
        return (key >> (8 * (pass % 8))) & 0xff;
    };
    std::array<std::array<size_t, 256>, 16> counts{};
    for (size_t i = 0; i < count; ++i) {
        for (int pass = 0; pass < passes; ++pass)
            ++counts[pass][digit(items[i], pass)];
    }
    const std::unique_ptr<Item[]> scratch(new Item[count]);
    Item *from = items;
    Item *to = scratch.get();
    for (int pass = 0; pass < passes; ++pass) {
        std::array<size_t, 256> &offsets = counts[pass];
        if (std::find(offsets.cbegin(), offsets.cend(), count) != offsets.cend())
            continue;
        size_t offset = 0;
        for (size_t &bucket : offsets)
            offset += std::exchange(bucket, offset);
        for (size_t i = 0; i < count; ++i)
            to[offsets[digit(from[i], pass)]++] = from[i];
        std::swap(from, to);
    }
    if (from != items)
        std::copy(from, from + count, items);
    if (m_textTieBreak)
        sortTiedTexts(items, count);
}

void ShipmentSorter::sortTiedTexts(Item *items, size_t count) const
{
    const auto less = [this](const Item &a, const Item &b) { return itemLess(a, b); };
    for (size_t first = 0; first < count;) {
        size_t last = first + 1;
        bool longText = m_longText[items[first].row];
        for (; last < count && items[last].key == items[first].key && items[last].key2 == items[first].key2; ++last)
            longText = longText || m_longText[items[last].row];
        if (longText && last - first > 1)
            std::stable_sort(items + first, items + last, less);
        first = last;
    }
}

void ShipmentSorter::sort(QList<qsizetype> &rows) const
{
    std::vector<Item> sorted = items(rows);
    if (sorted.size() >= ParallelSortItems && std::thread::hardware_concurrency() > 1) {
        // Halves sorted on two threads, then one stable merge: the order one stable sort gives.
        // (Measured faster than both threads sharing each radix pass on a busy machine.)
        const size_t half = sorted.size() / 2;
        std::thread firstHalf([&] { sortItems(sorted.data(), half); });
        sortItems(sorted.data() + half, sorted.size() - half);
        firstHalf.join();
        std::inplace_merge(sorted.begin(), sorted.begin() + std::ptrdiff_t(half), sorted.end(),
                           [this](const Item &a, const Item &b) { return itemLess(a, b); });
    } else {
        sortItems(sorted.data(), sorted.size());
    }
    for (qsizetype i = 0; i < rows.size(); ++i)
        rows[i] = sorted[i].row;
}

void ShipmentSorter::mergeTail(QList<qsizetype> &rows, qsizetype firstNew) const
{
    std::vector<Item> merged = items(rows);
    const auto less = [this](const Item &a, const Item &b) { return itemLess(a, b); };
    sortItems(merged.data() + firstNew, merged.size() - size_t(firstNew));
    std::inplace_merge(merged.begin(), merged.begin() + firstNew, merged.end(), less);
    for (qsizetype i = 0; i < rows.size(); ++i)
        rows[i] = merged[i].row;
}
