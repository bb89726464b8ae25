#include "glssandboxrenderer.h"

#include "sandboxformat.h"
#include "sandboxplace.h"
#include "scanview.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {

QString glsTime(const QDateTime &at)
{
    return SandboxFormat::isoWithOffset(at, false);
}

// The parcel status GLS derives from its newest event: the dotted handover codes (INTIAL.*) are
// no status of their own.
QString parcelStatusOf(const QString &code)
{
    if (code == u"INTIAL.PREADVICE")
        return u"PREADVICE"_s;
    return code.contains(u'.') ? u"INTRANSIT"_s : code;
}

QJsonObject event(const TrackingEvent &e, const ScanView &view)
{
    const SandboxPlace place(e.location);
    // GLS gives no place for the electronic pre-advice but the sender's country: always Germany here.
    const QString country = place.countryCode().isEmpty() ? u"DE"_s : place.countryCode();
    const QString postalCode = e.location == view.destination() ? view.shipment().postalCode : QString();
    return { { u"code"_s, e.carrierCode }, { u"city"_s, place.city() }, { u"postalCode"_s, postalCode },
        { u"country"_s, country }, { u"description"_s, e.carrierText }, { u"eventDateTime"_s, glsTime(e.occurredAt) } };
}

QJsonObject parcel(const QString &requested, const ScanView &view)
{
    QJsonArray events;
    for (const SimulatedScan &scan : view.newestFirst())
        events.append(event(scan.event, view));
    const TrackingEvent &latest = view.latest().event;
    return { { u"requested"_s, requested }, { u"unitno"_s, view.shipment().trackingNumber },
        { u"status"_s, parcelStatusOf(latest.carrierCode) }, { u"statusDateTime"_s, glsTime(latest.occurredAt) },
        { u"events"_s, events } };
}

QJsonObject unknown(const QString &requested)
{
    return { { u"requested"_s, requested }, { u"errorCode"_s, u"E_404_01"_s },
        { u"errorMessage"_s, u"No parcel found for the given id."_s } };
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

QByteArray GlsSandboxRenderer::parcels(const QList<Result> &results)
{
    QJsonArray list;
    for (const Result &r : results)
        list.append(r.view && !r.view->isEmpty() ? parcel(r.requested, *r.view) : unknown(r.requested));
    return compact({ { u"parcels"_s, list } });
}

QByteArray GlsSandboxRenderer::gatewayFault(const QString &faultString, const QString &errorCode)
{
    return compact({ { u"fault"_s,
        QJsonObject {
            { u"faultstring"_s, faultString }, { u"detail"_s, QJsonObject { { u"errorcode"_s, errorCode } } } } } });
}

QByteArray GlsSandboxRenderer::problem(int status, const QString &title, const QString &detail)
{
    return compact({ { u"title"_s, title }, { u"status"_s, status }, { u"detail"_s, detail } });
}

QByteArray GlsSandboxRenderer::token(const QString &accessToken, int expiresInSecs)
{
    return compact(
        { { u"access_token"_s, accessToken }, { u"token_type"_s, u"Bearer"_s }, { u"expires_in"_s, expiresInSecs } });
}
