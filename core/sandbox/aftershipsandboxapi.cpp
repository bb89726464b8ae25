#include "aftershipsandboxapi.h"

#include "aftershipaccount.h"
#include "aftershipsandboxrenderer.h"
#include "journeybook.h"
#include "sim/journeysimulator.h"

#include <QJsonDocument>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {

const QString trackingsPath = u"/v4/trackings"_s;
constexpr int defaultPageSize = 100;
constexpr int largestPageSize = 200;

SandboxReply error(int status, int metaCode, const QString &type, const QString &message, const QJsonObject &data = {})
{
    return SandboxReply::json(status, AfterShipSandboxRenderer::error(metaCode, type, message, data));
}

SandboxReply doesNotExist()
{
    return error(404, 4004, u"NotFound"_s, u"Tracking does not exist."_s);
}

// The tracking as AfterShip shows it now, after the request's carrier-shaped fault.
std::optional<ScanView> viewOf(const AfterShipAccount::Tracking &tracking, const SandboxContext &context)
{
    if (context.hasFault(FaultKind::UnknownNumber))
        return std::nullopt;
    ScanView view(tracking.journey, context.simulatedNow);
    if (context.hasFault(FaultKind::ChangedEvent))
        view.changeOneEvent(context.salt);
    return view;
}

} // namespace

QString AfterShipSandboxApi::carrierOfSlug(const QString &slug)
{
    for (const QString &carrier : JourneySimulator::carriers()) {
        if (slug == carrier || slug.startsWith(carrier + u'-'))
            return carrier;
    }
    return {};
}

QString AfterShipSandboxApi::key() const
{
    return u"aftership"_s;
}

SandboxReply AfterShipSandboxApi::answer(const SandboxRequest &request, SandboxContext &context)
{
    if (request.header("aftership-api-key").trimmed().isEmpty() || context.hasFault(FaultKind::ExpiredToken))
        return error(401, 401, u"Unauthorized"_s, u"Invalid API key."_s);
    if (request.path == trackingsPath && request.method == "POST")
        return create(request, context);
    if (request.path == trackingsPath && request.method == "GET")
        return list(request, context);
    const QStringList parts = request.path.mid(trackingsPath.size() + 1).split(u'/');
    if (request.method == "GET" && request.path.startsWith(trackingsPath + u'/') && parts.size() == 2)
        return single(
            QUrl::fromPercentEncoding(parts[0].toUtf8()), QUrl::fromPercentEncoding(parts[1].toUtf8()), context);
    return error(404, 404, u"NotFound"_s, u"The URI requested is invalid or the resource requested does not exist."_s);
}

SandboxReply AfterShipSandboxApi::create(const SandboxRequest &request, SandboxContext &context)
{
    const QJsonObject tracking = QJsonDocument::fromJson(request.body).object().value(u"tracking").toObject();
    const QString number = tracking.value(u"tracking_number").toString().trimmed();
    QString slug = tracking.value(u"slug").toString().trimmed().toLower();
    if (number.isEmpty())
        return error(400, 4007, u"BadRequest"_s, u"`tracking_number` is required."_s);
    const QString carrier = carrierOfSlug(slug);
    if (!slug.isEmpty() && carrier.isEmpty())
        return error(400, 4005, u"BadRequest"_s, u"The value of `slug` is invalid."_s);
    if (const AfterShipAccount::Tracking *existing = m_account.find(slug, number)) {
        const QJsonObject data { { u"tracking"_s,
            QJsonObject { { u"id"_s, existing->account.id }, { u"slug"_s, existing->account.slug },
                { u"tracking_number"_s, number } } } };
        return error(400, 4003, u"BadRequest"_s, u"Tracking already exists."_s, data);
    }
    // AfterShip takes any number; a courier that does not know it simply never reports anything.
    const auto origin = context.journeys.originOf(carrier, number);
    SimulatedJourney journey = origin ? context.journeys.journey(*origin, number) : SimulatedJourney {};
    if (slug.isEmpty())
        slug = origin ? origin->carrier : u"dhl"_s;
    AfterShipAccount::Tracking &created = m_account.create(slug, number, std::move(journey), context.simulatedNow);
    const ScanView view(created.journey, context.simulatedNow);
    created.notifiedScans = view.scans().size();
    return SandboxReply::json(
        201, AfterShipSandboxRenderer::single(AfterShipSandboxRenderer::tracking(view, created.account), 201));
}

SandboxReply AfterShipSandboxApi::single(const QString &slug, const QString &number, SandboxContext &context)
{
    const AfterShipAccount::Tracking *tracking = m_account.find(slug, number);
    const auto view = tracking ? viewOf(*tracking, context) : std::nullopt;
    if (!view)
        return doesNotExist();
    return SandboxReply::json(
        200, AfterShipSandboxRenderer::single(AfterShipSandboxRenderer::tracking(*view, tracking->account)));
}

SandboxReply AfterShipSandboxApi::list(const SandboxRequest &request, SandboxContext &context)
{
    const QStringList numbers
        = request.query.queryItemValue(u"tracking_numbers"_s, QUrl::FullyDecoded).split(u',', Qt::SkipEmptyParts);
    const QString since = request.query.queryItemValue(u"updated_at_min"_s, QUrl::FullyDecoded);
    const QDateTime updatedMin = since.isEmpty() ? QDateTime() : QDateTime::fromString(since, Qt::ISODate);
    if (!since.isEmpty() && !updatedMin.isValid())
        return error(400, 4001, u"BadRequest"_s, u"The value of `updated_at_min` is invalid."_s);
    const int page = std::max(1, request.query.queryItemValue(u"page"_s).toInt());
    const int limit = std::clamp(request.query.queryItemValue(u"limit"_s).toInt(), 0, largestPageSize);
    const int pageSize = limit > 0 ? limit : defaultPageSize;

    QList<QJsonObject> matching;
    for (const AfterShipAccount::Tracking &tracking : m_account.trackings()) {
        if (!numbers.isEmpty() && !numbers.contains(tracking.trackingNumber))
            continue;
        const auto view = viewOf(tracking, context);
        if (!view
            || (updatedMin.isValid() && AfterShipSandboxRenderer::updatedAt(*view, tracking.account) < updatedMin))
            continue;
        matching.append(AfterShipSandboxRenderer::tracking(*view, tracking.account));
    }
    return SandboxReply::json(200,
        AfterShipSandboxRenderer::list(
            matching.mid(qsizetype(page - 1) * pageSize, pageSize), page, pageSize, matching.size()));
}

SandboxReply AfterShipSandboxApi::failure(int httpStatus, const QString &) const
{
    if (httpStatus == 429)
        return error(429, 429, u"TooManyRequests"_s,
            u"You have exceeded the API call rate limit. Default limit is 10 requests per second."_s);
    if (httpStatus == 503)
        return error(
            503, 503, u"ServiceUnavailable"_s, u"We are down for maintenance or too busy, please try again later."_s);
    return error(httpStatus, 500, u"InternalError"_s, u"Something went wrong on AfterShip's end."_s);
}
