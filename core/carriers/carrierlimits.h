#pragma once

#include <QtGlobal>

// How hard a carrier's API may be used; defaults come from each API's documented limits and can
// be lowered (or raised for the sandbox) by configuration.
struct CarrierLimits {
    double requestsPerSecond = 1;  // token-bucket refill rate
    int burst = 1;                 // token-bucket size
    int maxConcurrent = 1;         // requests in flight at once
    int maxNumbersPerRequest = 1;  // batching
    qint64 dailyQuota = 0;         // requests per UTC day; 0 = none documented
};
