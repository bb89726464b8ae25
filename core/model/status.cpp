#include "status.h"

#include <QCoreApplication>

#include <array>

using namespace Qt::StringLiterals;

namespace {

struct SubStatusInfo {
    SubStatus subStatus;
    Status status;
    const char16_t *key;
    const char *label; // translated in context "Taxonomy"
};

// One row per sub-status, in enum order (checked by the static_assert below).
constexpr std::array<SubStatusInfo, SubStatusCount> subStatusTable{{
    {SubStatus::NoInformation, Status::Pending, u"no_information", QT_TRANSLATE_NOOP("Taxonomy", "No information yet")},
    {SubStatus::InfoReceived, Status::InfoReceived, u"info_received", QT_TRANSLATE_NOOP("Taxonomy", "Label created, awaiting parcel")},
    {SubStatus::PickedUp, Status::InTransit, u"picked_up", QT_TRANSLATE_NOOP("Taxonomy", "Picked up by carrier")},
    {SubStatus::InTransit, Status::InTransit, u"in_transit", QT_TRANSLATE_NOOP("Taxonomy", "In transit")},
    {SubStatus::ArrivedAtHub, Status::InTransit, u"arrived_at_hub", QT_TRANSLATE_NOOP("Taxonomy", "Arrived at sorting centre")},
    {SubStatus::DepartedHub, Status::InTransit, u"departed_hub", QT_TRANSLATE_NOOP("Taxonomy", "Left sorting centre")},
    {SubStatus::ArrivedInDestinationCountry, Status::InTransit, u"arrived_destination_country", QT_TRANSLATE_NOOP("Taxonomy", "Arrived in destination country")},
    {SubStatus::CustomsCleared, Status::InTransit, u"customs_cleared", QT_TRANSLATE_NOOP("Taxonomy", "Customs cleared")},
    {SubStatus::Redirected, Status::InTransit, u"redirected", QT_TRANSLATE_NOOP("Taxonomy", "Redirected to another address")},
    {SubStatus::OutForDelivery, Status::OutForDelivery, u"out_for_delivery", QT_TRANSLATE_NOOP("Taxonomy", "Out for delivery")},
    {SubStatus::FailedAttempt, Status::AttemptFail, u"failed_attempt", QT_TRANSLATE_NOOP("Taxonomy", "Delivery attempt failed, recipient not met")},
    {SubStatus::FailedAttemptBusinessClosed, Status::AttemptFail, u"failed_attempt_business_closed", QT_TRANSLATE_NOOP("Taxonomy", "Delivery attempt failed, business closed")},
    {SubStatus::Delivered, Status::Delivered, u"delivered", QT_TRANSLATE_NOOP("Taxonomy", "Delivered")},
    {SubStatus::DeliveredSigned, Status::Delivered, u"delivered_signed", QT_TRANSLATE_NOOP("Taxonomy", "Delivered, signed for")},
    {SubStatus::DeliveredToNeighbour, Status::Delivered, u"delivered_to_neighbour", QT_TRANSLATE_NOOP("Taxonomy", "Delivered to a neighbour or third party")},
    {SubStatus::DeliveredToParcelLocker, Status::Delivered, u"delivered_to_parcel_locker", QT_TRANSLATE_NOOP("Taxonomy", "Delivered to a parcel locker or mailbox")},
    {SubStatus::CollectedFromPickupPoint, Status::Delivered, u"collected_from_pickup_point", QT_TRANSLATE_NOOP("Taxonomy", "Collected from pickup point")},
    {SubStatus::AvailableForPickup, Status::AvailableForPickup, u"available_for_pickup", QT_TRANSLATE_NOOP("Taxonomy", "Waiting at pickup point")},
    {SubStatus::PickupFinalNotice, Status::AvailableForPickup, u"pickup_final_notice", QT_TRANSLATE_NOOP("Taxonomy", "Waiting at pickup point, final notice")},
    {SubStatus::AddressProblem, Status::Exception, u"address_problem", QT_TRANSLATE_NOOP("Taxonomy", "Address problem")},
    {SubStatus::Damaged, Status::Exception, u"damaged", QT_TRANSLATE_NOOP("Taxonomy", "Damaged")},
    {SubStatus::Refused, Status::Exception, u"refused", QT_TRANSLATE_NOOP("Taxonomy", "Refused by recipient")},
    {SubStatus::Lost, Status::Exception, u"lost", QT_TRANSLATE_NOOP("Taxonomy", "Lost")},
    {SubStatus::CustomsHold, Status::Exception, u"customs_hold", QT_TRANSLATE_NOOP("Taxonomy", "Held in customs")},
    {SubStatus::WeatherDelay, Status::Exception, u"weather_delay", QT_TRANSLATE_NOOP("Taxonomy", "Delayed by weather or force majeure")},
    {SubStatus::CarrierDelay, Status::Exception, u"carrier_delay", QT_TRANSLATE_NOOP("Taxonomy", "Delayed in the carrier's network")},
    {SubStatus::ReturningToSender, Status::Exception, u"returning_to_sender", QT_TRANSLATE_NOOP("Taxonomy", "Returning to sender")},
    {SubStatus::ReturnedToSender, Status::Exception, u"returned_to_sender", QT_TRANSLATE_NOOP("Taxonomy", "Returned to sender")},
    {SubStatus::ExceptionOther, Status::Exception, u"exception", QT_TRANSLATE_NOOP("Taxonomy", "Exception")},
    {SubStatus::Expired, Status::Expired, u"expired", QT_TRANSLATE_NOOP("Taxonomy", "No updates for a long time")},
}};

constexpr bool tableInEnumOrder()
{
    for (std::size_t i = 0; i < subStatusTable.size(); ++i) {
        if (std::size_t(subStatusTable[i].subStatus) != i)
            return false;
    }
    return true;
}
static_assert(tableInEnumOrder(), "subStatusTable must list sub-statuses in enum order");

struct StatusInfo {
    const char16_t *key;
    const char *label;
    SubStatus defaultSub;
};

constexpr std::array<StatusInfo, StatusCount> statusTable{{
    {u"Pending", QT_TRANSLATE_NOOP("Taxonomy", "Pending"), SubStatus::NoInformation},
    {u"InfoReceived", QT_TRANSLATE_NOOP("Taxonomy", "Info received"), SubStatus::InfoReceived},
    {u"InTransit", QT_TRANSLATE_NOOP("Taxonomy", "In transit"), SubStatus::InTransit},
    {u"OutForDelivery", QT_TRANSLATE_NOOP("Taxonomy", "Out for delivery"), SubStatus::OutForDelivery},
    {u"AttemptFail", QT_TRANSLATE_NOOP("Taxonomy", "Failed attempt"), SubStatus::FailedAttempt},
    {u"Delivered", QT_TRANSLATE_NOOP("Taxonomy", "Delivered"), SubStatus::Delivered},
    {u"AvailableForPickup", QT_TRANSLATE_NOOP("Taxonomy", "Available for pickup"), SubStatus::AvailableForPickup},
    {u"Exception", QT_TRANSLATE_NOOP("Taxonomy", "Exception"), SubStatus::ExceptionOther},
    {u"Expired", QT_TRANSLATE_NOOP("Taxonomy", "Expired"), SubStatus::Expired},
}};

const SubStatusInfo &info(SubStatus s) { return subStatusTable[std::size_t(s)]; }
const StatusInfo &info(Status s) { return statusTable[std::size_t(s)]; }

struct SubtagMapping {
    const char16_t *subtag;
    SubStatus subStatus;
};

// AfterShip's published subtags (Delivery Sub-statuses enum). Subtags not listed here fall back
// to their tag's default sub-status, so every subtag, including ones AfterShip adds later, maps.
constexpr SubtagMapping afterShipSubtags[] = {
    {u"InfoReceived_001", SubStatus::InfoReceived},
    {u"InTransit_001", SubStatus::InTransit},
    {u"InTransit_002", SubStatus::PickedUp},
    {u"InTransit_003", SubStatus::ArrivedAtHub},
    {u"InTransit_004", SubStatus::ArrivedInDestinationCountry},
    {u"InTransit_005", SubStatus::CustomsCleared},
    {u"InTransit_006", SubStatus::InTransit},
    {u"InTransit_007", SubStatus::DepartedHub},
    {u"InTransit_008", SubStatus::InTransit},
    {u"InTransit_009", SubStatus::Redirected},
    {u"OutForDelivery_001", SubStatus::OutForDelivery},
    {u"OutForDelivery_003", SubStatus::OutForDelivery},
    {u"OutForDelivery_004", SubStatus::OutForDelivery},
    {u"AttemptFail_001", SubStatus::FailedAttempt},
    {u"AttemptFail_002", SubStatus::FailedAttempt},
    {u"AttemptFail_003", SubStatus::FailedAttemptBusinessClosed},
    {u"Delivered_001", SubStatus::Delivered},
    {u"Delivered_002", SubStatus::CollectedFromPickupPoint},
    {u"Delivered_003", SubStatus::DeliveredSigned},
    {u"Delivered_004", SubStatus::Delivered},
    {u"Delivered_005", SubStatus::DeliveredToNeighbour},
    {u"AvailableForPickup_001", SubStatus::AvailableForPickup},
    {u"Exception_001", SubStatus::ExceptionOther},
    {u"Exception_002", SubStatus::AddressProblem},   // customer moved
    {u"Exception_003", SubStatus::Refused},
    {u"Exception_004", SubStatus::CustomsHold},      // delayed in customs clearance
    {u"Exception_005", SubStatus::CarrierDelay},     // delayed by external factors
    {u"Exception_006", SubStatus::CustomsHold},      // held for payment of duties
    {u"Exception_007", SubStatus::AddressProblem},   // incorrect address
    {u"Exception_008", SubStatus::ExceptionOther},   // pickup missed
    {u"Exception_009", SubStatus::ExceptionOther},   // rejected by carrier
    {u"Exception_010", SubStatus::ReturningToSender},
    {u"Exception_011", SubStatus::ReturnedToSender},
    {u"Exception_012", SubStatus::Damaged},
    {u"Exception_013", SubStatus::Lost},
    {u"Exception_016", SubStatus::CarrierDelay},     // processing issue, misroute
    {u"Exception_017", SubStatus::WeatherDelay},
    {u"Exception_018", SubStatus::CustomsHold},      // missing documents
    {u"Expired_001", SubStatus::Expired},
};

} // namespace

