#pragma once

#include "sandboxreply.h"
#include "sandboxrequest.h"

class SandboxState;

// The sandbox's own endpoints, below /sandbox:
//   GET  /sandbox/clock            {"now", "speed", "epoch"}; POST {"now"?, "speed"?} moves or re-paces it
//   POST /sandbox/parcels          [{"carrier", "trackingNumber", "shippedAt"}] registers journeys
//   GET  /sandbox/parcels/{number}?carrier= what the sandbox simulates for a number, truth included
//   GET  /sandbox/faults           the fault rules; POST adds rules or one-off faults (FaultPlan::apply)
//   GET  /sandbox/limits           the enforced limits; POST {"carriers": {"dhl": {...}}} changes them
//   GET  /sandbox/stats            per carrier: requests, limit 429s, injected faults, concurrency, arrivals
//   DELETE /sandbox/stats          starts the statistics afresh
// They are neither limited, nor faulted, nor counted.
class SandboxControlApi
{
public:
    explicit SandboxControlApi(SandboxState &state)
        : m_state(state)
    { }

    SandboxReply answer(const SandboxRequest &request);

private:
    SandboxReply clock(const SandboxRequest &request);
    SandboxReply registerParcels(const SandboxRequest &request);
    SandboxReply parcel(const QString &trackingNumber, const SandboxRequest &request);
    SandboxReply faults(const SandboxRequest &request);
    SandboxReply limits(const SandboxRequest &request);
    SandboxReply stats(const SandboxRequest &request);

    SandboxState &m_state;
};
