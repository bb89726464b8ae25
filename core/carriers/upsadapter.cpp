#include "upsadapter.h"

#include <QCoreApplication>

#include "carriertime.h"
#include "eventtextclassifier.h"
#include "jsonpath.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTimeZone>
#include <QUrlQuery>
#include <QUuid>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

using S = SubStatus;

// What a status type means on its own, and which finer readings of the description fit it.
struct TypeFamily {
    const char16_t *type;
    SubStatus fallback;
    const char16_t *meaning;
    bool (*allows)(SubStatus);
};

bool allowsLabel(SubStatus s) { return s == S::InfoReceived; }
bool allowsPickup(SubStatus s) { return s == S::PickedUp; }
bool allowsOutForDelivery(SubStatus s) { return s == S::OutForDelivery; }
bool allowsTransit(SubStatus s)
{
    // UPS reports customs holds, delays and returns under way as transit activity too.
    return Taxonomy::statusOf(s) == Status::InTransit || s == S::CustomsHold || s == S::WeatherDelay
        || s == S::CarrierDelay || s == S::ReturningToSender;
}
bool allowsDelivered(SubStatus s)
{
    // Type D covers parcels left at an Access Point (waiting for pickup) and returns delivered home.
    const Status status = Taxonomy::statusOf(s);
    return status == Status::Delivered || status == Status::AvailableForPickup || s == S::ReturnedToSender;
}
bool allowsException(SubStatus s)
{
    const Status status = Taxonomy::statusOf(s);
    return status == Status::AttemptFail || status == Status::Exception || status == Status::AvailableForPickup
        || s == S::Redirected;
}
bool allowsReturn(SubStatus s) { return s == S::ReturningToSender || s == S::ReturnedToSender; }

const TypeFamily typeFamilies[] = {
    {u"M", S::InfoReceived, u"the shipper created a label", allowsLabel},
    {u"P", S::PickedUp, u"pickup", allowsPickup},
    {u"I", S::InTransit, u"in transit", allowsTransit},
    {u"O", S::OutForDelivery, u"out for delivery", allowsOutForDelivery},
    {u"D", S::Delivered, u"delivered", allowsDelivered},
    {u"X", S::ExceptionOther, u"exception", allowsException},
    {u"RS", S::ReturningToSender, u"returned to shipper", allowsReturn},
};

// UPS activity codes we know, as "type/code": UPS sends the same code letters under different
// types, so both fields are the key. wordsMayRefine marks codes UPS uses for several situations.
struct CodeRule {
    const char16_t *code;
    SubStatus subStatus;
    const char16_t *meaning;
    bool wordsMayRefine = false;
};

// clang-format off
const CodeRule codeRules[] = {
    {u"M/MP", S::InfoReceived, u"label created, UPS does not have the parcel yet"},
    {u"P/PU", S::PickedUp, u"pickup scan"},
    {u"I/OR", S::ArrivedAtHub, u"origin scan"},
    {u"I/AR", S::ArrivedAtHub, u"arrival scan"},
    {u"I/DS", S::ArrivedAtHub, u"destination scan, or a drop-off at a UPS location", true},
    {u"I/DP", S::DepartedHub, u"departure scan"},
    {u"I/IT", S::InTransit, u"on the way"},
    {u"I/AF", S::InTransit, u"processing at a UPS facility"},
    {u"I/IP", S::ArrivedInDestinationCountry, u"import scan"},
    {u"I/CR", S::CustomsCleared, u"released by customs"},
    {u"I/RD", S::Redirected, u"the receiver asked for another delivery address"},
    {u"I/RS", S::ReturningToSender, u"on its way back to the shipper"},
    {u"O/OT", S::OutForDelivery, u"out for delivery today"},
    {u"D/F4", S::Delivered, u"delivered", true},
    {u"D/KB", S::Delivered, u"delivered", true},
    {u"D/FS", S::DeliveredSigned, u"delivered, the receiver signed"},
    {u"D/KM", S::DeliveredToNeighbour, u"delivered to a neighbour"},
    {u"D/KE", S::DeliveredToParcelLocker, u"left in the mailbox"},
    {u"D/2Q", S::CollectedFromPickupPoint, u"the receiver collected it at a UPS Access Point"},
    {u"D/2W", S::AvailableForPickup, u"delivered to a UPS Access Point, waiting for the receiver"},
    {u"D/RT", S::ReturnedToSender, u"delivered back to the shipper"},
    {u"X/48", S::FailedAttempt, u"the receiver was not available"},
    {u"X/47", S::FailedAttemptBusinessClosed, u"the receiver's business was closed"},
    {u"X/ZR", S::PickupFinalNotice, u"final notice before the Access Point sends it back"},
    {u"X/BA", S::AddressProblem, u"street number incorrect"},
    {u"X/BM", S::AddressProblem, u"the receiver has moved"},
    {u"X/DM", S::Damaged, u"damage reported"},
    {u"X/RF", S::Refused, u"the receiver refused it"},
    {u"X/LS", S::Lost, u"the package cannot be located"},
    {u"X/WD", S::WeatherDelay, u"severe weather"},
    {u"X/MF", S::CarrierDelay, u"mechanical failure"},
    {u"X/OC", S::CarrierDelay, u"operating conditions"},
    {u"X/CH", S::CustomsHold, u"waiting for release by a government agency"},
    {u"X/CD", S::CustomsHold, u"held for import duties and taxes"},
    {u"X/IV", S::ExceptionOther, u"a trace was started"},
    {u"X/X", S::ExceptionOther, u"exception, action required", true},
};
// clang-format on

