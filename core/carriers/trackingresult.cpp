#include "trackingresult.h"

#include <QCoreApplication>

#include <algorithm>

void TrackedShipment::settle(bool keepCarrierStatus)
{
    std::stable_sort(events.begin(), events.end(), [](const TrackingEvent &a, const TrackingEvent &b) {
        return a.occurredAt.toMSecsSinceEpoch() < b.occurredAt.toMSecsSinceEpoch();
    });
    if (keepCarrierStatus)
        return;
    for (auto it = events.crbegin(); it != events.crend(); ++it) {
        if (it->mapped) {
            subStatus = it->subStatus;
            return;
        }
    }
}

void TrackedShipment::applyCarrierStatus(std::optional<SubStatus> current)
{
    const bool eventSaysReturn = subStatus == SubStatus::ReturningToSender || subStatus == SubStatus::ReturnedToSender;
    if (current && !eventSaysReturn && Taxonomy::statusOf(subStatus) != Taxonomy::statusOf(*current))
        subStatus = *current;
}

void TrackedShipment::markSignedBy(const QString &receiver, const QString &carrierName)
{
    if (receiver.isEmpty())
        return;
    for (auto it = events.rbegin(); it != events.rend(); ++it) {
        if (!it->mapped)
            continue;
        if (it->subStatus == SubStatus::Delivered) {
            it->subStatus = SubStatus::DeliveredSigned;
            it->evidence += QCoreApplication::translate("TrackedShipment", "; %1 names the receiver \"%2\"").arg(carrierName, receiver);
            subStatus = it->subStatus;
        }
        return;
    }
}
