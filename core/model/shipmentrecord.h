#pragma once

#include "shipment.h"
#include "trackingevent.h"

#include <QList>

// A shipment together with its events, as saved and as generated.
struct ShipmentRecord {
    Shipment shipment;
    QList<TrackingEvent> events; // oldest first
};
