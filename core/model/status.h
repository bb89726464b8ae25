#pragma once

#include <QString>
#include <QStringView>
#include <QtGlobal>

#include <optional>

// The normalised status taxonomy (see core/model/README.md).
// Top-level statuses carry AfterShip's tag names so users who know the aggregator recognise them.
enum class Status : quint8 {
    Pending,
    InfoReceived,
    InTransit,
    OutForDelivery,
    AttemptFail,
    Delivered,
    AvailableForPickup,
    Exception,
    Expired,
};
inline constexpr int StatusCount = int(Status::Expired) + 1;

// Our own sub-statuses: finer than AfterShip's subtags, each belonging to exactly one Status.
// The numeric values are not stored anywhere; storage uses subStatusKey().
enum class SubStatus : quint8 {
    // Pending
    NoInformation,
    // InfoReceived
    InfoReceived,
    // InTransit
    PickedUp,
    InTransit,
    ArrivedAtHub,
    DepartedHub,
    ArrivedInDestinationCountry,
    CustomsCleared,
    Redirected,
    // OutForDelivery
    OutForDelivery,
    // AttemptFail
    FailedAttempt,
    FailedAttemptBusinessClosed,
    // Delivered
    Delivered,
    DeliveredSigned,
    DeliveredToNeighbour,
    DeliveredToParcelLocker,
    CollectedFromPickupPoint,
    // AvailableForPickup
    AvailableForPickup,
    PickupFinalNotice,
    // Exception
    AddressProblem,
    Damaged,
    Refused,
    Lost,
    CustomsHold,
    WeatherDelay,
    CarrierDelay,
    ReturningToSender,
    ReturnedToSender,
    ExceptionOther,
    // Expired
    Expired,
};
inline constexpr int SubStatusCount = int(SubStatus::Expired) + 1;

namespace Taxonomy {

Status statusOf(SubStatus subStatus);
// The sub-status a carrier event gets when nothing finer is known about it.
SubStatus defaultSubStatus(Status status);

// Stable text keys, used in storage, exports and the --parse JSON.
QString statusKey(Status status);          // "InTransit"
QString subStatusKey(SubStatus subStatus); // "arrived_at_hub"
std::optional<Status> statusFromKey(QStringView key);
std::optional<SubStatus> subStatusFromKey(QStringView key);

// Words for people; translated through QCoreApplication::translate("Taxonomy", ...).
QString statusLabel(Status status);
QString subStatusLabel(SubStatus subStatus);

// AfterShip tag ("Exception") and subtag ("Exception_013") onto our sub-status. An unknown
// subtag of a known tag falls back to that tag's default; an unknown tag gives nullopt.
std::optional<SubStatus> fromAfterShip(QStringView tag, QStringView subtag);

// Final for tracking: nothing further is expected from the carrier.
bool isFinal(SubStatus subStatus);
// The parcel arrived (Status::Delivered, however it was handed over).
bool isDelivered(SubStatus subStatus);
// A situation that needs someone's attention (the problem cases of the brief).
bool isProblem(SubStatus subStatus);

} // namespace Taxonomy
