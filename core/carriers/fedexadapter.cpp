#include "fedexadapter.h"

#include <QCoreApplication>

#include "carriertime.h"
#include "eventtextclassifier.h"
#include "jsonpath.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <cmath>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

using S = SubStatus;

bool allowsArrival(SubStatus s) { return s == S::ArrivedAtHub || s == S::ArrivedInDestinationCountry; }
bool allowsDelivered(SubStatus s)
{
    // FedEx reports a return that reached the shipper as a delivery too.
    return Taxonomy::statusOf(s) == Status::Delivered || s == S::ReturnedToSender;
}
bool allowsDeliveryException(SubStatus s)
{
    const Status status = Taxonomy::statusOf(s);
    return status == Status::AttemptFail || status == Status::Exception || status == Status::AvailableForPickup
        || s == S::Redirected;
}
// A shipment exception is not a delivery attempt: "unable to deliver" there stays an exception.
bool allowsShipmentException(SubStatus s) { return Taxonomy::statusOf(s) == Status::Exception; }
bool allowsDelay(SubStatus s) { return s == S::WeatherDelay || s == S::CarrierDelay || s == S::CustomsHold; }
bool allowsPickup(SubStatus s) { return Taxonomy::statusOf(s) == Status::AvailableForPickup; }
bool allowsReturn(SubStatus s) { return s == S::ReturningToSender || s == S::ReturnedToSender; }

// FedEx's tracking status codes (scanEvents[].eventType and latestStatusDetail.code). A code with
// `allows` is one FedEx uses for several situations: its exception code and wording refine it.
struct EventRule {
    const char16_t *code;
    SubStatus subStatus;
    const char16_t *meaning;
    bool (*allows)(SubStatus) = nullptr;
    bool readsExceptionCode = false;
};

// clang-format off
const EventRule eventRules[] = {
    {u"OC", S::InfoReceived, u"shipment information sent to FedEx"},
    {u"IN", S::InfoReceived, u"label created"}, // a derived status code
    {u"PU", S::PickedUp, u"picked up"},
    {u"PX", S::PickedUp, u"picked up"},
    {u"AR", S::ArrivedAtHub, u"arrived at a FedEx location", allowsArrival},
    {u"AF", S::ArrivedAtHub, u"at a FedEx facility"},
    {u"FD", S::ArrivedAtHub, u"at the FedEx destination facility"},
    {u"OF", S::ArrivedAtHub, u"at the FedEx origin facility"},
    {u"SF", S::ArrivedAtHub, u"at a sort facility"},
    {u"DP", S::DepartedHub, u"departed a FedEx location"},
    {u"LO", S::DepartedHub, u"left the origin"},
    {u"IT", S::InTransit, u"in transit"},
    {u"IX", S::InTransit, u"in transit"},
    {u"AO", S::InTransit, u"shipment arriving on time"},
    {u"PF", S::InTransit, u"plane in flight"},
    {u"PL", S::InTransit, u"plane landed"},
    {u"TR", S::InTransit, u"transfer"},
    {u"PM", S::InTransit, u"in progress"},
    {u"CP", S::InTransit, u"customs clearance in progress"},
    {u"CC", S::CustomsCleared, u"cleared customs"},
    {u"CD", S::CustomsHold, u"clearance delay"},
    {u"CH", S::Redirected, u"delivery location changed"},
    {u"OD", S::OutForDelivery, u"on FedEx vehicle for delivery"},
    {u"DL", S::Delivered, u"delivered", allowsDelivered},
    {u"DE", S::FailedAttempt, u"delivery exception", allowsDeliveryException, true},
    {u"SE", S::ExceptionOther, u"shipment exception", allowsShipmentException, true},
    {u"DY", S::CarrierDelay, u"delay", allowsDelay, true},
    {u"DD", S::CarrierDelay, u"delivery delay", allowsDelay, true},
    {u"PD", S::CarrierDelay, u"pickup delay", allowsDelay, true},
    {u"HL", S::AvailableForPickup, u"held at a FedEx location", allowsPickup},
    {u"HP", S::AvailableForPickup, u"ready for recipient pickup", allowsPickup},
    {u"RS", S::ReturningToSender, u"return to shipper", allowsReturn},
    {u"CA", S::ExceptionOther, u"shipment cancelled"},
};

