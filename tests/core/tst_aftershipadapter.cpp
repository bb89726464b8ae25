#include "carriers/aftershipadapter.h"
#include "carrierfixtures.h"
#include "testdatabases.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

class TestAfterShipAdapter : public QObject
{
    Q_OBJECT

private slots:
    void splitsSlugFromNumber();
    void buildsSlugRequestsAndBatchesOfFifty();
    void buildsCreateAndChangedSinceRequests();
    void readsRecordedPostNlTracking();
    void answersUnderTheNameAsked();
    void trackingTagIsAfterShipsVerdict();
    void readsListWithAttemptPickupExceptionAndUnknownTag();
    void verifiesWebhookSignature();
    void readsWebhookBody();
    void errorEnvelopesAreClassified();
    void garbageIsMalformedNotACrash();

private:
    static QByteArray fixture(const QString &name) { return CarrierFixtures::read(u"aftership"_s, name); }
    static bool hasHeader(const CarrierRequest &request, const QByteArray &name, const QByteArray &value);
    AfterShipAdapter m_adapter;
    const CarrierAccount m_account{QUrl(u"http://127.0.0.1:8080/aftership"_s), u"as-k3y"_s, {}, {}};
};

bool TestAfterShipAdapter::hasHeader(const CarrierRequest &request, const QByteArray &name, const QByteArray &value)
{
    return request.headers.contains(qMakePair(name, value));
}

void TestAfterShipAdapter::splitsSlugFromNumber()
{
    const auto withSlug = AfterShipAdapter::splitSlug(u"postnl-3s:3SKAAG5995399"_s);
    QCOMPARE(withSlug.slug, u"postnl-3s"_s);
    QCOMPARE(withSlug.number, u"3SKAAG5995399"_s);
    QCOMPARE(AfterShipAdapter::splitSlug(u"3SKAAG5995399"_s).slug, QString());
    // Slugs are lower-case courier codes; anything else is part of the number.
    QCOMPARE(AfterShipAdapter::splitSlug(u"ABC:123"_s).slug, QString());
    QCOMPARE(AfterShipAdapter::splitSlug(u"ABC:123"_s).number, u"ABC:123"_s);
    QCOMPARE(AfterShipAdapter::splitSlug(u"ups:"_s).slug, QString());
}

void TestAfterShipAdapter::buildsSlugRequestsAndBatchesOfFifty()
{
    QStringList numbers{u"postnl-3s:3SKAAG5995399"_s};
    for (int i = 0; i < 52; ++i)
        numbers.append(u"LX%1DE"_s.arg(i, 9, 10, QChar(u'0')));
    const auto requests = m_adapter.trackRequests(numbers, m_account, {});
    QCOMPARE(requests.size(), 3);

    QCOMPARE(requests[0].method, QByteArray("GET"));
    QCOMPARE(requests[0].url.path(), u"/aftership/v4/trackings/postnl-3s/3SKAAG5995399"_s);
    QCOMPARE(requests[0].trackingNumbers, QStringList{u"postnl-3s:3SKAAG5995399"_s});
    QVERIFY(hasHeader(requests[0], "aftership-api-key", "as-k3y"));

    QCOMPARE(requests[1].url.path(), u"/aftership/v4/trackings"_s);
    const QStringList firstBatch = QUrlQuery(requests[1].url).queryItemValue(u"tracking_numbers"_s).split(u',');
    QCOMPARE(firstBatch.size(), 50);
    QCOMPARE(firstBatch.first(), u"LX000000000DE"_s);
    QCOMPARE(requests[1].trackingNumbers, firstBatch);
    QCOMPARE(requests[2].trackingNumbers, (QStringList{u"LX000000050DE"_s, u"LX000000051DE"_s}));
    QCOMPARE(m_adapter.defaultLimits().maxNumbersPerRequest, 50);
    QCOMPARE(m_adapter.defaultLimits().requestsPerSecond, 9.0); // burst 1 + 9 refills: 10 in any second
    QCOMPARE(m_adapter.defaultLimits().burst, 1);

    // A number with characters that mean something in a path stays one path segment.
    const auto odd = m_adapter.trackRequests({u"ups:1Z 99/9"_s}, m_account, {});
    QCOMPARE(odd.value(0).url.path(QUrl::FullyEncoded), u"/aftership/v4/trackings/ups/1Z%2099%2F9"_s);
}

