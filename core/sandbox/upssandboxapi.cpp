#include "upssandboxapi.h"

#include "tokenissuer.h"
#include "upssandboxrenderer.h"

#include <QUrl>

using namespace Qt::StringLiterals;

namespace {

// UPS's documented token lifetime: four hours less a second.
constexpr int upsTokenSecs = 14399;
const QString detailsPath = u"/api/track/v1/details/"_s;

SandboxReply error(int status, const QString &code, const QString &message)
{
    return SandboxReply::json(status, UpsSandboxRenderer::errors(code, message));
}

} // namespace

QString UpsSandboxApi::key() const
{
    return u"ups"_s;
}

bool UpsSandboxApi::isTokenRequest(const SandboxRequest &request) const
{
    return request.path == u"/security/v1/oauth/token";
}

SandboxReply UpsSandboxApi::answer(const SandboxRequest &request, SandboxContext &context)
{
    if (request.method == "POST" && isTokenRequest(request))
        return token(request, context);
    if (request.method == "GET" && request.path.startsWith(detailsPath) && request.path.size() > detailsPath.size())
        return details(QUrl::fromPercentEncoding(request.path.mid(detailsPath.size()).toUtf8()), request, context);
    return error(404, u"10404"_s, u"The requested resource was not found."_s);
}

SandboxReply UpsSandboxApi::token(const SandboxRequest &request, SandboxContext &context) const
{
    const QString credentials = request.basicCredentials();
    const QString clientId = credentials.section(u':', 0, 0);
    if (clientId.isEmpty() || credentials.section(u':', 1).isEmpty())
        return error(401, u"10401"_s, u"ClientId is Invalid"_s);
    const int ttl = ttlSecs(context, upsTokenSecs);
    const QString issued = context.tokens.issue(key(), context.wallMs, ttl);
    return SandboxReply::json(200, UpsSandboxRenderer::token(issued, ttl, clientId, context.wallMs));
}

SandboxReply UpsSandboxApi::details(
    const QString &inquiryNumber, const SandboxRequest &request, SandboxContext &context) const
{
    const auto validity = context.tokens.check(key(), request.bearerToken(), context.wallMs);
    if (validity != TokenIssuer::Validity::Valid || context.hasFault(FaultKind::ExpiredToken))
        return error(401, u"250002"_s, u"Invalid Authentication Information."_s);
    const auto view = lookUp(context, key(), inquiryNumber);
    if (!view)
        return SandboxReply::json(200, UpsSandboxRenderer::notFound());
    return SandboxReply::json(200, UpsSandboxRenderer::details(*view, inquiryNumber));
}

SandboxReply UpsSandboxApi::failure(int httpStatus, const QString &) const
{
    if (httpStatus == 429)
        return error(429, u"10429"_s, u"Too Many Requests."_s);
    if (httpStatus == 503)
        return error(503, u"10503"_s, u"The service is temporarily unavailable."_s);
    return error(httpStatus, u"10500"_s, u"An internal error occurred."_s);
}
