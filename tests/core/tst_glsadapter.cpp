#include "carriers/glsadapter.h"
#include "carrierfixtures.h"
#include "testdatabases.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;

class TestGlsAdapter : public QObject
{
    Q_OBJECT

private slots:
    void buildsBatchesOfTenWithBearerToken();
    void asksForTokenWithClientCredentials();
    void readsTokenAnswers();
    void readsRecordedInTransitSample();
    void readsAttemptPickupExceptionAndUnknownCode();
    void parcelStatusWinsOverContradictingEvents();
    void errorBodiesAreClassified();
    void garbageIsMalformedNotACrash();

private:
    static QByteArray fixture(const QString &name) { return CarrierFixtures::read(u"gls"_s, name); }
    GlsAdapter m_adapter;
};

void TestGlsAdapter::buildsBatchesOfTenWithBearerToken()
{
    const CarrierAccount account{QUrl(u"http://127.0.0.1:8080/gls"_s), {}, u"client"_s, u"secret"_s};
    QStringList numbers;
    for (int i = 0; i < 23; ++i)
        numbers.append(QString::number(51234567800LL + i));
    const auto requests = m_adapter.trackRequests(numbers, account, u"t0ken"_s);
    QCOMPARE(requests.size(), 3);
    QCOMPARE(requests[0].method, QByteArray("GET"));
    QCOMPARE(requests[0].trackingNumbers, numbers.mid(0, 10));
    QCOMPARE(requests[0].url.path(), u"/gls/tracking/simple/trackids/"_s + numbers.mid(0, 10).join(u','));
    QCOMPARE(requests[2].trackingNumbers, numbers.mid(20));
    QVERIFY(requests[1].headers.contains(qMakePair(QByteArray("Authorization"), QByteArray("Bearer t0ken"))));
    QCOMPARE(m_adapter.defaultLimits().maxNumbersPerRequest, 10);
    QCOMPARE(m_adapter.defaultLimits().dailyQuota, 500);

    // A token issued beforehand, in apiKey, is sent the same way.
    const CarrierAccount keyed{QUrl(u"http://127.0.0.1:8080/gls"_s), u"pre-issued"_s, {}, {}};
    const auto keyedRequests = m_adapter.trackRequests({u"51234567890"_s}, keyed, {});
    QVERIFY(keyedRequests[0].headers.contains(qMakePair(QByteArray("Authorization"), QByteArray("Bearer pre-issued"))));
    // A comma inside a number cannot split it into two ids.
    const auto odd = m_adapter.trackRequests({u"1,2"_s}, keyed, {});
    QCOMPARE(odd[0].url.path(QUrl::FullyEncoded), u"/gls/tracking/simple/trackids/1%2C2"_s);
}

void TestGlsAdapter::asksForTokenWithClientCredentials()
{
    const CarrierAccount production{m_adapter.defaultBaseUrl(), {}, u"client"_s, u"s3cret"_s};
    const auto request = m_adapter.tokenRequest(production);
    QVERIFY(request.has_value());
    QCOMPARE(request->method, QByteArray("POST"));
    QCOMPARE(request->url, QUrl(u"https://api.gls-group.net/oauth2/v2/token"_s));
    QVERIFY(request->headers.contains(qMakePair(QByteArray("Authorization"), "Basic " + QByteArray("client:s3cret").toBase64())));
    QCOMPARE(request->body, QByteArray("grant_type=client_credentials"));

    const CarrierAccount sandbox{QUrl(u"http://127.0.0.1:8080/gls"_s), {}, u"client"_s, u"s3cret"_s};
    QCOMPARE(m_adapter.tokenRequest(sandbox)->url.path(), u"/gls/oauth2/v2/token"_s);
    // With a token in apiKey there is nothing to ask for.
    QVERIFY(!m_adapter.tokenRequest({sandbox.baseUrl, u"pre-issued"_s, u"client"_s, u"s3cret"_s}).has_value());
    QVERIFY(!m_adapter.tokenRequest({sandbox.baseUrl, {}, {}, {}}).has_value());
}

