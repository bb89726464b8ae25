#include "carriers/fedexadapter.h"
#include "carrierfixtures.h"
#include "testdatabases.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;

class TestFedexAdapter : public QObject
{
    Q_OBJECT

private slots:
    void describesItself();
    void buildsTokenRequestWithFormBody();
    void readsTokenAnswersAndErrors();
    void batchesThirtyNumbersPerRequest();
    void readsDuplicateResultsKeepingTheNewest();
    void readsRunningLateResultAlone();
    void readsJourneyKeepingValidParts();
    void errorEnvelopesAreClassified();
    void httpErrorsWithoutEnvelope();
    void garbageIsMalformedNotACrash();
    void truncatedAndMutatedSamplesNeverCrash();

private:
    static QByteArray fixture(const QString &name) { return CarrierFixtures::read(u"fedex"_s, name); }
    static QString header(const CarrierRequest &request, const QByteArray &name)
    {
        return CarrierFixtures::header(request, name);
    }
    FedexAdapter m_adapter;
};

void TestFedexAdapter::describesItself()
{
    QCOMPARE(m_adapter.key(), u"fedex"_s);
    QCOMPARE(m_adapter.displayName(), u"FedEx"_s);
    QCOMPARE(m_adapter.defaultBaseUrl(), QUrl(u"https://apis.fedex.com"_s));
    const CarrierLimits limits = m_adapter.defaultLimits();
    QCOMPARE(limits.maxNumbersPerRequest, 30);
    // 1,400 per 10 s: a burst of 10 plus 139 a second never exceeds it in any 10-second window.
    QCOMPARE(limits.requestsPerSecond, 139.0);
    QCOMPARE(limits.burst, 10);
    QVERIFY(limits.burst + limits.requestsPerSecond * 10 <= 1400);
    QCOMPARE(limits.dailyQuota, qint64(100000));
}

void TestFedexAdapter::buildsTokenRequestWithFormBody()
{
    const CarrierAccount account{QUrl(u"http://127.0.0.1:8080/fedex"_s), {}, u"l7&id"_s, u"s+cret="_s};
    const auto request = m_adapter.tokenRequest(account);
    QVERIFY(request.has_value());
    QCOMPARE(request->method, QByteArray("POST"));
    QCOMPARE(request->url.toString(), u"http://127.0.0.1:8080/fedex/oauth/token"_s);
    QCOMPARE(request->body, QByteArray("grant_type=client_credentials&client_id=l7%26id&client_secret=s%2Bcret%3D"));
    QCOMPARE(header(*request, "Content-Type"), u"application/x-www-form-urlencoded"_s);
    QCOMPARE(header(*request, "Authorization"), u"<missing>"_s);
}

void TestFedexAdapter::readsTokenAnswersAndErrors()
{
    CarrierError error;
    const auto token = m_adapter.parseTokenResponse(
        R"({"access_token":"eyJhbGciOiJSUzI1NiJ9.x.y","token_type":"bearer","expires_in":3599,"scope":"CXS"})", 200, &error);
    QVERIFY(token.has_value());
    QCOMPARE(token->accessToken, u"eyJhbGciOiJSUzI1NiJ9.x.y"_s);
    QCOMPARE(token->expiresInSecs, 3599);
    QCOMPARE(m_adapter.parseTokenResponse(R"({"access_token":"a","expires_in":"600"})", 200, &error)->expiresInSecs, 600);
    QCOMPARE(m_adapter.parseTokenResponse(R"({"access_token":"a","expires_in":-4})", 200, &error)->expiresInSecs, 3599);

    const QByteArray refused = R"({"transactionId":"0e671149-2fbd-4a05-b7be-4f6c1a7a4b0e","errors":[{"code":"NOT.AUTHORIZED.ERROR",
        "message":"The given client credentials were not valid. Please modify your request and try again."}]})";
    QVERIFY(!m_adapter.parseTokenResponse(refused, 401, &error));
    QCOMPARE(error.kind, CarrierError::Kind::Unauthorized);
    QCOMPARE(error.carrier, u"fedex"_s);
    QCOMPARE(error.message, u"FedEx did not accept the client ID and secret (HTTP 401): NOT.AUTHORIZED.ERROR The given "
                             "client credentials were not valid. Please modify your request and try again."_s);
    QVERIFY(!m_adapter.parseTokenResponse(R"({"token_type":"bearer"})", 200, &error));
    QCOMPARE(error.kind, CarrierError::Kind::Malformed);
    QVERIFY(!m_adapter.parseTokenResponse("", 503, &error));
    QCOMPARE(error.kind, CarrierError::Kind::Temporary);
}

