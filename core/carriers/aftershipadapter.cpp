#include "aftershipadapter.h"

#include <QCoreApplication>

#include "carriertime.h"
#include "eventtextclassifier.h"
#include "jsonpath.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QRegularExpression>
#include <QUrlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

// GET /v4/trackings takes at most 50 comma-separated values in tracking_numbers (AfterShip's
// "Get trackings" reference); a page holds at most 200 trackings.
constexpr int maxNumbersPerList = 50;
constexpr int maxPageSize = 200;

QString pathSegment(const QString &text) { return QString::fromLatin1(QUrl::toPercentEncoding(text)); }

QString single(const QStringList &requested) { return requested.size() == 1 ? requested.first() : QString(); }

// An attacker timing the comparison must not learn how many leading bytes of a forged
// signature were right, so every byte is looked at whatever the first difference.
bool constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    uchar difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= uchar(a.at(i)) ^ uchar(b.at(i));
    return difference == 0;
}

struct TagReading {
    SubStatus subStatus;
    bool mapped;
    QString evidence;
};

// A tag we do not know is kept verbatim and only guessed from the words. A subtag we have no row
// for (or none at all) leaves the tag's status, which the words may refine within that status.
TagReading readTags(const QString &tag, const QString &subtag, const QString &message)
{
    const auto words = EventTextClassifier::classify(message);
    const auto status = Taxonomy::statusFromKey(tag);
    if (!status) {
        return {words ? words->subStatus : SubStatus::ExceptionOther, false,
                QCoreApplication::translate("AfterShipAdapter", "unknown AfterShip tag \"%1\"").arg(tag)
                    + (words ? u"; "_s + words->evidence : QCoreApplication::translate("AfterShipAdapter", "; text not recognised"))};
    }
    const auto bySubtag = subtag.isEmpty() ? std::nullopt : Taxonomy::fromAfterShip({}, subtag);
    if (bySubtag && Taxonomy::statusOf(*bySubtag) == *status)
        return {*bySubtag, true, QCoreApplication::translate("AfterShipAdapter", "AfterShip tag %1, subtag %2").arg(tag, subtag)};
    const QString why = subtag.isEmpty() ? QCoreApplication::translate("AfterShipAdapter", "AfterShip tag %1 without subtag").arg(tag)
                                         : QCoreApplication::translate("AfterShipAdapter", "AfterShip tag %1, subtag %2 not in our table").arg(tag, subtag);
    if (words && Taxonomy::statusOf(words->subStatus) == *status)
        return {words->subStatus, true, why + QCoreApplication::translate("AfterShipAdapter", " and ") + words->evidence};
    return {Taxonomy::defaultSubStatus(*status), true, why};
}

QString locationOf(const QJsonObject &checkpoint)
{
    const QString location = JsonPath::text(checkpoint, u"location");
    if (!location.isEmpty())
        return location;
    QStringList parts;
    const char16_t *const fields[] = {u"city", u"state", u"country_iso3"};
    for (const char16_t *field : fields) {
        const QString part = JsonPath::text(checkpoint, field);
        if (!part.isEmpty())
            parts.append(part);
    }
    return parts.join(u", "_s);
}

// The carrier's own promise first, then AfterShip's prediction. Dates are local to the
// destination as written, so only the date part is read.
QDate estimateOf(const QJsonObject &tracking)
{
    const char16_t *const paths[] = {u"expected_delivery", u"courier_estimated_delivery_date.estimated_delivery_date",
                                     u"aftership_estimated_delivery_date.estimated_delivery_date"};
    for (const char16_t *path : paths) {
        const QDate date = QDate::fromString(JsonPath::text(tracking, path).left(10), Qt::ISODate);
        if (date.isValid())
            return date;
    }
    return {};
}

CarrierError::Kind kindOfMeta(int code)
{
    if (code == 4004 || code == 404)
        return CarrierError::Kind::NotFound;
    if (code == 401 || code == 403)
        return CarrierError::Kind::Unauthorized;
    if (code == 429)
        return CarrierError::Kind::RateLimited;
    if (code >= 500 && code < 600)
        return CarrierError::Kind::Temporary;
    return CarrierError::Kind::Rejected;
}

} // namespace

QString AfterShipAdapter::key() const { return u"aftership"_s; }
QString AfterShipAdapter::displayName() const { return u"AfterShip"_s; }

CarrierLimits AfterShipAdapter::defaultLimits() const
{
    // AfterShip's rate-limit page: 10 requests a second per organisation on the v4 API, counted
    // in clock-aligned seconds, 429 beyond it; no daily quota. A bucket may send its burst plus a
    // second's refill inside one such second, so burst 1 and 9 a second stay within 10. Four in
    // flight is our choice, well inside that.
    return {9, 1, 4, maxNumbersPerList, 0};
}

