#include "dpdadapter.h"

#include <QCoreApplication>

#include "carriertime.h"
#include "eventtextclassifier.h"
#include "wordingpatterns.h"

#include "model/placecountry.h"

#include <QRegularExpression>
#include <QSet>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

#include <vector>

using namespace Qt::StringLiterals;

namespace {

using Fields = DpdAdapter::Fields;

const QString soapNamespace = u"http://schemas.xmlsoap.org/soap/envelope/"_s;
const QString authNamespace = u"http://dpd.com/common/service/types/Authentication/2.0"_s;
const QString lifeCycleNamespace = u"http://dpd.com/common/service/types/ParcelLifeCycleService/2.0"_s;
const QString loginNamespace = u"http://dpd.com/common/service/types/LoginService/2.0"_s;
// English texts: DPD's answers are then in en_US wording and dates, which the classifier reads best.
const QString messageLanguage = u"en_US"_s;
// Real answers nest about eight levels; anything far deeper is not DPD and is refused early.
constexpr int maxDepth = 64;
// DPD tokens are "valid for exactly 24 hours"; when the expiry cannot be read, renew well before.
constexpr int assumedTokenLifetimeSecs = 23 * 3600;

// ---- Reading XML by path -------------------------------------------------------------------

// Reads the element the reader stands on into "child/grandchild" -> texts, so the SOAP structure is
// reached by path instead of a state machine per element. False on an XML error or a truncated end.
bool readSubtree(QXmlStreamReader &reader, Fields &fields, int depthLeft)
{
    QStringList path;
    QStringList texts; // text of each open element
    while (!reader.atEnd()) {
        switch (reader.readNext()) {
        case QXmlStreamReader::StartElement:
            if (path.size() >= depthLeft) {
                reader.raiseError(QCoreApplication::translate("DpdAdapter", "elements nested deeper than %1 levels").arg(maxDepth));
                return false;
            }
            path.append(reader.name().toString());
            texts.append(QString());
            break;
        case QXmlStreamReader::Characters:
            if (!texts.isEmpty())
                texts.last() += reader.text();
            break;
        case QXmlStreamReader::EndElement: {
            if (path.isEmpty())
                return true; // the subtree's own end
            const QString text = texts.takeLast().trimmed();
            if (!text.isEmpty())
                fields[path.join(u'/')].append(text);
            path.removeLast();
            break;
        }
        default:
            break;
        }
    }
    return false;
}

// The elements named in `wanted`, each read whole, in document order, plus the names of the
// other elements seen; the first XML error, with its position, ends the reading.
struct XmlCapture {
    QList<std::pair<QString, Fields>> elements;
    QSet<QString> seen;
    QString error;
};

XmlCapture capture(const QByteArray &body, const QStringList &wanted)
{
    XmlCapture result;
    QXmlStreamReader reader(body);
    int depth = 0;
    while (!reader.atEnd()) {
        const auto token = reader.readNext();
        if (token == QXmlStreamReader::EndElement)
            --depth;
        if (token != QXmlStreamReader::StartElement)
            continue;
        if (++depth > maxDepth) {
            reader.raiseError(QCoreApplication::translate("DpdAdapter", "elements nested deeper than %1 levels").arg(maxDepth));
            break;
        }
        const QString name = reader.name().toString();
        if (!wanted.contains(name)) {
            result.seen.insert(name);
            continue;
        }
        Fields fields;
        if (!readSubtree(reader, fields, maxDepth - depth))
            break; // a half-read element is not kept
        --depth;
        result.elements.append({name, fields});
    }
    if (reader.hasError())
        result.error = QCoreApplication::translate("DpdAdapter", "%1 at line %2, column %3")
                           .arg(reader.errorString())
                           .arg(reader.lineNumber())
                           .arg(reader.columnNumber());
    return result;
}

QString first(const Fields &fields, const QString &path) { return fields.value(path).value(0); }

// The first text under any path ending in one of `names` (fault details vary by DPD service).
QString firstEndingIn(const Fields &fields, const QStringList &names)
{
    for (const QString &name : names) {
        for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
            if ((it.key() == name || it.key().endsWith(u'/' + name)) && !it.value().isEmpty())
                return it.value().first();
        }
    }
    return {};
}