// Some answers carry only the three-digit package status code in currentStatus.
struct PackageStatusCode {
    const char16_t *code;
    SubStatus subStatus;
};
const PackageStatusCode packageStatusCodes[] = {
    {u"003", S::InfoReceived}, // label created
    {u"005", S::InTransit},
    {u"011", S::Delivered},
};

const TypeFamily *familyOf(QStringView type)
{
    for (const TypeFamily &family : typeFamilies) {
        if (type == QStringView(family.type))
            return &family;
    }
    return nullptr;
}

const CodeRule *ruleFor(const QString &type, const QString &code)
{
    const QString joined = type + u'/' + code;
    for (const CodeRule &rule : codeRules) {
        if (joined == QStringView(rule.code))
            return &rule;
    }
    return nullptr;
}

// The classifier's reading, plus UPS's own word for its pickup points: a parcel "delivered to"
// or "held at" a UPS Access Point is waiting there, not delivered.
std::optional<EventTextClassifier::Reading> readWords(const QString &text)
{
    static const QRegularExpression accessPoint(u"access point"_s, QRegularExpression::CaseInsensitiveOption);
    auto reading = EventTextClassifier::classify(text);
    const bool deliveredReading = reading && Taxonomy::statusOf(reading->subStatus) == Status::Delivered
        && reading->subStatus != S::CollectedFromPickupPoint;
    if ((!reading || deliveredReading) && accessPoint.match(text).hasMatch())
        return EventTextClassifier::Reading{S::AvailableForPickup, u"words \"Access Point\" (a UPS pickup location)"_s};
    return reading;
}

struct StatusReading {
    SubStatus subStatus;
    bool mapped;
    QString evidence;
};

StatusReading readKnownCode(const CodeRule &rule, const TypeFamily *family, const QString &type, const QString &code,
                            const QString &text)
{
    const QString evidence = QCoreApplication::translate("UpsAdapter", "UPS code \"%1/%2\" (%3)").arg(type, code, QString::fromUtf16(rule.meaning));
    if (rule.wordsMayRefine && family) {
        const auto words = readWords(text);
        if (words && family->allows(words->subStatus) && words->subStatus != rule.subStatus)
            return {words->subStatus, true, evidence + QCoreApplication::translate("UpsAdapter", " and ") + words->evidence};
    }
    return {rule.subStatus, true, evidence};
}

