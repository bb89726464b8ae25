#pragma once

#include <QtGlobal>

#include <functional>

// Whether the shipment table shows a storage row of the ShipmentColumns. Named filters combine
// with AND. The predicate may be called from a worker thread while the GUI runs. It may read the
// window's ShipmentColumns directly: the window holds poller updates back while a worker filters.
// Anything else it reads must not change until the next setRowFilter call: capture a snapshot
// (copying a QList, QSet or ShipmentColumns is cheap, they share their data until written).
using RowFilter = std::function<bool(qsizetype storageRow)>;
