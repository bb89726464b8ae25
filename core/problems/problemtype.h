#pragma once

#include <QString>
#include <QStringView>
#include <QtGlobal>

#include <optional>

// The kinds of problem case the detection engine opens for logistics staff to work. Distinct
// from core/sim's ProblemKind (what physically happened): this is what Shipdeck can see and say.
enum class ProblemType : quint8 {
    AtRisk,               // not late yet, but the expected delivery is past the promise
    Late,                 // past the promised date and not delivered
    Stalled,              // no scan for longer than the carrier-and-service norm
    FailedAttempt,
    AddressProblem,
    Damaged,
    Refused,
    ReturnedToSender,     // returning or returned to the sender
    WaitingAtPickupPoint, // with the carrier's hold deadline and a reminder point before it
    DeliveredToNeighbour, // or another third party
    Lost,                 // stalled past a longer threshold, or declared lost by the carrier
    CustomsHold,
};
inline constexpr int ProblemTypeCount = int(ProblemType::CustomsHold) + 1;

namespace ProblemTypes {

// Stable text keys for storage, exports, --parse output and evaluation: "failed_attempt".
QString key(ProblemType type);
std::optional<ProblemType> fromKey(QStringView key);
// Words for people; translated through QCoreApplication::translate("ProblemType", ...).
QString label(ProblemType type);

} // namespace ProblemTypes
