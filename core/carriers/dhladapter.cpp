#include "dhladapter.h"

#include <QCoreApplication>

#include "carriertime.h"
#include "eventtextclassifier.h"
#include "jsonpath.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace {

// Which sub-statuses each of DHL's coarse status codes can mean, and what it means alone.
struct CodeFamily {
    SubStatus fallback;
    bool (*allows)(SubStatus);
};

bool allowsPreTransit(SubStatus s) { return s == SubStatus::InfoReceived; }
bool allowsTransit(SubStatus s)
{
    const Status status = Taxonomy::statusOf(s);
    return status != Status::Delivered && status != Status::Pending && s != SubStatus::ReturnedToSender
        && s != SubStatus::Lost;
}
bool allowsDelivered(SubStatus s) { return Taxonomy::statusOf(s) == Status::Delivered || s == SubStatus::ReturnedToSender; }
bool allowsFailure(SubStatus s)
{
    const Status status = Taxonomy::statusOf(s);
    return status == Status::AttemptFail || status == Status::Exception;
}
bool allowsAnything(SubStatus) { return true; }

std::optional<CodeFamily> familyOf(const QString &statusCode)
{
    if (statusCode == u"pre-transit"_s)
        return CodeFamily{SubStatus::InfoReceived, allowsPreTransit};
    if (statusCode == u"transit"_s)
        return CodeFamily{SubStatus::InTransit, allowsTransit};
    if (statusCode == u"delivered"_s)
        return CodeFamily{SubStatus::Delivered, allowsDelivered};
    if (statusCode == u"failure"_s)
        return CodeFamily{SubStatus::ExceptionOther, allowsFailure};
    if (statusCode == u"unknown"_s)
        return CodeFamily{SubStatus::ExceptionOther, allowsAnything};
    return std::nullopt;
}

QString locationOf(const QJsonValue &event)
{
    const QString locality = JsonPath::text(event, u"location.address.addressLocality");
    const QString country = JsonPath::text(event, u"location.address.countryCode");
    if (locality.isEmpty())
        return country;
    return country.isEmpty() ? locality : locality + u", "_s + country;
}

} // namespace

QString DhlAdapter::key() const { return u"dhl"_s; }
QString DhlAdapter::displayName() const { return u"DHL"_s; }

CarrierLimits DhlAdapter::defaultLimits() const
{
    // The Unified API's standard plan: 250 calls a day, at most one call every 5 seconds. A little
    // under one in 5 s, so timer jitter never lands two calls inside one 5-second window.
    return {0.19, 1, 1, 1, 250};
}

QUrl DhlAdapter::defaultBaseUrl() const { return QUrl(u"https://api-eu.dhl.com"_s); }

QList<CarrierRequest> DhlAdapter::trackRequests(const QStringList &trackingNumbers, const CarrierAccount &account,
                                                const QString &) const
{
    QList<CarrierRequest> requests;
    for (const QString &number : trackingNumbers) {
        CarrierRequest request;
        request.url = account.baseUrl;
        request.url.setPath(endpointPath(account.baseUrl, u"/track/shipments"_s));
        QUrlQuery query;
        query.addQueryItem(u"trackingNumber"_s, number);
        request.url.setQuery(query);
        request.headers = {{"DHL-API-Key", account.apiKey.toUtf8()}, {"Accept", "application/json"}};
        request.trackingNumbers = {number};
        requests.append(request);
    }
    return requests;
}

TrackingResult DhlAdapter::parseTrackResponse(const QByteArray &body, int httpStatus, const QStringList &requested) const
{
    TrackingResult result;
    if (httpStatus != 200) {
        result.errors.append(errorFromProblem(httpStatus, body, requested));
        return result;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        result.errors.append({CarrierError::Kind::Malformed, key(), requested.value(0),
                              QCoreApplication::translate("DhlAdapter", "DHL's answer is not valid JSON: %1 at byte %2").arg(parseError.errorString()).arg(parseError.offset)});
        return result;
    }
    const QJsonValue shipments = document.object().value(u"shipments");
    if (!shipments.isArray()) {
        result.errors.append({CarrierError::Kind::Malformed, key(), requested.value(0),
                              QCoreApplication::translate("DhlAdapter", "DHL's answer has no \"shipments\" array")});
        return result;
    }
    const QJsonArray list = shipments.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (!list[i].isObject()) {
            result.errors.append({CarrierError::Kind::Malformed, key(), requested.value(0),
                                  QCoreApplication::translate("DhlAdapter", "DHL's shipments[%1] is not an object").arg(i)});
            continue;
        }
        TrackedShipment shipment = readShipment(list[i].toObject(), result.errors);
        if (!shipment.trackingNumber.isEmpty())
            result.shipments.append(shipment);
        else
            result.errors.append({CarrierError::Kind::Malformed, key(), requested.value(0),
                                  QCoreApplication::translate("DhlAdapter", "DHL's shipments[%1] has no \"id\"").arg(i)});
    }
    for (const QString &number : requested) {
        const bool answered = std::any_of(result.shipments.cbegin(), result.shipments.cend(),
                                          [&](const TrackedShipment &s) { return s.trackingNumber == number; });
        const bool explained = std::any_of(result.errors.cbegin(), result.errors.cend(),
                                           [&](const CarrierError &e) { return e.trackingNumber == number; });
        if (!answered && !explained)
            result.errors.append({CarrierError::Kind::NotFound, key(), number, QCoreApplication::translate("DhlAdapter", "DHL did not return tracking number %1").arg(number)});
    }
    return result;
}