void TestGlsAdapter::readsTokenAnswers()
{
    CarrierError error;
    const auto token = m_adapter.parseTokenResponse(fixture(u"token_response.json"_s), 200, &error);
    QVERIFY(token.has_value());
    QCOMPARE(token->accessToken, u"eyJraWQiOiIxMzM3IiwidHlwIjoiSldUIiwiYWxnIjoiUlMyNTYifQ.c2hpcGRlY2s.c2lnbmF0dXJl"_s);
    QCOMPARE(token->expiresInSecs, 14400); // given as a string
    QCOMPARE(m_adapter.parseTokenResponse(R"({"access_token": "x", "expires_in": 600})", 200, &error)->expiresInSecs, 600);

    QVERIFY(!m_adapter.parseTokenResponse(fixture(u"token_error_invalid_client.json"_s), 400, &error).has_value());
    QCOMPARE(error.kind, CarrierError::Kind::Unauthorized);
    QCOMPARE(error.carrier, u"gls"_s);
    QVERIFY2(error.message.contains(u"Invalid client identifier"_s), qPrintable(error.message));
    QVERIFY(!m_adapter.parseTokenResponse("{}", 200, &error).has_value());
    QCOMPARE(error.kind, CarrierError::Kind::Malformed);
}

void TestGlsAdapter::readsRecordedInTransitSample()
{
    const TrackingResult result = m_adapter.parseTrackResponse(fixture(u"gls_track_in_transit.json"_s), 200, {u"36301917596"_s});
    QVERIFY2(result.errors.isEmpty(), qPrintable(result.errors.value(0).message));
    QCOMPARE(result.shipments.size(), 1);
    const TrackedShipment &s = result.shipments[0];
    QCOMPARE(s.trackingNumber, u"36301917596"_s);
    QCOMPARE(s.subStatus, SubStatus::PickedUp); // status INTRANSIT fits the hand-over
    QCOMPARE(s.events.size(), 2);
    // GLS lists newest first; we keep oldest first.
    QCOMPARE(s.events[0].carrierCode, u"INTIAL.PREADVICE"_s);
    QCOMPARE(s.events[0].subStatus, SubStatus::InfoReceived);
    QCOMPARE(s.events[0].location, u"DE"_s);
    QCOMPARE(s.events[0].occurredAt.offsetFromUtc(), 7200);
    QCOMPARE(s.events[0].occurredAt.toUTC(), QDateTime(QDate(2024, 10, 7), QTime(7, 30), Qt::UTC));
    QCOMPARE(s.events[1].carrierCode, u"INTIAL.NORMAL"_s);
    QCOMPARE(s.events[1].subStatus, SubStatus::PickedUp);
    QCOMPARE(s.events[1].location, u"10437 Berlin, DE"_s);
    QCOMPARE(s.events[1].carrierText, u"The parcel was handed over to GLS."_s);
    QCOMPARE(s.events[1].occurredAt.toUTC(), QDateTime(QDate(2024, 10, 7), QTime(8, 46, 14), Qt::UTC));
    QVERIFY(s.events[0].mapped && s.events[1].mapped);
}