void TestAfterShipAdapter::buildsCreateAndChangedSinceRequests()
{
    const CarrierRequest create = m_adapter.createTrackingRequest(u"dhl-germany"_s, u"00340434161094042557"_s, m_account);
    QCOMPARE(create.method, QByteArray("POST"));
    QCOMPARE(create.url.path(), u"/aftership/v4/trackings"_s);
    QVERIFY(hasHeader(create, "Content-Type", "application/json"));
    const QJsonObject tracking = QJsonDocument::fromJson(create.body).object().value(u"tracking").toObject();
    QCOMPARE(tracking.value(u"slug").toString(), u"dhl-germany"_s);
    QCOMPARE(tracking.value(u"tracking_number").toString(), u"00340434161094042557"_s);
    QCOMPARE(create.trackingNumbers, QStringList{u"dhl-germany:00340434161094042557"_s});
    const CarrierRequest detect = m_adapter.createTrackingRequest({}, u"1Z999AA10123456784"_s, m_account);
    QVERIFY(!QJsonDocument::fromJson(detect.body).object().value(u"tracking").toObject().contains(u"slug"));

    const QDateTime since(QDate(2026, 3, 1), QTime(10, 0), Qt::OffsetFromUTC, 3600);
    const CarrierRequest changed = m_adapter.changedTrackingsRequest(since, m_account, 3);
    QCOMPARE(changed.method, QByteArray("GET"));
    QCOMPARE(changed.url.path(), u"/aftership/v4/trackings"_s);
    const QUrlQuery query(changed.url);
    QCOMPARE(query.queryItemValue(u"updated_at_min"_s), u"2026-03-01T09:00:00Z"_s);
    QCOMPARE(query.queryItemValue(u"page"_s), u"3"_s);
    QCOMPARE(query.queryItemValue(u"limit"_s), u"200"_s);
}

void TestAfterShipAdapter::readsRecordedPostNlTracking()
{
    const TrackingResult result = m_adapter.parseTrackResponse(fixture(u"aftership_v4_tracking_in_transit_postnl.json"_s),
                                                               200, {u"postnl-3s:3SKAAG5995399"_s});
    QVERIFY2(result.errors.isEmpty(), qPrintable(result.errors.value(0).message));
    QCOMPARE(result.shipments.size(), 1);
    const TrackedShipment &s = result.shipments[0];
    QCOMPARE(s.trackingNumber, u"postnl-3s:3SKAAG5995399"_s);
    QCOMPARE(s.subStatus, SubStatus::ArrivedInDestinationCountry);
    QVERIFY(!s.carrierEstimate.isValid()); // expected_delivery is null
    QCOMPARE(s.service, QString());
    QCOMPARE(s.events.size(), 6);
    QCOMPARE(s.events[0].subStatus, SubStatus::InfoReceived);
    QCOMPARE(s.events[0].carrierCode, u"InfoReceived_001"_s);
    QCOMPARE(s.events[0].location, QString());
    QCOMPARE(s.events[0].occurredAt, QDateTime(QDate(2021, 3, 20), QTime(14, 29, 27), Qt::UTC));
    QCOMPARE(s.events[0].occurredAt.offsetFromUtc(), 3600);
    QCOMPARE(s.events[2].subStatus, SubStatus::InTransit);
    QCOMPARE(s.events[2].location, u"NL, Netherlands"_s);
    // The subtag decides even where the words alone would say "sorted".
    QCOMPARE(s.events[4].carrierText, u"Shipment has been sorted"_s);
    QCOMPARE(s.events[4].subStatus, SubStatus::InTransit);
    QCOMPARE(s.events[5].subStatus, SubStatus::ArrivedInDestinationCountry);
    QCOMPARE(s.events[5].location, u"ES, Spain"_s);
    QVERIFY2(s.events[5].evidence.contains(u"InTransit_004"_s), qPrintable(s.events[5].evidence));
    for (const TrackingEvent &event : s.events)
        QVERIFY(event.mapped);
}

