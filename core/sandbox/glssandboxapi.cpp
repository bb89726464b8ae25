#include "glssandboxapi.h"

#include "glssandboxrenderer.h"
#include "tokenissuer.h"

#include <QUrl>
#include <list>

using namespace Qt::StringLiterals;

namespace {

// GLS's token lifetime (its Authentication API example): four hours.
constexpr int glsTokenSecs = 14400;
const QString trackPath = u"/tracking/simple/trackids/"_s;

SandboxReply gatewayFault(int status, const QString &faultString, const QString &errorCode)
{
    return SandboxReply::json(status, GlsSandboxRenderer::gatewayFault(faultString, errorCode));
}

SandboxReply problem(int status, const QString &title, const QString &detail)
{
    return SandboxReply::json(status, GlsSandboxRenderer::problem(status, title, detail));
}

} // namespace

QString GlsSandboxApi::key() const
{
    return u"gls"_s;
}

bool GlsSandboxApi::isTokenRequest(const SandboxRequest &request) const
{
    return request.path == u"/oauth2/v2/token";
}

SandboxReply GlsSandboxApi::answer(const SandboxRequest &request, SandboxContext &context)
{
    if (request.method == "POST" && isTokenRequest(request))
        return token(request, context);
    if (request.method == "GET" && request.path.startsWith(trackPath) && request.path.size() > trackPath.size())
        return track(request.path.mid(trackPath.size()), request, context);
    return problem(404, u"Not Found"_s, QStringLiteral("No static resource %1.").arg(request.path));
}

SandboxReply GlsSandboxApi::token(const SandboxRequest &request, SandboxContext &context) const
{
    const QString credentials = request.basicCredentials();
    if (credentials.section(u':', 0, 0).isEmpty() || credentials.section(u':', 1).isEmpty())
        return SandboxReply::json(401, R"({"errors":[{"message":"Invalid client identifier"}]})");
    const int ttl = ttlSecs(context, glsTokenSecs);
    return SandboxReply::json(200, GlsSandboxRenderer::token(context.tokens.issue(key(), context.wallMs, ttl), ttl));
}

SandboxReply GlsSandboxApi::track(const QString &ids, const SandboxRequest &request, SandboxContext &context) const
{
    const QString token = request.bearerToken();
    const bool expired = TokenIssuer::looksIssued(token)
        && context.tokens.check(key(), token, context.wallMs) != TokenIssuer::Validity::Valid;
    if (expired || context.hasFault(FaultKind::ExpiredToken))
        return gatewayFault(401, u"Access Token expired"_s, u"keymanagement.service.access_token_expired"_s);
    if (token.isEmpty())
        return gatewayFault(401, u"Invalid access token"_s, u"oauth.v2.InvalidAccessToken"_s);
    QStringList requested;
    for (const QString &id : ids.split(u',', Qt::SkipEmptyParts))
        requested.append(QUrl::fromPercentEncoding(id.toUtf8()).trimmed());
    if (requested.size() > MaxIdsPerRequest)
        return problem(
            400, u"Bad Request"_s, QStringLiteral("At most %1 parcel ids per request.").arg(MaxIdsPerRequest));
    std::list<std::optional<ScanView>> views; // stays put while the results point at its elements
    QList<GlsSandboxRenderer::Result> results;
    for (const QString &id : std::as_const(requested)) {
        views.push_back(lookUp(context, key(), id));
        results.append({ id, views.back() ? &*views.back() : nullptr });
    }
    return SandboxReply::json(200, GlsSandboxRenderer::parcels(results));
}

SandboxReply GlsSandboxApi::failure(int httpStatus, const QString &reason) const
{
    if (httpStatus == 429 && reason == u"daily")
        return gatewayFault(429, u"Rate limit quota violation. Quota limit exceeded. Identifier : _default"_s,
            u"policies.ratelimit.QuotaViolation"_s);
    if (httpStatus == 429)
        return gatewayFault(
            429, u"Spike arrest violation. Allowed rate exceeded."_s, u"policies.ratelimit.SpikeArrestViolation"_s);
    if (httpStatus == 503)
        return gatewayFault(
            503, u"The Service is temporarily unavailable"_s, u"messaging.adaptors.http.flow.ServiceUnavailable"_s);
    return problem(httpStatus, u"Internal Server Error"_s, u"An unexpected error occurred."_s);
}
