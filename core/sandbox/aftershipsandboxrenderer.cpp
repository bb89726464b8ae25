#include "aftershipsandboxrenderer.h"

#include "aftershiptags.h"
#include "sandboxformat.h"
#include "sandboxplace.h"
#include "scanview.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace {

QString instant(const QDateTime &utc)
{
    return SandboxFormat::isoWithOffset(utc.toUTC());
}

QJsonValue orNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonObject checkpoint(const SimulatedScan &scan, const QString &slug)
{
    const TrackingEvent &event = scan.event;
    const SandboxPlace place(event.location);
    const AfterShipTags::Tags tags = AfterShipTags::of(event.subStatus);
    return { { u"slug"_s, slug }, { u"city"_s, orNull(place.city()) }, { u"created_at"_s, instant(scan.reportedAt) },
        { u"location"_s, orNull(event.location) }, { u"country_name"_s, orNull(place.countryName()) },
        { u"message"_s, event.carrierText }, { u"country_iso3"_s, orNull(place.countryIso3()) }, { u"tag"_s, tags.tag },
        { u"subtag"_s, tags.subtag }, { u"subtag_message"_s, tags.subtagMessage },
        { u"checkpoint_time"_s, SandboxFormat::isoWithOffset(event.occurredAt) }, { u"coordinates"_s, QJsonArray() },
        { u"state"_s, orNull(place.usState()) }, { u"zip"_s, QJsonValue(QJsonValue::Null) },
        { u"raw_tag"_s, event.carrierCode } };
}

QString pickupOf(const ScanView &view)
{
    for (const SimulatedScan &scan : view.scans()) {
        if (scan.event.subStatus == SubStatus::PickedUp)
            return SandboxFormat::isoWithOffset(scan.event.occurredAt);
    }
    return {};
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

QDateTime AfterShipSandboxRenderer::updatedAt(const ScanView &view, const Account &account)
{
    const QDateTime last = view.lastReportedAt();
    return last.isValid() && last > account.createdAt ? last : account.createdAt;
}

QJsonObject AfterShipSandboxRenderer::tracking(const ScanView &view, const Account &account)
{
    const Shipment &s = view.shipment();
    QJsonArray checkpoints;
    for (const SimulatedScan &scan : view.scans())
        checkpoints.append(checkpoint(scan, account.slug));
    const AfterShipTags::Tags tags = AfterShipTags::of(s.subStatus);
    const QString updated = instant(updatedAt(view, account));
    const QString destinationIso3 = SandboxPlace(view.destination()).countryIso3();
    return { { u"id"_s, account.id }, { u"created_at"_s, instant(account.createdAt) }, { u"updated_at"_s, updated },
        { u"last_updated_at"_s, updated }, { u"tracking_number"_s, s.trackingNumber }, { u"slug"_s, account.slug },
        { u"active"_s, !Taxonomy::isFinal(s.subStatus) }, { u"tag"_s, tags.tag }, { u"subtag"_s, tags.subtag },
        { u"subtag_message"_s, tags.subtagMessage }, { u"title"_s, s.trackingNumber },
        { u"origin_country_iso3"_s, u"DEU"_s }, // every simulated parcel leaves a German warehouse
        { u"destination_country_iso3"_s, destinationIso3 }, { u"courier_destination_country_iso3"_s, destinationIso3 },
        { u"shipment_type"_s, orNull(s.service) }, { u"shipment_pickup_date"_s, orNull(pickupOf(view)) },
        { u"shipment_delivery_date"_s,
            orNull(view.isDelivered() ? SandboxFormat::isoWithOffset(view.latest().event.occurredAt) : QString()) },
        { u"expected_delivery"_s, orNull(view.latestEstimate().toString(Qt::ISODate)) },
        { u"tracking_postal_code"_s, orNull(s.postalCode) }, { u"tracking_destination_country"_s, destinationIso3 },
        { u"signed_by"_s, QJsonValue(QJsonValue::Null) }, { u"source"_s, u"api"_s },
        { u"checkpoints"_s, checkpoints } };
}

QByteArray AfterShipSandboxRenderer::single(const QJsonObject &tracking, int metaCode)
{
    return compact({ { u"meta"_s, QJsonObject { { u"code"_s, metaCode } } },
        { u"data"_s, QJsonObject { { u"tracking"_s, tracking } } } });
}

QByteArray AfterShipSandboxRenderer::list(const QList<QJsonObject> &trackings, int page, int limit, qsizetype count)
{
    QJsonArray array;
    for (const QJsonObject &t : trackings)
        array.append(t);
    const QJsonObject data { { u"page"_s, page }, { u"limit"_s, limit }, { u"count"_s, qint64(count) },
        { u"keyword"_s, QString() }, { u"slug"_s, QString() }, { u"origin"_s, QJsonArray() },
        { u"destination"_s, QJsonArray() }, { u"tag"_s, QString() }, { u"fields"_s, QString() },
        { u"return_to_sender"_s, QJsonArray() }, { u"trackings"_s, array } };
    return compact({ { u"meta"_s, QJsonObject { { u"code"_s, 200 } } }, { u"data"_s, data } });
}

QByteArray AfterShipSandboxRenderer::error(
    int metaCode, const QString &type, const QString &message, const QJsonObject &data)
{
    return compact(
        { { u"meta"_s, QJsonObject { { u"code"_s, metaCode }, { u"message"_s, message }, { u"type"_s, type } } },
            { u"data"_s, data } });
}

QByteArray AfterShipSandboxRenderer::webhook(const QJsonObject &tracking, const QString &eventId, const QDateTime &at)
{
    return compact({ { u"event"_s, u"tracking_update"_s }, { u"event_id"_s, eventId },
        { u"is_tracking_first_tag"_s, false }, { u"msg"_s, tracking }, { u"ts"_s, at.toSecsSinceEpoch() } });
}