TrackedShipment DhlAdapter::readShipment(const QJsonObject &shipment, QList<CarrierError> &errors) const
{
    TrackedShipment tracked;
    tracked.trackingNumber = JsonPath::text(shipment, u"id");
    tracked.service = JsonPath::text(shipment, u"details.product.productName");
    if (tracked.service.isEmpty())
        tracked.service = JsonPath::text(shipment, u"service");
    const QDateTime estimate = CarrierTime::parseIso(JsonPath::text(shipment, u"estimatedTimeOfDelivery"),
                                                     JsonPath::text(shipment, u"destination.address.countryCode"));
    tracked.carrierEstimate = estimate.date();

    const QJsonArray events = shipment.value(u"events").toArray();
    for (qsizetype i = 0; i < events.size(); ++i) {
        if (const auto event = readEvent(events[i].toObject(), tracked.trackingNumber, int(i), errors))
            tracked.events.append(*event);
    }
    // The status block is the newest event; some answers carry it without an events list.
    const QJsonObject status = shipment.value(u"status").toObject();
    if (!status.isEmpty()) {
        if (const auto current = readEvent(status, tracked.trackingNumber, -1, errors)) {
            const bool known = std::any_of(tracked.events.cbegin(), tracked.events.cend(), [&](const TrackingEvent &e) {
                return e.occurredAt == current->occurredAt && e.carrierCode == current->carrierCode;
            });
            if (!known)
                tracked.events.append(*current);
        }
    }
    tracked.settle();
    return tracked;
}

std::optional<TrackingEvent> DhlAdapter::readEvent(const QJsonObject &event, const QString &trackingNumber, int index,
                                                   QList<CarrierError> &errors) const
{
    const QString where = index < 0 ? u"status"_s : u"events[%1]"_s.arg(index);
    QString assumedZone;
    const QString timestamp = JsonPath::text(event, u"timestamp");
    TrackingEvent out;
    out.occurredAt = CarrierTime::parseIso(timestamp, JsonPath::text(event, u"location.address.countryCode"), &assumedZone);
    if (!out.occurredAt.isValid()) {
        errors.append({CarrierError::Kind::Malformed, key(), trackingNumber,
                       QCoreApplication::translate("DhlAdapter", "DHL %1 of %2 has an unreadable timestamp \"%3\"; that event was skipped")
                           .arg(where, trackingNumber, timestamp.left(40))});
        return std::nullopt;
    }
    out.location = locationOf(event);
    out.carrierCode = JsonPath::text(event, u"statusCode");
    // The description is the event's own words; "status" is a short label, "remark" an addition.
    const QString description = JsonPath::text(event, u"description");
    const QString remark = JsonPath::text(event, u"remark");
    out.carrierText = remark.isEmpty() || remark == description ? description : description + u" — "_s + remark;
    const QString words = description + u' ' + JsonPath::text(event, u"status") + u' ' + remark;

    const auto family = familyOf(out.carrierCode);
    const auto reading = EventTextClassifier::classify(words);
    if (!family) {
        out.mapped = false;
        out.subStatus = reading ? reading->subStatus : SubStatus::ExceptionOther;
        out.evidence = QCoreApplication::translate("DhlAdapter", "unknown DHL statusCode \"%1\"").arg(out.carrierCode)
            + (reading ? u"; "_s + reading->evidence : QString());
    } else if (reading && family->allows(reading->subStatus)) {
        out.subStatus = reading->subStatus;
        out.evidence = QCoreApplication::translate("DhlAdapter", "statusCode \"%1\" and %2").arg(out.carrierCode, reading->evidence);
    } else {
        out.subStatus = family->fallback;
        out.evidence = QCoreApplication::translate("DhlAdapter", "statusCode \"%1\"").arg(out.carrierCode)
            + (reading ? QCoreApplication::translate("DhlAdapter", "; %1 do not fit it").arg(reading->evidence) : QCoreApplication::translate("DhlAdapter", "; text not recognised"));
    }
    if (!assumedZone.isEmpty())
        out.evidence += u"; "_s + assumedZone;
    return out;
}

CarrierError DhlAdapter::errorFromProblem(int httpStatus, const QByteArray &body, const QStringList &requested) const
{
    // DHL answers errors as RFC 7807 problem details: {"title": ..., "status": ..., "detail": ...}.
    CarrierError error = httpError(httpStatus, {});
    error.trackingNumber = requested.value(0);
    const QJsonObject problem = QJsonDocument::fromJson(body).object();
    const QString detail = JsonPath::text(problem, u"detail");
    const QString title = JsonPath::text(problem, u"title");
    if (!detail.isEmpty() || !title.isEmpty())
        error.message += u": "_s + (detail.isEmpty() ? title : detail);
    if (httpStatus == 404) {
        error.message = (error.trackingNumber.isEmpty() ? QCoreApplication::translate("DhlAdapter", "DHL does not know this tracking number")
                                                        : QCoreApplication::translate("DhlAdapter", "DHL does not know tracking number %1").arg(error.trackingNumber))
            + (detail.isEmpty() ? QString() : u" (\""_s + detail + u"\")"_s);
    }
    return error;
}