QUrl AfterShipAdapter::defaultBaseUrl() const { return QUrl(u"https://api.aftership.com"_s); }

AfterShipAdapter::SlugAndNumber AfterShipAdapter::splitSlug(const QString &trackingNumber)
{
    // Slugs are lower-case courier codes with digits and hyphens ("postnl-3s", "dhl-germany").
    static const QRegularExpression pattern(u"^([a-z0-9][a-z0-9-]*):(.+)$"_s);
    const QString trimmed = trackingNumber.trimmed();
    const auto match = pattern.match(QStringView(trimmed));
    if (!match.hasMatch() || match.captured(2).trimmed().isEmpty())
        return {{}, trimmed};
    return {match.captured(1), match.captured(2).trimmed()};
}

CarrierRequest AfterShipAdapter::request(const CarrierAccount &account, const QString &path) const
{
    CarrierRequest request;
    request.url = account.baseUrl;
    request.url.setPath(request.url.path(QUrl::FullyEncoded) + path, QUrl::TolerantMode);
    request.headers = {{"aftership-api-key", account.apiKey.toUtf8()},
                       {"Content-Type", "application/json"},
                       {"Accept", "application/json"}};
    return request;
}

QList<CarrierRequest> AfterShipAdapter::trackRequests(const QStringList &trackingNumbers, const CarrierAccount &account,
                                                      const QString &) const
{
    QList<CarrierRequest> requests;
    QStringList plain;
    for (const QString &number : trackingNumbers) {
        const SlugAndNumber parts = splitSlug(number);
        if (parts.slug.isEmpty()) {
            plain.append(number);
            continue;
        }
        CarrierRequest single = request(account, u"/v4/trackings/%1/%2"_s.arg(pathSegment(parts.slug), pathSegment(parts.number)));
        single.trackingNumbers = {number};
        requests.append(single);
    }
    for (qsizetype i = 0; i < plain.size(); i += maxNumbersPerList) {
        const QStringList batch = plain.mid(i, maxNumbersPerList);
        CarrierRequest list = request(account, u"/v4/trackings"_s);
        QUrlQuery query;
        query.addQueryItem(u"tracking_numbers"_s, batch.join(u',').trimmed());
        query.addQueryItem(u"limit"_s, QString::number(maxPageSize));
        list.url.setQuery(query);
        list.trackingNumbers = batch;
        requests.append(list);
    }
    return requests;
}

CarrierRequest AfterShipAdapter::createTrackingRequest(const QString &slug, const QString &trackingNumber,
                                                       const CarrierAccount &account) const
{
    CarrierRequest create = request(account, u"/v4/trackings"_s);
    create.method = "POST";
    QJsonObject tracking{{u"tracking_number"_s, trackingNumber.trimmed()}};
    if (!slug.isEmpty())
        tracking.insert(u"slug"_s, slug);
    create.body = QJsonDocument(QJsonObject{{u"tracking"_s, tracking}}).toJson(QJsonDocument::Compact);
    create.trackingNumbers = {slug.isEmpty() ? trackingNumber.trimmed() : slug + u':' + trackingNumber.trimmed()};
    return create;
}

CarrierRequest AfterShipAdapter::changedTrackingsRequest(const QDateTime &since, const CarrierAccount &account, int page) const
{
    CarrierRequest changed = request(account, u"/v4/trackings"_s);
    QUrlQuery query;
    query.addQueryItem(u"updated_at_min"_s, since.toUTC().toString(Qt::ISODate));
    query.addQueryItem(u"limit"_s, QString::number(maxPageSize));
    query.addQueryItem(u"page"_s, QString::number(std::max(page, 1)));
    changed.url.setQuery(query);
    return changed;
}