void TestFedexAdapter::batchesThirtyNumbersPerRequest()
{
    QStringList numbers;
    for (int i = 0; i < 65; ++i)
        numbers.append(QString::number(794600000000LL + i));
    const CarrierAccount account{QUrl(u"http://127.0.0.1:8080/fedex/"_s), {}, u"id"_s, u"secret"_s};
    const auto requests = m_adapter.trackRequests(numbers, account, u"tok"_s);
    QCOMPARE(requests.size(), 3);
    QCOMPARE(requests[0].trackingNumbers.size(), 30);
    QCOMPARE(requests[1].trackingNumbers.size(), 30);
    QCOMPARE(requests[2].trackingNumbers, numbers.mid(60));
    QCOMPARE(requests[1].trackingNumbers.first(), u"794600000030"_s);
    for (const CarrierRequest &request : requests) {
        QCOMPARE(request.method, QByteArray("POST"));
        QCOMPARE(request.url.toString(), u"http://127.0.0.1:8080/fedex/track/v1/trackingnumbers"_s);
        QCOMPARE(header(request, "Authorization"), u"Bearer tok"_s);
        QCOMPARE(header(request, "Content-Type"), u"application/json"_s);
        QCOMPARE(header(request, "X-locale"), u"en_US"_s);
    }
    const QJsonObject body = QJsonDocument::fromJson(requests[1].body).object();
    QCOMPARE(body.value(u"includeDetailedScans"_s), QJsonValue(true));
    const QJsonArray info = body.value(u"trackingInfo"_s).toArray();
    QCOMPARE(info.size(), 30);
    QCOMPARE(info[29].toObject()[u"trackingNumberInfo"_s].toObject()[u"trackingNumber"_s].toString(), u"794600000059"_s);
    QCOMPARE(requests[2].body, QByteArray(R"({"includeDetailedScans":true,"trackingInfo":[)"
                                          R"({"trackingNumberInfo":{"trackingNumber":"794600000060"}},)"
                                          R"({"trackingNumberInfo":{"trackingNumber":"794600000061"}},)"
                                          R"({"trackingNumberInfo":{"trackingNumber":"794600000062"}},)"
                                          R"({"trackingNumberInfo":{"trackingNumber":"794600000063"}},)"
                                          R"({"trackingNumberInfo":{"trackingNumber":"794600000064"}}]})"));
    QVERIFY(m_adapter.trackRequests({}, account, u"tok"_s).isEmpty());
}

