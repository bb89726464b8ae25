#include "carriers/upsadapter.h"
#include "carrierfixtures.h"
#include "testdatabases.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

class TestUpsAdapter : public QObject
{
    Q_OBJECT

private slots:
    void describesItself();
    void buildsTokenRequestWithBasicAuth();
    void readsTokenAnswers();
    void tokenErrorsAreUnauthorizedInPlainWords();
    void buildsOneRequestPerNumber();
    void readsDeliveredSample();
    void readsJourneyKeepingValidParts();
    void unknownCodeNeverOverridesKnownState();
    void notFoundWarningNamesTheNumber();
    void errorEnvelopeKeepsUpsCodeAndMessage();
    void httpErrorsAreClassified();
    void garbageIsMalformedNotACrash();
    void truncatedAndMutatedSamplesNeverCrash();

private:
    static QByteArray fixture(const QString &name) { return CarrierFixtures::read(u"ups"_s, name); }
    static QString header(const CarrierRequest &request, const QByteArray &name)
    {
        return CarrierFixtures::header(request, name);
    }
    UpsAdapter m_adapter;
};

void TestUpsAdapter::describesItself()
{
    QCOMPARE(m_adapter.key(), u"ups"_s);
    QCOMPARE(m_adapter.displayName(), u"UPS"_s);
    QCOMPARE(m_adapter.defaultBaseUrl(), QUrl(u"https://onlinetools.ups.com"_s));
    const CarrierLimits limits = m_adapter.defaultLimits();
    QCOMPARE(limits.maxNumbersPerRequest, 1);
    QCOMPARE(limits.requestsPerSecond, 2.0);
    QCOMPARE(limits.burst, 5);
    QCOMPARE(limits.dailyQuota, qint64(0));
}

void TestUpsAdapter::buildsTokenRequestWithBasicAuth()
{
    const CarrierAccount account{QUrl(u"http://127.0.0.1:8080/ups/"_s), {}, u"my-id"_s, u"s3cr:et"_s};
    const auto request = m_adapter.tokenRequest(account);
    QVERIFY(request.has_value());
    QCOMPARE(request->method, QByteArray("POST"));
    QCOMPARE(request->url.toString(), u"http://127.0.0.1:8080/ups/security/v1/oauth/token"_s);
    QCOMPARE(request->body, QByteArray("grant_type=client_credentials"));
    // base64("my-id:s3cr:et")
    QCOMPARE(header(*request, "Authorization"), u"Basic bXktaWQ6czNjcjpldA=="_s);
    QCOMPARE(header(*request, "Content-Type"), u"application/x-www-form-urlencoded"_s);
}

void TestUpsAdapter::readsTokenAnswers()
{
    // UPS's answer carries expires_in as a string.
    const QByteArray upsShape = R"({"token_type":"Bearer","issued_at":"1707422400000","client_id":"my-id",
        "access_token":"eyJraWQiOiJ0b2tlbiJ9.payload.sig","scope":"","expires_in":"14399","refresh_count":"0","status":"approved"})";
    CarrierError error;
    const auto token = m_adapter.parseTokenResponse(upsShape, 200, &error);
    QVERIFY(token.has_value());
    QCOMPARE(token->accessToken, u"eyJraWQiOiJ0b2tlbiJ9.payload.sig"_s);
    QCOMPARE(token->expiresInSecs, 14399);

    const auto numeric = m_adapter.parseTokenResponse(R"({"access_token":"abc","expires_in":3600})", 200, &error);
    QCOMPARE(numeric.value().expiresInSecs, 3600);
    // An absurd lifetime is capped at a day; a missing one falls back to UPS's documented four hours.
    QCOMPARE(m_adapter.parseTokenResponse(R"({"access_token":"abc","expires_in":"1e300"})", 200, &error)->expiresInSecs, 86400);
    QCOMPARE(m_adapter.parseTokenResponse(R"({"access_token":"abc","expires_in":[1]})", 200, &error)->expiresInSecs, 14399);
    QCOMPARE(m_adapter.parseTokenResponse(R"({"access_token":"abc"})", 200, &error)->expiresInSecs, 14399);
}

