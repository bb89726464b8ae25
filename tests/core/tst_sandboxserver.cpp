#include "aftershipwebhook.h"
#include "carriers/aftershipadapter.h"
#include "carriers/carrierregistry.h"
#include "sandboxserver.h"
#include "scanview.h"
#include "tst_sandboxclient.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <memory>

using namespace Qt::StringLiterals;

// The sandbox server over HTTP: faults, token expiry, the carriers' limits and the statistics that
// prove them, the control endpoints, determinism, AfterShip's account and its signed webhooks.
// Time comes from a ManualClock, so nothing here depends on how fast the machine is; the few real
// delays (slow and timeout faults) are only checked from below.
class TestSandboxServer : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void transportFaults_data();
    void transportFaults();
    void cutAndBrokenBodies();
    void carrierShapedFaults();
    void slowAnswerArrivesLate();
    void timeoutOutlastsTheClientAndTheServerCarriesOn();
    void faultsAtARateAreDeterministic();
    void queuedAndConfiguredFaults();
    void tokensExpire();
    void fedexTakesThirtyNumbers();
    void rateLimitIsEnforcedAndCounted();
    void dailyQuotaAndFixedWindows();
    void concurrencyIsEnforcedAndSeen();
    void clockAndParcels();
    void sameSeedSameBodies();
    void aftershipAccount();
    void webhookSignsItsNews();

private:
    static QDateTime epoch() { return QDateTime(QDate(2026, 2, 20), QTime(12, 0), Qt::UTC); }
    static SandboxOptions options();
    std::unique_ptr<SandboxServer> start(const SandboxOptions &options);
    // A DHL number registered so that several scans are visible at the epoch.
    static QString dhlNumber() { return u"JJD000390007777123456"_s; }
    static QList<QPair<QByteArray, QByteArray>> dhlKey(const QByteArray &fault = {});
    HttpAnswer dhl(SandboxClient &client, const QByteArray &fault = {});
    static QJsonObject json(const QByteArray &body) { return QJsonDocument::fromJson(body).object(); }
    static QJsonObject statsOf(SandboxClient &client, const QString &carrier);
    static QString upsToken(SandboxClient &client);

    std::unique_ptr<ManualClock> m_wall;
    CarrierRegistry m_registry;
};

void TestSandboxServer::init()
{
    m_wall = std::make_unique<ManualClock>(QDateTime(QDate(2026, 5, 4), QTime(9, 0), Qt::UTC));
}

SandboxOptions TestSandboxServer::options()
{
    SandboxOptions o;
    o.epoch = epoch();
    o.speed = 0;
    o.liftLimits = true;
    o.seed = 5;
    return o;
}

std::unique_ptr<SandboxServer> TestSandboxServer::start(const SandboxOptions &options)
{
    auto server = std::make_unique<SandboxServer>(options, *m_wall);
    if (server->listen(0) == 0)
        qFatal("the sandbox cannot listen");
    server->state().journeys().registerParcel(u"dhl"_s, dhlNumber(), epoch().addDays(-2));
    return server;
}

QList<QPair<QByteArray, QByteArray>> TestSandboxServer::dhlKey(const QByteArray &fault)
{
    QList<QPair<QByteArray, QByteArray>> headers { { "DHL-API-Key", "k" } };
    if (!fault.isEmpty())
        headers.append({ "X-Sandbox-Fault", fault });
    return headers;
}

HttpAnswer TestSandboxServer::dhl(SandboxClient &client, const QByteArray &fault)
{
    return client.request("GET", u"/dhl/track/shipments?trackingNumber="_s + dhlNumber(), {}, dhlKey(fault));
}

QJsonObject TestSandboxServer::statsOf(SandboxClient &client, const QString &carrier)
{
    return json(client.request("GET", u"/sandbox/stats"_s).body)
        .value(u"carriers")
        .toObject()
        .value(carrier)
        .toObject();
}