void TestFedexAdapter::readsDuplicateResultsKeepingTheNewest()
{
    const TrackingResult result = m_adapter.parseTrackResponse(
        fixture(u"fedex_track_v1_duplicate_results_hold_at_location_and_delivered.json"_s), 200, {u"776094337676"_s});
    QVERIFY2(result.errors.isEmpty(), qPrintable(result.errors.value(0).message));
    QCOMPARE(result.shipments.size(), 1);
    const TrackedShipment &s = result.shipments[0];
    QCOMPARE(s.trackingNumber, u"776094337676"_s);
    QCOMPARE(s.service, u"FedEx Priority Overnight"_s);
    QCOMPARE(s.carrierEstimate, QDate(2024, 4, 26)); // ACTUAL_DELIVERY
    // The delivered result (newest scan 26 April 09:26) wins over the held one (07:50); signed for.
    QCOMPARE(s.subStatus, SubStatus::DeliveredSigned);
    QCOMPARE(s.events.size(), 8);
    const QList<SubStatus> expected{SubStatus::OutForDelivery, SubStatus::FailedAttempt, SubStatus::Redirected,
                                    SubStatus::ArrivedAtHub,   SubStatus::PickedUp,      SubStatus::InTransit,
                                    SubStatus::OutForDelivery, SubStatus::DeliveredSigned};
    for (qsizetype i = 0; i < expected.size(); ++i) {
        QVERIFY2(s.events[i].subStatus == expected[i], qPrintable(s.events[i].carrierCode + u' ' + s.events[i].evidence));
        QVERIFY(s.events[i].mapped);
        QCOMPARE(s.events[i].occurredAt.offsetFromUtc(), -7 * 3600);
    }
    QCOMPARE(s.events[0].occurredAt, QDateTime(QDate(2024, 4, 25), QTime(8, 55), Qt::OffsetFromUTC, -7 * 3600));
    QCOMPARE(s.events[0].location, u"CLOVIS, US"_s);
    QCOMPARE(s.events[1].carrierCode, u"DE"_s);
    QCOMPARE(s.events[1].carrierText, u"Delivery exception: Customer not available or business closed"_s);
    QCOMPARE(s.events[1].evidence, u"FedEx eventType \"DE\" (delivery exception) with exception code 08 \"Customer not "
                                    "available or business closed\""_s);
    QCOMPARE(s.events[2].carrierText, u"Delivery exception: FedEx redirected your package to a nearby FedEx location"_s);
    QCOMPARE(s.events[3].carrierText, u"At local FedEx facility: Tendered at FedEx Facility"_s);
    const TrackingEvent &delivered = s.events[7];
    QCOMPARE(delivered.carrierCode, u"DL"_s);
    QCOMPARE(delivered.occurredAt.toUTC(), QDateTime(QDate(2024, 4, 26), QTime(16, 26), Qt::UTC));
    QCOMPARE(delivered.location, QString()); // FedEx gave no city for the delivery scan
    QCOMPARE(delivered.evidence, u"FedEx eventType \"DL\" (delivered); FedEx names the receiver \"D.HERRERA\"; FedEx "
                                  "returned 2 results for 776094337676, this one has the newest scan"_s);
}

void TestFedexAdapter::readsRunningLateResultAlone()
{
    // The first result alone: FedEx's latest status "Running Late" on a parcel in transit.
    QJsonObject root = QJsonDocument::fromJson(
                           fixture(u"fedex_track_v1_duplicate_results_hold_at_location_and_delivered.json"_s))
                           .object();
    QJsonObject output = root[u"output"_s].toObject();
    QJsonArray completes = output[u"completeTrackResults"_s].toArray();
    QJsonObject complete = completes[0].toObject();
    QJsonArray results = complete[u"trackResults"_s].toArray();
    results.removeLast();
    complete[u"trackResults"_s] = results;
    completes[0] = complete;
    output[u"completeTrackResults"_s] = completes;
    root[u"output"_s] = output;

    const TrackingResult result = m_adapter.parseTrackResponse(QJsonDocument(root).toJson(), 200, {u"776094337676"_s});
    QVERIFY(result.errors.isEmpty());
    const TrackedShipment &s = result.shipments.value(0);
    QCOMPARE(s.subStatus, SubStatus::CarrierDelay);
    QCOMPARE(s.carrierEstimate, QDate(2024, 4, 25)); // the standard transit time, no estimate given
    QCOMPARE(s.events.size(), 10);
    QCOMPARE(s.events[0].carrierCode, u"OC"_s);
    QCOMPARE(s.events[0].subStatus, SubStatus::InfoReceived);
    QCOMPARE(s.events[0].occurredAt, QDateTime(QDate(2024, 4, 24), QTime(15, 30, 57), Qt::OffsetFromUTC, -5 * 3600));
    QCOMPARE(s.events[0].location, QString());
    const TrackingEvent &delay = s.events[7];
    QCOMPARE(delay.carrierCode, u"DY"_s);
    QCOMPARE(delay.subStatus, SubStatus::CarrierDelay);
    QCOMPARE(delay.evidence, u"FedEx eventType \"DY\" (delay) with exception code A52 \"Package delayed\""_s);
    const TrackingEvent &pickup = s.events[8];
    QCOMPARE(pickup.carrierCode, u"HP"_s);
    QCOMPARE(pickup.subStatus, SubStatus::AvailableForPickup);
    QCOMPARE(pickup.location, u"FRESNO, US"_s);
    QCOMPARE(s.events[9].subStatus, SubStatus::ArrivedAtHub);
    QVERIFY(!s.events[9].evidence.contains(u"results"_s)); // only one result: nothing to explain
}

