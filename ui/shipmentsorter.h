#pragma once

#include "model/shipmentcolumns.h"

#include <QList>

#include <vector>

// Orders rows of a ShipmentColumns by one column of the shipment table, for the table model.
// Every row gets one 64-bit key up front (a date, a status, a rank among a vocabulary, or the
// first eight bytes of text, case-folded); the sort then moves 16-byte (key, row) pairs through
// contiguous memory and reads the text itself only when two prefixes tie. That keeps a sort of a
// million rows well under a second on the GUI thread, without processEvents() tricks.
class ShipmentSorter
{
public:
    // tableColumn is a ShipmentTableModel::Column, or -1 for storage (id) order.
    ShipmentSorter(const ShipmentColumns &shipments, int tableColumn, Qt::SortOrder order);

    // Stable: rows with equal keys keep their order in `rows`.
    void sort(QList<qsizetype> &rows) const;
    // rows[0, firstNew) is already sorted; sorts the rest and merges it in.
    void mergeTail(QList<qsizetype> &rows, qsizetype firstNew) const;
    // Whether storage row a belongs before storage row b.
    bool lessThan(qsizetype a, qsizetype b) const;

private:
    struct Item {
        qint64 key;
        qsizetype row;
    };

    void computeKeys();
    void computeTextKeys();
    template<typename RawText, typename Label>
    void computeVocabularyKeys(RawText &&rawText, Label &&label);
    bool ascendingLess(const Item &a, const Item &b) const;
    bool itemLess(const Item &a, const Item &b) const;
    std::vector<Item> items(const QList<qsizetype> &rows) const;

    const ShipmentColumns &m_shipments;
    int m_column;
    bool m_descending;
    bool m_textTieBreak = false; // keys are text prefixes: equal keys still need the full text
    ShipmentColumns::Column m_source;
    QList<qint64> m_keys; // by storage row
};