// ---- Writing SOAP --------------------------------------------------------------------------

template<typename WriteHeader, typename WriteBody>
QByteArray envelope(WriteHeader writeHeader, WriteBody writeBody)
{
    QByteArray xml;
    QXmlStreamWriter writer(&xml);
    writer.writeStartDocument();
    writer.writeNamespace(soapNamespace, u"soapenv"_s);
    writer.writeStartElement(soapNamespace, u"Envelope"_s);
    writer.writeStartElement(soapNamespace, u"Header"_s);
    writeHeader(writer);
    writer.writeEndElement();
    writer.writeStartElement(soapNamespace, u"Body"_s);
    writeBody(writer);
    writer.writeEndElement();
    writer.writeEndElement();
    writer.writeEndDocument();
    return xml;
}

QUrl serviceUrl(const QUrl &base, const QString &service)
{
    QUrl url = base;
    url.setPath(url.path(QUrl::FullyEncoded) + u'/' + service, QUrl::TolerantMode);
    return url;
}

// ---- DPD's status codes --------------------------------------------------------------------

bool isStatus(SubStatus s, Status status) { return Taxonomy::statusOf(s) == status; }
bool allowsInfoOrPickedUp(SubStatus s) { return s == SubStatus::InfoReceived || s == SubStatus::PickedUp; }
bool allowsPickedUp(SubStatus s) { return s == SubStatus::PickedUp; }
bool allowsTransit(SubStatus s)
{
    return isStatus(s, Status::InTransit)
        || (isStatus(s, Status::Exception) && s != SubStatus::ReturnedToSender && s != SubStatus::Lost);
}
bool allowsCustoms(SubStatus s) { return isStatus(s, Status::InTransit) || s == SubStatus::CustomsHold; }
bool allowsCourier(SubStatus s)
{
    return s == SubStatus::OutForDelivery || s == SubStatus::WeatherDelay || s == SubStatus::CarrierDelay;
}
bool allowsFailure(SubStatus s) { return isStatus(s, Status::AttemptFail) || isStatus(s, Status::Exception); }
bool allowsAttemptFail(SubStatus s) { return isStatus(s, Status::AttemptFail); }
bool allowsDelivered(SubStatus s) { return isStatus(s, Status::Delivered) || s == SubStatus::ReturnedToSender; }
bool allowsParcelShop(SubStatus s)
{
    return isStatus(s, Status::AvailableForPickup) || s == SubStatus::CollectedFromPickupPoint;
}
bool allowsException(SubStatus s) { return isStatus(s, Status::Exception); }
bool allowsReturning(SubStatus s) { return s == SubStatus::ReturningToSender; }
bool allowsReturned(SubStatus s) { return s == SubStatus::ReturnedToSender; }

// What one DPD status can mean, and what it means when its words say nothing more.
struct Family {
    const char16_t *name;
    SubStatus fallback;
    bool (*allows)(SubStatus);
};

const Family accepted{u"order data accepted", SubStatus::InfoReceived, allowsInfoOrPickedUp};
const Family pickedUp{u"parcel received by DPD", SubStatus::PickedUp, allowsPickedUp};
const Family atDepot{u"at a DPD depot", SubStatus::ArrivedAtHub, allowsTransit};
const Family betweenDepots{u"between depots", SubStatus::InTransit, allowsTransit};
const Family onTheRoad{u"on the road", SubStatus::InTransit, allowsTransit};
const Family customs{u"customs clearance", SubStatus::InTransit, allowsCustoms};
const Family courier{u"with the delivery courier", SubStatus::OutForDelivery, allowsCourier};
const Family deliveryFailure{u"delivery failed", SubStatus::FailedAttempt, allowsFailure};
const Family returningFromDelivery{u"back at the depot after a failed attempt", SubStatus::FailedAttempt, allowsAttemptFail};
const Family delivered{u"delivered", SubStatus::Delivered, allowsDelivered};
const Family pickup{u"collected from a Pickup parcelshop", SubStatus::CollectedFromPickupPoint, allowsParcelShop};
const Family parcelShop{u"at a Pickup parcelshop", SubStatus::AvailableForPickup, allowsParcelShop};
const Family problem{u"problem", SubStatus::ExceptionOther, allowsException};
const Family returnToSender{u"returning to the sender", SubStatus::ReturningToSender, allowsReturning};
const Family backToSender{u"back at the sender", SubStatus::ReturnedToSender, allowsReturned};