// FedEx exception codes whose meaning we know, with FedEx's own description: some answers (and
// the loopback sandbox) give only the description, appended to the event's.
struct ExceptionRule {
    const char16_t *code;
    const char16_t *description;
    SubStatus subStatus;
};
const ExceptionRule exceptionRules[] = {
    {u"03", u"Incorrect address", S::AddressProblem},
    {u"07", u"Refused by recipient", S::Refused},
    // One code for "nobody took it": mostly nobody at home, so an attempt, not a closed business.
    {u"08", u"Customer not available or business closed", S::FailedAttempt},
    {u"A47", u"FedEx redirected your package to a nearby FedEx location", S::Redirected},
    {u"A52", u"Package delayed", S::CarrierDelay},
};

// FedEx wordings that mean more than the generic text classifier can tell.
struct Wording {
    const char16_t *eventTypes;
    const char16_t *pattern;
    SubStatus subStatus;
    const char16_t *meaning;
};
const Wording wordings[] = {
    {u"AR", uR"(destination sort facility)", S::ArrivedInDestinationCountry, u"FedEx's first sort in the destination country"},
    {u"HP HL", uR"(if not (picked up|collected)|final notice|last day)", S::PickupFinalNotice, u"goes back to the shipper unless collected"},
    {u"SE DE", uR"(unable to locate|cannot locate)", S::Lost, u"FedEx cannot find the package"},
    {u"SE DY", uR"(import documentation|documentation required|paperwork)", S::CustomsHold, u"waiting for customs paperwork"},
};
// clang-format on

struct CompiledWording {
    const Wording *wording;
    QRegularExpression expression;
};

const std::vector<CompiledWording> &compiledWordings()
{
    static const std::vector<CompiledWording> compiled = [] {
        std::vector<CompiledWording> list;
        for (const Wording &wording : wordings)
            list.push_back({&wording, QRegularExpression(QString::fromUtf16(wording.pattern),
                                                         QRegularExpression::CaseInsensitiveOption)});
        return list;
    }();
    return compiled;
}

const EventRule *ruleFor(QStringView code)
{
    for (const EventRule &rule : eventRules) {
        if (code == QStringView(rule.code))
            return &rule;
    }
    return nullptr;
}

struct Refinement {
    SubStatus subStatus;
    QString evidence;
};

std::optional<Refinement> exceptionReading(const QString &code, const QString &exceptionText, const QString &text)
{
    for (const ExceptionRule &rule : exceptionRules) {
        const QString description = QString::fromUtf16(rule.description);
        if (!code.isEmpty() && code == QStringView(rule.code))
            return Refinement{rule.subStatus, QCoreApplication::translate("FedexAdapter", "exception code %1 \"%2\"").arg(code, description)};
        const bool worded = exceptionText.compare(description, Qt::CaseInsensitive) == 0
            || text.endsWith(description, Qt::CaseInsensitive);
        if (worded) {
            return Refinement{rule.subStatus, QCoreApplication::translate("FedexAdapter", "FedEx's wording of exception %1 \"%2\"")
                                                  .arg(QString::fromUtf16(rule.code), description)};
        }
    }
    return std::nullopt;
}

std::optional<Refinement> wordingReading(const QString &type, const QString &text)
{
    for (const CompiledWording &compiled : compiledWordings()) {
        bool applies = false;
        for (QStringView eventType : QStringView(compiled.wording->eventTypes).tokenize(u' '))
            applies = applies || eventType == type;
        if (!applies)
            continue;
        const QRegularExpressionMatch match = compiled.expression.match(text);
        if (match.hasMatch()) {
            return Refinement{compiled.wording->subStatus, QCoreApplication::translate("FedexAdapter", "wording \"%1\" (%2)")
                                                               .arg(match.captured(0),
                                                                    QString::fromUtf16(compiled.wording->meaning))};
        }
    }
    return std::nullopt;
}

struct StatusReading {
    SubStatus subStatus;
    bool mapped;
    QString evidence;
};

StatusReading readUnknown(const QString &type, const QString &text)
{
    const QString evidence = QCoreApplication::translate("FedexAdapter", "unknown FedEx eventType \"%1\"").arg(type);
    if (const auto words = EventTextClassifier::classify(text))
        return {words->subStatus, false, evidence + u"; "_s + words->evidence};
    return {S::ExceptionOther, false, evidence + QCoreApplication::translate("FedexAdapter", "; text not recognised")};
}