QString TestSandboxServer::upsToken(SandboxClient &client)
{
    const HttpAnswer answer = client.request("POST", u"/ups/security/v1/oauth/token"_s, "grant_type=client_credentials",
        { { "Authorization", "Basic " + QByteArray("id:secret").toBase64() },
            { "Content-Type", "application/x-www-form-urlencoded" } });
    return json(answer.body).value(u"access_token").toString();
}

void TestSandboxServer::transportFaults_data()
{
    QTest::addColumn<QByteArray>("fault");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<int>("kind"); // CarrierError::Kind the DHL adapter reads
    QTest::newRow("429") << QByteArray("429:7") << 429 << QByteArray("application/json")
                         << int(CarrierError::Kind::RateLimited);
    QTest::newRow("500") << QByteArray("500") << 500 << QByteArray("application/json")
                         << int(CarrierError::Kind::Temporary);
    QTest::newRow("502") << QByteArray("502") << 502 << QByteArray("text/html") << int(CarrierError::Kind::Temporary);
    QTest::newRow("503") << QByteArray("503") << 503 << QByteArray("application/json")
                         << int(CarrierError::Kind::Temporary);
    QTest::newRow("expired-token") << QByteArray("expired-token") << 401 << QByteArray("application/json")
                                   << int(CarrierError::Kind::Unauthorized);
    QTest::newRow("unknown-number") << QByteArray("unknown-number") << 404 << QByteArray("application/json")
                                    << int(CarrierError::Kind::NotFound);
}

void TestSandboxServer::transportFaults()
{
    QFETCH(QByteArray, fault);
    QFETCH(int, status);
    QFETCH(QByteArray, contentType);
    QFETCH(int, kind);
    const auto server = start(options());
    SandboxClient client(server->port());
    const HttpAnswer answer = dhl(client, fault);
    QCOMPARE(answer.status, status);
    QVERIFY2(
        answer.headers.value("content-type").startsWith(contentType), answer.headers.value("content-type").constData());
    if (status == 429)
        QCOMPARE(answer.headers.value("retry-after"), QByteArray("7"));
    const TrackingResult read
        = m_registry.adapter(u"dhl"_s)->parseTrackResponse(answer.body, answer.status, { dhlNumber() });
    QVERIFY(read.shipments.isEmpty());
    QCOMPARE(int(read.errors.value(0).kind), kind);
    const QString key = QString::fromLatin1(fault.split(':').first());
    QCOMPARE(statsOf(client, u"dhl"_s).value(u"injectedFaults").toObject().value(key).toInt(), 1);
    QCOMPARE(statsOf(client, u"dhl"_s).value(u"limitRejections").toInt(), 0);
    QCOMPARE(dhl(client).status, 200); // only that request
}

void TestSandboxServer::cutAndBrokenBodies()
{
    const auto server = start(options());
    SandboxClient client(server->port());
    const QByteArray whole = dhl(client).body;
    QVERIFY(!json(whole).isEmpty());

    const HttpAnswer truncated = dhl(client, "truncated");
    QCOMPARE(truncated.status, 200);
    QCOMPARE(truncated.body, whole.left(whole.size() / 2));
    QCOMPARE(truncated.headers.value("content-length").toLongLong(), truncated.body.size());

    const HttpAnswer malformed = dhl(client, "malformed");
    QCOMPARE(malformed.status, 200);
    QCOMPARE(malformed.body.size(), whole.size() - 1);
    for (const QByteArray &body : { truncated.body, malformed.body }) {
        QJsonParseError error;
        QJsonDocument::fromJson(body, &error);
        QVERIFY(error.error != QJsonParseError::NoError);
        const TrackingResult read = m_registry.adapter(u"dhl"_s)->parseTrackResponse(body, 200, { dhlNumber() });
        QCOMPARE(read.errors.value(0).kind, CarrierError::Kind::Malformed);
    }
}

