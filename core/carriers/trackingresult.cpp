#include "trackingresult.h"

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