StatusReading readEvent(const QString &type, const QString &exceptionCode, const QString &exceptionText,
                        const QString &text)
{
    const EventRule *rule = ruleFor(type);
    if (!rule)
        return readUnknown(type, text);
    const QString base = QCoreApplication::translate("FedexAdapter", "FedEx eventType \"%1\" (%2)").arg(type, QString::fromUtf16(rule->meaning));
    if (!rule->allows)
        return {rule->subStatus, true, base};
    if (rule->readsExceptionCode) {
        if (const auto exception = exceptionReading(exceptionCode, exceptionText, text))
            return {exception->subStatus, true, base + QCoreApplication::translate("FedexAdapter", " with ") + exception->evidence};
    }
    if (const auto wording = wordingReading(type, text))
        return {wording->subStatus, true, base + QCoreApplication::translate("FedexAdapter", " and ") + wording->evidence};
    const auto words = EventTextClassifier::classify(text);
    if (words && rule->allows(words->subStatus)) {
        if (words->subStatus == rule->subStatus)
            return {rule->subStatus, true, base};
        return {words->subStatus, true, base + QCoreApplication::translate("FedexAdapter", " and ") + words->evidence};
    }
    return {rule->subStatus, true, base + (words ? QCoreApplication::translate("FedexAdapter", "; %1 do not fit it").arg(words->evidence) : QString())};
}

// FedEx's current status decides the state; "Running Late" on a parcel in transit is a delay.
std::optional<SubStatus> currentStatusOf(const QJsonObject &trackResult)
{
    const EventRule *rule = ruleFor(JsonPath::text(trackResult, u"latestStatusDetail.code").trimmed());
    if (!rule)
        rule = ruleFor(JsonPath::text(trackResult, u"latestStatusDetail.derivedCode").trimmed());
    if (!rule)
        return std::nullopt;
    const bool delayed = JsonPath::text(trackResult, u"latestStatusDetail.delayDetail.status") == u"DELAYED"_s;
    if (delayed && Taxonomy::statusOf(rule->subStatus) == Status::InTransit)
        return S::CarrierDelay;
    return rule->subStatus;
}


QDate dateOf(const QString &text)
{
    const QDateTime moment = CarrierTime::parseIso(text);
    return moment.isValid() ? moment.date() : QDate::fromString(text.left(10), Qt::ISODate);
}

// The actual delivery date wins (the parcel came then); then FedEx's estimate; then the standard
// transit time, which is what FedEx commits to when it has no estimate.
QDate estimateOf(const QJsonObject &trackResult)
{
    QDate actual, estimated;
    for (const QJsonValue &entry : trackResult.value(u"dateAndTimes").toArray()) {
        const QString type = JsonPath::text(entry, u"type");
        if (type == u"ACTUAL_DELIVERY"_s)
            actual = dateOf(JsonPath::text(entry, u"dateTime"));
        else if (type == u"ESTIMATED_DELIVERY"_s)
            estimated = dateOf(JsonPath::text(entry, u"dateTime"));
    }
    if (actual.isValid())
        return actual;
    for (QStringView path : {u"estimatedDeliveryTimeWindow.window.ends", u"estimatedDeliveryTimeWindow.window.begins"}) {
        const QDate window = dateOf(JsonPath::text(trackResult, path));
        if (window.isValid())
            return window;
    }
    if (estimated.isValid())
        return estimated;
    return dateOf(JsonPath::text(trackResult, u"standardTransitTimeWindow.window.ends"));
}

QString locationOf(const QJsonObject &scan)
{
    const QString city = JsonPath::text(scan, u"scanLocation.city").trimmed();
    const QString country = JsonPath::text(scan, u"scanLocation.countryCode").trimmed();
    if (city.isEmpty())
        return country;
    return country.isEmpty() ? city : city + u", "_s + country;
}

// FedEx's event words with its exception words after a colon, as its tracking page shows them.
QString combinedText(const QString &description, const QString &exceptionText)
{
    if (exceptionText.isEmpty() || description.contains(exceptionText, Qt::CaseInsensitive))
        return description;
    return description.isEmpty() ? exceptionText : description + u": "_s + exceptionText;
}