void TestSandboxServer::carrierShapedFaults()
{
    const auto server = start(options());
    SandboxClient client(server->port());
    const QJsonArray before
        = json(dhl(client).body).value(u"shipments").toArray().first().toObject().value(u"events").toArray();
    const HttpAnswer changed = dhl(client, "changed-event");
    QCOMPARE(changed.status, 200);
    const QJsonArray after
        = json(changed.body).value(u"shipments").toArray().first().toObject().value(u"events").toArray();
    QCOMPARE(after.size(), before.size());
    // Exactly one event comes back different: re-timed or re-worded, nothing else.
    int differing = 0;
    for (const QJsonValue &event : after)
        differing += before.contains(event) ? 0 : 1;
    QCOMPARE(differing, 1);
    QCOMPARE(dhl(client).body, QJsonDocument(json(dhl(client).body)).toJson(QJsonDocument::Compact));
}

void TestSandboxServer::slowAnswerArrivesLate()
{
    const auto server = start(options());
    SandboxClient client(server->port());
    const QByteArray whole = dhl(client).body;
    const HttpAnswer slow = dhl(client, "slow:400");
    QCOMPARE(slow.status, 200);
    QCOMPARE(slow.body, whole);
    QVERIFY2(slow.elapsedMsecs >= 400, qPrintable(QString::number(slow.elapsedMsecs)));
}

void TestSandboxServer::timeoutOutlastsTheClientAndTheServerCarriesOn()
{
    const auto server = start(options());
    SandboxClient client(server->port());
    const HttpAnswer gaveUp = client.request(
        "GET", u"/dhl/track/shipments?trackingNumber="_s + dhlNumber(), {}, dhlKey("timeout:1200"), 200);
    QVERIFY(gaveUp.error != QNetworkReply::NoError);
    QCOMPARE(gaveUp.status, 0);
    // The held answer's moment passes with its client gone; the server must take that in stride.
    QTRY_COMPARE_WITH_TIMEOUT(server->state().gate(u"dhl"_s).openCount(), 0, 20000);
    QCOMPARE(dhl(client).status, 200);
}

void TestSandboxServer::faultsAtARateAreDeterministic()
{
    const auto run = [this](quint64 seed) {
        SandboxOptions o = options();
        o.faultSeed = seed;
        QString error;
        o.faults.append(*FaultPlan::parseRule(u"dhl:500:0.5"_s, &error));
        const auto server = start(o);
        SandboxClient client(server->port());
        QList<int> statuses;
        for (int i = 0; i < 40; ++i)
            statuses.append(dhl(client).status);
        return statuses;
    };
    const QList<int> first = run(3);
    QCOMPARE(run(3), first);
    QVERIFY(first.contains(500) && first.contains(200));
    QVERIFY(run(4) != first);
}

void TestSandboxServer::queuedAndConfiguredFaults()
{
    const auto server = start(options());
    SandboxClient client(server->port());
    const HttpAnswer bad
        = client.request("POST", u"/sandbox/faults"_s, R"({"once": [{"carrier": "dhl", "kind": "teapot"}]})");
    QCOMPARE(bad.status, 400);
    QVERIFY(json(bad.body).value(u"error").toString().contains(u"teapot"_s));
    QCOMPARE(
        client.request("POST", u"/sandbox/faults"_s, R"({"once": [{"carrier": "dhl", "kind": "503"}]})").status, 200);
    QCOMPARE(dhl(client).status, 503);
    QCOMPARE(dhl(client).status, 200);
    QCOMPARE(client.request("POST", u"/sandbox/faults"_s, R"({"rules": [{"carrier": "*", "kind": "429", "rate": 1}]})")
                 .status,
        200);
    QCOMPARE(dhl(client).status, 429);
    QCOMPARE(json(client.request("GET", u"/sandbox/faults"_s).body).value(u"rules").toArray().size(), 1);
    QCOMPARE(client.request("POST", u"/sandbox/faults"_s, R"({"clear": true})").status, 200);
    QCOMPARE(dhl(client).status, 200);
    QCOMPARE(dhl(client, "no-such-fault").status, 400);
}

