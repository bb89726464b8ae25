#include "fedexsandboxapi.h"

#include "fedexsandboxrenderer.h"
#include "sim/simrandom.h"
#include "tokenissuer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>
#include <list>

using namespace Qt::StringLiterals;

namespace {

// FedEx's documented token lifetime: one hour less a second.
constexpr int fedexTokenSecs = 3599;

// A transaction id in FedEx's UUID shape, from the request's salt so that answers stay deterministic.
QString transactionId(quint64 salt)
{
    const quint64 a = SimRandom::mix(salt);
    const quint64 b = SimRandom::mix(a);
    const QUuid uuid(uint(a), ushort(a >> 32), ushort(a >> 48), uchar(b), uchar(b >> 8), uchar(b >> 16), uchar(b >> 24),
        uchar(b >> 32), uchar(b >> 40), uchar(b >> 48), uchar(b >> 56));
    return uuid.toString(QUuid::WithoutBraces);
}

SandboxReply error(int status, quint64 salt, const QString &code, const QString &message)
{
    return SandboxReply::json(status, FedexSandboxRenderer::errors(transactionId(salt), code, message));
}

QStringList numbersOf(const QJsonObject &body)
{
    QStringList numbers;
    for (const QJsonValue &info : body.value(u"trackingInfo").toArray()) {
        const QString number
            = info.toObject().value(u"trackingNumberInfo").toObject().value(u"trackingNumber").toString();
        if (!number.trimmed().isEmpty())
            numbers.append(number.trimmed());
    }
    return numbers;
}

} // namespace

QString FedexSandboxApi::key() const
{
    return u"fedex"_s;
}

bool FedexSandboxApi::isTokenRequest(const SandboxRequest &request) const
{
    return request.path == u"/oauth/token";
}

SandboxReply FedexSandboxApi::answer(const SandboxRequest &request, SandboxContext &context)
{
    if (request.method == "POST" && isTokenRequest(request))
        return token(request, context);
    if (request.method == "POST" && request.path == u"/track/v1/trackingnumbers")
        return track(request, context);
    return error(404, context.salt, u"NOT.FOUND.ERROR"_s, u"The resource you requested is no longer available."_s);
}

SandboxReply FedexSandboxApi::token(const SandboxRequest &request, SandboxContext &context) const
{
    const QUrlQuery form(QString::fromUtf8(request.body));
    const bool valid = form.queryItemValue(u"grant_type"_s) == u"client_credentials"
        && !form.queryItemValue(u"client_id"_s).isEmpty() && !form.queryItemValue(u"client_secret"_s).isEmpty();
    if (!valid)
        return error(401, context.salt, u"NOT.AUTHORIZED.ERROR"_s,
            u"The given client credentials were not valid. Please modify your request and try again."_s);
    const int ttl = ttlSecs(context, fedexTokenSecs);
    return SandboxReply::json(200, FedexSandboxRenderer::token(context.tokens.issue(key(), context.wallMs, ttl), ttl));
}

SandboxReply FedexSandboxApi::track(const SandboxRequest &request, SandboxContext &context) const
{
    const auto validity = context.tokens.check(key(), request.bearerToken(), context.wallMs);
    if (validity == TokenIssuer::Validity::Expired || context.hasFault(FaultKind::ExpiredToken))
        return error(401, context.salt, u"NOT.AUTHORIZED.ERROR"_s,
            u"Access token expired. Please modify your request and try again."_s);
    if (validity == TokenIssuer::Validity::Unknown)
        return error(401, context.salt, u"NOT.AUTHORIZED.ERROR"_s,
            u"The given JWT is invalid. Please modify your request and try again."_s);
    QJsonParseError parseError;
    const QJsonDocument body = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !body.isObject())
        return error(400, context.salt, u"BAD.REQUEST.ERROR"_s,
            u"We are unable to process this request. Please try again later or contact FedEx Customer Service."_s);
    const QStringList numbers = numbersOf(body.object());
    if (numbers.isEmpty())
        return error(400, context.salt, u"TRACKING.TRACKINGNUMBER.EMPTY"_s, u"Please provide tracking number."_s);
    if (numbers.size() > MaxNumbersPerRequest)
        return error(400, context.salt, u"BAD.REQUEST.ERROR"_s,
            QStringLiteral("Please provide at most %1 tracking numbers per request.").arg(MaxNumbersPerRequest));
    // A list keeps every view where it is while the results point at them.
    std::list<std::optional<ScanView>> views;
    QList<FedexSandboxRenderer::Result> results;
    for (const QString &number : numbers) {
        views.push_back(lookUp(context, key(), number));
        results.append({ number, views.back() ? &*views.back() : nullptr });
    }
    return SandboxReply::json(200, FedexSandboxRenderer::track(results, transactionId(context.salt)));
}

SandboxReply FedexSandboxApi::failure(int httpStatus, const QString &) const
{
    const quint64 salt = quint64(httpStatus);
    if (httpStatus == 429)
        return error(429, salt, u"TOO.MANY.REQUESTS"_s,
            u"We have received too many requests in a short duration. Please wait a while to try again."_s);
    if (httpStatus == 503)
        return error(503, salt, u"SERVICE.UNAVAILABLE.ERROR"_s,
            u"The service is currently unavailable and we are working to resolve the issue. We apologize for "
            "any inconvenience. Please check back at a later time."_s);
    return error(httpStatus, salt, u"INTERNAL.SERVER.ERROR"_s,
        u"We encountered an unexpected error and are working to resolve the issue. We apologize for any "
        "inconvenience. Please check back at a later time."_s);
}