StatusReading readStatus(const QString &type, const QString &code, const QString &text)
{
    const TypeFamily *family = familyOf(type);
    if (const CodeRule *rule = ruleFor(type, code))
        return readKnownCode(*rule, family, type, code, text);
    const auto words = readWords(text);
    if (family) {
        const QString evidence = QCoreApplication::translate("UpsAdapter", "UPS code \"%1/%2\" is not in Shipdeck's table; status type %1 means %3")
                                     .arg(type, code, QString::fromUtf16(family->meaning));
        if (words && family->allows(words->subStatus))
            return {words->subStatus, false, evidence + u"; "_s + words->evidence};
        return {family->fallback, false,
                evidence + (words ? QCoreApplication::translate("UpsAdapter", "; %1 do not fit it").arg(words->evidence) : QString())};
    }
    const QString evidence = QCoreApplication::translate("UpsAdapter", "unknown UPS status type \"%1\" (code \"%2\")").arg(type, code);
    if (words)
        return {words->subStatus, false, evidence + u"; "_s + words->evidence};
    return {S::ExceptionOther, false, evidence + QCoreApplication::translate("UpsAdapter", "; text not recognised")};
}

std::optional<SubStatus> currentStatusOf(const QJsonObject &package)
{
    const QString type = JsonPath::text(package, u"currentStatus.type").trimmed();
    const QString code = JsonPath::text(package, u"currentStatus.code").trimmed();
    if (code.isEmpty())
        return std::nullopt;
    if (const CodeRule *rule = ruleFor(type, code))
        return rule->subStatus;
    for (const PackageStatusCode &row : packageStatusCodes) {
        if (code == QStringView(row.code))
            return row.subStatus;
    }
    return std::nullopt;
}

// Main time zone per US state and Canadian province. UPS gives the state with most activities but
// often no UTC offset, and a whole-country guess is hours off in countries spanning several zones;
// "*" is the zone most people live in, for activities that name only the country.
struct RegionZone {
    const char16_t *country;
    const char16_t *regions;
    const char *zone;
};

// clang-format off
const RegionZone regionZones[] = {
    {u"US", u"* CT DE DC FL GA IN KY ME MD MA MI NH NJ NY NC OH PA RI SC VT VA WV", "America/New_York"},
    {u"US", u"AL AR IL IA KS LA MN MS MO NE ND OK SD TN TX WI", "America/Chicago"},
    {u"US", u"CO ID MT NM UT WY", "America/Denver"},
    {u"US", u"AZ", "America/Phoenix"},
    {u"US", u"CA NV OR WA", "America/Los_Angeles"},
    {u"US", u"AK", "America/Anchorage"},
    {u"US", u"HI", "Pacific/Honolulu"},
    {u"CA", u"* ON QC", "America/Toronto"},
    {u"CA", u"NS NB PE", "America/Halifax"},
    {u"CA", u"NL", "America/St_Johns"},
    {u"CA", u"MB", "America/Winnipeg"},
    {u"CA", u"SK", "America/Regina"},
    {u"CA", u"AB NT", "America/Edmonton"},
    {u"CA", u"BC", "America/Vancouver"},
    {u"CA", u"YT", "America/Whitehorse"},
    {u"CA", u"NU", "America/Iqaluit"},
};
// clang-format on

QTimeZone zoneOfRegion(const QString &country, QStringView region)
{
    for (const RegionZone &row : regionZones) {
        if (country.compare(QStringView(row.country), Qt::CaseInsensitive) != 0)
            continue;
        for (QStringView candidate : QStringView(row.regions).tokenize(u' ')) {
            if (candidate.compare(region, Qt::CaseInsensitive) == 0)
                return QTimeZone(QByteArray(row.zone));
        }
    }
    return {};
}

// The state's zone, else the country's main one when the table knows the country.
QTimeZone regionZone(const QString &country, const QString &region)
{
    const QTimeZone zone = region.isEmpty() ? QTimeZone() : zoneOfRegion(country, region);
    return zone.isValid() ? zone : zoneOfRegion(country, u"*");
}

// UPS writes times as HHMMSS but drops the leading zero in gmtTime ("74700" is 07:47:00).
QTime readTime(const QString &text)
{
    // UPS leaves out leading zeros in places ("5007" is 00:50:07 in its own examples).
    return text.isEmpty() || text.size() > 6 ? QTime() : QTime::fromString(text.rightJustified(6, u'0'), u"HHmmss"_s);
}

QDate readDate(const QString &text) { return QDate::fromString(text, u"yyyyMMdd"_s); }

