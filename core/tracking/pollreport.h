#pragma once

#include <QHash>
#include <QString>

// What one poll cycle did, for logs, the console's status line and tests.
struct PollReport {
    int shipmentsDue = 0;
    int shipmentsUpdated = 0;   // answered by the carrier and saved
    int requestsSent = 0;
    int tokenRequests = 0;
    int rateLimited = 0;        // 429 answers
    int retried = 0;            // requests sent again after a failure
    int errors = 0;             // shipments left with an error this cycle
    int notYetKnown = 0;        // shipments the carrier has no scan of yet (a fresh label): not an error
    int deferredByQuota = 0;    // shipments put off until the daily quota renews
    qint64 elapsedMsecs = 0;
    QHash<QString, int> requestsByCarrier;
};