void TestAfterShipAdapter::answersUnderTheNameAsked()
{
    const QByteArray body = fixture(u"aftership_v4_tracking_in_transit_postnl.json"_s);
    const TrackingResult plain = m_adapter.parseTrackResponse(body, 200, {u"3SKAAG5995399"_s});
    QCOMPARE(plain.shipments.value(0).trackingNumber, u"3SKAAG5995399"_s);
    QVERIFY(plain.errors.isEmpty());
    // Asked under another slug: the answer does not cover that, so it is reported.
    const TrackingResult other = m_adapter.parseTrackResponse(body, 200, {u"dhl:3SKAAG5995399"_s});
    QCOMPARE(other.errors.size(), 1);
    QCOMPARE(other.errors[0].kind, CarrierError::Kind::NotFound);
    QCOMPARE(other.errors[0].trackingNumber, u"dhl:3SKAAG5995399"_s);
}

void TestAfterShipAdapter::trackingTagIsAfterShipsVerdict()
{
    const QByteArray body = R"({"meta": {"code": 200}, "data": {"tracking": {"tracking_number": "A", "slug": "ups",
        "tag": "Delivered", "subtag": "Delivered_003", "checkpoints": [{"tag": "InTransit", "subtag": "InTransit_007",
        "message": "Departed from Facility", "checkpoint_time": "2026-03-10T10:00:00+01:00"}]}}})";
    const TrackedShipment s = m_adapter.parseTrackResponse(body, 200, {u"A"_s}).shipments.value(0);
    QCOMPARE(s.events.value(0).subStatus, SubStatus::DepartedHub);
    QCOMPARE(s.subStatus, SubStatus::DeliveredSigned);
    // An unknown tag on the tracking is no verdict: the newest known checkpoint decides.
    QByteArray unknownTag = body;
    unknownTag.replace(R"("tag": "Delivered")", R"("tag": "Teleported")");
    QCOMPARE(m_adapter.parseTrackResponse(unknownTag, 200, {u"A"_s}).shipments.value(0).subStatus, SubStatus::DepartedHub);
}

void TestAfterShipAdapter::readsListWithAttemptPickupExceptionAndUnknownTag()
{
    const TrackingResult result = m_adapter.parseTrackResponse(
        fixture(u"list_trackings_mixed.json"_s), 200, {u"1Z999AA10123456784"_s, u"LX123456789DE"_s, u"MISSING123"_s});
    QCOMPARE(result.shipments.size(), 2);

    const TrackedShipment &ups = result.shipments[0];
    QCOMPARE(ups.trackingNumber, u"1Z999AA10123456784"_s);
    QCOMPARE(ups.service, u"UPS Standard"_s);
    QCOMPARE(ups.carrierEstimate, QDate(2026, 3, 12));
    QCOMPARE(ups.subStatus, SubStatus::AvailableForPickup);
    QCOMPARE(ups.events.size(), 4);
    QCOMPARE(ups.events[0].location, u"NLD"_s);
    QCOMPARE(ups.events[1].subStatus, SubStatus::FailedAttempt);
    QCOMPARE(ups.events[1].location, u"Berlin, DEU"_s);
    // A tag AfterShip added after us: kept verbatim, guessed from the words, never dropped.
    const TrackingEvent &rerouted = ups.events[2];
    QVERIFY(!rerouted.mapped);
    QCOMPARE(rerouted.carrierCode, u"Rerouted_001"_s);
    QCOMPARE(rerouted.subStatus, SubStatus::Redirected);
    QVERIFY2(rerouted.evidence.contains(u"unknown AfterShip tag \"Rerouted\""_s), qPrintable(rerouted.evidence));
    // No offset given: local time in Germany, UTC+1 in March.
    QCOMPARE(rerouted.occurredAt.offsetFromUtc(), 3600);
    QCOMPARE(rerouted.occurredAt.toUTC(), QDateTime(QDate(2026, 3, 11), QTime(17, 30), Qt::UTC));
    QVERIFY(rerouted.evidence.contains(u"Europe/Berlin"_s));
    QCOMPARE(ups.events[3].subStatus, SubStatus::AvailableForPickup);
    QCOMPARE(ups.events[3].location, u"Kiosk am Park, Berlin"_s);

    const TrackedShipment &post = result.shipments[1];
    QCOMPARE(post.trackingNumber, u"LX123456789DE"_s);
    QCOMPARE(post.subStatus, SubStatus::Lost);
    QCOMPARE(post.carrierEstimate, QDate(2026, 3, 20)); // AfterShip's own prediction
    QCOMPARE(post.events.size(), 3);
    QCOMPARE(post.events[0].subStatus, SubStatus::PickedUp);
    // An unknown subtag of a known tag stays in that tag; the words choose within it.
    QCOMPARE(post.events[1].subStatus, SubStatus::Damaged);
    QVERIFY(post.events[1].mapped);
    QVERIFY2(post.events[1].evidence.contains(u"Exception_099 not in our table"_s), qPrintable(post.events[1].evidence));
    QCOMPARE(post.events[2].subStatus, SubStatus::Lost);

    QCOMPARE(result.errors.size(), 2);
    QCOMPARE(result.errors[0].kind, CarrierError::Kind::Malformed);
    QCOMPARE(result.errors[0].trackingNumber, u"1Z999AA10123456784"_s);
    QVERIFY2(result.errors[0].message.contains(u"checkpoints[4]"_s), qPrintable(result.errors[0].message));
    QVERIFY(result.errors[0].message.contains(u"yesterday, around noon"_s));
    QCOMPARE(result.errors[1].kind, CarrierError::Kind::NotFound);
    QCOMPARE(result.errors[1].trackingNumber, u"MISSING123"_s);
}