const Family *familyOf(const QString &status)
{
    static const QHash<QString, const Family *> families{
        {u"Accepted"_s, &accepted},           {u"PickedUp"_s, &pickedUp},
        {u"AtSendingDepot"_s, &atDepot},      {u"AtDeliveryDepot"_s, &atDepot},
        {u"Depot"_s, &atDepot},               {u"BetweenDepots"_s, &betweenDepots},
        {u"OnTheRoad"_s, &onTheRoad},         {u"Customs"_s, &customs},
        {u"Courier"_s, &courier},             {u"DeliveryFailure"_s, &deliveryFailure},
        {u"ReturningFromDelivery"_s, &returningFromDelivery}, {u"Delivered"_s, &delivered},
        {u"Pickup"_s, &pickup},               {u"ParcelShop"_s, &parcelShop},
        {u"Problem"_s, &problem},             {u"ReturnToSender"_s, &returnToSender},
        {u"BackToSender"_s, &backToSender},
    };
    return families.value(status.trimmed());
}

// DPD's own wordings that the generic classifier does not know; each applies only under its status.
struct Phrase {
    const Family *family;
    SubStatus subStatus;
    const char16_t *pattern;
};

const Phrase phrases[] = {
    // Between depots, DPD still says where the parcel stands: "is at the parcel dispatch centre".
    {&betweenDepots, SubStatus::ArrivedAtHub, uR"(\bat (the )?(parcel )?(dispatch|delivery|sorting) cent(re|er))"},
    // A depot announcing delivery "on the next working day" is holding the parcel back.
    {&atDepot, SubStatus::CarrierDelay,
     uR"((next|following) working day|high (parcel )?volumes?|capacity|nächsten werktag|(paket|sendungs)aufkommen)"},
    {&problem, SubStatus::Lost, uR"((could|can) ?not be (found|traced)|nicht (auffindbar|gefunden))"},
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

Reading interpret(const QString &status, const QString &text)
{
    const Family *family = familyOf(status);
    const auto words = EventTextClassifier::classify(text);
    if (!family) {
        return {words ? words->subStatus : SubStatus::ExceptionOther, false,
                QCoreApplication::translate("DpdAdapter", "unknown DPD status \"%1\"").arg(status)
                    + (words ? u"; "_s + words->evidence : QCoreApplication::translate("DpdAdapter", "; text not recognised"))};
    }
    const QString codeName = QCoreApplication::translate("DpdAdapter", "DPD status \"%1\" (%2)").arg(status, QString::fromUtf16(family->name));
    for (const CompiledWording<Phrase> &compiled : compiledPhrases()) {
        const QRegularExpressionMatch match = compiled.expression.match(QStringView(text));
        if (compiled.rule->family == family && match.hasMatch())
            return {compiled.rule->subStatus, true, QCoreApplication::translate("DpdAdapter", "%1 and DPD wording \"%2\"").arg(codeName, match.captured(0))};
    }
    if (words && family->allows(words->subStatus))
        return {words->subStatus, true, codeName + QCoreApplication::translate("DpdAdapter", " and ") + words->evidence};
    return {family->fallback, true, codeName + (words ? QCoreApplication::translate("DpdAdapter", "; %1 do not fit it").arg(words->evidence) : QString())};
}

// ---- Dates and places ----------------------------------------------------------------------

// DPD writes local time without a zone: "8/17/2021 7:11:26 PM" for en_US, day first and 24 hours
// for German or Dutch answers.
QDateTime parseDate(const QString &text, const QString &country, QString *assumedZone)
{
    const char16_t *const formats[] = {u"M/d/yyyy h:mm:ss AP", u"M/d/yyyy h:mm AP", u"d.M.yyyy H:mm:ss",
                                       u"d.M.yyyy H:mm",       u"d-M-yyyy H:mm:ss", u"d-M-yyyy H:mm"};
    for (const char16_t *format : formats) {
        const QDateTime parsed = CarrierTime::parseLocal(text, QString::fromUtf16(format), country, {}, assumedZone);
        if (parsed.isValid())
            return parsed;
    }
    return CarrierTime::parseIso(text, country, assumedZone);
}

CarrierError::Kind kindOfFault(const QString &faultCode, const QString &code, const QString &message)
{
    const QString upper = code.toUpper();
    const QString lower = message.toLower();
    if (upper.contains(u"AUTH") || upper.contains(u"TOKEN") || upper.contains(u"LOGIN") || lower.contains(u"authentication"))
        return CarrierError::Kind::Unauthorized;
    if (upper.contains(u"NOT_FOUND") || upper.contains(u"NOTFOUND") || lower.contains(u"not found")
        || lower.contains(u"no data") || lower.contains(u"unknown parcel"))
        return CarrierError::Kind::NotFound;
    if (upper.contains(u"LIMIT") || upper.contains(u"QUOTA") || lower.contains(u"too many"))
        return CarrierError::Kind::RateLimited;
    if (faultCode.endsWith(u"Client") || lower.contains(u"invalid") || lower.contains(u"not valid"))
        return CarrierError::Kind::Rejected;
    return CarrierError::Kind::Temporary;
}

} // namespace

