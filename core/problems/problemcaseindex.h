#pragma once

#include "model/rowfilter.h"
#include "problemcase.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QVarLengthArray>

#include <array>

// Which shipments have working (open or acknowledged) cases of which types, which of those are
// assigned to one person ("me"), and how many there are per type: what the problem queue's counts
// and the table's problem filter read. Updated case by case as cases change. Only shipments with
// working cases take room (bench_problemqueue: 69,000 working cases on 1M shipments in 8 MiB).
class ShipmentColumns;

class ProblemCaseIndex
{
public:
    using TypeMask = quint16;
    static_assert(ProblemTypeCount <= 16, "TypeMask has a bit per problem type");
    static constexpr TypeMask bit(ProblemType type) { return TypeMask(1u << unsigned(type)); }

    // Whose cases mine() and mineOnly filters mean; call reset() afterwards.
    void setAssignee(const QString &assignee) { m_assignee = assignee; }
    // Starts over from every working case.
    void reset(const QList<ProblemCase> &activeCases);
    // Takes in cases as they are now: working ones count, resolved and closed ones stop counting.
    // Returns whether any count, shipment's types or assignment to "me" changed.
    bool apply(const QList<ProblemCase> &cases);

    // The types of the shipment's working cases; 0 when it has none.
    TypeMask types(qint64 shipmentId) const { return m_shipments.value(shipmentId).mask; }
    // Working cases of `type` (one per shipment and type).
    int count(ProblemType type) const { return m_counts[std::size_t(type)]; }
    int shipmentsWithCases() const { return int(m_shipments.size()); }
    // Working cases assigned to the assignee.
    int mine() const { return m_mine; }
    // The shipment's working case ids whose type is in `types`.
    QList<qint64> caseIds(qint64 shipmentId, TypeMask types) const;
    // Calls each(shipmentId, mask, mineMask) for every shipment with working cases; mineMask has
    // the types of those assigned to the assignee.
    template<typename Each>
    void forEachShipment(Each &&each) const
    {
        for (auto it = m_shipments.cbegin(); it != m_shipments.cend(); ++it)
            each(it.key(), it->mask, it->mineMask);
    }

    // A table filter passing the rows of shipments with working cases of any of `types` (only
    // those assigned to the assignee, with `mineOnly`). It reads a snapshot (two bytes per row),
    // so it may run on a worker thread while cases change.
    RowFilter rowFilter(const ShipmentColumns &shipments, TypeMask types, bool mineOnly = false) const;

private:
    struct CaseRef {
        qint64 caseId;
        ProblemType type;
        bool mine;
    };
    struct Entry {
        TypeMask mask = 0;
        TypeMask mineMask = 0;
        QVarLengthArray<CaseRef, 2> cases; // rarely more than two: no allocation of its own
    };
    bool add(const ProblemCase &problemCase);
    bool remove(qint64 caseId);
    bool reassign(Entry &entry, qint64 caseId, bool mine);

    QHash<qint64, qint64> m_caseShipments; // working case id -> its shipment id
    QHash<qint64, Entry> m_shipments;      // shipment id -> its working cases
    std::array<int, ProblemTypeCount> m_counts{};
    QString m_assignee;
    int m_mine = 0;
};
