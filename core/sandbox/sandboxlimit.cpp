#include "sandboxlimit.h"

using namespace Qt::StringLiterals;

SandboxLimit SandboxLimit::documented(const QString &carrier)
{
    if (carrier == u"dhl")
        return {
            1, 5000, false, 0, 250,
            u"DHL Shipment Tracking - Unified API, initial service level: 250 calls a day, one call every 5 seconds"_s
        };
    if (carrier == u"ups")
        return { 10, 1000, false, 0, 0,
            u"UPS publishes no figure (only that too many requests get HTTP 429): 10 a second stands in"_s };
    if (carrier == u"fedex")
        return { 1400, 10000, true, 0, 0,
            u"FedEx quotas & rate limits guide: 1,400 transactions per 10-second window"_s };
    if (carrier == u"aftership")
        return { 10, 1000, true, 0, 0,
            u"AfterShip rate limit: 10 requests per second per organisation, counted per 1-second window"_s };
    if (carrier == u"gls")
        return { 0, 1000, false, 0, 500,
            u"GLS Track And Trace V1: 500 requests a day; no per-second figure published"_s };
    if (carrier == u"dpd")
        return { 0, 1000, false, 1, 0,
            u"DPD publishes no figure for getTrackingData and asks for calls in sequence: one at a time"_s };
    return lifted();
}

SandboxLimit SandboxLimit::lifted()
{
    return { 0, 1000, false, 0, 0, u"lifted"_s };
}

std::optional<std::pair<QString, SandboxLimit>> SandboxLimit::parse(QStringView spec, QString *error)
{
    const QList<QStringView> parts = spec.split(u':');
    const QList<QStringView> rate = parts.value(1).split(u'/');
    bool ok = parts.size() >= 2 && parts.size() <= 4 && !parts[0].isEmpty() && rate.size() == 2;
    SandboxLimit limit { 0, 1000, false, 0, 0, u"--limit "_s + spec.toString() };
    if (ok)
        limit.maxRequests = rate[0].toInt(&ok);
    if (ok)
        limit.windowMs = rate[1].toInt(&ok);
    if (ok && parts.size() > 2)
        limit.maxConcurrent = parts[2].toInt(&ok);
    if (ok && parts.size() > 3)
        limit.dailyQuota = parts[3].toLongLong(&ok);
    if (!ok || limit.maxRequests < 0 || limit.windowMs <= 0 || limit.maxConcurrent < 0 || limit.dailyQuota < 0) {
        *error = QStringLiteral("limit \"%1\" is not carrier:requests/milliseconds[:concurrent[:daily]]").arg(spec);
        return std::nullopt;
    }
    return std::pair { parts[0].toString().toLower(), limit };
}

SandboxLimit SandboxLimit::fromJson(const QJsonObject &json, const SandboxLimit &base)
{
    SandboxLimit limit = base;
    limit.maxRequests = json.value(u"requests").toInt(base.maxRequests);
    limit.windowMs = std::max(1, json.value(u"windowMs").toInt(base.windowMs));
    limit.fixedWindow = json.value(u"fixedWindow").toBool(base.fixedWindow);
    limit.maxConcurrent = json.value(u"concurrent").toInt(base.maxConcurrent);
    limit.dailyQuota = json.value(u"daily").toInteger(base.dailyQuota);
    limit.source = u"POST /sandbox/limits"_s;
    return limit;
}

QJsonObject SandboxLimit::toJson() const
{
    return { { u"requests"_s, maxRequests }, { u"windowMs"_s, windowMs }, { u"fixedWindow"_s, fixedWindow },
        { u"concurrent"_s, maxConcurrent }, { u"daily"_s, dailyQuota }, { u"source"_s, source } };
}