bool AfterShipAdapter::verifyWebhook(const QByteArray &body, const QByteArray &signatureHeaderBase64, const QByteArray &secret)
{
    if (secret.isEmpty())
        return false;
    const auto decoded = QByteArray::fromBase64Encoding(signatureHeaderBase64.trimmed(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.isEmpty())
        return false;
    const QByteArray expected = QMessageAuthenticationCode::hash(body, secret, QCryptographicHash::Sha256);
    return constantTimeEquals(expected, decoded.decoded);
}

TrackingResult AfterShipAdapter::parseWebhook(const QByteArray &body) const
{
    TrackingResult result;
    QJsonParseError parseError;
    const QJsonObject root = QJsonDocument::fromJson(body, &parseError).object();
    if (parseError.error != QJsonParseError::NoError) {
        result.errors.append({CarrierError::Kind::Malformed, key(), {},
                              QCoreApplication::translate("AfterShipAdapter", "AfterShip webhook body is not valid JSON: %1 at byte %2")
                                  .arg(parseError.errorString())
                                  .arg(parseError.offset)});
        return result;
    }
    const QJsonValue msg = root.value(u"msg");
    if (!msg.isObject()) {
        result.errors.append({CarrierError::Kind::Malformed, key(), {},
                              QCoreApplication::translate("AfterShipAdapter", "AfterShip webhook (event \"%1\") has no \"msg\" tracking object")
                                  .arg(JsonPath::text(root, u"event"))});
        return result;
    }
    if (auto shipment = readTracking(msg.toObject(), u"webhook msg"_s, {}, result.errors))
        result.shipments.append(*shipment);
    return result;
}

TrackingResult AfterShipAdapter::parseTrackResponse(const QByteArray &body, int httpStatus, const QStringList &requested) const
{
    TrackingResult result;
    const bool success = httpStatus >= 200 && httpStatus < 300;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        CarrierError error = success ? CarrierError{CarrierError::Kind::Malformed, key(), {},
                                                    parseError.error != QJsonParseError::NoError
                                                        ? QCoreApplication::translate("AfterShipAdapter", "AfterShip's answer is not valid JSON: %1 at byte %2")
                                                              .arg(parseError.errorString())
                                                              .arg(parseError.offset)
                                                        : QCoreApplication::translate("AfterShipAdapter", "AfterShip's answer is not a JSON object")}
                                     : httpError(httpStatus, body);
        error.trackingNumber = single(requested);
        result.errors.append(error);
        return result;
    }
    const QJsonObject root = document.object();
    const QJsonObject meta = root.value(u"meta").toObject();
    const int code = meta.value(u"code").toInt(success ? 200 : httpStatus);
    if (!success || (code != 200 && code != 201)) {
        result.errors.append(meta.isEmpty() ? httpError(httpStatus, body) : errorFromMeta(meta, httpStatus, requested));
        result.errors.last().trackingNumber = single(requested);
        return result;
    }
    if (!root.value(u"data").isObject()) {
        result.errors.append({CarrierError::Kind::Malformed, key(), single(requested),
                              QCoreApplication::translate("AfterShipAdapter", "AfterShip's answer has no \"data\" object")});
        return result;
    }
    readTrackings(root.value(u"data").toObject(), requested, result);
    reportUnanswered(requested, result);
    return result;
}

void AfterShipAdapter::readTrackings(const QJsonObject &data, const QStringList &requested, TrackingResult &result) const
{
    if (data.value(u"tracking").isObject()) {
        if (auto shipment = readTracking(data.value(u"tracking").toObject(), u"data.tracking"_s, requested, result.errors))
            result.shipments.append(*shipment);
        return;
    }
    if (!data.value(u"trackings").isArray()) {
        result.errors.append({CarrierError::Kind::Malformed, key(), single(requested),
                              QCoreApplication::translate("AfterShipAdapter", "AfterShip's data has neither a \"tracking\" object nor a \"trackings\" array")});
        return;
    }
    const QJsonArray trackings = data.value(u"trackings").toArray();
    for (qsizetype i = 0; i < trackings.size(); ++i) {
        const QString where = u"data.trackings[%1]"_s.arg(i);
        if (!trackings[i].isObject()) {
            result.errors.append({CarrierError::Kind::Malformed, key(), single(requested),
                                  QCoreApplication::translate("AfterShipAdapter", "AfterShip's %1 is not an object").arg(where)});
            continue;
        }
        if (auto shipment = readTracking(trackings[i].toObject(), where, requested, result.errors))
            result.shipments.append(*shipment);
    }
}

