#pragma once

#include <QString>
#include <QStringView>
#include <QtGlobal>

#include <optional>

// What physically went wrong with a simulated parcel: the ground truth that problem detection is
// measured against. Deliberately coarser than SubStatus: one kind covers a whole episode (a failed
// attempt and its retries, a customs hold until release), whatever the carrier reported of it.
enum class ProblemKind : quint8 {
    None,
    Late,                 // delivered after the carrier's norm, without any other problem
    Stalled,              // sat in a hub for days without any scan, then moved on
    FailedAttempt,
    AddressProblem,
    Damaged,
    Refused,
    ReturnedToSender,     // sent back (as the primary kind: stopped for a reason of its own)
    WaitingAtPickupPoint,
    DeliveredToNeighbour,
    Lost,                 // vanished: physical steps and scans stop
    CustomsHold,
    WeatherDelay,
};
inline constexpr int ProblemKindCount = int(ProblemKind::WeatherDelay) + 1;

namespace ProblemKinds {

// Stable text keys for exports and evaluation reports: "failed_attempt".
QString key(ProblemKind kind);
std::optional<ProblemKind> fromKey(QStringView key);
// Words for people; translated through QCoreApplication::translate("ProblemKind", ...).
QString label(ProblemKind kind);

} // namespace ProblemKinds