void TestGlsAdapter::readsAttemptPickupExceptionAndUnknownCode()
{
    const TrackingResult result = m_adapter.parseTrackResponse(
        fixture(u"mixed_parcels.json"_s), 200, {u"51234567890"_s, u"51234567891"_s, u"51234567899"_s});
    QCOMPARE(result.shipments.size(), 2);

    const TrackedShipment &shop = result.shipments[0];
    QCOMPARE(shop.trackingNumber, u"51234567890"_s);
    QCOMPARE(shop.subStatus, SubStatus::AvailableForPickup);
    QCOMPARE(shop.events.size(), 5);
    QCOMPARE(shop.events[0].subStatus, SubStatus::PickedUp);
    QCOMPARE(shop.events[1].subStatus, SubStatus::ArrivedAtHub);
    QCOMPARE(shop.events[1].location, u"36286 Neuenstein, DE"_s);
    QCOMPARE(shop.events[2].subStatus, SubStatus::OutForDelivery);
    QCOMPARE(shop.events[3].subStatus, SubStatus::FailedAttempt);
    QVERIFY2(shop.events[3].evidence.contains(u"absent"_s), qPrintable(shop.events[3].evidence));
    QCOMPARE(shop.events[4].carrierCode, u"DELIVD.PARCELSHOP"_s);
    QCOMPARE(shop.events[4].subStatus, SubStatus::AvailableForPickup);
    QCOMPARE(shop.events[4].location, u"50667 Köln, DE"_s);
    QCOMPARE(shop.events[4].occurredAt.offsetFromUtc(), 3600);

    const TrackedShipment &lost = result.shipments[1];
    QCOMPARE(lost.trackingNumber, u"51234567891"_s);
    QCOMPARE(lost.subStatus, SubStatus::Lost);
    QCOMPARE(lost.events.size(), 3);
    // German words; no offset, so German local time (UTC+1 in March), said so in the evidence.
    QCOMPARE(lost.events[0].subStatus, SubStatus::ArrivedAtHub);
    QCOMPARE(lost.events[0].occurredAt.toUTC(), QDateTime(QDate(2026, 3, 11), QTime(11, 0), Qt::UTC));
    QVERIFY2(lost.events[0].evidence.contains(u"German"_s), qPrintable(lost.events[0].evidence));
    QVERIFY(lost.events[0].evidence.contains(u"Europe/Berlin"_s));
    // A code GLS added after us: kept verbatim, guessed from the words, never dropped.
    QCOMPARE(lost.events[1].carrierCode, u"SORTER.MISROUTE"_s);
    QVERIFY(!lost.events[1].mapped);
    QCOMPARE(lost.events[1].subStatus, SubStatus::Redirected);
    QVERIFY2(lost.events[1].evidence.contains(u"unknown GLS code"_s), qPrintable(lost.events[1].evidence));
    QCOMPARE(lost.events[2].subStatus, SubStatus::Lost);

    QCOMPARE(result.errors.size(), 2);
    QCOMPARE(result.errors[0].kind, CarrierError::Kind::Malformed);
    QCOMPARE(result.errors[0].trackingNumber, u"51234567891"_s);
    QVERIFY2(result.errors[0].message.contains(u"events[3]"_s), qPrintable(result.errors[0].message));
    QVERIFY(result.errors[0].message.contains(u"11/03/2026 noon"_s));
    QCOMPARE(result.errors[1].kind, CarrierError::Kind::NotFound);
    QCOMPARE(result.errors[1].trackingNumber, u"51234567899"_s);
    QVERIFY2(result.errors[1].message.contains(u"E_404_01"_s), qPrintable(result.errors[1].message));
}

void TestGlsAdapter::parcelStatusWinsOverContradictingEvents()
{
    const QByteArray body = R"({"parcels": [
        {"requested": "1", "unitno": "1", "status": "DELIVERED", "events": [
            {"code": "INTRANSIT", "country": "DE", "description": "The parcel is in transit.", "eventDateTime": "2026-03-10T10:00:00+0100"}]},
        {"requested": "2", "unitno": "2", "status": "CANCELED", "events": []},
        {"requested": "3", "unitno": "3", "status": "NOTDELIVERED", "events": [
            {"code": "NOTDELIVERED", "country": "DE", "description": "The parcel could not be delivered.", "eventDateTime": "2026-03-10T10:00:00+0100"}]}
    ]})";
    const TrackingResult result = m_adapter.parseTrackResponse(body, 200, {u"1"_s, u"2"_s, u"3"_s});
    QVERIFY(result.errors.isEmpty());
    QCOMPARE(result.shipments.size(), 3);
    QCOMPARE(result.shipments[0].subStatus, SubStatus::Delivered);
    QCOMPARE(result.shipments[0].events[0].subStatus, SubStatus::InTransit);
    QCOMPARE(result.shipments[1].subStatus, SubStatus::ExceptionOther);
    // "Could not be delivered" without a reason does not prove an attempt.
    QCOMPARE(result.shipments[2].subStatus, SubStatus::ExceptionOther);
    QVERIFY2(result.shipments[2].events[0].evidence.contains(u"do not fit"_s), qPrintable(result.shipments[2].events[0].evidence));
}