void TestUpsAdapter::tokenErrorsAreUnauthorizedInPlainWords()
{
    CarrierError error;
    const QByteArray envelope = R"({"response":{"errors":[{"code":"10401","message":"ClientId is Invalid"}]}})";
    QVERIFY(!m_adapter.parseTokenResponse(envelope, 401, &error));
    QCOMPARE(error.kind, CarrierError::Kind::Unauthorized);
    QCOMPARE(error.carrier, u"ups"_s);
    QCOMPARE(error.message, u"UPS did not accept the client ID and secret (HTTP 401): 10401 ClientId is Invalid"_s);

    QVERIFY(!m_adapter.parseTokenResponse(R"({"error":"invalid_client","error_description":"Client authentication failed."})",
                                          400, &error));
    QCOMPARE(error.kind, CarrierError::Kind::Unauthorized);
    QCOMPARE(error.message,
             u"UPS did not accept the client ID and secret (HTTP 400): invalid_client Client authentication failed."_s);

    QVERIFY(!m_adapter.parseTokenResponse(R"({"status":"approved"})", 200, &error));
    QCOMPARE(error.kind, CarrierError::Kind::Malformed);
    QVERIFY(!m_adapter.parseTokenResponse("<html>busy</html>", 503, &error));
    QCOMPARE(error.kind, CarrierError::Kind::Temporary);
    QVERIFY(!m_adapter.parseTokenResponse("", 429, &error));
    QCOMPARE(error.kind, CarrierError::Kind::RateLimited);
    QVERIFY(!m_adapter.parseTokenResponse("{", 200, nullptr)); // no error out-parameter: no crash
}

void TestUpsAdapter::buildsOneRequestPerNumber()
{
    const CarrierAccount account{QUrl(u"http://127.0.0.1:8080/ups"_s), {}, u"id"_s, u"secret"_s};
    const auto requests = m_adapter.trackRequests({u"1Z1442YY7229014688"_s, u"AB/CD?1"_s}, account, u"tok"_s);
    QCOMPARE(requests.size(), 2);
    QCOMPARE(requests[0].method, QByteArray("GET"));
    QCOMPARE(requests[0].url.path(), u"/ups/api/track/v1/details/1Z1442YY7229014688"_s);
    const QUrlQuery query(requests[0].url);
    QCOMPARE(query.queryItemValue(u"locale"_s), u"en_US"_s);
    QCOMPARE(query.queryItemValue(u"returnSignature"_s), u"false"_s);
    QCOMPARE(requests[0].trackingNumbers, QStringList{u"1Z1442YY7229014688"_s});
    QCOMPARE(header(requests[0], "Authorization"), u"Bearer tok"_s);
    QCOMPARE(header(requests[0], "transactionSrc"), u"shipdeck"_s);
    // transId: unique per request, at most 32 characters (UPS's limit).
    const QString first = header(requests[0], "transId");
    QVERIFY2(QRegularExpression(u"^[0-9a-f]{32}$"_s).match(first).hasMatch(), qPrintable(first));
    QVERIFY(first != header(requests[1], "transId"));
    // A slash or question mark in a number stays inside the path segment.
    QCOMPARE(requests[1].url.toString(QUrl::FullyEncoded),
             u"http://127.0.0.1:8080/ups/api/track/v1/details/AB%2FCD%3F1?locale=en_US&returnSignature=false"_s);
}

void TestUpsAdapter::readsDeliveredSample()
{
    const TrackingResult result = m_adapter.parseTrackResponse(fixture(u"ups_track_v1_delivered.json"_s), 200,
                                                               {u"1Z1442YY7229014688"_s});
    QVERIFY2(result.errors.isEmpty(), qPrintable(result.errors.value(0).message));
    QCOMPARE(result.shipments.size(), 1);
    const TrackedShipment &s = result.shipments[0];
    QCOMPARE(s.trackingNumber, u"1Z1442YY7229014688"_s);
    QCOMPARE(s.subStatus, SubStatus::Delivered);
    QCOMPARE(s.carrierEstimate, QDate(2022, 1, 26)); // the DEL date
    QCOMPARE(s.service, QString());
    QCOMPARE(s.events.size(), 2);

    const TrackingEvent &label = s.events[0];
    QCOMPARE(label.carrierCode, u"M/MP"_s);
    QCOMPARE(label.carrierText, u"Shipper created a label, UPS has not received the package yet."_s);
    QCOMPARE(label.subStatus, SubStatus::InfoReceived);
    QVERIFY(label.mapped);
    QCOMPARE(label.location, u"US"_s);
    // No offset and no state: the US's main zone, Eastern time (UTC-5 in January).
    QCOMPARE(label.occurredAt.offsetFromUtc(), -5 * 3600);
    QCOMPARE(label.occurredAt.toUTC(), QDateTime(QDate(2022, 1, 26), QTime(20, 16, 41), Qt::UTC));

    const TrackingEvent &delivered = s.events[1];
    QCOMPARE(delivered.carrierCode, u"D/F4"_s);
    QCOMPARE(delivered.subStatus, SubStatus::Delivered);
    QCOMPARE(delivered.location, u"PARAMUS, US"_s);
    QCOMPARE(delivered.occurredAt, QDateTime(QDate(2022, 1, 26), QTime(16, 30), Qt::OffsetFromUTC, -5 * 3600));
    QCOMPARE(delivered.occurredAt.offsetFromUtc(), -5 * 3600);
    QCOMPARE(delivered.evidence, u"UPS code \"D/F4\" (delivered); no UTC offset given; taken as local time in NJ, US "
                                  "(America/New_York)"_s);
}

