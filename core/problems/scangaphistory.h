#pragma once

#include "model/outcome.h"

#include <QDateTime>

class Database;
class ScanGapNorms;

// The scans of recently delivered parcels, which the stalled rule's scan-gap norms learn from:
// every event of each shipment with a delivery event in the window, read in one statement (no
// round trip per shipment, which a remote PostgreSQL would make slow), handed to the norms one
// shipment at a time and never held all at once.
class ScanGapHistory
{
public:
    // The same half year the expected delivery learns from (DeliveryHistory::DefaultDays).
    static constexpr int DefaultDays = 180;

    explicit ScanGapHistory(Database &database) : m_db(database) {}

    // Teaches `norms` the shipments first delivered in the `days` before `now`; `learned` counts them.
    Outcome train(ScanGapNorms &norms, const QDateTime &now, qint64 *learned = nullptr, int days = DefaultDays) const;

private:
    Database &m_db;
};