namespace Taxonomy {

Status statusOf(SubStatus subStatus) { return info(subStatus).status; }

SubStatus defaultSubStatus(Status status) { return info(status).defaultSub; }

QString statusKey(Status status) { return QString::fromUtf16(info(status).key); }

QString subStatusKey(SubStatus subStatus) { return QString::fromUtf16(info(subStatus).key); }

std::optional<Status> statusFromKey(QStringView key)
{
    for (std::size_t i = 0; i < statusTable.size(); ++i) {
        if (key == QStringView(statusTable[i].key))
            return Status(i);
    }
    return std::nullopt;
}

std::optional<SubStatus> subStatusFromKey(QStringView key)
{
    for (const SubStatusInfo &row : subStatusTable) {
        if (key == QStringView(row.key))
            return row.subStatus;
    }
    return std::nullopt;
}

QString statusLabel(Status status) { return QCoreApplication::translate("Taxonomy", info(status).label); }

QString subStatusLabel(SubStatus subStatus)
{
    return QCoreApplication::translate("Taxonomy", info(subStatus).label);
}

std::optional<SubStatus> fromAfterShip(QStringView tag, QStringView subtag)
{
    for (const SubtagMapping &m : afterShipSubtags) {
        if (subtag == QStringView(m.subtag))
            return m.subStatus;
    }
    if (const auto status = statusFromKey(tag))
        return defaultSubStatus(*status);
    return std::nullopt;
}

bool isDelivered(SubStatus subStatus) { return statusOf(subStatus) == Status::Delivered; }

bool isFinal(SubStatus subStatus)
{
    switch (statusOf(subStatus)) {
    case Status::Delivered:
    case Status::Expired:
        return true;
    default:
        return subStatus == SubStatus::ReturnedToSender || subStatus == SubStatus::Lost;
    }
}

bool isProblem(SubStatus subStatus)
{
    switch (statusOf(subStatus)) {
    case Status::AttemptFail:
    case Status::AvailableForPickup:
    case Status::Exception:
    case Status::Expired:
        return true;
    default:
        return subStatus == SubStatus::DeliveredToNeighbour;
    }
}

} // namespace Taxonomy