std::optional<int> readOffset(const QString &text)
{
    if (text.trimmed().isEmpty())
        return std::nullopt;
    // CarrierTime reads "-05:00" and "-0500"; a fixed instant lets us borrow its parser.
    const QDateTime probe = CarrierTime::parseIso(QString(u"2000-01-01T00:00:00"_s + text.trimmed()));
    return probe.isValid() ? std::optional<int>(probe.offsetFromUtc()) : std::nullopt;
}

QDateTime placeInRegion(const QDate &date, const QTime &time, const QString &country, const QString &region,
                        QString *note)
{
    const QTimeZone zone = regionZone(country, region);
    if (!zone.isValid()) {
        const QString local = date.toString(Qt::ISODate) + u'T' + time.toString(u"HH:mm:ss"_s);
        return CarrierTime::parseIso(local, country, note);
    }
    // The offset in force at that wall-clock time, DST included.
    const QDateTime asUtc(date, time, Qt::UTC);
    const int offset = zone.offsetFromUtc(asUtc.addSecs(-zone.standardTimeOffset(asUtc)));
    const QString where = region.isEmpty() ? country : region + u", "_s + country;
    *note = QCoreApplication::translate("UpsAdapter", "no UTC offset given; taken as local time in %1 (%2)").arg(where, QString::fromUtf8(zone.id()));
    return QDateTime(date, time, Qt::OffsetFromUTC, offset);
}

QDateTime activityTime(const QJsonObject &activity, QString *note)
{
    const QDate date = readDate(JsonPath::text(activity, u"date"));
    const QTime time = readTime(JsonPath::text(activity, u"time"));
    const auto offset = readOffset(JsonPath::text(activity, u"gmtOffset"));
    if (date.isValid() && time.isValid()) {
        if (offset)
            return QDateTime(date, time, Qt::OffsetFromUTC, *offset);
        return placeInRegion(date, time, JsonPath::text(activity, u"location.address.countryCode"),
                             JsonPath::text(activity, u"location.address.stateProvince"), note);
    }
    // The local fields are unreadable, but UPS's GMT copy of the same moment still places it.
    const QDate gmtDate = readDate(JsonPath::text(activity, u"gmtDate"));
    const QTime gmtTime = readTime(JsonPath::text(activity, u"gmtTime"));
    if (!gmtDate.isValid() || !gmtTime.isValid())
        return {};
    *note = QCoreApplication::translate("UpsAdapter", "local date unreadable; taken from UPS's GMT date and time");
    return QDateTime(gmtDate, gmtTime, Qt::UTC).toOffsetFromUtc(offset.value_or(0));
}

QString locationOf(const QJsonObject &activity)
{
    const QString city = JsonPath::text(activity, u"location.address.city").trimmed();
    const QString country = JsonPath::text(activity, u"location.address.countryCode").trimmed();
    if (city.isEmpty())
        return country;
    return country.isEmpty() ? city : city + u", "_s + country;
}

// A delivered date wins (the parcel came then); otherwise the rescheduled date over the scheduled one.
QDate estimateOf(const QJsonObject &package)
{
    QDate delivered, rescheduled, scheduled;
    for (const QJsonValue &entry : package.value(u"deliveryDate").toArray()) {
        const QString type = JsonPath::text(entry, u"type");
        const QDate date = readDate(JsonPath::text(entry, u"date"));
        if (type == u"DEL"_s)
            delivered = date;
        else if (type == u"RDD"_s)
            rescheduled = date;
        else if (type == u"SDD"_s)
            scheduled = date;
    }
    if (delivered.isValid())
        return delivered;
    return rescheduled.isValid() ? rescheduled : scheduled;
}

CarrierError::Kind kindOfEnvelopeError(const QString &code, int httpStatus)
{
    if (httpStatus == 429)
        return CarrierError::Kind::RateLimited;
    if (httpStatus >= 500)
        return CarrierError::Kind::Temporary;
    // UPS's 2500xx codes are about the access licence and authentication, whatever the HTTP status.
    if (code.startsWith(u"2500"_s) || httpStatus == 401 || httpStatus == 403)
        return CarrierError::Kind::Unauthorized;
    if (httpStatus == 404)
        return CarrierError::Kind::NotFound;
    return CarrierError::Kind::Rejected;
}

} // namespace