std::optional<TrackedShipment> AfterShipAdapter::readTracking(const QJsonObject &tracking, const QString &where,
                                                              const QStringList &requested, QList<CarrierError> &errors) const
{
    const QString number = JsonPath::text(tracking, u"tracking_number");
    if (number.isEmpty()) {
        errors.append({CarrierError::Kind::Malformed, key(), single(requested),
                       QCoreApplication::translate("AfterShipAdapter", "AfterShip's %1 has no \"tracking_number\"").arg(where)});
        return std::nullopt;
    }
    TrackedShipment shipment;
    // Answer under the name the number was asked by, so the caller recognises it.
    const QString withSlug = JsonPath::text(tracking, u"slug") + u':' + number;
    shipment.trackingNumber = requested.contains(withSlug) ? withSlug : number;
    shipment.service = JsonPath::text(tracking, u"shipment_type");
    shipment.carrierEstimate = estimateOf(tracking);

    const QJsonValue checkpoints = tracking.value(u"checkpoints");
    if (!checkpoints.isArray() && !checkpoints.isNull() && !checkpoints.isUndefined())
        errors.append({CarrierError::Kind::Malformed, key(), shipment.trackingNumber,
                       QCoreApplication::translate("AfterShipAdapter", "AfterShip's %1.checkpoints is not a list").arg(where)});
    const QJsonArray list = checkpoints.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (!list[i].isObject()) {
            errors.append({CarrierError::Kind::Malformed, key(), shipment.trackingNumber,
                           QCoreApplication::translate("AfterShipAdapter", "AfterShip checkpoints[%1] of %2 is not an object").arg(i).arg(shipment.trackingNumber)});
            continue;
        }
        if (auto event = readCheckpoint(list[i].toObject(), shipment.trackingNumber, int(i), errors))
            shipment.events.append(*event);
    }
    // The tracking's own tag is AfterShip's verdict on the whole journey; an unknown one is ignored.
    const QString tag = JsonPath::text(tracking, u"tag");
    const bool knownTag = Taxonomy::statusFromKey(tag).has_value();
    if (knownTag)
        shipment.subStatus = readTags(tag, JsonPath::text(tracking, u"subtag"), {}).subStatus;
    shipment.settle(knownTag);
    return shipment;
}

std::optional<TrackingEvent> AfterShipAdapter::readCheckpoint(const QJsonObject &checkpoint, const QString &trackingNumber,
                                                              int index, QList<CarrierError> &errors) const
{
    const QString timestamp = JsonPath::text(checkpoint, u"checkpoint_time");
    QString assumedZone;
    TrackingEvent event;
    event.occurredAt = CarrierTime::parseIso(timestamp, JsonPath::text(checkpoint, u"country_iso3"), &assumedZone);
    if (!event.occurredAt.isValid()) {
        errors.append({CarrierError::Kind::Malformed, key(), trackingNumber,
                       QCoreApplication::translate("AfterShipAdapter", "AfterShip checkpoints[%1] of %2 has an unreadable checkpoint_time \"%3\"; that checkpoint was skipped")
                           .arg(index)
                           .arg(trackingNumber, timestamp.left(40))});
        return std::nullopt;
    }
    const QString tag = JsonPath::text(checkpoint, u"tag");
    const QString subtag = JsonPath::text(checkpoint, u"subtag");
    event.location = locationOf(checkpoint);
    event.carrierCode = subtag.isEmpty() ? tag : subtag;
    event.carrierText = JsonPath::text(checkpoint, u"message");
    const TagReading reading = readTags(tag, subtag, event.carrierText);
    event.subStatus = reading.subStatus;
    event.mapped = reading.mapped;
    event.evidence = reading.evidence;
    if (!assumedZone.isEmpty())
        event.evidence += u"; "_s + assumedZone;
    return event;
}

void AfterShipAdapter::reportUnanswered(const QStringList &requested, TrackingResult &result) const
{
    for (const QString &number : requested) {
        const bool answered = std::any_of(result.shipments.cbegin(), result.shipments.cend(),
                                          [&](const TrackedShipment &s) { return s.trackingNumber == number; });
        const bool explained = std::any_of(result.errors.cbegin(), result.errors.cend(),
                                           [&](const CarrierError &e) { return e.trackingNumber == number; });
        if (!answered && !explained)
            result.errors.append({CarrierError::Kind::NotFound, key(), number,
                                  QCoreApplication::translate("AfterShipAdapter", "AfterShip has no tracking for %1; it must be created in the account first")
                                      .arg(number)});
    }
}

CarrierError AfterShipAdapter::errorFromMeta(const QJsonObject &meta, int httpStatus, const QStringList &requested) const
{
    // v4 error envelope: {"meta": {"code": 4004, "message": "Tracking does not exist.", "type": "NotFound"}, "data": {}}.
    const int code = meta.value(u"code").toInt(httpStatus);
    const QString message = JsonPath::text(meta, u"message");
    const QString type = JsonPath::text(meta, u"type");
    CarrierError error{kindOfMeta(code), key(), single(requested), {}};
    const QString said = QCoreApplication::translate("AfterShipAdapter", "meta.code %1%2%3")
                             .arg(code)
                             .arg(type.isEmpty() ? QString() : u" "_s + type)
                             .arg(message.isEmpty() ? QString() : u": \""_s + message + u'"');
    if (error.kind == CarrierError::Kind::NotFound && !error.trackingNumber.isEmpty())
        error.message = QCoreApplication::translate("AfterShipAdapter", "AfterShip does not know tracking %1 (%2)").arg(error.trackingNumber, said);
    else
        error.message = QCoreApplication::translate("AfterShipAdapter", "AfterShip answered HTTP %1 with %2").arg(httpStatus).arg(said);
    return error;
}