void TestUpsAdapter::readsJourneyKeepingValidParts()
{
    const TrackingResult result = m_adapter.parseTrackResponse(fixture(u"journey_failed_attempt_access_point.json"_s), 200,
                                                               {u"1Z999AA10123456784"_s});
    QCOMPARE(result.shipments.size(), 1);
    const TrackedShipment &s = result.shipments[0];
    QCOMPARE(s.trackingNumber, u"1Z999AA10123456784"_s);
    QCOMPARE(s.service, u"UPS Standard"_s);
    QCOMPARE(s.carrierEstimate, QDate(2026, 11, 6)); // rescheduled beats scheduled
    QCOMPARE(s.subStatus, SubStatus::AvailableForPickup);

    // Ten readable activities of eleven, oldest first.
    QCOMPARE(s.events.size(), 10);
    const QList<SubStatus> expected{SubStatus::InfoReceived,  SubStatus::PickedUp,       SubStatus::ArrivedAtHub,
                                    SubStatus::DepartedHub,   SubStatus::ArrivedAtHub,   SubStatus::AddressProblem,
                                    SubStatus::WeatherDelay,  SubStatus::OutForDelivery, SubStatus::FailedAttempt,
                                    SubStatus::AvailableForPickup};
    for (qsizetype i = 0; i < expected.size(); ++i)
        QVERIFY2(s.events[i].subStatus == expected[i], qPrintable(s.events[i].carrierCode + u' ' + s.events[i].evidence));

    // Only UPS's GMT copy was readable, with a 5-digit time: 08:30 UTC shown at +01:00.
    QCOMPARE(s.events[0].occurredAt, QDateTime(QDate(2026, 11, 2), QTime(9, 30), Qt::OffsetFromUTC, 3600));
    QVERIFY(s.events[0].evidence.contains(u"GMT"_s));
    // "Drop-Off" under the destination-scan code is the parcel being handed in.
    QCOMPARE(s.events[1].carrierCode, u"I/DS"_s);
    QCOMPARE(s.events[1].evidence, u"UPS code \"I/DS\" (destination scan, or a drop-off at a UPS location) and words "
                                    "\"Drop-Off\" (English)"_s);
    QCOMPARE(s.events[1].location, u"EINDHOVEN, NL"_s);
    // The unknown code is kept verbatim with a best guess from its words, flagged unmapped.
    const TrackingEvent &unknown = s.events[6];
    QCOMPARE(unknown.carrierCode, u"X/Y5"_s);
    QVERIFY(!unknown.mapped);
    QCOMPARE(unknown.evidence, u"UPS code \"X/Y5\" is not in Shipdeck's table; status type X means exception; "
                                "words \"storm\" (English)"_s);
    // No offset given: Berlin's own zone, UTC+1 in November.
    QCOMPARE(s.events[7].occurredAt, QDateTime(QDate(2026, 11, 5), QTime(8, 12), Qt::OffsetFromUTC, 3600));
    QVERIFY2(s.events[7].evidence.contains(u"Europe/Berlin"_s), qPrintable(s.events[7].evidence));
    QCOMPARE(s.events[8].evidence, u"UPS code \"X/48\" (the receiver was not available)"_s);
    QCOMPARE(s.events[9].carrierCode, u"D/2W"_s);
    QCOMPARE(s.events[9].occurredAt.toUTC(), QDateTime(QDate(2026, 11, 6), QTime(9, 15), Qt::UTC));
    QCOMPARE(s.events[9].location, u"BERLIN, DE"_s);
    for (const TrackingEvent &event : s.events)
        QVERIFY2(event.mapped == (event.carrierCode != u"X/Y5"_s), qPrintable(event.carrierCode));

    // The unreadable activity is reported with where it was, and nothing else is lost.
    QCOMPARE(result.errors.size(), 1);
    const CarrierError &error = result.errors[0];
    QCOMPARE(error.kind, CarrierError::Kind::Malformed);
    QCOMPARE(error.carrier, u"ups"_s);
    QCOMPARE(error.trackingNumber, u"1Z999AA10123456784"_s);
    QCOMPARE(error.message, u"UPS activity[9] of 1Z999AA10123456784 has an unreadable date \"2022013\"; that event was "
                             "skipped"_s);
}