void TestSandboxServer::tokensExpire()
{
    SandboxOptions o = options();
    o.tokenTtlSecs = 60;
    const auto server = start(o);
    SandboxClient client(server->port());
    server->state().journeys().registerParcel(u"ups"_s, u"1Z999AA10123456784"_s, epoch().addDays(-1));
    const QString token = upsToken(client);
    QVERIFY(token.startsWith(u"sbx."_s));
    const auto track = [&](const QString &bearer) {
        return client.request("GET", u"/ups/api/track/v1/details/1Z999AA10123456784"_s, {},
            { { "Authorization", "Bearer " + bearer.toUtf8() } });
    };
    QCOMPARE(track(token).status, 200);
    m_wall->advanceSecs(61);
    const HttpAnswer expired = track(token);
    QCOMPARE(expired.status, 401);
    const TrackingResult read
        = m_registry.adapter(u"ups"_s)->parseTrackResponse(expired.body, 401, { u"1Z999AA10123456784"_s });
    QCOMPARE(read.errors.value(0).kind, CarrierError::Kind::Unauthorized);
    QCOMPARE(track(upsToken(client)).status, 200);
    QCOMPARE(track(u"made-up"_s).status, 401);

    // FedEx says so in its own words (its OpenAPI example).
    const HttpAnswer fedexToken
        = client.request("POST", u"/fedex/oauth/token"_s, "grant_type=client_credentials&client_id=a&client_secret=b",
            { { "Content-Type", "application/x-www-form-urlencoded" } });
    QCOMPARE(json(fedexToken.body).value(u"expires_in").toInt(), 60);
    m_wall->advanceSecs(61);
    const HttpAnswer fedexExpired = client.request("POST", u"/fedex/track/v1/trackingnumbers"_s,
        R"({"trackingInfo": [{"trackingNumberInfo": {"trackingNumber": "123"}}]})",
        { { "Authorization", "Bearer " + json(fedexToken.body).value(u"access_token").toString().toUtf8() } });
    QCOMPARE(fedexExpired.status, 401);
    QCOMPARE(json(fedexExpired.body).value(u"errors").toArray().first().toObject().value(u"code").toString(),
        u"NOT.AUTHORIZED.ERROR"_s);

    // GLS and DPD take a token issued beforehand (Shipdeck's poller signs in that way), not an expired own one.
    QCOMPARE(
        client.request("GET", u"/gls/tracking/simple/trackids/123"_s, {}, { { "Authorization", "Bearer sandbox" } })
            .status,
        200);
    const HttpAnswer glsToken = client.request("POST", u"/gls/oauth2/v2/token"_s, "grant_type=client_credentials",
        { { "Authorization", "Basic " + QByteArray("a:b").toBase64() },
            { "Content-Type", "application/x-www-form-urlencoded" } });
    const QByteArray glsBearer = "Bearer " + json(glsToken.body).value(u"access_token").toString().toUtf8();
    QCOMPARE(
        client.request("GET", u"/gls/tracking/simple/trackids/123"_s, {}, { { "Authorization", glsBearer } }).status,
        200);
    m_wall->advanceSecs(61);
    const HttpAnswer glsExpired
        = client.request("GET", u"/gls/tracking/simple/trackids/123"_s, {}, { { "Authorization", glsBearer } });
    QCOMPARE(glsExpired.status, 401);
    QVERIFY(glsExpired.body.contains("access_token_expired"));
}