QString UpsAdapter::key() const { return u"ups"_s; }
QString UpsAdapter::displayName() const { return u"UPS"_s; }

CarrierLimits UpsAdapter::defaultLimits() const
{
    // UPS publishes no numeric limit for the Track API: its developer portal only says that too many
    // requests are answered with HTTP 429. So a conservative default: 2 calls a second (a burst of 5,
    // 2 in flight) polls 10,000 parcels in under 1.5 hours, far below what UPS's own tools send.
    // The API takes one inquiry number per call, and no daily quota is documented.
    return {2.0, 5, 2, 1, 0};
}

QUrl UpsAdapter::defaultBaseUrl() const { return QUrl(u"https://onlinetools.ups.com"_s); }

std::optional<CarrierRequest> UpsAdapter::tokenRequest(const CarrierAccount &account) const
{
    QUrl url = account.baseUrl;
    url.setPath(endpointPath(account.baseUrl, u"/security/v1/oauth/token"_s));
    return basicAuthTokenRequest(url, account);
}

std::optional<CarrierAdapter::Token> UpsAdapter::parseTokenResponse(const QByteArray &body, int httpStatus,
                                                                    CarrierError *error) const
{
    // UPS answers errors in its usual envelope; its tokens live four hours (expires_in "14399").
    return readOAuthToken(body, httpStatus, error, {{u"response.errors.0.code"_s, u"response.errors.0.message"_s}, 14399});
}

QList<CarrierRequest> UpsAdapter::trackRequests(const QStringList &trackingNumbers, const CarrierAccount &account,
                                                const QString &accessToken) const
{
    QList<CarrierRequest> requests;
    for (const QString &number : trackingNumbers) {
        CarrierRequest request;
        request.url = account.baseUrl;
        // Percent-encoded so that a stray '/' or '?' in a number cannot change the path.
        request.url.setPath(endpointPath(account.baseUrl, u"/api/track/v1/details/"_s)
                                + QString::fromLatin1(QUrl::toPercentEncoding(number)),
                            QUrl::TolerantMode);
        QUrlQuery query;
        query.addQueryItem(u"locale"_s, u"en_US"_s);
        query.addQueryItem(u"returnSignature"_s, u"false"_s);
        request.url.setQuery(query);
        // transId must be unique per request and at most 32 characters: a UUID's hex digits.
        request.headers = {{"Authorization", "Bearer " + accessToken.toUtf8()},
                           {"transId", QUuid::createUuid().toByteArray(QUuid::Id128)},
                           {"transactionSrc", "shipdeck"},
                           {"Accept", "application/json"}};
        request.trackingNumbers = {number};
        requests.append(request);
    }
    return requests;
}

TrackingResult UpsAdapter::parseTrackResponse(const QByteArray &body, int httpStatus, const QStringList &requested) const
{
    TrackingResult result;
    const QString number = requested.size() == 1 ? requested.first() : QString();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    const QJsonArray envelope = JsonPath::at(document.object(), u"response.errors").toArray();
    if (!envelope.isEmpty()) {
        result.errors = errorsFromEnvelope(envelope, httpStatus, number);
        return result;
    }
    if (httpStatus != 200) {
        CarrierError error = httpError(httpStatus, body);
        error.trackingNumber = number;
        if (error.kind == CarrierError::Kind::NotFound && !number.isEmpty())
            error.message = QCoreApplication::translate("UpsAdapter", "UPS does not know tracking number %1 (HTTP 404)").arg(number);
        result.errors.append(error);
        return result;
    }
    if (parseError.error != QJsonParseError::NoError) {
        result.errors.append(malformed(number, QCoreApplication::translate("UpsAdapter", "UPS's answer is not valid JSON: %1 at byte %2")
                                                   .arg(parseError.errorString())
                                                   .arg(parseError.offset)));
        return result;
    }
    const QJsonValue shipments = JsonPath::at(document.object(), u"trackResponse.shipment");
    if (!shipments.isArray()) {
        result.errors.append(malformed(number, u"UPS's answer has no \"trackResponse.shipment\" list"_s));
        return result;
    }
    QStringList answered;
    const QJsonArray list = shipments.toArray();
    for (qsizetype i = 0; i < list.size(); ++i)
        readShipment(list[i], int(i), number, result, answered);
    for (const QString &wanted : requested) {
        const bool explained = std::any_of(result.errors.cbegin(), result.errors.cend(),
                                           [&](const CarrierError &e) { return e.trackingNumber == wanted; });
        if (!answered.contains(wanted) && !explained)
            result.errors.append({CarrierError::Kind::NotFound, key(), wanted,
                                  QCoreApplication::translate("UpsAdapter", "UPS did not return tracking number %1").arg(wanted)});
    }
    return result;
}