void TestUpsAdapter::unknownCodeNeverOverridesKnownState()
{
    // The journey cut off after the unknown code, without UPS's current status: the newest event
    // UPS's code table explains (the address problem) decides.
    QJsonObject root = QJsonDocument::fromJson(fixture(u"journey_failed_attempt_access_point.json"_s)).object();
    QJsonObject trackResponse = root[u"trackResponse"_s].toObject();
    QJsonArray shipments = trackResponse[u"shipment"_s].toArray();
    QJsonObject shipment = shipments[0].toObject();
    QJsonArray packages = shipment[u"package"_s].toArray();
    QJsonObject package = packages[0].toObject();
    package.remove(u"currentStatus"_s);
    QJsonArray activities = package[u"activity"_s].toArray();
    for (int i = 0; i < 3; ++i)
        activities.removeFirst();
    package[u"activity"_s] = activities;
    packages[0] = package;
    shipment[u"package"_s] = packages;
    shipments[0] = shipment;
    trackResponse[u"shipment"_s] = shipments;
    root[u"trackResponse"_s] = trackResponse;

    const TrackingResult result = m_adapter.parseTrackResponse(QJsonDocument(root).toJson(), 200, {u"1Z999AA10123456784"_s});
    QCOMPARE(result.shipments.size(), 1);
    QCOMPARE(result.shipments[0].events.last().carrierCode, u"X/Y5"_s);
    QCOMPARE(result.shipments[0].subStatus, SubStatus::AddressProblem);
}

void TestUpsAdapter::notFoundWarningNamesTheNumber()
{
    const TrackingResult result = m_adapter.parseTrackResponse(fixture(u"ups_track_v1_not_found_warning.json"_s), 200,
                                                               {u"1Z12345E0291980793"_s});
    QVERIFY(result.shipments.isEmpty());
    QCOMPARE(result.errors.size(), 1);
    QCOMPARE(result.errors[0].kind, CarrierError::Kind::NotFound);
    QCOMPARE(result.errors[0].trackingNumber, u"1Z12345E0291980793"_s);
    QCOMPARE(result.errors[0].message, u"UPS has no tracking information for 1Z12345E0291980793 (warning TW0001 "
                                        "\"Tracking Information Not Found\")"_s);
}

void TestUpsAdapter::errorEnvelopeKeepsUpsCodeAndMessage()
{
    const QByteArray body = fixture(u"ups_track_v1_auth_error_invalid_license.json"_s);
    const TrackingResult result = m_adapter.parseTrackResponse(body, 401, {u"1Z1442YY7229014688"_s});
    QVERIFY(result.shipments.isEmpty());
    QCOMPARE(result.errors.size(), 1);
    QCOMPARE(result.errors[0].kind, CarrierError::Kind::Unauthorized);
    QCOMPARE(result.errors[0].carrier, u"ups"_s);
    QCOMPARE(result.errors[0].message,
             u"UPS refused the credentials (HTTP 401): error 250003 \"Invalid Access License number\""_s);
    // The same envelope in an HTTP 200 answer is still an error, and the code still decides its kind.
    const TrackingResult inOk = m_adapter.parseTrackResponse(body, 200, {u"1Z1442YY7229014688"_s});
    QCOMPARE(inOk.errors.value(0).kind, CarrierError::Kind::Unauthorized);
    QCOMPARE(inOk.errors.value(0).message, u"UPS refused the credentials: error 250003 \"Invalid Access License number\""_s);

    const QByteArray invalid = R"({"response":{"errors":[{"code":"151018","message":"Invalid tracking number"}]}})";
    const CarrierError rejected = m_adapter.parseTrackResponse(invalid, 400, {u"XX"_s}).errors.value(0);
    QCOMPARE(rejected.kind, CarrierError::Kind::Rejected);
    QCOMPARE(rejected.trackingNumber, u"XX"_s);
    QCOMPARE(rejected.message, u"UPS rejected the request (HTTP 400): error 151018 \"Invalid tracking number\""_s);
}

