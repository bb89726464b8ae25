#include "fedexsandboxrenderer.h"

#include "sandboxformat.h"
#include "sandboxplace.h"
#include "scanview.h"
#include "sim/simrandom.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {

// FedEx's derived status for an event type, as the samples pair them.
struct Derived {
    const char16_t *eventType;
    const char16_t *code;
    const char16_t *text;
};
constexpr Derived derivedStatuses[] = {
    { u"OC", u"IN", u"Label created" },
    { u"PU", u"PU", u"Picked up" },
    { u"DL", u"DL", u"Delivered" },
    { u"DE", u"DE", u"Delivery exception" },
    { u"SE", u"SE", u"Shipment exception" },
    { u"DY", u"DY", u"Delay" },
    { u"RS", u"RS", u"Return to shipper" },
};

// FedEx's published exception codes for the exception wordings the simulator uses.
struct ExceptionCode {
    const char16_t *description;
    const char16_t *code;
};
constexpr ExceptionCode exceptionCodes[] = {
    { u"Incorrect address", u"03" },
    { u"Refused by recipient", u"07" },
    { u"Customer not available or business closed", u"08" },
    { u"Package delayed", u"A52" },
};

Derived derivedOf(const QString &eventType)
{
    for (const Derived &row : derivedStatuses) {
        if (eventType == QStringView(row.eventType))
            return row;
    }
    return { nullptr, u"IT", u"In transit" };
}

QString exceptionCodeOf(const QString &description)
{
    for (const ExceptionCode &row : exceptionCodes) {
        if (description == QStringView(row.description))
            return QString::fromUtf16(row.code);
    }
    return {};
}

QString locationTypeOf(const TrackingEvent &event)
{
    switch (event.subStatus) {
    case SubStatus::InfoReceived:
        return u"CUSTOMER"_s;
    case SubStatus::PickedUp:
        return u"PICKUP_LOCATION"_s;
    case SubStatus::OutForDelivery:
        return u"VEHICLE"_s;
    default:
        break;
    }
    return Taxonomy::statusOf(event.subStatus) == Status::Delivered ? u"DELIVERY_LOCATION"_s : u"FEDEX_FACILITY"_s;
}

QJsonObject address(const QString &location)
{
    const SandboxPlace place(location);
    if (place.isEmpty())
        return { { u"residential"_s, false } };
    QJsonObject address { { u"city"_s, place.city().toUpper() }, { u"countryCode"_s, place.countryCode() },
        { u"countryName"_s, place.countryName() }, { u"residential"_s, false } };
    if (const QString state = place.usState(); !state.isEmpty())
        address.insert(u"stateOrProvinceCode"_s, state);
    return address;
}

QJsonObject scanEvent(const TrackingEvent &event)
{
    // The simulator writes FedEx's two texts as the tracking page shows them: "event: exception".
    const qsizetype colon = event.carrierText.indexOf(u": "_s);
    const QString description = colon < 0 ? event.carrierText : event.carrierText.left(colon);
    const QString exception = colon < 0 ? QString() : event.carrierText.mid(colon + 2);
    const Derived derived = derivedOf(event.carrierCode);
    QJsonObject location = address(event.location);
    if (!event.location.isEmpty())
        location.insert(u"streetLines"_s, QJsonArray { QString() });
    return { { u"date"_s, SandboxFormat::isoWithOffset(event.occurredAt) }, { u"eventType"_s, event.carrierCode },
        { u"eventDescription"_s, description }, { u"exceptionCode"_s, exceptionCodeOf(exception) },
        { u"exceptionDescription"_s, exception }, { u"scanLocation"_s, location },
        { u"locationType"_s, locationTypeOf(event) }, { u"derivedStatusCode"_s, QString::fromUtf16(derived.code) },
        { u"derivedStatus"_s, QString::fromUtf16(derived.text) } };
}

QJsonObject dateAndTime(const QString &type, const QString &dateTime)
{
    return { { u"type"_s, type }, { u"dateTime"_s, dateTime } };
}

// The end of a day in the destination, with the offset of the newest scan there.
QString endOfDay(const QDate &day, const ScanView &view)
{
    const QDateTime local(day, QTime(23, 59, 59), Qt::OffsetFromUTC, view.latest().event.occurredAt.offsetFromUtc());
    return SandboxFormat::isoWithOffset(local);
}

QJsonArray datesOf(const ScanView &view)
{
    QJsonArray dates;
    for (const SimulatedScan &scan : view.scans()) {
        if (scan.event.subStatus == SubStatus::PickedUp) {
            dates.append(dateAndTime(u"ACTUAL_PICKUP"_s, SandboxFormat::isoWithOffset(scan.event.occurredAt)));
            break;
        }
    }
    const QDateTime shipDay(view.shipment().shipDate, QTime(0, 0), Qt::OffsetFromUTC,
        view.scans().constFirst().event.occurredAt.offsetFromUtc());
    dates.append(dateAndTime(u"SHIP"_s, SandboxFormat::isoWithOffset(shipDay)));
    if (view.isDelivered())
        dates.append(dateAndTime(u"ACTUAL_DELIVERY"_s, SandboxFormat::isoWithOffset(view.latest().event.occurredAt)));
    else if (view.latestEstimate().isValid())
        dates.append(dateAndTime(u"ESTIMATED_DELIVERY"_s, endOfDay(view.latestEstimate(), view)));
    return dates;
}