CarrierError::Kind kindOfError(const QString &code, int httpStatus)
{
    if (httpStatus == 429)
        return CarrierError::Kind::RateLimited;
    if (httpStatus >= 500)
        return CarrierError::Kind::Temporary;
    if (code.contains(u"NOTFOUND"_s))
        return CarrierError::Kind::NotFound;
    if (code.contains(u"NOT.AUTHORIZED"_s) || code.contains(u"UNAUTHORIZED"_s) || code.contains(u"FORBIDDEN"_s)
        || httpStatus == 401 || httpStatus == 403)
        return CarrierError::Kind::Unauthorized;
    if (code.contains(u"UNAVAILABLE"_s) || code.contains(u"INTERNAL.SERVER"_s))
        return CarrierError::Kind::Temporary;
    if (httpStatus == 404)
        return CarrierError::Kind::NotFound;
    return CarrierError::Kind::Rejected;
}

} // namespace

QString FedexAdapter::key() const { return u"fedex"_s; }
QString FedexAdapter::displayName() const { return u"FedEx"_s; }

CarrierLimits FedexAdapter::defaultLimits() const
{
    // FedEx's "Quotas & rate limits" guide: 1,400 transactions per 10 seconds per project and, by
    // default, 100,000 Track requests a day per project. Burst plus ten seconds of refill must stay
    // within 1,400: 10 + 139 × 10. Concurrency is not documented: 8 in flight. 30 numbers a call.
    return {139.0, 10, 8, MaxNumbersPerRequest, 100000};
}

QUrl FedexAdapter::defaultBaseUrl() const { return QUrl(u"https://apis.fedex.com"_s); }

std::optional<CarrierRequest> FedexAdapter::tokenRequest(const CarrierAccount &account) const
{
    CarrierRequest request;
    request.method = "POST";
    request.url = account.baseUrl;
    request.url.setPath(endpointPath(account.baseUrl, u"/oauth/token"_s));
    request.headers = {{"Content-Type", "application/x-www-form-urlencoded"}, {"Accept", "application/json"}};
    request.body = "grant_type=client_credentials&client_id=" + QUrl::toPercentEncoding(account.clientId)
        + "&client_secret=" + QUrl::toPercentEncoding(account.clientSecret);
    return request;
}

std::optional<CarrierAdapter::Token> FedexAdapter::parseTokenResponse(const QByteArray &body, int httpStatus,
                                                                      CarrierError *error) const
{
    // FedEx tokens live an hour (expires_in 3599).
    return readOAuthToken(body, httpStatus, error, {{u"errors.0.code"_s, u"errors.0.message"_s}, 3599});
}

QList<CarrierRequest> FedexAdapter::trackRequests(const QStringList &trackingNumbers, const CarrierAccount &account,
                                                  const QString &accessToken) const
{
    QList<CarrierRequest> requests;
    for (qsizetype start = 0; start < trackingNumbers.size(); start += MaxNumbersPerRequest) {
        const QStringList chunk = trackingNumbers.mid(start, MaxNumbersPerRequest);
        QJsonArray info;
        for (const QString &number : chunk)
            info.append(QJsonObject{{u"trackingNumberInfo"_s, QJsonObject{{u"trackingNumber"_s, number}}}});
        const QJsonObject body{{u"includeDetailedScans"_s, true}, {u"trackingInfo"_s, info}};
        CarrierRequest request;
        request.method = "POST";
        request.url = account.baseUrl;
        request.url.setPath(endpointPath(account.baseUrl, u"/track/v1/trackingnumbers"_s));
        request.headers = {{"Authorization", "Bearer " + accessToken.toUtf8()},
                           {"Content-Type", "application/json"},
                           {"X-locale", "en_US"},
                           {"Accept", "application/json"}};
        request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
        request.trackingNumbers = chunk;
        requests.append(request);
    }
    return requests;
}

