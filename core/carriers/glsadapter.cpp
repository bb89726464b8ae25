#include "glsadapter.h"

#include <QCoreApplication>

#include "carriertime.h"
#include "eventtextclassifier.h"
#include "jsonpath.h"
#include "wordingpatterns.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

// "a maximum limit of 10 parcel IDs per request" (Track And Trace V1, getEventsByParcelNumber).
constexpr int maxIdsPerRequest = 10;
// GLS issues tokens "valid for up to four hours"; when an answer omits expires_in, assume one hour.
constexpr int assumedTokenLifetimeSecs = 3600;

bool isStatus(SubStatus s, Status status) { return Taxonomy::statusOf(s) == status; }

bool allowsInfo(SubStatus s) { return s == SubStatus::InfoReceived; }
bool allowsInfoOrPickedUp(SubStatus s) { return s == SubStatus::InfoReceived || s == SubStatus::PickedUp; }
bool allowsPickedUp(SubStatus s) { return s == SubStatus::PickedUp; }
// On the way or held on the way; delivery, a completed return and loss need other codes.
bool allowsTransit(SubStatus s)
{
    return isStatus(s, Status::InTransit)
        || (isStatus(s, Status::Exception) && s != SubStatus::ReturnedToSender && s != SubStatus::Lost);
}
bool allowsInDelivery(SubStatus s)
{
    return s == SubStatus::OutForDelivery || s == SubStatus::WeatherDelay || s == SubStatus::CarrierDelay;
}
bool allowsNotDelivered(SubStatus s) { return isStatus(s, Status::AttemptFail) || isStatus(s, Status::Exception); }
// GLS says NOTDELIVERED for every kind of non-delivery, so generic words such as "could not be
// delivered" do not prove an attempt; only GLS's wording for an absent consignee does (phrases below).
bool wordsFitNotDelivered(SubStatus s) { return s != SubStatus::FailedAttempt && allowsNotDelivered(s); }
bool allowsDelivered(SubStatus s) { return isStatus(s, Status::Delivered) || s == SubStatus::ReturnedToSender; }
bool allowsParcelShop(SubStatus s)
{
    return isStatus(s, Status::AvailableForPickup) || s == SubStatus::CollectedFromPickupPoint;
}
bool allowsException(SubStatus s) { return isStatus(s, Status::Exception); }
bool allowsRedirect(SubStatus s) { return isStatus(s, Status::InTransit); }

// What one GLS code can mean, and what it means when its words say nothing more.
struct Family {
    const char16_t *name;
    SubStatus fallback;
    bool (*allows)(SubStatus);            // for GLS's own wordings (phrases) and the parcel status
    bool (*wordsFit)(SubStatus) = nullptr; // for the generic classifier; `allows` when null
};

// The parcel statuses of GLS's Track and Trace reference, which also appear as event codes.
const Family planned{u"pick-up planned", SubStatus::InfoReceived, allowsInfo};
const Family preAdvice{u"pre-advice: data without parcel", SubStatus::InfoReceived, allowsInfo};
const Family initial{u"initial event", SubStatus::InfoReceived, allowsInfoOrPickedUp};
const Family handedOver{u"handed over to GLS", SubStatus::PickedUp, allowsPickedUp};
const Family inTransit{u"on its way to the final depot", SubStatus::InTransit, allowsTransit};
const Family inWarehouse{u"in a GLS warehouse", SubStatus::ArrivedAtHub, allowsTransit};
const Family inDelivery{u"in delivery by a driver", SubStatus::OutForDelivery, allowsInDelivery};
const Family notDelivered{u"not delivered", SubStatus::ExceptionOther, allowsNotDelivered, wordsFitNotDelivered};
const Family delivered{u"delivered", SubStatus::Delivered, allowsDelivered};
const Family parcelShop{u"delivered to a ParcelShop", SubStatus::AvailableForPickup, allowsParcelShop};
const Family cancelled{u"parcel cancelled", SubStatus::ExceptionOther, allowsException};
const Family notPickedUp{u"not picked up from the sender", SubStatus::ExceptionOther, allowsException};
const Family changed{u"delivery changed", SubStatus::Redirected, allowsRedirect};
const Family closed{u"history closed", SubStatus::Delivered, Taxonomy::isFinal};

