#include "problemkind.h"

#include <QCoreApplication>

#include <array>

namespace {

struct ProblemKindInfo {
    ProblemKind kind;
    const char16_t *key;
    const char *label; // translated in context "ProblemKind"
};

// One row per kind, in enum order (checked below) so lookups are plain indexing.
constexpr std::array<ProblemKindInfo, ProblemKindCount> problemKindTable{{
    {ProblemKind::None, u"none", QT_TRANSLATE_NOOP("ProblemKind", "No problem")},
    {ProblemKind::Late, u"late", QT_TRANSLATE_NOOP("ProblemKind", "Late")},
    {ProblemKind::Stalled, u"stalled", QT_TRANSLATE_NOOP("ProblemKind", "Stalled without scans")},
    {ProblemKind::FailedAttempt, u"failed_attempt", QT_TRANSLATE_NOOP("ProblemKind", "Failed delivery attempt")},
    {ProblemKind::AddressProblem, u"address_problem", QT_TRANSLATE_NOOP("ProblemKind", "Address problem")},
    {ProblemKind::Damaged, u"damaged", QT_TRANSLATE_NOOP("ProblemKind", "Damaged")},
    {ProblemKind::Refused, u"refused", QT_TRANSLATE_NOOP("ProblemKind", "Refused by recipient")},
    {ProblemKind::ReturnedToSender, u"returned_to_sender", QT_TRANSLATE_NOOP("ProblemKind", "Returned to sender")},
    {ProblemKind::WaitingAtPickupPoint, u"waiting_at_pickup_point", QT_TRANSLATE_NOOP("ProblemKind", "Waiting at pickup point")},
    {ProblemKind::DeliveredToNeighbour, u"delivered_to_neighbour", QT_TRANSLATE_NOOP("ProblemKind", "Delivered to a neighbour")},
    {ProblemKind::Lost, u"lost", QT_TRANSLATE_NOOP("ProblemKind", "Lost")},
    {ProblemKind::CustomsHold, u"customs_hold", QT_TRANSLATE_NOOP("ProblemKind", "Held in customs")},
    {ProblemKind::WeatherDelay, u"weather_delay", QT_TRANSLATE_NOOP("ProblemKind", "Delayed by weather")},
}};

constexpr bool tableInEnumOrder()
{
    for (std::size_t i = 0; i < problemKindTable.size(); ++i) {
        if (std::size_t(problemKindTable[i].kind) != i)
            return false;
    }
    return true;
}
static_assert(tableInEnumOrder(), "problemKindTable must list kinds in enum order");

} // namespace

namespace ProblemKinds {

QString key(ProblemKind kind) { return QString::fromUtf16(problemKindTable[std::size_t(kind)].key); }

std::optional<ProblemKind> fromKey(QStringView key)
{
    for (const ProblemKindInfo &row : problemKindTable) {
        if (key == QStringView(row.key))
            return row.kind;
    }
    return std::nullopt;
}

QString label(ProblemKind kind)
{
    return QCoreApplication::translate("ProblemKind", problemKindTable[std::size_t(kind)].label);
}

} // namespace ProblemKinds
