#include "dhlsandboxapi.h"

#include "dhlsandboxrenderer.h"

using namespace Qt::StringLiterals;

namespace {

SandboxReply problem(int status, const QString &title, const QString &detail)
{
    return SandboxReply::json(status, DhlSandboxRenderer::problem(status, title, detail));
}

bool wantsGerman(const SandboxRequest &request)
{
    const QString language = request.query.queryItemValue(u"language"_s);
    if (!language.isEmpty())
        return language.startsWith(u"de"_s, Qt::CaseInsensitive);
    return request.header("accept-language").trimmed().toLower().startsWith("de");
}

} // namespace

QString DhlSandboxApi::key() const
{
    return u"dhl"_s;
}

SandboxReply DhlSandboxApi::answer(const SandboxRequest &request, SandboxContext &context)
{
    if (request.method != "GET" || request.path != u"/track/shipments")
        return problem(404, u"Not Found"_s, u"No resource found for the requested path."_s);
    const bool keyGiven = !request.header("dhl-api-key").trimmed().isEmpty()
        || !request.query.queryItemValue(u"DHL-API-Key"_s).isEmpty();
    if (!keyGiven || context.hasFault(FaultKind::ExpiredToken))
        return problem(401, u"Unauthorized"_s, u"Unauthorized for given resource."_s);
    const QString number = request.query.queryItemValue(u"trackingNumber"_s, QUrl::FullyDecoded).trimmed();
    if (number.isEmpty())
        return problem(400, u"Bad Request"_s, u"Missing required parameter trackingNumber."_s);
    const auto view = lookUp(context, key(), number);
    if (!view)
        return SandboxReply::json(404, DhlSandboxRenderer::notFound());
    const auto language
        = wantsGerman(request) ? DhlSandboxRenderer::Language::German : DhlSandboxRenderer::Language::English;
    return SandboxReply::json(200, DhlSandboxRenderer::shipments(*view, language));
}

SandboxReply DhlSandboxApi::failure(int httpStatus, const QString &) const
{
    if (httpStatus == 429)
        return problem(
            429, u"Too Many Requests"_s, u"Too many requests within defined time period, please try again later."_s);
    if (httpStatus == 503)
        return problem(
            503, u"Service Unavailable"_s, u"The service is temporarily unavailable, please try again later."_s);
    return problem(httpStatus, u"Internal Server Error"_s, u"An unexpected error occurred, please try again later."_s);
}