void UpsAdapter::readShipment(const QJsonValue &value, int index, const QString &requestedNumber,
                              TrackingResult &result, QStringList &answered) const
{
    if (!value.isObject()) {
        result.errors.append(malformed(requestedNumber, QCoreApplication::translate("UpsAdapter", "UPS's shipment[%1] is not an object").arg(index)));
        return;
    }
    const QJsonObject shipment = value.toObject();
    QString inquiry = JsonPath::text(shipment, u"inquiryNumber").trimmed();
    if (inquiry.isEmpty())
        inquiry = requestedNumber;
    const QJsonValue packages = shipment.value(u"package");
    const QJsonArray list = packages.toArray();
    if (list.isEmpty()) {
        if (const auto warning = notFoundWarning(shipment, index, inquiry))
            result.errors.append(*warning);
        else
            result.errors.append(malformed(inquiry, QCoreApplication::translate("UpsAdapter", "UPS's shipment[%1] for %2 has no packages and no warning")
                                                        .arg(index)
                                                        .arg(inquiry)));
        return;
    }
    answered.append(inquiry);
    const qsizetype firstOfThisShipment = result.shipments.size();
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (!list[i].isObject()) {
            result.errors.append(malformed(inquiry, QCoreApplication::translate("UpsAdapter", "UPS's shipment[%1].package[%2] of %3 is not an object")
                                                        .arg(index)
                                                        .arg(i)
                                                        .arg(inquiry)));
            continue;
        }
        TrackedShipment tracked = readPackage(list[i].toObject(), inquiry, result.errors);
        answered.append(tracked.trackingNumber);
        result.shipments.append(tracked);
    }
    answerUnderInquiry(result.shipments, firstOfThisShipment, inquiry);
}

void UpsAdapter::answerUnderInquiry(QList<TrackedShipment> &shipments, qsizetype first, const QString &inquiry)
{
    // The number asked about is the one the shop tracks. UPS may answer it under a package's own
    // number (the lead package of a multi-piece shipment, another spelling): then the package
    // that matches it, or else the first, answers for it.
    if (first >= shipments.size())
        return;
    for (qsizetype i = first; i < shipments.size(); ++i) {
        if (shipments[i].trackingNumber.compare(inquiry, Qt::CaseInsensitive) == 0) {
            shipments[i].trackingNumber = inquiry;
            return;
        }
    }
    shipments[first].trackingNumber = inquiry;
}

std::optional<CarrierError> UpsAdapter::notFoundWarning(const QJsonObject &shipment, int index,
                                                        const QString &inquiryNumber) const
{
    const QJsonArray warnings = shipment.value(u"warnings").toArray();
    if (warnings.isEmpty())
        return std::nullopt;
    const QString code = JsonPath::text(warnings.first(), u"code");
    const QString message = JsonPath::text(warnings.first(), u"message").simplified();
    // TW0001 "Tracking Information Not Found": UPS has nothing (yet) for this number.
    if (code == u"TW0001"_s) {
        return CarrierError{CarrierError::Kind::NotFound, key(), inquiryNumber,
                            QCoreApplication::translate("UpsAdapter", "UPS has no tracking information for %1 (warning TW0001 \"%2\")")
                                .arg(inquiryNumber, message)};
    }
    return CarrierError{CarrierError::Kind::Rejected, key(), inquiryNumber,
                        QCoreApplication::translate("UpsAdapter", "UPS's shipment[%1] for %2 has no packages, only warning %3 \"%4\"")
                            .arg(index)
                            .arg(inquiryNumber, code, message)};
}

