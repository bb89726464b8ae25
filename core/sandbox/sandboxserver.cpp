#include "sandboxserver.h"

#include "aftershipsandboxapi.h"
#include "aftershipwebhook.h"
#include "dhlsandboxapi.h"
#include "dpdsandboxapi.h"
#include "fedexsandboxapi.h"
#include "glssandboxapi.h"
#include "sandboxcarrierapi.h"
#include "sim/simrandom.h"
#include "upssandboxapi.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

constexpr int defaultRetryAfterSecs = 2;
constexpr int defaultSlowMsecs = 3000;
// Longer than the 30 s transfer timeout Shipdeck's poller and most HTTP clients use.
constexpr int defaultTimeoutMsecs = 60000;

QByteArray methodOf(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    default:
        return "OTHER";
    }
}

SandboxRequest copyOf(const QHttpServerRequest &request, const QString &path)
{
    SandboxRequest copy;
    copy.method = methodOf(request.method());
    copy.path = path;
    copy.query = request.query();
    for (const auto &[name, value] : request.headers())
        copy.headers.insert(name.toLower(), value);
    copy.body = request.body();
    return copy;
}

void write(QHttpServerResponder &&responder, const SandboxReply &reply)
{
    QHttpServerResponse response(reply.contentType, reply.body, QHttpServerResponder::StatusCode(reply.status));
    for (const auto &[name, value] : reply.headers)
        response.addHeader(name, value);
    response.write(std::move(responder));
}

SandboxReply plain(int status, const QString &text)
{
    return { status, text.toUtf8(), "text/plain; charset=utf-8", {} };
}

// A 502 comes from the gateway in front of a carrier, not from the carrier: HTML, whoever it is.
SandboxReply badGateway()
{
    return { 502,
        "<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center>"
        "</body></html>\n",
        "text/html", {} };
}

// Half the body: what a connection dropped by a proxy leaves, delivered with a matching length.
QByteArray truncated(const QByteArray &body)
{
    return body.left(body.size() / 2);
}

// The body with one quote or angle bracket taken out a third of the way in: no longer JSON or XML.
QByteArray malformed(const QByteArray &body)
{
    QByteArray out = body;
    for (qsizetype i = out.size() / 3; i < out.size(); ++i) {
        if (out.at(i) == '"' || out.at(i) == '<') {
            out.remove(i, 1);
            return out;
        }
    }
    return out + "}<";
}

int delayOf(const std::optional<Fault> &fault)
{
    if (fault && fault->kind == FaultKind::Slow)
        return fault->paramOr(defaultSlowMsecs);
    if (fault && fault->kind == FaultKind::Timeout)
        return fault->paramOr(defaultTimeoutMsecs);
    return 0;
}

} // namespace

SandboxServer::SandboxServer(const SandboxOptions &options, const Clock &wall, QObject *parent)
    : QObject(parent)
    , m_state(std::make_unique<SandboxState>(options, wall))
    , m_control(*m_state)
{
    m_apis.push_back(std::make_unique<DhlSandboxApi>());
    m_apis.push_back(std::make_unique<UpsSandboxApi>());
    m_apis.push_back(std::make_unique<FedexSandboxApi>());
    m_apis.push_back(std::make_unique<AfterShipSandboxApi>(m_state->aftership()));
    m_apis.push_back(std::make_unique<GlsSandboxApi>());
    m_apis.push_back(std::make_unique<DpdSandboxApi>());
    if (!options.webhookUrl.isEmpty())
        m_webhook = std::make_unique<AfterShipWebhook>(
            *m_state, options.webhookUrl, options.webhookSecret, options.webhookIntervalMsecs);
    // Every request goes through one pipeline (statistics, limits, faults) before it is dispatched
    // by carrier, so the catch-all handler takes them all instead of one router rule per path.
    m_http.setMissingHandler([this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        handle(request, std::move(responder));
    });
}

SandboxServer::~SandboxServer() = default;

quint16 SandboxServer::listen(quint16 port)
{
    m_port = m_http.listen(QHostAddress::LocalHost, port);
    if (m_port != 0 && m_webhook)
        m_webhook->start();
    return m_port;
}

SandboxCarrierApi *SandboxServer::apiFor(const QString &key) const
{
    for (const auto &api : m_apis) {
        if (api->key() == key)
            return api.get();
    }
    return nullptr;
}