const Family *familyOf(const QString &code)
{
    static const QHash<QString, const Family *> exact{
        {u"PLANNEDPICKUP"_s, &planned},      {u"INPICKUP"_s, &planned},          {u"PREADVICE"_s, &preAdvice},
        {u"INTIAL.PREADVICE"_s, &preAdvice}, {u"INTIAL.E48_DATA"_s, &preAdvice}, {u"INTIAL.NORMAL"_s, &handedOver},
        {u"INTRANSIT"_s, &inTransit},        {u"INWAREHOUSE"_s, &inWarehouse},   {u"INDELIVERY"_s, &inDelivery},
        {u"NOTDELIVERED"_s, &notDelivered},  {u"DELIVERED"_s, &delivered},      {u"DELIVEREDPS"_s, &parcelShop},
        {u"DELIVD.PARCELSHOP"_s, &parcelShop}, {u"CANCELED"_s, &cancelled},     {u"CANCEL.NORMAL"_s, &cancelled},
        {u"NOTPICKEDUP"_s, &notPickedUp},    {u"FINAL"_s, &closed},
    };
    // Dotted event codes name their family first (GLS spells INITIAL "INTIAL").
    static const QHash<QString, const Family *> prefixes{
        {u"INTIAL"_s, &initial}, {u"DELIVD"_s, &delivered}, {u"CANCEL"_s, &cancelled}, {u"CHANGD"_s, &changed}};
    const QString upper = code.trimmed().toUpper();
    if (const auto it = exact.constFind(upper); it != exact.cend())
        return it.value();
    const qsizetype dot = upper.indexOf(u'.');
    return dot > 0 ? prefixes.value(upper.left(dot)) : nullptr;
}

// GLS's own wordings (English and German) that the generic classifier does not know or would
// read otherwise; each applies only under its code.
struct Phrase {
    const Family *family;
    SubStatus subStatus;
    const char16_t *pattern;
};

const Phrase phrases[] = {
    {&notDelivered, SubStatus::FailedAttempt, uR"(absent|not at home|not (been )?present|nicht angetroffen|abwesend)"},
    // DepositService: left at a place the consignee agreed to, like a mailbox.
    {&delivered, SubStatus::DeliveredToParcelLocker, uR"(deposited|abgestellt|abgelegt)"},
    {&delivered, SubStatus::CollectedFromPickupPoint, uR"((picked up|collected) by the consignee|im paketshop abgeholt)"},
    {&parcelShop, SubStatus::PickupFinalNotice, uR"(returned to the (shipper|sender) if not|still waiting|noch nicht abgeholt)"},
    {&inWarehouse, SubStatus::CarrierDelay, uR"(capacity|kapazität|next working day|nächsten werktag)"},
};

const std::vector<CompiledWording<Phrase>> &compiledPhrases()
{
    static const std::vector<CompiledWording<Phrase>> compiled = compileWordings(phrases);
    return compiled;
}

struct Reading {
    SubStatus subStatus;
    bool mapped;
    QString evidence;
};

std::optional<Reading> byPhrase(const Family &family, const QString &codeName, const QString &text)
{
    for (const CompiledWording<Phrase> &compiled : compiledPhrases()) {
        if (compiled.rule->family != &family)
            continue;
        const QRegularExpressionMatch match = compiled.expression.match(QStringView(text));
        if (match.hasMatch())
            return Reading{compiled.rule->subStatus, true,
                           QCoreApplication::translate("GlsAdapter", "%1 and GLS wording \"%2\"").arg(codeName, match.captured(0))};
    }
    return std::nullopt;
}

