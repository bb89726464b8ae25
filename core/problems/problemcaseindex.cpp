#include "problemcaseindex.h"

#include "model/shipmentcolumns.h"

#include <memory>

void ProblemCaseIndex::reset(const QList<ProblemCase> &activeCases)
{
    m_caseShipments.clear();
    m_shipments.clear();
    m_counts.fill(0);
    m_mine = 0;
    apply(activeCases);
}

bool ProblemCaseIndex::apply(const QList<ProblemCase> &cases)
{
    bool changed = false;
    for (const ProblemCase &c : cases) {
        if (c.isActive())
            changed |= add(c);
        else
            changed |= remove(c.id);
    }
    return changed;
}

bool ProblemCaseIndex::add(const ProblemCase &problemCase)
{
    const bool mine = !m_assignee.isEmpty() && problemCase.assignee == m_assignee;
    if (const auto known = m_caseShipments.constFind(problemCase.id); known != m_caseShipments.cend())
        return reassign(m_shipments[*known], problemCase.id, mine);
    Entry &entry = m_shipments[problemCase.shipmentId];
    // One working case per shipment and type: a newer one replaces the one counted, which must
    // have ended even if word of that has not arrived yet.
    if (entry.mask & bit(problemCase.type)) {
        for (qsizetype i = 0; i < entry.cases.size(); ++i) {
            if (entry.cases[i].type == problemCase.type) {
                reassign(entry, entry.cases[i].caseId, false);
                m_caseShipments.remove(entry.cases[i].caseId);
                entry.cases.remove(i);
                break;
            }
        }
    } else {
        entry.mask |= bit(problemCase.type);
        ++m_counts[std::size_t(problemCase.type)];
    }
    entry.cases.append({problemCase.id, problemCase.type, false});
    m_caseShipments.insert(problemCase.id, problemCase.shipmentId);
    reassign(entry, problemCase.id, mine);
    return true;
}

bool ProblemCaseIndex::remove(qint64 caseId)
{
    const auto found = m_caseShipments.constFind(caseId);
    if (found == m_caseShipments.cend())
        return false;
    const auto entry = m_shipments.find(*found);
    m_caseShipments.erase(found);
    for (qsizetype i = 0; i < entry->cases.size(); ++i) {
        if (entry->cases[i].caseId != caseId)
            continue;
        reassign(*entry, caseId, false);
        const ProblemType type = entry->cases[i].type;
        entry->cases.remove(i);
        entry->mask &= TypeMask(~bit(type));
        --m_counts[std::size_t(type)];
        break;
    }
    if (entry->cases.isEmpty())
        m_shipments.erase(entry);
    return true;
}

// Marks the case as assigned to the assignee or not; returns whether that changed.
bool ProblemCaseIndex::reassign(Entry &entry, qint64 caseId, bool mine)
{
    for (CaseRef &ref : entry.cases) {
        if (ref.caseId != caseId || ref.mine == mine)
            continue;
        ref.mine = mine;
        m_mine += mine ? 1 : -1;
        entry.mineMask = mine ? TypeMask(entry.mineMask | bit(ref.type)) : TypeMask(entry.mineMask & ~bit(ref.type));
        return true;
    }
    return false;
}

QList<qint64> ProblemCaseIndex::caseIds(qint64 shipmentId, TypeMask types) const
{
    QList<qint64> ids;
    const auto entry = m_shipments.constFind(shipmentId);
    if (entry == m_shipments.cend())
        return ids;
    for (const CaseRef &ref : entry->cases) {
        if (types & bit(ref.type))
            ids.append(ref.caseId);
    }
    return ids;
}

RowFilter ProblemCaseIndex::rowFilter(const ShipmentColumns &shipments, TypeMask types, bool mineOnly) const
{
    auto rowTypes = std::make_shared<QList<TypeMask>>(shipments.size(), TypeMask(0));
    forEachShipment([&](qint64 shipmentId, TypeMask mask, TypeMask mineMask) {
        const qsizetype row = shipments.rowOfId(shipmentId);
        if (row >= 0)
            (*rowTypes)[row] = mineOnly ? mineMask : mask;
    });
    return [rowTypes = std::shared_ptr<const QList<TypeMask>>(std::move(rowTypes)), types](qsizetype row) {
        return row < rowTypes->size() && (rowTypes->at(row) & types) != 0;
    };
}