void TestFedexAdapter::readsJourneyKeepingValidParts()
{
    const QStringList requested{u"794600000001"_s, u"794600000002"_s, u"794600000003"_s, u"794600000004"_s};
    const TrackingResult result = m_adapter.parseTrackResponse(
        fixture(u"journey_failed_attempt_pickup_refused_return.json"_s), 200, requested);
    QCOMPARE(result.shipments.size(), 2);

    const TrackedShipment &held = result.shipments[0];
    QCOMPARE(held.trackingNumber, u"794600000001"_s);
    QCOMPARE(held.service, u"FedEx International Priority"_s);
    QCOMPARE(held.carrierEstimate, QDate(2026, 11, 5));
    QCOMPARE(held.subStatus, SubStatus::AvailableForPickup);
    QCOMPARE(held.events.size(), 10);
    const QList<SubStatus> expected{SubStatus::InfoReceived,   SubStatus::PickedUp,
                                    SubStatus::DepartedHub,    SubStatus::ArrivedInDestinationCountry,
                                    SubStatus::CustomsCleared, SubStatus::ArrivedAtHub,
                                    SubStatus::AddressProblem, SubStatus::OutForDelivery,
                                    SubStatus::FailedAttempt,  SubStatus::AvailableForPickup};
    for (qsizetype i = 0; i < expected.size(); ++i)
        QVERIFY2(held.events[i].subStatus == expected[i], qPrintable(held.events[i].carrierCode + u' ' + held.events[i].evidence));
    // No zone in the timestamp: German local time, UTC+1 in November.
    QCOMPARE(held.events[0].occurredAt, QDateTime(QDate(2026, 11, 1), QTime(11, 5), Qt::OffsetFromUTC, 3600));
    QVERIFY2(held.events[0].evidence.contains(u"Europe/Berlin"_s), qPrintable(held.events[0].evidence));
    QCOMPARE(held.events[3].evidence, u"FedEx eventType \"AR\" (arrived at a FedEx location) and wording \"destination "
                                       "sort facility\" (FedEx's first sort in the destination country)"_s);
    QCOMPARE(held.events[3].occurredAt.offsetFromUtc(), -6 * 3600);
    // The unknown eventType is kept verbatim, best guess from its words, and flagged.
    const TrackingEvent &unknown = held.events[5];
    QCOMPARE(unknown.carrierCode, u"ZX"_s);
    QCOMPARE(unknown.carrierText, u"Package scanned at partner depot"_s);
    QVERIFY(!unknown.mapped);
    QCOMPARE(unknown.evidence, u"unknown FedEx eventType \"ZX\"; words \"depot\" (English)"_s);
    for (const TrackingEvent &event : held.events)
        QVERIFY2(event.mapped == (event.carrierCode != u"ZX"_s), qPrintable(event.carrierCode));
    QCOMPARE(held.events[6].carrierText, u"Shipment exception: Incorrect address - Apartment number missing or incorrect"_s);
    QCOMPARE(held.events[9].carrierText, u"Ready for recipient pickup: Package available for pickup at: 1550 WAZEE ST"_s);

    const TrackedShipment &returning = result.shipments[1];
    QCOMPARE(returning.trackingNumber, u"794600000002"_s);
    QCOMPARE(returning.carrierEstimate, QDate(2026, 11, 4));
    QCOMPARE(returning.subStatus, SubStatus::ReturningToSender);
    QCOMPARE(returning.events.size(), 5);
    QCOMPARE(returning.events[1].subStatus, SubStatus::WeatherDelay);
    QCOMPARE(returning.events[3].subStatus, SubStatus::Refused);
    QCOMPARE(returning.events[3].evidence, u"FedEx eventType \"DE\" (delivery exception) with FedEx's wording of "
                                            "exception 07 \"Refused by recipient\""_s);

    // The bad scan, the unknown number and the number FedEx left out, each named.
    QCOMPARE(result.errors.size(), 3);
    QCOMPARE(result.errors[0].kind, CarrierError::Kind::Malformed);
    QCOMPARE(result.errors[0].trackingNumber, u"794600000001"_s);
    QCOMPARE(result.errors[0].message, u"FedEx scanEvents[9] of 794600000001 has an unreadable date \"2026-11-02\"; that "
                                        "event was skipped"_s);
    QCOMPARE(result.errors[1].kind, CarrierError::Kind::NotFound);
    QCOMPARE(result.errors[1].trackingNumber, u"794600000003"_s);
    QCOMPARE(result.errors[1].message, u"FedEx does not know tracking number 794600000003: TRACKING.TRACKINGNUMBER.NOTFOUND "
                                        "\"Tracking number cannot be found. Please correct the tracking number and try again.\""_s);
    QCOMPARE(result.errors[2].kind, CarrierError::Kind::NotFound);
    QCOMPARE(result.errors[2].message, u"FedEx did not return tracking number 794600000004"_s);
}