void SandboxServer::handle(const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    const QString path = request.url().path(QUrl::FullyEncoded);
    const qsizetype slash = path.indexOf(u'/', 1);
    const QString key = path.mid(1, slash < 0 ? -1 : slash - 1);
    const SandboxRequest copy = copyOf(request, slash < 0 ? QString() : path.mid(slash));
    if (key == u"sandbox") {
        write(std::move(responder), m_control.answer(copy));
        return;
    }
    SandboxCarrierApi *api = apiFor(key);
    if (!api) {
        write(std::move(responder),
            plain(404,
                QStringLiteral("No carrier \"%1\" here; try /%2 or /sandbox.\n")
                    .arg(key, SandboxState::carriers().join(u", /"_s))));
        return;
    }
    serveCarrier(*api, copy, std::move(responder));
}

void SandboxServer::serveCarrier(
    SandboxCarrierApi &api, const SandboxRequest &request, QHttpServerResponder &&responder)
{
    const QString carrier = api.key();
    LimitGate &gate = m_state->gate(carrier);
    const qint64 wallMs = m_state->wallMs();
    gate.open();
    m_state->log().received(carrier, wallMs, gate.openCount());
    if (!api.isTokenRequest(request)) {
        const LimitGate::Verdict verdict = gate.admit(wallMs);
        if (!verdict.admitted) {
            m_state->log().limitRejected(carrier);
            SandboxReply reply = api.failure(429, verdict.reason);
            reply.headers.append({ "Retry-After", QByteArray::number(verdict.retryAfterSecs) });
            deliver(std::move(responder), reply, 0, carrier);
            return;
        }
    }
    std::optional<Fault> fault;
    if (const QByteArray asked = request.header("x-sandbox-fault"); !asked.isEmpty()) {
        fault = FaultKinds::parse(QString::fromLatin1(asked));
        if (!fault) {
            deliver(std::move(responder),
                plain(400,
                    QStringLiteral("X-Sandbox-Fault \"%1\" is not kind[:param]; kinds: %2\n")
                        .arg(QString::fromLatin1(asked), FaultKinds::keys().join(u", "_s))),
                0, carrier);
            return;
        }
    } else {
        fault = m_state->faults().next(carrier);
    }
    if (fault)
        m_state->log().injected(carrier, fault->kind);
    deliver(std::move(responder), play(api, request, fault), delayOf(fault), carrier);
}

SandboxReply SandboxServer::play(
    SandboxCarrierApi &api, const SandboxRequest &request, const std::optional<Fault> &fault)
{
    const auto is = [&fault](FaultKind kind) { return fault.has_value() && fault->kind == kind; };
    if (is(FaultKind::TooManyRequests)) {
        SandboxReply reply = api.failure(429, u"injected"_s);
        reply.headers.append({ "Retry-After", QByteArray::number(fault->paramOr(defaultRetryAfterSecs)) });
        return reply;
    }
    if (is(FaultKind::ServerError))
        return api.failure(500, u"injected"_s);
    if (is(FaultKind::Unavailable))
        return api.failure(503, u"injected"_s);
    if (is(FaultKind::BadGateway))
        return badGateway();
    SandboxContext context { m_state->journeys(), m_state->tokens(), m_state->simulatedNow(), m_state->wallMs(),
        m_state->tokenTtlSecs(), fault, SimRandom::combine(0x5A17'C0DEu, ++m_requests) };
    SandboxReply reply = api.answer(request, context);
    if (is(FaultKind::Truncated))
        reply.body = truncated(reply.body);
    else if (is(FaultKind::Malformed))
        reply.body = malformed(reply.body);
    return reply;
}

void SandboxServer::deliver(
    QHttpServerResponder &&responder, const SandboxReply &reply, int delayMsecs, const QString &carrier)
{
    if (delayMsecs <= 0) {
        write(std::move(responder), reply);
        m_state->gate(carrier).close();
        return;
    }
    // Kept with a guard on its socket: a client that gave up has closed it by the time the timer fires.
    struct Held {
        QHttpServerResponder responder;
        QPointer<QTcpSocket> socket;
    };
    auto held = std::make_shared<Held>(Held { std::move(responder), {} });
    held->socket = held->responder.socket();
    QTimer::singleShot(delayMsecs, this, [this, held, reply, carrier] {
        if (held->socket && held->socket->state() == QAbstractSocket::ConnectedState)
            write(std::move(held->responder), reply);
        m_state->gate(carrier).close();
    });
}