Reading interpret(const QString &code, const QString &text)
{
    const Family *family = familyOf(code);
    const auto words = EventTextClassifier::classify(text);
    if (!family) {
        return {words ? words->subStatus : SubStatus::ExceptionOther, false,
                QCoreApplication::translate("GlsAdapter", "unknown GLS code \"%1\"").arg(code)
                    + (words ? u"; "_s + words->evidence : QCoreApplication::translate("GlsAdapter", "; text not recognised"))};
    }
    const QString codeName = QCoreApplication::translate("GlsAdapter", "GLS code \"%1\" (%2)").arg(code, QString::fromUtf16(family->name));
    if (const auto phrase = byPhrase(*family, codeName, text))
        return *phrase;
    const auto wordsFit = family->wordsFit ? family->wordsFit : family->allows;
    if (words && wordsFit(words->subStatus))
        return {words->subStatus, true, codeName + QCoreApplication::translate("GlsAdapter", " and ") + words->evidence};
    return {family->fallback, true,
            codeName + (words ? QCoreApplication::translate("GlsAdapter", "; %1 do not fit it").arg(words->evidence) : QString())};
}

QString locationOf(const QJsonObject &event)
{
    const QString place = (JsonPath::text(event, u"postalCode") + u' ' + JsonPath::text(event, u"city")).trimmed();
    const QString country = JsonPath::text(event, u"country");
    if (place.isEmpty())
        return country;
    return country.isEmpty() ? place : place + u", "_s + country;
}

QString single(const QStringList &requested) { return requested.size() == 1 ? requested.first() : QString(); }

QString pathSegment(const QString &text) { return QString::fromLatin1(QUrl::toPercentEncoding(text.trimmed())); }

} // namespace

QString GlsAdapter::key() const { return u"gls"_s; }
QString GlsAdapter::displayName() const { return u"GLS"_s; }

CarrierLimits GlsAdapter::defaultLimits() const
{
    // Track And Trace V1 reference (1.0.7): "By default, clients are limited to 500 requests per
    // day", 10 parcel ids a request. No per-second limit is documented; one at a time is ours.
    return {1, 1, 1, maxIdsPerRequest, 500};
}

QUrl GlsAdapter::defaultBaseUrl() const { return QUrl(u"https://api.gls-group.net/track-and-trace-v1"_s); }

std::optional<CarrierRequest> GlsAdapter::tokenRequest(const CarrierAccount &account) const
{
    // An apiKey, when set, is a token issued beforehand and wins (the sandbox signs in that way too).
    if (!account.apiKey.isEmpty() || account.clientId.isEmpty())
        return std::nullopt;
    QUrl url = account.baseUrl;
    // The token service sits beside the tracking API: .../track-and-trace-v1 -> .../oauth2/v2/token.
    QString path = url.path(QUrl::FullyEncoded);
    const QString apiSegment = u"/track-and-trace-v1"_s;
    if (path.endsWith(apiSegment))
        path.chop(apiSegment.size());
    url.setPath(path + u"/oauth2/v2/token"_s, QUrl::TolerantMode);
    return basicAuthTokenRequest(url, account);
}

std::optional<CarrierAdapter::Token> GlsAdapter::parseTokenResponse(const QByteArray &body, int httpStatus,
                                                                    CarrierError *error) const
{
    // FaultResponse {"errors": [{"message": "Invalid client identifier"}]}.
    return readOAuthToken(body, httpStatus, error, {{u"errors.0.message"_s}, assumedTokenLifetimeSecs});
}

QList<CarrierRequest> GlsAdapter::trackRequests(const QStringList &trackingNumbers, const CarrierAccount &account,
                                                const QString &accessToken) const
{
    const QByteArray token = (accessToken.isEmpty() ? account.apiKey : accessToken).toUtf8();
    QList<CarrierRequest> requests;
    for (qsizetype i = 0; i < trackingNumbers.size(); i += maxIdsPerRequest) {
        CarrierRequest request;
        request.trackingNumbers = trackingNumbers.mid(i, maxIdsPerRequest);
        QStringList ids;
        for (const QString &number : std::as_const(request.trackingNumbers))
            ids.append(pathSegment(number));
        request.url = account.baseUrl;
        request.url.setPath(request.url.path(QUrl::FullyEncoded) + u"/tracking/simple/trackids/"_s + ids.join(u','),
                            QUrl::TolerantMode);
        // English descriptions: the classifier reads German too, but English is GLS's default.
        request.headers = {{"Authorization", "Bearer " + token}, {"Accept", "application/json"}, {"Accept-Language", "EN"}};
        requests.append(request);
    }
    return requests;
}

