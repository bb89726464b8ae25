#pragma once

#include "aftershipaccount.h"
#include "faultplan.h"
#include "journeybook.h"
#include "limitgate.h"
#include "model/clock.h"
#include "requestlog.h"
#include "sandboxoptions.h"
#include "tokenissuer.h"

#include <QJsonObject>
#include <QMap>
#include <map>
#include <memory>

// Everything the sandbox knows and keeps, shared by the carrier endpoints and the /sandbox control
// endpoints: the simulated clock (running `speed` times faster than the wall clock it was given),
// journeys, faults, tokens, limits, statistics and the AfterShip account.
class SandboxState
{
public:
    SandboxState(const SandboxOptions &options, const Clock &wall);

    QDateTime simulatedNow() const { return m_clock->now(); }
    double speed() const { return m_clock->speed(); }
    QDateTime epoch() const { return m_epoch; }
    // Simulated time jumps to `now` and runs on at `speed`.
    void setClock(const QDateTime &now, double speed);
    qint64 wallMs() const { return m_wall.now().toMSecsSinceEpoch(); }

    static QStringList carriers(); // the carrier endpoints: "dhl", "ups", "fedex", "aftership", "gls", "dpd"
    LimitGate &gate(const QString &carrier) { return m_gates.find(carrier)->second; }
    void setLimit(const QString &carrier, const SandboxLimit &limit) { gate(carrier).setLimit(limit); }
    QJsonObject limitsJson() const;

    JourneyBook &journeys() { return m_journeys; }
    FaultPlan &faults() { return m_faults; }
    TokenIssuer &tokens() { return m_tokens; }
    RequestLog &log() { return m_log; }
    AfterShipAccount &aftership() { return m_aftership; }
    int tokenTtlSecs() const { return m_tokenTtlSecs; }

private:
    const Clock &m_wall;
    QDateTime m_epoch;
    std::unique_ptr<ScaledClock> m_clock;
    JourneyBook m_journeys;
    FaultPlan m_faults;
    TokenIssuer m_tokens;
    RequestLog m_log;
    AfterShipAccount m_aftership;
    std::map<QString, LimitGate> m_gates;
    int m_tokenTtlSecs;
};