QString DpdAdapter::key() const { return u"dpd"_s; }
QString DpdAdapter::displayName() const { return u"DPD"_s; }

CarrierLimits DpdAdapter::defaultLimits() const
{
    // getTrackingData takes one parcelLabelNumber, and DPD's developer guidelines say the parcel
    // life cycle service is for on-demand tracking, "not for bulk requests". They publish no figure
    // for it (the shipment service gets 30-60 calls a minute, in sequence), so: one a second, in sequence.
    return {1, 1, 1, 1, 0};
}

QUrl DpdAdapter::defaultBaseUrl() const { return QUrl(u"https://public-ws.dpd.com/services"_s); }

std::optional<CarrierRequest> DpdAdapter::tokenRequest(const CarrierAccount &account) const
{
    // An apiKey, when set, is an authToken issued beforehand and wins (DPD allows ten logins a day;
    // the sandbox signs in that way too). Otherwise clientSecret is the password for getAuth.
    if (!account.apiKey.isEmpty() || account.clientId.isEmpty() || account.clientSecret.isEmpty())
        return std::nullopt;
    CarrierRequest request;
    request.method = "POST";
    request.url = serviceUrl(account.baseUrl, u"LoginService/V2_0"_s);
    request.headers = {{"Content-Type", "text/xml; charset=utf-8"},
                       {"SOAPAction", "http://dpd.com/common/service/types/LoginService/2.0/getAuth"}};
    request.body = envelope([](QXmlStreamWriter &) {},
                            [&](QXmlStreamWriter &writer) {
                                writer.writeStartElement(loginNamespace, u"getAuth"_s);
                                writer.writeTextElement(u"delisId"_s, account.clientId);
                                writer.writeTextElement(u"password"_s, account.clientSecret);
                                writer.writeTextElement(u"messageLanguage"_s, messageLanguage);
                                writer.writeEndElement();
                            });
    return request;
}

std::optional<CarrierAdapter::Token> DpdAdapter::parseTokenResponse(const QByteArray &body, int httpStatus,
                                                                    CarrierError *error) const
{
    const XmlCapture xml = capture(body, {u"return"_s, u"Fault"_s});
    for (const auto &[name, fields] : xml.elements) {
        if (name == u"Fault") {
            if (error)
                *error = errorFromFault(fields, httpStatus, {});
            return std::nullopt;
        }
        const QString token = first(fields, u"authToken"_s);
        if (token.isEmpty())
            continue;
        // authTokenExpires is UTC without a zone ("2025-05-28T08:37:02.635").
        const QDateTime expires = CarrierTime::parseIso(first(fields, u"authTokenExpires"_s), u"");
        const qint64 left = expires.isValid() ? QDateTime::currentDateTimeUtc().secsTo(expires) : assumedTokenLifetimeSecs;
        return Token{token, int(std::clamp<qint64>(left, 60, assumedTokenLifetimeSecs))};
    }
    if (error) {
        *error = httpStatus >= 200 && httpStatus < 300 ? CarrierError{} : httpError(httpStatus, {});
        error->carrier = key();
        if (httpStatus >= 200 && httpStatus < 300)
            error->message = xml.error.isEmpty() ? QCoreApplication::translate("DpdAdapter", "DPD's getAuth answer has no authToken")
                                                 : QCoreApplication::translate("DpdAdapter", "DPD's getAuth answer is not valid XML: %1").arg(xml.error);
    }
    return std::nullopt;
}