TrackingResult GlsAdapter::parseTrackResponse(const QByteArray &body, int httpStatus, const QStringList &requested) const
{
    TrackingResult result;
    if (httpStatus != 200) {
        result.errors.append(errorFromBody(httpStatus, body, requested));
        return result;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        result.errors.append({CarrierError::Kind::Malformed, key(), single(requested),
                              QCoreApplication::translate("GlsAdapter", "GLS's answer is not valid JSON: %1 at byte %2")
                                  .arg(parseError.errorString())
                                  .arg(parseError.offset)});
        return result;
    }
    const QJsonValue parcels = document.object().value(u"parcels");
    if (!parcels.isArray()) {
        result.errors.append({CarrierError::Kind::Malformed, key(), single(requested),
                              QCoreApplication::translate("GlsAdapter", "GLS's answer has no \"parcels\" array")});
        return result;
    }
    const QJsonArray list = parcels.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (list[i].isObject())
            readParcel(list[i].toObject(), int(i), requested, result);
        else
            result.errors.append({CarrierError::Kind::Malformed, key(), single(requested),
                                  QCoreApplication::translate("GlsAdapter", "GLS's parcels[%1] is not an object").arg(i)});
    }
    for (const QString &number : requested) {
        const bool answered = std::any_of(result.shipments.cbegin(), result.shipments.cend(),
                                          [&](const TrackedShipment &s) { return s.trackingNumber == number; });
        const bool explained = std::any_of(result.errors.cbegin(), result.errors.cend(),
                                           [&](const CarrierError &e) { return e.trackingNumber == number; });
        if (!answered && !explained)
            result.errors.append({CarrierError::Kind::NotFound, key(), number,
                                  QCoreApplication::translate("GlsAdapter", "GLS did not return parcel %1").arg(number)});
    }
    return result;
}

void GlsAdapter::readParcel(const QJsonObject &parcel, int index, const QStringList &requested, TrackingResult &result) const
{
    if (!JsonPath::text(parcel, u"errorCode").isEmpty()) {
        result.errors.append(errorFromParcel(parcel, index));
        return;
    }
    const QString asked = JsonPath::text(parcel, u"requested");
    const QString unitNo = JsonPath::text(parcel, u"unitno");
    TrackedShipment shipment;
    // Answer under the number that was asked for; a reference can stand for several unit numbers.
    shipment.trackingNumber = requested.contains(unitNo) || asked.isEmpty() ? unitNo : asked;
    if (shipment.trackingNumber.isEmpty()) {
        result.errors.append({CarrierError::Kind::Malformed, key(), single(requested),
                              QCoreApplication::translate("GlsAdapter", "GLS's parcels[%1] has neither \"requested\" nor \"unitno\"").arg(index)});
        return;
    }
    const QJsonValue eventList = parcel.value(u"events");
    if (!eventList.isArray() && !eventList.isUndefined() && !eventList.isNull())
        result.errors.append({CarrierError::Kind::Malformed, key(), shipment.trackingNumber,
                              QCoreApplication::translate("GlsAdapter", "GLS's parcels[%1].events is not a list").arg(index)});
    const QJsonArray events = eventList.toArray();
    for (qsizetype i = 0; i < events.size(); ++i) {
        if (const auto event = readEvent(events[i].toObject(), shipment.trackingNumber, int(i), result.errors))
            shipment.events.append(*event);
    }
    shipment.settle();
    applyParcelStatus(shipment, JsonPath::text(parcel, u"status"));
    result.shipments.append(shipment);
}

void GlsAdapter::applyParcelStatus(TrackedShipment &shipment, const QString &status) const
{
    // The parcel status is GLS's own verdict: it wins over events that contradict it (or are missing),
    // while events that fit it keep their finer reading.
    const Family *family = familyOf(status);
    if (family && !family->allows(shipment.subStatus))
        shipment.subStatus = family->fallback;
}