void TestAfterShipAdapter::verifiesWebhookSignature()
{
    const QByteArray body = fixture(u"webhook_delivered_neighbour.json"_s);
    // Computed independently: base64(HMAC-SHA256(secret, file bytes)) with Python's hmac module.
    const QByteArray signature = "AmzdgK+hLF8kld6pnT2CAz2TvGAdQ9KKKC0yMu3kniw=";
    const QByteArray secret = "whsec_shipdeck_test";
    QVERIFY(AfterShipAdapter::verifyWebhook(body, signature, secret));
    QVERIFY(AfterShipAdapter::verifyWebhook(body, signature + "\r\n", secret)); // header whitespace

    QByteArray tampered = body;
    tampered.replace("Delivered_005", "Delivered_001");
    QVERIFY(!AfterShipAdapter::verifyWebhook(tampered, signature, secret));
    QVERIFY(!AfterShipAdapter::verifyWebhook(body, signature, "whsec_other"));
    QVERIFY(!AfterShipAdapter::verifyWebhook(body, signature, {}));
    QVERIFY(!AfterShipAdapter::verifyWebhook(body, {}, secret));
    QVERIFY(!AfterShipAdapter::verifyWebhook(body, "not base64 at all!", secret));
    QVERIFY(!AfterShipAdapter::verifyWebhook(body, signature.left(20), secret));
}

void TestAfterShipAdapter::readsWebhookBody()
{
    const TrackingResult result = m_adapter.parseWebhook(fixture(u"webhook_delivered_neighbour.json"_s));
    QVERIFY(result.errors.isEmpty());
    QCOMPARE(result.shipments.size(), 1);
    const TrackedShipment &s = result.shipments[0];
    QCOMPARE(s.trackingNumber, u"00340434161094042557"_s);
    QCOMPARE(s.subStatus, SubStatus::DeliveredToNeighbour);
    QCOMPARE(s.service, u"DHL Paket"_s);
    QCOMPARE(s.carrierEstimate, QDate(2026, 3, 13));
    QCOMPARE(s.events.size(), 2);
    QCOMPARE(s.events[0].subStatus, SubStatus::OutForDelivery);
    QCOMPARE(s.events[1].location, u"Hamburg, DEU"_s);

    const TrackingResult noMsg = m_adapter.parseWebhook(R"({"event": "tracking_update", "msg": 7})");
    QCOMPARE(noMsg.errors.value(0).kind, CarrierError::Kind::Malformed);
    QVERIFY2(noMsg.errors.value(0).message.contains(u"\"msg\""_s), qPrintable(noMsg.errors.value(0).message));
}