QList<CarrierRequest> DpdAdapter::trackRequests(const QStringList &trackingNumbers, const CarrierAccount &account,
                                                const QString &accessToken) const
{
    const QString token = accessToken.isEmpty() ? account.apiKey : accessToken;
    QList<CarrierRequest> requests;
    for (const QString &number : trackingNumbers) {
        CarrierRequest request;
        request.method = "POST";
        request.url = serviceUrl(account.baseUrl, u"ParcelLifeCycleService/V2_0"_s);
        request.headers = {{"Content-Type", "text/xml; charset=utf-8"},
                           {"SOAPAction", "http://dpd.com/common/service/types/ParcelLifeCycleService/2.0/getTrackingData"}};
        request.body = envelope(
            [&](QXmlStreamWriter &writer) {
                writer.writeStartElement(authNamespace, u"authentication"_s);
                writer.writeTextElement(u"delisId"_s, account.clientId);
                writer.writeTextElement(u"authToken"_s, token);
                writer.writeTextElement(u"messageLanguage"_s, messageLanguage);
                writer.writeEndElement();
            },
            [&](QXmlStreamWriter &writer) {
                writer.writeStartElement(lifeCycleNamespace, u"getTrackingData"_s);
                writer.writeTextElement(u"parcelLabelNumber"_s, number.trimmed());
                writer.writeEndElement();
            });
        request.trackingNumbers = {number};
        requests.append(request);
    }
    return requests;
}

TrackingResult DpdAdapter::parseTrackResponse(const QByteArray &body, int httpStatus, const QStringList &requested) const
{
    TrackingResult result;
    const QString number = requested.value(0);
    const XmlCapture xml = capture(body, {u"statusInfo"_s, u"shipmentInfo"_s, u"Fault"_s});
    QList<Fields> statusInfos;
    Fields shipmentInfo;
    for (const auto &[name, fields] : xml.elements) {
        if (name == u"Fault") {
            result.errors.append(errorFromFault(fields, httpStatus, number));
            return result;
        }
        if (name == u"statusInfo")
            statusInfos.append(fields);
        else
            shipmentInfo = fields;
    }
    const bool answered = xml.seen.contains(u"trackingresult"_s);
    if (!answered && (httpStatus < 200 || httpStatus >= 300)) {
        result.errors.append(httpError(httpStatus, body));
        result.errors.last().trackingNumber = number;
        return result;
    }
    // A cut-off answer is reported, and the whole events read before the cut are still kept.
    if (!xml.error.isEmpty())
        result.errors.append({CarrierError::Kind::Malformed, key(), number,
                              QCoreApplication::translate("DpdAdapter", "DPD's answer is not valid XML: %1").arg(xml.error)});
    else if (!answered)
        result.errors.append({CarrierError::Kind::Malformed, key(), number,
                              QCoreApplication::translate("DpdAdapter", "DPD's answer has no getTrackingDataResponse/trackingresult")});
    if (!answered)
        return result;
    const qsizetype errorsBefore = result.errors.size();
    TrackedShipment shipment = readShipment(statusInfos, shipmentInfo, number, result.errors);
    if (!shipment.events.isEmpty())
        result.shipments.append(shipment);
    else if (result.errors.size() == errorsBefore && xml.error.isEmpty())
        result.errors.append({CarrierError::Kind::NotFound, key(), number,
                              QCoreApplication::translate("DpdAdapter", "DPD has no status for parcel %1 (yet)").arg(number)});
    return result;
}