void TestSandboxServer::fedexTakesThirtyNumbers()
{
    const auto server = start(options());
    SandboxClient client(server->port());
    const HttpAnswer token
        = client.request("POST", u"/fedex/oauth/token"_s, "grant_type=client_credentials&client_id=a&client_secret=b",
            { { "Content-Type", "application/x-www-form-urlencoded" } });
    const QByteArray bearer = "Bearer " + json(token.body).value(u"access_token").toString().toUtf8();
    const auto ask = [&](int count) {
        QJsonArray info;
        for (int i = 0; i < count; ++i)
            info.append(QJsonObject { { u"trackingNumberInfo"_s,
                QJsonObject { { u"trackingNumber"_s, QString::number(794600000000 + i) } } } });
        const QByteArray body
            = QJsonDocument(QJsonObject { { u"trackingInfo"_s, info } }).toJson(QJsonDocument::Compact);
        return client.request("POST", u"/fedex/track/v1/trackingnumbers"_s, body, { { "Authorization", bearer } });
    };
    const HttpAnswer thirty = ask(30);
    QCOMPARE(thirty.status, 200);
    QCOMPARE(json(thirty.body).value(u"output").toObject().value(u"completeTrackResults").toArray().size(), 30);
    const HttpAnswer thirtyOne = ask(31);
    QCOMPARE(thirtyOne.status, 400);
    const QJsonObject error = json(thirtyOne.body);
    QVERIFY(!error.value(u"transactionId").toString().isEmpty());
    QCOMPARE(error.value(u"errors").toArray().first().toObject().value(u"code").toString(), u"BAD.REQUEST.ERROR"_s);
    const HttpAnswer none = ask(0);
    QCOMPARE(none.status, 400);
    QCOMPARE(json(none.body).value(u"errors").toArray().first().toObject().value(u"code").toString(),
        u"TRACKING.TRACKINGNUMBER.EMPTY"_s);
}

void TestSandboxServer::rateLimitIsEnforcedAndCounted()
{
    SandboxOptions o = options();
    o.liftLimits = false; // DHL's documented limit: one call every five seconds
    const auto server = start(o);
    SandboxClient client(server->port());
    const qint64 t0 = m_wall->now().toMSecsSinceEpoch();
    QCOMPARE(dhl(client).status, 200);
    m_wall->set(m_wall->now().addMSecs(4000));
    const HttpAnswer refused = dhl(client);
    QCOMPARE(refused.status, 429);
    QCOMPARE(refused.headers.value("retry-after"), QByteArray("1"));
    QCOMPARE(json(refused.body).value(u"title").toString(), u"Too Many Requests"_s);
    m_wall->set(m_wall->now().addMSecs(1000));
    QCOMPARE(dhl(client).status, 200);

    const QJsonObject stats = statsOf(client, u"dhl"_s);
    QCOMPARE(stats.value(u"requests").toInt(), 3);
    QCOMPARE(stats.value(u"limitRejections").toInt(), 1);
    QCOMPARE(stats.value(u"injectedFaults").toObject().size(), 0);
    const QJsonArray times = stats.value(u"receivedAtMs").toArray();
    QCOMPARE(times.size(), 3);
    QCOMPARE(times[0].toInteger(), t0);
    QCOMPARE(times[1].toInteger(), t0 + 4000);
    QCOMPARE(times[2].toInteger(), t0 + 5000);
    QCOMPARE(client.request("DELETE", u"/sandbox/stats"_s).status, 200);
    QCOMPARE(statsOf(client, u"dhl"_s).value(u"requests").toInt(), 0);

    // Token requests are not counted against the limit.
    QCOMPARE(
        client.request("POST", u"/sandbox/limits"_s, R"({"carriers": {"ups": {"requests": 1, "windowMs": 60000}}})")
            .status,
        200);
    for (int i = 0; i < 3; ++i)
        QVERIFY(!upsToken(client).isEmpty());
    QCOMPARE(statsOf(client, u"ups"_s).value(u"limitRejections").toInt(), 0);
    QCOMPARE(client.request("POST", u"/sandbox/limits"_s, R"({"carriers": {"nope": {}}})").status, 400);
}

