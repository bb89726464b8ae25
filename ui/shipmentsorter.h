#pragma once

#include "model/shipmentcolumns.h"

#include <QList>

#include <vector>

// Orders rows of a ShipmentColumns by one column of the shipment table, for the table model:
// texts by their bytes with ASCII case ignored (accents after the plain letters), vocabulary
// columns by the label people see (locale-aware), the rest by value; equal values keep the order
// they had. Every row gets its key up front (a date, a status, a rank among a vocabulary, or the
// first sixteen bytes of text, case-folded, as two 64-bit numbers); a radix sort then moves
// (key, row) items through contiguous memory, on two threads for big tables, and reads the text
// itself only when two 16-byte prefixes tie and one of the texts is longer. The keys are kept,
// so live updates recompute only the rows that changed.
class ShipmentSorter
{
public:
    // tableColumn is a ShipmentTableModel::Column, or -1 for storage (id) order.
    ShipmentSorter(const ShipmentColumns &shipments, int tableColumn, Qt::SortOrder order);

    int column() const { return m_column; }
    Qt::SortOrder order() const { return m_descending ? Qt::DescendingOrder : Qt::AscendingOrder; }

    // From now on reads `shipments`, a later state of the columns the keys were computed from
    // (the model sorts a snapshot off the GUI thread and then goes on with the live columns).
    void rebind(const ShipmentColumns &shipments);
    // These rows changed: their keys are recomputed.
    void updateRows(const QList<qsizetype> &rows);
    // Rows were appended to the columns since the keys were computed: they get keys too.
    void keyAppendedRows();

    // Stable: rows with equal keys keep their order in `rows`.
    void sort(QList<qsizetype> &rows) const;
    // rows[0, firstNew) is already sorted; sorts the rest and merges it in.
    void mergeTail(QList<qsizetype> &rows, qsizetype firstNew) const;
    // Whether storage row a belongs before storage row b.
    bool lessThan(qsizetype a, qsizetype b) const;

private:
    struct RowKeys {
        quint64 key;
        quint64 key2; // text bytes 8 to 15; 0 for other columns
        bool longText; // text longer than the sixteen bytes keyed
    };
    // A row's keys turned for the sort direction: ascending comparison of (key, key2) gives the order.
    struct Item {
        quint64 key;
        quint64 key2;
        qsizetype row;
    };

    RowKeys keysOf(qsizetype row) const;
    void keyRow(qsizetype row);
    void resizeKeys(qsizetype rows);
    Item itemOf(qsizetype row) const;
    void computeAllKeys();
    void computeVocabularyRanks();
    bool vocabularyGrew() const;
    bool itemLess(const Item &a, const Item &b) const;
    std::vector<Item> items(const QList<qsizetype> &rows) const;
    // Sorts items[0, count) stably.
    void sortItems(Item *items, size_t count) const;
    // After the radix sort: runs of tied sixteen-byte prefixes ordered by their full texts.
    void sortTiedTexts(Item *items, size_t count) const;

    const ShipmentColumns *m_shipments;
    int m_column;
    bool m_descending;
    bool m_textTieBreak = false; // keys are text prefixes: equal keys still need the full text
    bool m_vocabulary = false; // keys are ranks of vocabulary ids
    ShipmentColumns::Column m_source;
    QList<qint64> m_rankOfId; // vocabulary id -> rank by the label people see
    QList<quint64> m_keys; // by storage row
    QList<quint64> m_keys2; // text columns only: the second eight bytes, by storage row
    QList<bool> m_longText; // text columns only: longer than the sixteen bytes keyed
};