void TestGlsAdapter::errorBodiesAreClassified()
{
    const CarrierError expired = m_adapter.parseTrackResponse(fixture(u"error_token_expired.json"_s), 401, {u"1"_s}).errors.value(0);
    QCOMPARE(expired.kind, CarrierError::Kind::Unauthorized);
    QCOMPARE(expired.trackingNumber, u"1"_s);
    QVERIFY2(expired.message.contains(u"The Token has expired"_s), qPrintable(expired.message));
    QVERIFY(expired.message.contains(u"steps.jwt.TokenExpired"_s));

    QCOMPARE(m_adapter.parseTrackResponse(fixture(u"error_rate_limit_quota.json"_s), 429, {u"1"_s, u"2"_s}).errors.value(0).kind,
             CarrierError::Kind::RateLimited);
    // Apigee's quota violation is a rate limit whatever status code it comes with.
    QCOMPARE(m_adapter.parseTrackResponse(fixture(u"error_rate_limit_quota.json"_s), 403, {u"1"_s}).errors.value(0).kind,
             CarrierError::Kind::RateLimited);

    const CarrierError tooMany = m_adapter.parseTrackResponse(fixture(u"error_too_many_ids.json"_s), 400, {u"1"_s}).errors.value(0);
    QCOMPARE(tooMany.kind, CarrierError::Kind::Rejected);
    QVERIFY(tooMany.message.contains(u"more than allowed limit of 10"_s));

    const QByteArray wrongUrl = R"({"type":"about:blank","title":"Not Found","status":404,"detail":"No static resource tracking/x."})";
    QCOMPARE(m_adapter.parseTrackResponse(wrongUrl, 404, {u"1"_s}).errors.value(0).kind, CarrierError::Kind::Rejected);
    QCOMPARE(m_adapter.parseTrackResponse("<html>Service Unavailable</html>", 503, {u"1"_s}).errors.value(0).kind,
             CarrierError::Kind::Temporary);
}

void TestGlsAdapter::garbageIsMalformedNotACrash()
{
    const QList<QByteArray> bodies{"", "{", "[]", "null", R"({"parcels": 3})", R"({"parcels": [1, {"events": "x"}]})", R"({"parcels": [{"unitno": "A", "events": {"code": "DELIVERED"}}]})",
                                   R"({"parcels": [{"unitno": "A", "events": [{"eventDateTime": "2026-13-45T99:00:00+0100"}]}]})",
                                   R"({"parcels": [{"unitno": "A", "status": 5, "events": [{"code": [], "eventDateTime": {}}]}]})"};
    for (const QByteArray &body : bodies) {
        const TrackingResult result = m_adapter.parseTrackResponse(body, 200, {u"A"_s});
        QVERIFY2(!result.errors.isEmpty(), body.constData());
        for (const CarrierError &error : result.errors) {
            QVERIFY2(!error.message.isEmpty(), body.constData());
            QCOMPARE(error.carrier, u"gls"_s);
        }
    }
    for (const QString &name : {u"gls_track_in_transit.json"_s, u"mixed_parcels.json"_s}) {
        const QByteArray whole = fixture(name);
        for (qsizetype cut = 0; cut < whole.size() - 2; cut += 5) {
            const TrackingResult result = m_adapter.parseTrackResponse(whole.left(cut), 200, {u"A"_s});
            QVERIFY(!result.errors.isEmpty());
            QVERIFY(result.shipments.isEmpty());
        }
    }
    const TrackingResult truncated = m_adapter.parseTrackResponse(fixture(u"mixed_parcels.json"_s).left(900), 200, {u"A"_s});
    QVERIFY(truncated.errors.value(0).message.contains(u"not valid JSON"_s));
    CarrierError error;
    QVERIFY(!m_adapter.parseTokenResponse("\x01\x02garbage", 200, &error).has_value());
    QVERIFY(!error.message.isEmpty());
}

QTEST_GUILESS_MAIN(TestGlsAdapter)
#include "tst_glsadapter.moc"