void TestFedexAdapter::errorEnvelopesAreClassified()
{
    const TrackingResult empty = m_adapter.parseTrackResponse(fixture(u"fedex_track_v1_error_tracking_number_empty.json"_s),
                                                              400, {u"A"_s, u"B"_s});
    QVERIFY(empty.shipments.isEmpty());
    QCOMPARE(empty.errors.size(), 1);
    QCOMPARE(empty.errors[0].kind, CarrierError::Kind::Rejected);
    QCOMPARE(empty.errors[0].trackingNumber, QString()); // about the whole request of two numbers
    QCOMPARE(empty.errors[0].message, u"FedEx rejected the request (HTTP 400): TRACKING.TRACKINGNUMBER.EMPTY \"Please "
                                       "provide tracking number.\""_s);

    const TrackingResult expired = m_adapter.parseTrackResponse(fixture(u"fedex_track_v1_auth_error_token_expired.json"_s),
                                                                401, {u"776094337676"_s});
    QCOMPARE(expired.errors.size(), 1);
    QCOMPARE(expired.errors[0].kind, CarrierError::Kind::Unauthorized);
    QCOMPARE(expired.errors[0].carrier, u"fedex"_s);
    QCOMPARE(expired.errors[0].trackingNumber, u"776094337676"_s);
    QCOMPARE(expired.errors[0].message, u"FedEx refused the credentials (HTTP 401): NOT.AUTHORIZED.ERROR \"Access token "
                                         "expired. Please modify your request and try again.\""_s);
    // The code decides even in an HTTP 200 answer; 429 and 5xx decide whatever the code says.
    QCOMPARE(m_adapter.parseTrackResponse(fixture(u"fedex_track_v1_auth_error_token_expired.json"_s), 200, {u"A"_s})
                 .errors.value(0).kind,
             CarrierError::Kind::Unauthorized);
    QCOMPARE(m_adapter.parseTrackResponse(fixture(u"fedex_track_v1_auth_error_token_expired.json"_s), 429, {u"A"_s})
                 .errors.value(0).kind,
             CarrierError::Kind::RateLimited);
}

void TestFedexAdapter::httpErrorsWithoutEnvelope()
{
    QCOMPARE(m_adapter.parseTrackResponse("<html>Service Unavailable</html>", 503, {u"A"_s}).errors.value(0).kind,
             CarrierError::Kind::Temporary);
    QCOMPARE(m_adapter.parseTrackResponse("", 401, {u"A"_s}).errors.value(0).kind, CarrierError::Kind::Unauthorized);
    const CarrierError limited = m_adapter.parseTrackResponse("slow down", 429, {u"A"_s}).errors.value(0);
    QCOMPARE(limited.kind, CarrierError::Kind::RateLimited);
    QCOMPARE(limited.message, u"FedEx says too many requests (HTTP 429): slow down"_s);
}

