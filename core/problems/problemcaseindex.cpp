#include "problemcaseindex.h"

#include "model/shipmentcolumns.h"

#include <memory>

void ProblemCaseIndex::reset(const QList<ProblemCase> &activeCases)
{
    m_caseShipments.clear();
    m_shipments.clear();
    m_counts.fill(0);
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
    if (m_caseShipments.contains(problemCase.id))
        return false;
    Entry &entry = m_shipments[problemCase.shipmentId];
    // One working case per shipment and type: a newer one replaces the one counted, which must
    // have ended even if word of that has not arrived yet.
    if (entry.mask & bit(problemCase.type)) {
        for (qsizetype i = 0; i < entry.cases.size(); ++i) {
            if (entry.cases[i].type == problemCase.type) {
                m_caseShipments.remove(entry.cases[i].caseId);
                entry.cases.remove(i);
                break;
            }
        }
    } else {
        entry.mask |= bit(problemCase.type);
        ++m_counts[std::size_t(problemCase.type)];
    }
    entry.cases.append({problemCase.id, problemCase.type});
    m_caseShipments.insert(problemCase.id, problemCase.shipmentId);
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

RowFilter ProblemCaseIndex::rowFilter(const ShipmentColumns &shipments, TypeMask types) const
{
    auto rowTypes = std::make_shared<QList<TypeMask>>(shipments.size(), TypeMask(0));
    forEachShipment([&](qint64 shipmentId, TypeMask mask) {
        const qsizetype row = shipments.rowOfId(shipmentId);
        if (row >= 0)
            (*rowTypes)[row] = mask;
    });
    return [rowTypes = std::shared_ptr<const QList<TypeMask>>(std::move(rowTypes)), types](qsizetype row) {
        return row < rowTypes->size() && (rowTypes->at(row) & types) != 0;
    };
}