std::optional<TrackingEvent> GlsAdapter::readEvent(const QJsonObject &event, const QString &trackingNumber, int index,
                                                   QList<CarrierError> &errors) const
{
    const QString timestamp = JsonPath::text(event, u"eventDateTime");
    QString assumedZone;
    TrackingEvent out;
    out.occurredAt = CarrierTime::parseIso(timestamp, JsonPath::text(event, u"country"), &assumedZone);
    if (!out.occurredAt.isValid()) {
        errors.append({CarrierError::Kind::Malformed, key(), trackingNumber,
                       QCoreApplication::translate("GlsAdapter", "GLS events[%1] of %2 has an unreadable eventDateTime \"%3\"; that event was skipped")
                           .arg(index)
                           .arg(trackingNumber, timestamp.left(40))});
        return std::nullopt;
    }
    out.location = locationOf(event);
    out.carrierCode = JsonPath::text(event, u"code");
    out.carrierText = JsonPath::text(event, u"description");
    const Reading reading = interpret(out.carrierCode, out.carrierText);
    out.subStatus = reading.subStatus;
    out.mapped = reading.mapped;
    out.evidence = reading.evidence;
    if (!assumedZone.isEmpty())
        out.evidence += u"; "_s + assumedZone;
    return out;
}

CarrierError GlsAdapter::errorFromParcel(const QJsonObject &parcel, int index) const
{
    // Per-parcel errors: E_400_01 bad request, E_400_02 too many, E_400_03 wrong postal code,
    // E_404_01 not found, E_404_02 no delivery info, E_500_01 internal error.
    const QString code = JsonPath::text(parcel, u"errorCode");
    const QString message = JsonPath::text(parcel, u"errorMessage");
    const QString number = JsonPath::text(parcel, u"requested");
    CarrierError error{CarrierError::Kind::Rejected, key(), number, {}};
    if (code.startsWith(u"E_404"))
        error.kind = CarrierError::Kind::NotFound;
    else if (code.startsWith(u"E_5"))
        error.kind = CarrierError::Kind::Temporary;
    const QString who = number.isEmpty() ? QStringLiteral("parcels[%1]").arg(index) : QCoreApplication::translate("GlsAdapter", "parcel %1").arg(number);
    error.message = error.kind == CarrierError::Kind::NotFound
        ? QCoreApplication::translate("GlsAdapter", "GLS does not know %1 (%2 \"%3\")").arg(who, code, message)
        : QCoreApplication::translate("GlsAdapter", "GLS could not answer for %1 (%2 \"%3\")").arg(who, code, message);
    return error;
}

CarrierError GlsAdapter::errorFromBody(int httpStatus, const QByteArray &body, const QStringList &requested) const
{
    // The service answers problem details {"title", "detail"}; its gateway (401, 429) answers
    // {"fault": {"faultstring", "detail": {"errorcode"}}}.
    const QJsonObject root = QJsonDocument::fromJson(body).object();
    const QString gatewayCode = JsonPath::text(root, u"fault.detail.errorcode");
    QString said = JsonPath::text(root, u"fault.faultstring");
    if (said.isEmpty())
        said = JsonPath::text(root, u"detail");
    if (said.isEmpty())
        said = JsonPath::text(root, u"title");
    CarrierError error = httpError(httpStatus, said.isEmpty() ? body : QByteArray());
    error.trackingNumber = single(requested);
    if (!said.isEmpty())
        error.message += u": "_s + said + (gatewayCode.isEmpty() ? QString() : u" ("_s + gatewayCode + u')');
    if (gatewayCode.contains(u"QuotaViolation") || gatewayCode.contains(u"SpikeArrest"))
        error.kind = CarrierError::Kind::RateLimited;
    // A 404 about the address itself ("No static resource ...") means a wrong URL, not an unknown parcel.
    if (httpStatus == 404 && said.contains(u"No static resource"))
        error.kind = CarrierError::Kind::Rejected;
    return error;
}
