#include "problemtype.h"

#include <QCoreApplication>

#include <array>

namespace {

struct ProblemTypeInfo {
    ProblemType type;
    const char16_t *key;
    const char *label; // translated in context "ProblemType"
};

// One row per type, in enum order (checked below) so lookups are plain indexing.
constexpr std::array<ProblemTypeInfo, ProblemTypeCount> problemTypeTable{{
    {ProblemType::AtRisk, u"at_risk", QT_TRANSLATE_NOOP("ProblemType", "At risk of being late")},
    {ProblemType::Late, u"late", QT_TRANSLATE_NOOP("ProblemType", "Late")},
    {ProblemType::Stalled, u"stalled", QT_TRANSLATE_NOOP("ProblemType", "Stalled")},
    {ProblemType::FailedAttempt, u"failed_attempt", QT_TRANSLATE_NOOP("ProblemType", "Failed delivery attempt")},
    {ProblemType::AddressProblem, u"address_problem", QT_TRANSLATE_NOOP("ProblemType", "Address problem")},
    {ProblemType::Damaged, u"damaged", QT_TRANSLATE_NOOP("ProblemType", "Damaged")},
    {ProblemType::Refused, u"refused", QT_TRANSLATE_NOOP("ProblemType", "Refused")},
    {ProblemType::ReturnedToSender, u"returned_to_sender", QT_TRANSLATE_NOOP("ProblemType", "Returned to sender")},
    {ProblemType::WaitingAtPickupPoint, u"waiting_at_pickup_point", QT_TRANSLATE_NOOP("ProblemType", "Waiting at pickup point")},
    {ProblemType::DeliveredToNeighbour, u"delivered_to_neighbour", QT_TRANSLATE_NOOP("ProblemType", "Delivered to a neighbour")},
    {ProblemType::Lost, u"lost", QT_TRANSLATE_NOOP("ProblemType", "Lost")},
    {ProblemType::CustomsHold, u"customs_hold", QT_TRANSLATE_NOOP("ProblemType", "Customs hold")},
}};

constexpr bool tableInEnumOrder()
{
    for (std::size_t i = 0; i < problemTypeTable.size(); ++i) {
        if (std::size_t(problemTypeTable[i].type) != i)
            return false;
    }
    return true;
}
static_assert(tableInEnumOrder(), "problemTypeTable must list types in enum order");

} // namespace

namespace ProblemTypes {

QString key(ProblemType type) { return QString::fromUtf16(problemTypeTable[std::size_t(type)].key); }

std::optional<ProblemType> fromKey(QStringView key)
{
    for (const ProblemTypeInfo &row : problemTypeTable) {
        if (key == QStringView(row.key))
            return row.type;
    }
    return std::nullopt;
}

QString label(ProblemType type)
{
    return QCoreApplication::translate("ProblemType", problemTypeTable[std::size_t(type)].label);
}

} // namespace ProblemTypes