void TestFedexAdapter::garbageIsMalformedNotACrash()
{
    const QList<QByteArray> bodies{
        "",
        "{",
        "[]",
        "null",
        R"({"output": 3})",
        R"({"output": {"completeTrackResults": {"trackingNumber": "A"}}})",
        R"({"output": {"completeTrackResults": [1, {}, {"trackingNumber": "A", "trackResults": "x"}]}})",
        R"({"output": {"completeTrackResults": [{"trackingNumber": "A", "trackResults": [7, {"error": 3}]}]}})",
        R"({"output": {"completeTrackResults": [{"trackingNumber": "A", "trackResults": [{"scanEvents": [3,
            {"date": "2024-02-30T10:00:00Z", "eventType": "DL"}]}]}]}})",
        R"({"output": {"completeTrackResults": [{"trackingNumber": 1e308, "trackResults": [{"scanEvents": {},
            "latestStatusDetail": [], "dateAndTimes": "x", "deliveryDetails": 5,
            "estimatedDeliveryTimeWindow": {"window": {"ends": 1e308}}}]}]}})",
        R"({"errors": "none", "output": {"completeTrackResults": []}})",
    };
    for (const QByteArray &body : bodies) {
        const TrackingResult result = m_adapter.parseTrackResponse(body, 200, {u"A"_s});
        QVERIFY2(!result.errors.isEmpty(), body.constData());
        for (const CarrierError &error : result.errors) {
            QVERIFY2(!error.message.isEmpty(), body.constData());
            QCOMPARE(error.carrier, u"fedex"_s);
        }
    }
    const TrackingResult bad = m_adapter.parseTrackResponse(bodies[8], 200, {u"A"_s});
    QCOMPARE(bad.shipments.size(), 1); // the result itself is kept, with no events
    QCOMPARE(bad.errors.size(), 2);
    QCOMPARE(bad.errors[0].message, u"FedEx scanEvents[0] of A is not an object"_s);
    QCOMPARE(bad.errors[1].message, u"FedEx scanEvents[1] of A has an unreadable date \"2024-02-30T10:00:00Z\"; that "
                                     "event was skipped"_s);

    const TrackingResult truncated = m_adapter.parseTrackResponse(
        fixture(u"fedex_track_v1_duplicate_results_hold_at_location_and_delivered.json"_s).left(900), 200, {u"A"_s});
    QCOMPARE(truncated.errors.value(0).kind, CarrierError::Kind::Malformed);
    QVERIFY(truncated.errors.value(0).message.startsWith(u"FedEx's answer is not valid JSON"_s));
}

void TestFedexAdapter::truncatedAndMutatedSamplesNeverCrash()
{
    const QStringList names{u"fedex_track_v1_duplicate_results_hold_at_location_and_delivered.json"_s,
                            u"journey_failed_attempt_pickup_refused_return.json"_s,
                            u"fedex_track_v1_error_tracking_number_empty.json"_s};
    QRandomGenerator random(20260502);
    for (const QString &name : names) {
        const QByteArray body = fixture(name).trimmed();
        for (qsizetype length = 0; length < body.size(); length += 7) {
            const TrackingResult result = m_adapter.parseTrackResponse(body.left(length), 200, {u"A"_s});
            QVERIFY2(result.errors.value(0).kind == CarrierError::Kind::Malformed, qPrintable(name));
        }
        for (int round = 0; round < 300; ++round) {
            QByteArray mutated = body;
            for (int flips = 0; flips < 3; ++flips)
                mutated[random.bounded(int(mutated.size()))] = char(random.bounded(32, 127));
            const TrackingResult result = m_adapter.parseTrackResponse(mutated, 200, {u"776094337676"_s});
            QVERIFY2(!result.errors.isEmpty() || !result.shipments.isEmpty(), mutated.constData());
        }
    }
}

QTEST_GUILESS_MAIN(TestFedexAdapter)
#include "tst_fedexadapter.moc"