TrackedShipment DpdAdapter::readShipment(const QList<Fields> &statusInfos, const Fields &shipmentInfo,
                                         const QString &trackingNumber, QList<CarrierError> &errors) const
{
    TrackedShipment shipment;
    shipment.trackingNumber = trackingNumber;
    shipment.service = first(shipmentInfo, u"serviceDescription/content/content"_s);
    // An event without "(CC)" in its place is taken to be in the country the others name.
    QString knownCountry;
    for (const Fields &info : statusInfos) {
        knownCountry = PlaceCountry::of(first(info, u"location/content"_s));
        if (!knownCountry.isEmpty())
            break;
    }
    std::optional<SubStatus> current;
    for (qsizetype i = 0; i < statusInfos.size(); ++i) {
        const auto read = readStatusInfo(statusInfos[i], trackingNumber, int(i), knownCountry, errors);
        if (!read)
            continue;
        shipment.events.append(read->event);
        if (read->current && read->event.mapped)
            current = read->event.subStatus;
    }
    // DPD flags its current status itself; that beats ordering by time.
    if (current)
        shipment.subStatus = *current;
    shipment.settle(current.has_value());
    return shipment;
}

std::optional<DpdAdapter::StatusEvent> DpdAdapter::readStatusInfo(const Fields &info, const QString &trackingNumber,
                                                                  int index, const QString &fallbackCountry,
                                                                  QList<CarrierError> &errors) const
{
    // DPD lists the steps still ahead too (statusHasBeenReached false, no date): not events.
    if (first(info, u"statusHasBeenReached"_s) == u"false")
        return std::nullopt;
    StatusEvent read;
    TrackingEvent &event = read.event;
    event.location = first(info, u"location/content"_s);
    const QString placeCountry = PlaceCountry::of(event.location);
    const QString country = placeCountry.isEmpty() ? fallbackCountry : placeCountry;
    const QString date = first(info, u"date/content"_s);
    QString assumedZone;
    event.occurredAt = parseDate(date, country, &assumedZone);
    if (!event.occurredAt.isValid()) {
        errors.append({CarrierError::Kind::Malformed, key(), trackingNumber,
                       QCoreApplication::translate("DpdAdapter", "DPD statusInfo[%1] of %2 has an unreadable date \"%3\"; that event was skipped")
                           .arg(index)
                           .arg(trackingNumber, date.left(40))});
        return std::nullopt;
    }
    event.carrierCode = first(info, u"status"_s);
    // The description's lines, then any problem lines DPD adds; its labels are too coarse to use.
    event.carrierText = (info.value(u"description/content/content"_s) + info.value(u"errorItems/content/content"_s)).join(u' ');
    const Reading reading = interpret(event.carrierCode, event.carrierText);
    event.subStatus = reading.subStatus;
    event.mapped = reading.mapped;
    event.evidence = reading.evidence;
    if (!assumedZone.isEmpty())
        event.evidence += u"; "_s + assumedZone;
    read.current = first(info, u"isCurrentStatus"_s) == u"true";
    return read;
}

CarrierError DpdAdapter::errorFromFault(const Fields &fault, int httpStatus, const QString &trackingNumber) const
{
    // <soap:Fault><faultcode>soap:Server</faultcode><faultstring>Fault occured</faultstring>
    // <detail><ns:authenticationFault><errorCode>..</errorCode><errorMessage>..</errorMessage>...
    const QString faultCode = first(fault, u"faultcode"_s);
    const QString code = firstEndingIn(fault, {u"errorCode"_s, u"faultCode"_s});
    QString message = firstEndingIn(fault, {u"errorMessage"_s, u"message"_s});
    if (message.isEmpty())
        message = first(fault, u"faultstring"_s);
    CarrierError error{kindOfFault(faultCode, code, message), key(), trackingNumber, {}};
    error.message = QCoreApplication::translate("DpdAdapter", "DPD answered a SOAP fault (HTTP %1): %2%3")
                        .arg(httpStatus)
                        .arg(code.isEmpty() ? faultCode : code)
                        .arg(message.isEmpty() ? QString() : u" \""_s + message + u'"');
    if (!trackingNumber.isEmpty())
        error.message += QCoreApplication::translate("DpdAdapter", " for parcel %1").arg(trackingNumber);
    return error;
}