void TestAfterShipAdapter::errorEnvelopesAreClassified()
{
    const CarrierError missing = m_adapter.parseTrackResponse(fixture(u"error_tracking_does_not_exist.json"_s), 404,
                                                              {u"postnl-3s:3SKAAG0000000"_s}).errors.value(0);
    QCOMPARE(missing.kind, CarrierError::Kind::NotFound);
    QCOMPARE(missing.carrier, u"aftership"_s);
    QCOMPARE(missing.trackingNumber, u"postnl-3s:3SKAAG0000000"_s);
    QVERIFY2(missing.message.contains(u"Tracking does not exist."_s), qPrintable(missing.message));
    QVERIFY(missing.message.contains(u"4004"_s));

    const QByteArray invalidKey = R"({"meta":{"code":401,"message":"Invalid API key.","type":"Unauthorized"},"data":{}})";
    const CarrierError refused = m_adapter.parseTrackResponse(invalidKey, 401, {u"A"_s}).errors.value(0);
    QCOMPARE(refused.kind, CarrierError::Kind::Unauthorized);
    QVERIFY(refused.message.contains(u"Invalid API key."_s));

    const QByteArray tooMany = R"({"meta":{"code":429,"message":"You have exceeded the API call rate limit.","type":"TooManyRequests"},"data":{}})";
    QCOMPARE(m_adapter.parseTrackResponse(tooMany, 429, {u"A"_s, u"B"_s}).errors.value(0).kind, CarrierError::Kind::RateLimited);

    const QByteArray invalidNumber = R"({"meta":{"code":4005,"message":"The value of `tracking_number` is invalid.","type":"BadRequest"},"data":{}})";
    QCOMPARE(m_adapter.parseTrackResponse(invalidNumber, 400, {u"A"_s}).errors.value(0).kind, CarrierError::Kind::Rejected);

    const CarrierError gateway = m_adapter.parseTrackResponse("<html>502 Bad Gateway</html>", 502, {u"A"_s}).errors.value(0);
    QCOMPARE(gateway.kind, CarrierError::Kind::Temporary);
    QCOMPARE(gateway.trackingNumber, u"A"_s);
}

void TestAfterShipAdapter::garbageIsMalformedNotACrash()
{
    const QList<QByteArray> bodies{"", "{", "[]", "null", R"({"meta": {"code": 200}})", R"({"meta": {"code": 200}, "data": 5})",
                                   R"({"meta": {"code": 200}, "data": {"trackings": [1, {"slug": "ups"}]}})",
                                   R"({"data": {"tracking": {"tracking_number": "A", "checkpoints": {"x": 1}}}})",
                                   R"({"data": {"tracking": {"tracking_number": "A", "checkpoints": [3, {"checkpoint_time": "2026-02-30T10:00:00Z"}]}}})"};
    for (const QByteArray &body : bodies) {
        const TrackingResult result = m_adapter.parseTrackResponse(body, 200, {u"A"_s});
        QVERIFY2(!result.errors.isEmpty(), body.constData());
        for (const CarrierError &error : result.errors) {
            QVERIFY2(!error.message.isEmpty(), body.constData());
            QCOMPARE(error.carrier, u"aftership"_s);
        }
    }
    // Every cut of every fixture: an error, never a crash, and never a shipment from a broken document.
    for (const QString &name : {u"aftership_v4_tracking_in_transit_postnl.json"_s, u"list_trackings_mixed.json"_s,
                                u"webhook_delivered_neighbour.json"_s}) {
        const QByteArray whole = fixture(name);
        for (qsizetype cut = 0; cut < whole.size() - 2; cut += 7) {
            const TrackingResult result = m_adapter.parseTrackResponse(whole.left(cut), 200, {u"A"_s});
            QVERIFY(!result.errors.isEmpty());
            QVERIFY(result.shipments.isEmpty());
            QVERIFY(!m_adapter.parseWebhook(whole.left(cut)).errors.isEmpty());
        }
    }
    const TrackingResult truncated = m_adapter.parseTrackResponse(fixture(u"list_trackings_mixed.json"_s).left(700), 200, {u"A"_s});
    QCOMPARE(truncated.errors.value(0).kind, CarrierError::Kind::Malformed);
    QVERIFY(truncated.errors.value(0).message.contains(u"not valid JSON"_s));
}

QTEST_GUILESS_MAIN(TestAfterShipAdapter)
#include "tst_aftershipadapter.moc"