void TestSandboxServer::dailyQuotaAndFixedWindows()
{
    const auto server = start(options());
    SandboxClient client(server->port());
    const auto gls = [&] {
        return client.request(
            "GET", u"/gls/tracking/simple/trackids/123"_s, {}, { { "Authorization", "Bearer sandbox" } });
    };
    QCOMPARE(client.request("POST", u"/sandbox/limits"_s, R"({"carriers": {"gls": {"daily": 2}}})").status, 200);
    QCOMPARE(gls().status, 200);
    QCOMPARE(gls().status, 200);
    const HttpAnswer quota = gls();
    QCOMPARE(quota.status, 429);
    QVERIFY(quota.body.contains("QuotaViolation"));
    m_wall->set(QDateTime(m_wall->now().date().addDays(1), QTime(0, 0, 1), Qt::UTC));
    QCOMPARE(gls().status, 200);

    // FedEx counts per clock-aligned window, as its guide describes.
    QCOMPARE(client
                 .request("POST", u"/sandbox/limits"_s,
                     R"({"carriers": {"fedex": {"requests": 2, "windowMs": 10000, "fixedWindow": true}}})")
                 .status,
        200);
    m_wall->set(QDateTime(m_wall->now().date(), QTime(10, 0, 8), Qt::UTC));
    const auto fedex = [&] {
        return client.request("POST", u"/fedex/track/v1/trackingnumbers"_s, "{}", { { "Authorization", "Bearer x" } });
    };
    QCOMPARE(fedex().status, 401); // admitted (and refused for its token)
    QCOMPARE(fedex().status, 401);
    QCOMPARE(fedex().status, 429);
    m_wall->set(QDateTime(m_wall->now().date(), QTime(10, 0, 10), Qt::UTC));
    QCOMPARE(fedex().status, 401);
}

void TestSandboxServer::concurrencyIsEnforcedAndSeen()
{
    SandboxOptions o = options();
    o.liftLimits = false; // DPD: one request at a time
    const auto server = start(o);
    SandboxClient client(server->port());
    QNetworkAccessManager network;
    const QByteArray call
        = R"(<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Header>)"
          R"(<authentication><delisId>a</delisId><authToken>sandbox</authToken></authentication></soap:Header>)"
          R"(<soap:Body><getTrackingData><parcelLabelNumber>01234567890123</parcelLabelNumber>)"
          R"(</getTrackingData></soap:Body></soap:Envelope>)";
    QNetworkRequest request(client.url(u"/dpd/ParcelLifeCycleService/V2_0"_s));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("text/xml; charset=utf-8"));
    QNetworkRequest slow = request;
    slow.setRawHeader("X-Sandbox-Fault", "slow:600");
    QNetworkReply *first = network.post(slow, call);
    QTRY_COMPARE_WITH_TIMEOUT(server->state().gate(u"dpd"_s).openCount(), 1, 20000);
    QNetworkReply *second = network.post(request, call);
    QTRY_VERIFY_WITH_TIMEOUT(first->isFinished() && second->isFinished(), 20000);
    QCOMPARE(first->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QCOMPARE(second->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 429);
    QVERIFY(second->readAll().contains("LIMIT_EXCEEDED"));
    const QJsonObject stats = statsOf(client, u"dpd"_s);
    QCOMPARE(stats.value(u"maxConcurrency").toInt(), 2);
    QCOMPARE(stats.value(u"limitRejections").toInt(), 1);
    delete first;
    delete second;
}

