#include "shipmentsorter.h"

#include "carriername.h"
#include "shipmenttablemodel.h"

#include <QHash>

#include <algorithm>
#include <numeric>

namespace {

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
    : m_shipments(shipments), m_column(tableColumn), m_descending(order == Qt::DescendingOrder),
      m_source(ShipmentTableModel::sourceColumn(tableColumn))
{
    computeKeys();
}

void ShipmentSorter::computeKeys()
{
    const qsizetype rows = m_shipments.size();
    switch (m_column) {
    case -1:
        m_keys.resize(rows);
        std::iota(m_keys.begin(), m_keys.end(), qint64(0));
        return;
    case ShipmentTableModel::CarrierColumn:
        computeVocabularyKeys([this](qsizetype row) -> const QString & { return m_shipments.carrier(row); },
                              [](const QString &key) { return CarrierName::forKey(key); });
        return;
    case ShipmentTableModel::ServiceColumn:
        computeVocabularyKeys([this](qsizetype row) -> const QString & { return m_shipments.service(row); },
                              [](const QString &service) { return service; });
        return;
    case ShipmentTableModel::CountryColumn:
        computeVocabularyKeys([this](qsizetype row) -> const QString & { return m_shipments.countryCode(row); },
                              [](const QString &code) { return code; });
        return;
    default:
        break;
    }
    if (comparesText(m_column)) {
        computeTextKeys();
        return;
    }
    m_keys.resize(rows);
    for (qsizetype row = 0; row < rows; ++row)
        m_keys[row] = m_shipments.numericKey(m_source, row);
}

void ShipmentSorter::computeTextKeys()
{
    m_textTieBreak = true;
    m_keys.resize(m_shipments.size());
    for (qsizetype row = 0; row < m_keys.size(); ++row)
        m_keys[row] = prefixKey(m_shipments.utf8(m_source, row));
}

// A value from a small vocabulary (carrier, service, country) gets its rank among the distinct
// values, ordered by the label people see, so the sort compares integers instead of strings.
template<typename RawText, typename Label>
void ShipmentSorter::computeVocabularyKeys(RawText &&rawText, Label &&label)
{
    const qsizetype rows = m_shipments.size();
    QHash<QString, qint64> rankOf;
    for (qsizetype row = 0; row < rows; ++row)
        rankOf.insert(rawText(row), 0);
    QList<std::pair<QString, QString>> distinct; // (label, raw)
    for (auto it = rankOf.cbegin(); it != rankOf.cend(); ++it)
        distinct.append({label(it.key()), it.key()});
    std::sort(distinct.begin(), distinct.end(), [](const auto &a, const auto &b) {
        const int byLabel = QString::localeAwareCompare(a.first, b.first);
        return byLabel != 0 ? byLabel < 0 : a.second < b.second;
    });
    for (qsizetype rank = 0; rank < distinct.size(); ++rank)
        rankOf[distinct[rank].second] = rank;
    m_keys.resize(rows);
    for (qsizetype row = 0; row < rows; ++row)
        m_keys[row] = rankOf.value(rawText(row));
}

bool ShipmentSorter::ascendingLess(const Item &a, const Item &b) const
{
    if (a.key != b.key)
        return a.key < b.key;
    return m_textTieBreak && compareFolded(m_shipments.utf8(m_source, a.row), m_shipments.utf8(m_source, b.row)) < 0;
}

// Descending swaps the operands rather than negating, so equal rows stay equal and stable.
bool ShipmentSorter::itemLess(const Item &a, const Item &b) const
{
    return m_descending ? ascendingLess(b, a) : ascendingLess(a, b);
}

bool ShipmentSorter::lessThan(qsizetype a, qsizetype b) const
{
    return itemLess(Item{m_keys[a], a}, Item{m_keys[b], b});
}

std::vector<ShipmentSorter::Item> ShipmentSorter::items(const QList<qsizetype> &rows) const
{
    std::vector<Item> result;
    result.reserve(rows.size());
    for (const qsizetype row : rows)
        result.push_back(Item{m_keys[row], row});
    return result;
}

void ShipmentSorter::sort(QList<qsizetype> &rows) const
{
    std::vector<Item> sorted = items(rows);
    std::stable_sort(sorted.begin(), sorted.end(), [this](const Item &a, const Item &b) { return itemLess(a, b); });
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