TrackingResult FedexAdapter::parseTrackResponse(const QByteArray &body, int httpStatus, const QStringList &requested) const
{
    TrackingResult result;
    // An error about the whole response names a number only when the request asked about one.
    const QString wholeNumber = requested.size() == 1 ? requested.first() : QString();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    const QJsonObject root = document.object();
    const QJsonArray envelope = root.value(u"errors").toArray();
    if (!envelope.isEmpty())
        result.errors = errorsFromEnvelope(envelope, httpStatus, wholeNumber);
    if (httpStatus != 200) {
        if (envelope.isEmpty()) {
            CarrierError error = httpError(httpStatus, body);
            error.trackingNumber = wholeNumber;
            result.errors.append(error);
        }
        return result;
    }
    if (parseError.error != QJsonParseError::NoError) {
        result.errors.append(malformed(wholeNumber, QCoreApplication::translate("FedexAdapter", "FedEx's answer is not valid JSON: %1 at byte %2")
                                                        .arg(parseError.errorString())
                                                        .arg(parseError.offset)));
        return result;
    }
    const QJsonValue completes = JsonPath::at(root, u"output.completeTrackResults");
    if (!completes.isArray()) {
        if (envelope.isEmpty())
            result.errors.append(malformed(wholeNumber, u"FedEx's answer has no \"output.completeTrackResults\" list"_s));
        return result;
    }
    QStringList answered;
    const QJsonArray list = completes.toArray();
    for (qsizetype i = 0; i < list.size(); ++i)
        readCompleteResult(list[i], int(i), result, answered);
    if (!envelope.isEmpty())
        return result; // the envelope already explains what is missing
    for (const QString &wanted : requested) {
        const bool explained = std::any_of(result.errors.cbegin(), result.errors.cend(),
                                           [&](const CarrierError &e) { return e.trackingNumber == wanted; });
        if (!answered.contains(wanted) && !explained)
            result.errors.append({CarrierError::Kind::NotFound, key(), wanted,
                                  QCoreApplication::translate("FedexAdapter", "FedEx did not return tracking number %1").arg(wanted)});
    }
    return result;
}

void FedexAdapter::readCompleteResult(const QJsonValue &value, int index, TrackingResult &result,
                                      QStringList &answered) const
{
    if (!value.isObject()) {
        result.errors.append(malformed({}, QCoreApplication::translate("FedexAdapter", "FedEx's completeTrackResults[%1] is not an object").arg(index)));
        return;
    }
    const QJsonObject complete = value.toObject();
    const QJsonArray trackResults = complete.value(u"trackResults").toArray();
    QString number = JsonPath::text(complete, u"trackingNumber").trimmed();
    if (number.isEmpty())
        number = JsonPath::text(complete, u"trackResults.0.trackingNumberInfo.trackingNumber").trimmed();
    if (number.isEmpty()) {
        result.errors.append(malformed({}, QCoreApplication::translate("FedexAdapter", "FedEx's completeTrackResults[%1] names no tracking number").arg(index)));
        return;
    }
    QList<Candidate> candidates;
    std::optional<CarrierError> firstError;
    for (qsizetype i = 0; i < trackResults.size(); ++i) {
        const QJsonObject trackResult = trackResults[i].toObject();
        if (trackResult.isEmpty()) {
            result.errors.append(malformed(number, QCoreApplication::translate("FedexAdapter", "FedEx's trackResults[%1] of %2 is not an object with data")
                                                       .arg(i)
                                                       .arg(number)));
        } else if (trackResult.value(u"error").isObject()) {
            if (!firstError)
                firstError = errorFromObject(trackResult.value(u"error"), 200, number);
        } else {
            candidates.append(readTrackResult(trackResult, number));
        }
    }
    if (const auto chosen = pickResult(candidates)) {
        answered.append(number);
        result.shipments.append(chosen->shipment);
        result.errors.append(chosen->errors);
    } else if (firstError) {
        result.errors.append(*firstError);
    } else {
        result.errors.append(malformed(number, QCoreApplication::translate("FedexAdapter", "FedEx's completeTrackResults[%1] for %2 holds no readable "
                                                              "trackResults")
                                                   .arg(index)
                                                   .arg(number)));
    }
}

std::optional<FedexAdapter::Candidate> FedexAdapter::pickResult(const QList<Candidate> &candidates) const
{
    if (candidates.isEmpty())
        return std::nullopt;
    auto newestScan = [](const Candidate &c) {
        return c.shipment.events.isEmpty() ? QDateTime() : c.shipment.events.last().occurredAt;
    };
    qsizetype best = 0;
    for (qsizetype i = 1; i < candidates.size(); ++i) {
        const QDateTime candidateTime = newestScan(candidates[i]);
        const QDateTime bestTime = newestScan(candidates[best]);
        if (candidateTime.isValid() && (!bestTime.isValid() || candidateTime > bestTime))
            best = i;
    }
    Candidate chosen = candidates[best];
    // A reused number: say which shipment we kept, on the event that decided it.
    if (candidates.size() > 1 && !chosen.shipment.events.isEmpty()) {
        chosen.shipment.events.last().evidence +=
            QCoreApplication::translate("FedexAdapter", "; FedEx returned %1 results for %2, this one has the newest scan")
                .arg(candidates.size())
                .arg(chosen.shipment.trackingNumber);
    }
    return chosen;
}