void TestSandboxServer::clockAndParcels()
{
    SandboxOptions o = options();
    o.speed = 3600;
    const auto server = start(o);
    SandboxClient client(server->port());
    QCOMPARE(QDateTime::fromString(
                 json(client.request("GET", u"/sandbox/clock"_s).body).value(u"now").toString(), Qt::ISODate),
        epoch());
    m_wall->advanceSecs(10); // ten simulated hours
    const QJsonObject clock = json(client.request("GET", u"/sandbox/clock"_s).body);
    QCOMPARE(QDateTime::fromString(clock.value(u"now").toString(), Qt::ISODate), epoch().addSecs(36000));
    QCOMPARE(clock.value(u"speed").toDouble(), 3600.0);

    QCOMPARE(
        client.request("POST", u"/sandbox/parcels"_s, R"([{"carrier": "ups", "trackingNumber": "X"}])").status, 400);
    const QByteArray parcels
        = R"([{"carrier": "gls", "trackingNumber": "GLS-1", "shippedAt": "2026-02-20T20:00:00Z"}])";
    QCOMPARE(json(client.request("POST", u"/sandbox/parcels"_s, parcels).body).value(u"registered").toInt(), 1);
    const QJsonObject parcel = json(client.request("GET", u"/sandbox/parcels/GLS-1"_s).body);
    QCOMPARE(parcel.value(u"source").toString(), u"registered"_s);
    QCOMPARE(parcel.value(u"carrier").toString(), u"gls"_s);
    QCOMPARE(client.request("GET", u"/sandbox/parcels/GLS-1?carrier=dpd"_s).status, 404);

    // Moving the clock moves the journey: more becomes visible.
    const qsizetype seen = parcel.value(u"visible").toArray().size();
    QCOMPARE(client.request("POST", u"/sandbox/clock"_s, R"({"now": "2026-03-10T00:00:00Z", "speed": 0})").status, 200);
    const QJsonObject later = json(client.request("GET", u"/sandbox/parcels/GLS-1"_s).body);
    QVERIFY(later.value(u"visible").toArray().size() > seen);
    QCOMPARE(later.value(u"now").toString(), u"2026-03-10T00:00:00.000Z"_s);
    QCOMPARE(client.request("GET", u"/nowhere/x"_s).status, 404);
    QCOMPARE(client.request("GET", u"/sandbox/nothing"_s).status, 404);
}

void TestSandboxServer::sameSeedSameBodies()
{
    const auto bodies = [this](quint64 seed) {
        SandboxOptions o = options();
        o.seed = seed;
        const auto server = start(o);
        SandboxClient client(server->port());
        QList<QByteArray> out;
        for (const QString &number : { u"JJD014600006281230704"_s, u"00340434161094042557"_s })
            out.append(client.request("GET", u"/dhl/track/shipments?trackingNumber="_s + number, {}, dhlKey()).body);
        const QString token = upsToken(client);
        out.append(token.toUtf8());
        out.append(client
                       .request("GET", u"/ups/api/track/v1/details/1Z999AA10123456784"_s, {},
                           { { "Authorization", "Bearer " + token.toUtf8() } })
                       .body);
        out.append(client
                       .request("GET", u"/gls/tracking/simple/trackids/36301917596,123"_s, {},
                           { { "Authorization", "Bearer s" } })
                       .body);
        return out;
    };
    const QList<QByteArray> first = bodies(8);
    QCOMPARE(bodies(8), first);
    const QList<QByteArray> other = bodies(9);
    QVERIFY(other[0] != first[0] && other[4] != first[4]);
}

void TestSandboxServer::aftershipAccount()
{
    const auto server = start(options());
    SandboxClient client(server->port());
    const QList<QPair<QByteArray, QByteArray>> key { { "aftership-api-key", "k" } };
    QCOMPARE(client.request("GET", u"/aftership/v4/trackings/dhl/"_s + dhlNumber(), {}, key).status, 404);
    const QByteArray create = R"({"tracking": {"slug": "dhl-germany", "tracking_number": "JJD000390007777123456"}})";
    const HttpAnswer created = client.request("POST", u"/aftership/v4/trackings"_s, create, key);
    QCOMPARE(created.status, 201);
    QCOMPARE(json(created.body).value(u"meta").toObject().value(u"code").toInt(), 201);
    const HttpAnswer again = client.request("POST", u"/aftership/v4/trackings"_s, create, key);
    QCOMPARE(json(again.body).value(u"meta").toObject().value(u"code").toInt(), 4003);
    QCOMPARE(client
                 .request("POST", u"/aftership/v4/trackings"_s,
                     R"({"tracking": {"slug": "pigeon", "tracking_number": "1"}})", key)
                 .status,
        400);
    QCOMPARE(client.request("GET", u"/aftership/v4/trackings"_s, {}, {}).status, 401);

    const HttpAnswer one = client.request("GET", u"/aftership/v4/trackings/dhl-germany/"_s + dhlNumber(), {}, key);
    QCOMPARE(one.status, 200);
    const QJsonObject tracking = json(one.body).value(u"data").toObject().value(u"tracking").toObject();
    const auto origin = server->state().journeys().originOf(u"dhl"_s, dhlNumber());
    const ScanView view(server->state().journeys().journey(*origin, dhlNumber()), epoch());
    QCOMPARE(tracking.value(u"checkpoints").toArray().size(), view.scans().size());

    const auto listed = [&](const QString &query) {
        return json(client.request("GET", u"/aftership/v4/trackings?"_s + query, {}, key).body)
            .value(u"data")
            .toObject()
            .value(u"trackings")
            .toArray()
            .size();
    };
    QCOMPARE(listed(u"tracking_numbers="_s + dhlNumber() + u",OTHER"_s), 1);
    QCOMPARE(listed(u"updated_at_min=2026-02-01T00:00:00Z"_s), 1);
    QCOMPARE(listed(u"updated_at_min=2026-02-21T00:00:00Z"_s), 0);
}

