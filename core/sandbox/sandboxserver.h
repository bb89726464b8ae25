#pragma once

#include "sandboxcontrolapi.h"
#include "sandboxoptions.h"
#include "sandboxstate.h"

#include <QHttpServer>
#include <QObject>
#include <memory>
#include <vector>

class AfterShipWebhook;
class QHttpServerRequest;
class QHttpServerResponder;
class SandboxCarrierApi;
struct Fault;
struct SandboxReply;
struct SandboxRequest;

// shipdeck-sandbox's server: the carriers' APIs on the loopback, each below its own prefix (the
// "base URL" Shipdeck is pointed at: http://127.0.0.1:PORT/dhl, /ups, /fedex, /aftership, /gls,
// /dpd), answering from simulated journeys, plus the /sandbox control endpoints. Every carrier
// request goes through the same steps: counted, checked against the carrier's limits (429 beyond
// them), given a fault if one is due (X-Sandbox-Fault header, queued, or drawn at the configured
// rate), answered by the carrier's API, and sent now or after the fault's delay.
//
// Delays: QtHttpServer 6.4 crashes when a QFuture<QHttpServerResponse> comes from a QPromise (the
// continuation runs twice) and, for QtConcurrent futures too, writes to a freed socket when the
// client hangs up first - which a client that times out does. So the handler takes the
// QHttpServerResponder, keeps it with a QPointer to its socket and answers from a timer if the
// client is still there.
class SandboxServer : public QObject
{
    Q_OBJECT

public:
    // `wall` paces the simulated clock, the rate limits and the token lifetimes; it must outlive the server.
    SandboxServer(const SandboxOptions &options, const Clock &wall, QObject *parent = nullptr);
    ~SandboxServer() override;

    // Listens on 127.0.0.1 only; port 0 takes any free port. Returns the port, 0 if it could not listen.
    quint16 listen(quint16 port = 0);
    quint16 port() const { return m_port; }
    SandboxState &state() { return *m_state; }

private:
    void handle(const QHttpServerRequest &request, QHttpServerResponder &&responder);
    void serveCarrier(SandboxCarrierApi &api, const SandboxRequest &request, QHttpServerResponder &&responder);
    SandboxReply play(SandboxCarrierApi &api, const SandboxRequest &request, const std::optional<Fault> &fault);
    void deliver(QHttpServerResponder &&responder, const SandboxReply &reply, int delayMsecs, const QString &carrier);
    SandboxCarrierApi *apiFor(const QString &key) const;

    std::unique_ptr<SandboxState> m_state;
    SandboxControlApi m_control;
    std::vector<std::unique_ptr<SandboxCarrierApi>> m_apis;
    std::unique_ptr<AfterShipWebhook> m_webhook;
    QHttpServer m_http;
    quint16 m_port = 0;
    quint64 m_requests = 0;
};