FedexAdapter::Candidate FedexAdapter::readTrackResult(const QJsonObject &trackResult, const QString &trackingNumber) const
{
    Candidate candidate;
    TrackedShipment &tracked = candidate.shipment;
    tracked.trackingNumber = trackingNumber;
    tracked.service = JsonPath::text(trackResult, u"serviceDetail.description").trimmed();
    tracked.carrierEstimate = estimateOf(trackResult);
    const QJsonValue scans = trackResult.value(u"scanEvents");
    if (!scans.isUndefined() && !scans.isArray())
        candidate.errors.append(malformed(trackingNumber, QCoreApplication::translate("FedexAdapter", "FedEx's scanEvents of %1 is not a list").arg(trackingNumber)));
    const QJsonArray list = scans.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (!list[i].isObject()) {
            candidate.errors.append(malformed(trackingNumber, QCoreApplication::translate("FedexAdapter", "FedEx scanEvents[%1] of %2 is not an object")
                                                                  .arg(i)
                                                                  .arg(trackingNumber)));
            continue;
        }
        if (const auto event = readScan(list[i].toObject(), trackingNumber, int(i), candidate.errors))
            tracked.events.append(*event);
    }
    tracked.settle();
    tracked.markSignedBy(JsonPath::text(trackResult, u"deliveryDetails.receivedByName").trimmed(), u"FedEx"_s);
    tracked.applyCarrierStatus(currentStatusOf(trackResult));
    return candidate;
}

std::optional<TrackingEvent> FedexAdapter::readScan(const QJsonObject &scan, const QString &trackingNumber, int index,
                                                    QList<CarrierError> &errors) const
{
    const QString date = JsonPath::text(scan, u"date");
    QString zoneNote;
    TrackingEvent out;
    out.occurredAt = CarrierTime::parseIso(date, JsonPath::text(scan, u"scanLocation.countryCode"), &zoneNote);
    if (!out.occurredAt.isValid()) {
        errors.append(malformed(trackingNumber, QCoreApplication::translate("FedexAdapter", "FedEx scanEvents[%1] of %2 has an unreadable date \"%3\"; "
                                                               "that event was skipped")
                                                    .arg(index)
                                                    .arg(trackingNumber, date.left(40))));
        return std::nullopt;
    }
    out.location = locationOf(scan);
    out.carrierCode = JsonPath::text(scan, u"eventType").trimmed();
    const QString exceptionText = JsonPath::text(scan, u"exceptionDescription").trimmed();
    out.carrierText = combinedText(JsonPath::text(scan, u"eventDescription").trimmed(), exceptionText);
    const StatusReading reading = readEvent(out.carrierCode, JsonPath::text(scan, u"exceptionCode").trimmed(),
                                            exceptionText, out.carrierText);
    out.subStatus = reading.subStatus;
    out.mapped = reading.mapped;
    out.evidence = reading.evidence;
    if (!zoneNote.isEmpty())
        out.evidence += u"; "_s + zoneNote;
    return out;
}

CarrierError FedexAdapter::errorFromObject(const QJsonValue &error, int httpStatus, const QString &trackingNumber) const
{
    const QString code = JsonPath::text(error, u"code").trimmed();
    const QString message = JsonPath::text(error, u"message").simplified();
    CarrierError out;
    out.carrier = key();
    out.trackingNumber = trackingNumber;
    out.kind = kindOfError(code, httpStatus);
    out.message = CarrierError::summary(out.kind, displayName(), trackingNumber);
    if (httpStatus != 200)
        out.message += QCoreApplication::translate("FedexAdapter", " (HTTP %1)").arg(httpStatus);
    const QString detail = (code.isEmpty() ? message : QCoreApplication::translate("FedexAdapter", "%1 \"%2\"").arg(code, message)).left(200);
    if (!detail.isEmpty())
        out.message += u": "_s + detail;
    return out;
}

QList<CarrierError> FedexAdapter::errorsFromEnvelope(const QJsonArray &errors, int httpStatus,
                                                     const QString &trackingNumber) const
{
    QList<CarrierError> out;
    for (const QJsonValue &entry : errors)
        out.append(errorFromObject(entry, httpStatus, trackingNumber));
    return out;
}

CarrierError FedexAdapter::malformed(const QString &trackingNumber, const QString &message) const
{
    return {CarrierError::Kind::Malformed, key(), trackingNumber, message};
}