void TestSandboxServer::webhookSignsItsNews()
{
    QHttpServer receiver;
    QList<QPair<QByteArray, QByteArray>> received; // body, signature
    receiver.route(u"/hook"_s, [&received](const QHttpServerRequest &request) {
        received.append({ request.body(), request.value("aftership-hmac-sha256") });
        return QHttpServerResponse(QHttpServerResponder::StatusCode::Ok);
    });
    const quint16 receiverPort = receiver.listen(QHostAddress::LocalHost, 0);
    QVERIFY(receiverPort != 0);

    SandboxOptions o = options();
    o.webhookUrl = QUrl(QStringLiteral("http://127.0.0.1:%1/hook").arg(receiverPort));
    o.webhookSecret = "s3cret";
    o.webhookIntervalMsecs = 50;
    const auto server = start(o);
    SandboxClient client(server->port());
    server->state().journeys().registerParcel(u"ups"_s, u"1ZWEBHOOK0000001"_s, epoch().addSecs(-3600));
    QCOMPARE(client
                 .request("POST", u"/aftership/v4/trackings"_s,
                     R"({"tracking": {"slug": "ups", "tracking_number": "1ZWEBHOOK0000001"}})",
                     { { "aftership-api-key", "k" } })
                 .status,
        201);
    QTest::qWait(200);
    QVERIFY(received.isEmpty()); // nothing new while the clock stands
    QCOMPARE(client.request("POST", u"/sandbox/clock"_s, R"({"now": "2026-02-24T12:00:00Z"})").status, 200);
    QTRY_VERIFY_WITH_TIMEOUT(!received.isEmpty(), 20000);

    const auto &[body, signature] = received.first();
    QVERIFY(AfterShipAdapter::verifyWebhook(body, signature, "s3cret"));
    QVERIFY(!AfterShipAdapter::verifyWebhook(body, signature, "wrong"));
    const TrackingResult read = AfterShipAdapter().parseWebhook(body);
    QCOMPARE(read.shipments.size(), 1);
    const auto origin = server->state().journeys().originOf(u"ups"_s, u"1ZWEBHOOK0000001"_s);
    const ScanView view(server->state().journeys().journey(*origin, u"1ZWEBHOOK0000001"_s),
        QDateTime(QDate(2026, 2, 24), QTime(12, 0), Qt::UTC));
    QCOMPARE(read.shipments.first().events.size(), view.scans().size());
    QVERIFY(!AfterShipWebhook::isLoopback(QUrl(u"http://192.0.2.1/hook"_s)));
    QVERIFY(AfterShipWebhook::isLoopback(QUrl(u"http://localhost:9/hook"_s)));
}

QTEST_GUILESS_MAIN(TestSandboxServer)
#include "tst_sandboxserver.moc"
