#include "dpdsandboxapi.h"

#include "dpdsandboxrenderer.h"
#include "tokenissuer.h"

#include <QHash>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {

// DPD's authToken lives a day.
constexpr int dpdTokenSecs = 24 * 3600;

// A SOAP request read down to what the sandbox needs: the operation (the Body's first element) and
// the text of every leaf element by local name.
struct SoapCall {
    QString operation;
    QHash<QString, QString> fields;
    bool readable = false;
};

SoapCall readCall(const QByteArray &body)
{
    SoapCall call;
    QXmlStreamReader reader(body);
    bool inBody = false;
    QString current;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement()) {
            current = reader.name().toString();
            if (inBody && call.operation.isEmpty())
                call.operation = current;
            inBody = inBody || current == u"Body";
        } else if (reader.isCharacters() && !reader.isWhitespace()) {
            call.fields[current] += reader.text().toString().trimmed();
        }
    }
    call.readable = !reader.hasError() && !call.operation.isEmpty();
    return call;
}

SandboxReply soap(int status, const QByteArray &body)
{
    return { status, body, "text/xml; charset=utf-8", {} };
}

SandboxReply fault(
    int status, const QString &faultCode, const QString &errorCode, const QString &message, bool authentication)
{
    return soap(status, DpdSandboxRenderer::fault(faultCode, errorCode, message, authentication));
}

} // namespace

QString DpdSandboxApi::key() const
{
    return u"dpd"_s;
}

bool DpdSandboxApi::isTokenRequest(const SandboxRequest &request) const
{
    return readCall(request.body).operation == u"getAuth";
}

SandboxReply DpdSandboxApi::answer(const SandboxRequest &request, SandboxContext &context)
{
    const SoapCall call = readCall(request.body);
    if (request.method != "POST" || !call.readable)
        return fault(500, u"soap:Client"_s, u"COMMON_1"_s, u"The request is no readable SOAP message."_s, false);
    if (call.operation == u"getAuth") {
        const QString delisId = call.fields.value(u"delisId"_s);
        if (delisId.isEmpty() || call.fields.value(u"password"_s).isEmpty())
            return fault(500, u"soap:Server"_s, u"LOGIN_5"_s, u"Login failed: delisId or password is wrong."_s, true);
        const int ttl = ttlSecs(context, dpdTokenSecs);
        const QString token = context.tokens.issue(key(), context.wallMs, ttl);
        const QDateTime expires = QDateTime::fromMSecsSinceEpoch(context.wallMs + qint64(ttl) * 1000, Qt::UTC);
        return soap(200, DpdSandboxRenderer::authResponse(delisId, token, expires));
    }
    if (call.operation != u"getTrackingData")
        return fault(
            500, u"soap:Client"_s, u"COMMON_2"_s, QStringLiteral("Unknown operation %1.").arg(call.operation), false);
    const QString token = call.fields.value(u"authToken"_s);
    const bool expired = TokenIssuer::looksIssued(token)
        && context.tokens.check(key(), token, context.wallMs) != TokenIssuer::Validity::Valid;
    if (token.isEmpty() || expired || context.hasFault(FaultKind::ExpiredToken))
        return fault(500, u"soap:Server"_s, u"LOGIN_8"_s,
            u"Authentication failed: the authToken is not valid or has expired."_s, true);
    const QString number = call.fields.value(u"parcelLabelNumber"_s);
    if (number.isEmpty())
        return fault(500, u"soap:Client"_s, u"COMMON_7"_s, u"The parcelLabelNumber is missing."_s, false);
    const auto view = lookUp(context, key(), number);
    return soap(200, view ? DpdSandboxRenderer::trackingData(*view) : DpdSandboxRenderer::unknownParcel());
}

SandboxReply DpdSandboxApi::failure(int httpStatus, const QString &) const
{
    if (httpStatus == 429)
        return fault(429, u"soap:Server"_s, u"LIMIT_EXCEEDED"_s, u"Too many requests, please slow down."_s, false);
    if (httpStatus == 503)
        return fault(
            503, u"soap:Server"_s, u"SERVICE_UNAVAILABLE"_s, u"The service is temporarily unavailable."_s, false);
    return fault(httpStatus, u"soap:Server"_s, u"SYSTEM_ERROR"_s, u"An internal error occurred."_s, false);
}
