#pragma once

#include "model/shipmentcolumns.h"

// Shipments from the demo data generator (no events), in the console's column store: the data
// the table benchmarks filter, sort and update.
ShipmentColumns benchShipments(qint64 count);