// FedEx's service types for the simulator's FedEx products.
QJsonObject serviceDetail(const QString &service)
{
    struct Row {
        const char16_t *name;
        const char16_t *type;
        const char16_t *shortName;
    };
    static constexpr Row rows[] = {
        { u"International Priority", u"FEDEX_INTERNATIONAL_PRIORITY", u"IP" },
        { u"International Economy", u"INTERNATIONAL_ECONOMY", u"IE" },
        { u"Regional Economy", u"FEDEX_REGIONAL_ECONOMY", u"RE" },
        { u"Priority", u"FEDEX_PRIORITY", u"PR" },
    };
    for (const Row &row : rows) {
        if (service == QStringView(row.name))
            return { { u"type"_s, QString::fromUtf16(row.type) }, { u"description"_s, u"FedEx "_s + service },
                { u"shortDescription"_s, QString::fromUtf16(row.shortName) } };
    }
    return { { u"description"_s, u"FedEx "_s + service } };
}

// FedEx names who signed ("D.HERRERA" in the sample); the simulator knows no recipient, so a name
// is made from the tracking number.
QString signerOf(const QString &number)
{
    static const QStringList surnames { u"MUELLER"_s, u"SCHMIDT"_s, u"ROSSI"_s, u"DUBOIS"_s, u"SMITH"_s, u"JANSEN"_s,
        u"NOWAK"_s, u"GARCIA"_s };
    const quint64 hash = SimRandom::hash(number);
    return QChar(u'A' + int(hash % 26)) + u'.' + surnames.at(qsizetype((hash >> 8) % quint64(surnames.size())));
}

QJsonObject deliveryDetails(const QString &number, const ScanView &view)
{
    qsizetype attempts = 0;
    for (const SimulatedScan &scan : view.scans())
        attempts += Taxonomy::statusOf(scan.event.subStatus) == Status::AttemptFail ? 1 : 0;
    QJsonObject details { { u"deliveryAttempts"_s, QString::number(attempts) } };
    if (view.shipment().subStatus == SubStatus::DeliveredSigned)
        details.insert(u"receivedByName"_s, signerOf(number));
    return details;
}

QJsonObject trackResult(const QString &number, const ScanView &view)
{
    QJsonArray scans;
    for (const SimulatedScan &scan : view.newestFirst())
        scans.append(scanEvent(scan.event));
    const TrackingEvent &latest = view.latest().event;
    const Derived derived = derivedOf(latest.carrierCode);
    const QJsonObject latestStatus { { u"code"_s, latest.carrierCode },
        { u"derivedCode"_s, QString::fromUtf16(derived.code) },
        { u"statusByLocale"_s, QString::fromUtf16(derived.text) },
        { u"description"_s, scanEvent(latest).value(u"eventDescription"_s) },
        { u"scanLocation"_s, address(latest.location) } };
    QJsonObject result {
        { u"trackingNumberInfo"_s,
            QJsonObject { { u"trackingNumber"_s, number },
                { u"trackingNumberUniqueId"_s, u"12026~"_s + number + u"~FX"_s }, { u"carrierCode"_s, u"FDXE"_s } } },
        { u"additionalTrackingInfo"_s,
            QJsonObject { { u"nickname"_s, QString() }, { u"hasAssociatedShipments"_s, false } } },
        { u"recipientInformation"_s, QJsonObject { { u"address"_s, address(view.destination()) } } },
        { u"latestStatusDetail"_s, latestStatus },
        { u"dateAndTimes"_s, datesOf(view) },
        { u"packageDetails"_s, QJsonObject { { u"sequenceNumber"_s, u"1"_s }, { u"count"_s, u"1"_s } } },
        { u"scanEvents"_s, scans },
        { u"deliveryDetails"_s, deliveryDetails(number, view) },
        { u"serviceDetail"_s, serviceDetail(view.shipment().service) },
        { u"estimatedDeliveryTimeWindow"_s, QJsonObject { { u"window"_s, QJsonObject {} } } },
    };
    if (view.firstEstimate().isValid())
        result.insert(u"standardTransitTimeWindow"_s,
            QJsonObject { { u"window"_s, QJsonObject { { u"ends"_s, endOfDay(view.firstEstimate(), view) } } } });
    return result;
}

QJsonObject notFoundResult(const QString &number)
{
    return { { u"trackingNumberInfo"_s,
                 QJsonObject { { u"trackingNumber"_s, number }, { u"trackingNumberUniqueId"_s, QString() },
                     { u"carrierCode"_s, QString() } } },
        { u"error"_s,
            QJsonObject { { u"code"_s, u"TRACKING.TRACKINGNUMBER.NOTFOUND"_s },
                { u"message"_s,
                    u"Tracking number cannot be found. Please correct the tracking "
                    "number and try again."_s } } } };
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

QByteArray FedexSandboxRenderer::track(const QList<Result> &results, const QString &transactionId)
{
    QJsonArray complete;
    for (const Result &r : results) {
        const bool known = r.view && !r.view->isEmpty();
        complete.append(QJsonObject { { u"trackingNumber"_s, r.trackingNumber },
            { u"trackResults"_s,
                QJsonArray { known ? trackResult(r.trackingNumber, *r.view) : notFoundResult(r.trackingNumber) } } });
    }
    return compact({ { u"transactionId"_s, transactionId },
        { u"output"_s, QJsonObject { { u"completeTrackResults"_s, complete } } } });
}

QByteArray FedexSandboxRenderer::errors(const QString &transactionId, const QString &code, const QString &message)
{
    const QJsonObject error { { u"code"_s, code }, { u"message"_s, message } };
    return compact({ { u"transactionId"_s, transactionId }, { u"errors"_s, QJsonArray { error } } });
}

QByteArray FedexSandboxRenderer::token(const QString &accessToken, int expiresInSecs)
{
    return compact({ { u"access_token"_s, accessToken }, { u"token_type"_s, u"bearer"_s },
        { u"expires_in"_s, expiresInSecs }, { u"scope"_s, u"CXS"_s } });
}
