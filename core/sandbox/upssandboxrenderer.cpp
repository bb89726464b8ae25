#include "upssandboxrenderer.h"

#include "sandboxformat.h"
#include "sandboxplace.h"
#include "scanview.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {

// UPS's three-digit package status for a status type: 003 (label) and 011 (delivered) as UPS's
// sample shows them, 005 (on the way) and 021 (out for delivery) as UPS clients commonly read them.
// Access Point drops and returns come as type D too but are no plain delivery: they get none.
struct TypeStatus {
    const char16_t *type;
    const char16_t *statusCode;
    const char16_t *simplified;
};
constexpr TypeStatus typeStatuses[] = {
    { u"M", u"003", u"Label Created" },
    { u"P", u"005", u"On the Way" },
    { u"I", u"005", u"On the Way" },
    { u"O", u"021", u"Out for Delivery" },
    { u"D", u"011", u"Delivered" },
    { u"X", u"", u"Exception" },
};

struct ActivityStatus {
    QString type;
    QString code;
    QString statusCode;
    QString simplified;
};

ActivityStatus statusOf(const TrackingEvent &event)
{
    const qsizetype slash = event.carrierCode.indexOf(u'/');
    ActivityStatus status { event.carrierCode.left(slash), event.carrierCode.mid(slash + 1), {}, {} };
    for (const TypeStatus &row : typeStatuses) {
        if (status.type == QStringView(row.type)) {
            status.statusCode = QString::fromUtf16(row.statusCode);
            status.simplified = QString::fromUtf16(row.simplified);
        }
    }
    const bool plainDelivery = Taxonomy::statusOf(event.subStatus) == Status::Delivered;
    if (status.type == u"D" && !plainDelivery)
        status.statusCode.clear();
    return status;
}

QString date(const QDateTime &at)
{
    return at.toString(u"yyyyMMdd"_s);
}
QString time(const QDateTime &at)
{
    return at.toString(u"HHmmss"_s);
}

QJsonObject activity(const TrackingEvent &event)
{
    const SandboxPlace place(event.location);
    QJsonObject address;
    if (!place.city().isEmpty())
        address.insert(u"city"_s, place.city().toUpper());
    if (const QString state = place.usState(); !state.isEmpty())
        address.insert(u"stateProvince"_s, state);
    if (!place.countryCode().isEmpty()) {
        address.insert(u"countryCode"_s, place.countryCode());
        address.insert(u"country"_s, place.countryCode());
    }
    const ActivityStatus status = statusOf(event);
    QJsonObject statusObject { { u"type"_s, status.type }, { u"code"_s, status.code },
        { u"description"_s, event.carrierText } };
    if (!status.statusCode.isEmpty())
        statusObject.insert(u"statusCode"_s, status.statusCode);
    const QDateTime gmt = event.occurredAt.toUTC();
    return { { u"location"_s, QJsonObject { { u"address"_s, address } } }, { u"status"_s, statusObject },
        { u"date"_s, date(event.occurredAt) }, { u"time"_s, time(event.occurredAt) }, { u"gmtDate"_s, date(gmt) },
        { u"gmtOffset"_s, SandboxFormat::offset(event.occurredAt.offsetFromUtc(), true) },
        // As in UPS's own example ("74700"): the GMT time is written as a number, without leading zeros.
        { u"gmtTime"_s, QString::number(time(gmt).toInt()) } };
}

QJsonObject currentStatus(const TrackingEvent &event)
{
    const ActivityStatus status = statusOf(event);
    QJsonObject current { { u"description"_s, event.carrierText.trimmed() },
        { u"simplifiedTextDescription"_s, status.simplified } };
    if (!status.statusCode.isEmpty()) {
        current.insert(u"code"_s, status.statusCode);
        current.insert(u"statusCode"_s, status.statusCode);
    }
    return current;
}

QJsonArray deliveryDates(const ScanView &view)
{
    if (view.isDelivered())
        return { QJsonObject { { u"type"_s, u"DEL"_s }, { u"date"_s, date(view.latest().event.occurredAt) } } };
    QJsonArray dates;
    if (view.firstEstimate().isValid())
        dates.append(
            QJsonObject { { u"type"_s, u"SDD"_s }, { u"date"_s, view.firstEstimate().toString(u"yyyyMMdd"_s) } });
    if (view.latestEstimate().isValid() && view.latestEstimate() != view.firstEstimate())
        dates.append(
            QJsonObject { { u"type"_s, u"RDD"_s }, { u"date"_s, view.latestEstimate().toString(u"yyyyMMdd"_s) } });
    return dates;
}

// UPS's service codes for the simulator's UPS products.
QJsonObject service(const QString &name)
{
    const QString code = name == u"Standard" ? u"011"_s : name == u"Express Saver" ? u"065"_s : u"007"_s;
    const QString description = name == u"Standard" ? u"UPS Standard"_s : u"UPS Worldwide "_s + name;
    return { { u"code"_s, code }, { u"levelCode"_s, code }, { u"description"_s, description } };
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

QByteArray UpsSandboxRenderer::details(const ScanView &view, const QString &inquiryNumber)
{
    QJsonArray activities;
    for (const SimulatedScan &scan : view.newestFirst())
        activities.append(activity(scan.event));
    QJsonObject package { { u"trackingNumber"_s, view.shipment().trackingNumber }, { u"activity"_s, activities },
        { u"currentStatus"_s, currentStatus(view.latest().event) }, { u"service"_s, service(view.shipment().service) },
        { u"packageCount"_s, 1 } };
    if (const QJsonArray dates = deliveryDates(view); !dates.isEmpty())
        package.insert(u"deliveryDate"_s, dates);
    if (view.isDelivered())
        package.insert(u"deliveryTime"_s,
            QJsonObject { { u"type"_s, u"DEL"_s }, { u"endTime"_s, time(view.latest().event.occurredAt) } });
    const QJsonObject shipment { { u"inquiryNumber"_s, inquiryNumber }, { u"package"_s, QJsonArray { package } } };
    return compact({ { u"trackResponse"_s, QJsonObject { { u"shipment"_s, QJsonArray { shipment } } } } });
}

QByteArray UpsSandboxRenderer::notFound()
{
    const QJsonObject warning { { u"code"_s, u"TW0001"_s }, { u"message"_s, u"Tracking Information Not Found"_s } };
    const QJsonObject shipment { { u"warnings"_s, QJsonArray { warning } } };
    return compact({ { u"trackResponse"_s, QJsonObject { { u"shipment"_s, QJsonArray { shipment } } } } });
}

QByteArray UpsSandboxRenderer::errors(const QString &code, const QString &message)
{
    const QJsonObject error { { u"code"_s, code }, { u"message"_s, message } };
    return compact({ { u"response"_s, QJsonObject { { u"errors"_s, QJsonArray { error } } } } });
}

QByteArray UpsSandboxRenderer::token(
    const QString &accessToken, int expiresInSecs, const QString &clientId, qint64 issuedAtMs)
{
    return compact({ { u"token_type"_s, u"Bearer"_s }, { u"issued_at"_s, QString::number(issuedAtMs) },
        { u"client_id"_s, clientId }, { u"access_token"_s, accessToken },
        { u"expires_in"_s, QString::number(expiresInSecs) }, { u"status"_s, u"approved"_s } });
}