void TestUpsAdapter::httpErrorsAreClassified()
{
    QCOMPARE(m_adapter.parseTrackResponse("", 429, {u"A"_s}).errors.value(0).kind, CarrierError::Kind::RateLimited);
    QCOMPARE(m_adapter.parseTrackResponse("<html>bad gateway</html>", 502, {u"A"_s}).errors.value(0).kind,
             CarrierError::Kind::Temporary);
    const CarrierError notFound = m_adapter.parseTrackResponse("", 404, {u"1ZNOPE"_s}).errors.value(0);
    QCOMPARE(notFound.kind, CarrierError::Kind::NotFound);
    QCOMPARE(notFound.message, u"UPS does not know tracking number 1ZNOPE (HTTP 404)"_s);
    // A 200 answer that leaves the number out says so.
    const CarrierError missing = m_adapter.parseTrackResponse(R"({"trackResponse":{"shipment":[]}})", 200, {u"1ZGONE"_s})
                                     .errors.value(0);
    QCOMPARE(missing.kind, CarrierError::Kind::NotFound);
    QCOMPARE(missing.message, u"UPS did not return tracking number 1ZGONE"_s);
}

void TestUpsAdapter::garbageIsMalformedNotACrash()
{
    const QList<QByteArray> bodies{
        "",
        "{",
        "[]",
        "null",
        R"({"trackResponse": 3})",
        R"({"trackResponse": {"shipment": {"package": []}}})",
        R"({"trackResponse": {"shipment": [1, {"package": "x"}, {}]}})",
        R"({"trackResponse": {"shipment": [{"package": [7, {"activity": "y"}]}]}})",
        R"({"trackResponse": {"shipment": [{"package": [{"activity": [3, {"date": "20261301", "time": "250000"}]}]}]}})",
        R"({"trackResponse": {"shipment": [{"inquiryNumber": 1e308, "package": [{"trackingNumber": -1e308,
            "deliveryDate": "x", "currentStatus": [], "activity": [{"date": 1e308, "time": -5, "gmtOffset": {},
            "status": {"type": [], "code": {}}}]}]}]}})",
        R"({"response": {"errors": "none"}, "trackResponse": {"shipment": [{"warnings": [{"code": 5}]}]}})",
    };
    for (const QByteArray &body : bodies) {
        const TrackingResult result = m_adapter.parseTrackResponse(body, 200, {u"A"_s});
        QVERIFY2(!result.errors.isEmpty(), body.constData());
        for (const CarrierError &error : result.errors) {
            QVERIFY2(!error.message.isEmpty(), body.constData());
            QCOMPARE(error.carrier, u"ups"_s);
        }
    }
    const TrackingResult bad = m_adapter.parseTrackResponse(bodies[8], 200, {u"A"_s});
    QCOMPARE(bad.errors.size(), 2);
    QCOMPARE(bad.errors[0].message, u"UPS activity[0] of A is not an object"_s);
    QCOMPARE(bad.errors[1].message, u"UPS activity[1] of A has an unreadable date \"20261301\"; that event was skipped"_s);
    QCOMPARE(bad.shipments.size(), 1); // the package itself is kept, with no events

    const TrackingResult truncated = m_adapter.parseTrackResponse(fixture(u"ups_track_v1_delivered.json"_s).left(700), 200, {u"A"_s});
    QCOMPARE(truncated.errors.value(0).kind, CarrierError::Kind::Malformed);
    QVERIFY(truncated.errors.value(0).message.startsWith(u"UPS's answer is not valid JSON"_s));
}

void TestUpsAdapter::truncatedAndMutatedSamplesNeverCrash()
{
    const QStringList names{u"ups_track_v1_delivered.json"_s, u"journey_failed_attempt_access_point.json"_s,
                            u"ups_track_v1_not_found_warning.json"_s};
    QRandomGenerator random(20260501);
    for (const QString &name : names) {
        const QByteArray body = fixture(name).trimmed();
        // Every cut of the document is invalid JSON and must say so.
        for (qsizetype length = 0; length < body.size(); length += 3) {
            const TrackingResult result = m_adapter.parseTrackResponse(body.left(length), 200, {u"A"_s});
            QVERIFY2(result.errors.value(0).kind == CarrierError::Kind::Malformed, qPrintable(name));
        }
        // Random byte changes: whatever they produce, the adapter answers something.
        for (int round = 0; round < 300; ++round) {
            QByteArray mutated = body;
            for (int flips = 0; flips < 3; ++flips)
                mutated[random.bounded(int(mutated.size()))] = char(random.bounded(32, 127));
            const TrackingResult result = m_adapter.parseTrackResponse(mutated, 200, {u"1Z999AA10123456784"_s});
            QVERIFY2(!result.errors.isEmpty() || !result.shipments.isEmpty(), mutated.constData());
        }
    }
}

QTEST_GUILESS_MAIN(TestUpsAdapter)
#include "tst_upsadapter.moc"