TrackedShipment UpsAdapter::readPackage(const QJsonObject &package, const QString &inquiryNumber,
                                        QList<CarrierError> &errors) const
{
    TrackedShipment tracked;
    tracked.trackingNumber = JsonPath::text(package, u"trackingNumber").trimmed();
    if (tracked.trackingNumber.isEmpty())
        tracked.trackingNumber = inquiryNumber;
    tracked.service = JsonPath::text(package, u"service.description").trimmed();
    tracked.carrierEstimate = estimateOf(package);

    const QJsonValue activities = package.value(u"activity");
    if (!activities.isUndefined() && !activities.isArray())
        errors.append(malformed(tracked.trackingNumber,
                                QCoreApplication::translate("UpsAdapter", "UPS's activity list of %1 is not a list").arg(tracked.trackingNumber)));
    const QJsonArray list = activities.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (!list[i].isObject()) {
            errors.append(malformed(tracked.trackingNumber, QCoreApplication::translate("UpsAdapter", "UPS activity[%1] of %2 is not an object")
                                                                .arg(i)
                                                                .arg(tracked.trackingNumber)));
            continue;
        }
        if (const auto event = readActivity(list[i].toObject(), tracked.trackingNumber, int(i), errors))
            tracked.events.append(*event);
    }
    tracked.settle();
    tracked.markSignedBy(JsonPath::text(package, u"deliveryInformation.receivedBy").trimmed(), u"UPS"_s);
    tracked.applyCarrierStatus(currentStatusOf(package));
    return tracked;
}

std::optional<TrackingEvent> UpsAdapter::readActivity(const QJsonObject &activity, const QString &trackingNumber,
                                                      int index, QList<CarrierError> &errors) const
{
    QString zoneNote;
    TrackingEvent out;
    out.occurredAt = activityTime(activity, &zoneNote);
    if (!out.occurredAt.isValid()) {
        const QString date = JsonPath::text(activity, u"date");
        const bool dateBad = !readDate(date).isValid();
        errors.append(malformed(trackingNumber, QCoreApplication::translate("UpsAdapter", "UPS activity[%1] of %2 has an unreadable %3 \"%4\"; "
                                                               "that event was skipped")
                                                    .arg(index)
                                                    .arg(trackingNumber, dateBad ? u"date"_s : u"time"_s,
                                                         (dateBad ? date : JsonPath::text(activity, u"time")).left(40))));
        return std::nullopt;
    }
    out.location = locationOf(activity);
    const QString type = JsonPath::text(activity, u"status.type").trimmed();
    const QString code = JsonPath::text(activity, u"status.code").trimmed();
    out.carrierCode = type.isEmpty() && code.isEmpty() ? QString() : type + u'/' + code;
    out.carrierText = JsonPath::text(activity, u"status.description").trimmed();
    const StatusReading reading = readStatus(type, code, out.carrierText);
    out.subStatus = reading.subStatus;
    out.mapped = reading.mapped;
    out.evidence = reading.evidence;
    if (!zoneNote.isEmpty())
        out.evidence += u"; "_s + zoneNote;
    return out;
}

QList<CarrierError> UpsAdapter::errorsFromEnvelope(const QJsonArray &errors, int httpStatus,
                                                   const QString &trackingNumber) const
{
    QList<CarrierError> out;
    for (const QJsonValue &entry : errors) {
        const QString code = JsonPath::text(entry, u"code").trimmed();
        const QString message = JsonPath::text(entry, u"message").simplified();
        CarrierError error;
        error.carrier = key();
        error.trackingNumber = trackingNumber;
        error.kind = kindOfEnvelopeError(code, httpStatus);
        error.message = CarrierError::summary(error.kind, displayName(), trackingNumber);
        if (httpStatus != 200)
            error.message += QCoreApplication::translate("UpsAdapter", " (HTTP %1)").arg(httpStatus);
        const QString detail = (code.isEmpty() ? message : QCoreApplication::translate("UpsAdapter", "error %1 \"%2\"").arg(code, message)).left(200);
        if (!detail.isEmpty())
            error.message += u": "_s + detail;
        out.append(error);
    }
    return out;
}

CarrierError UpsAdapter::malformed(const QString &trackingNumber, const QString &message) const
{
    return {CarrierError::Kind::Malformed, key(), trackingNumber, message};
}
