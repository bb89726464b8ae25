#include "carriers/dhladapter.h"
#include "carrierfixtures.h"
#include "testdatabases.h"

#include <QFile>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

class TestDhlAdapter : public QObject
{
    Q_OBJECT

private slots:
    void buildsOneRequestPerNumber();
    void readsGermanJourneyKeepingValidParts();
    void readsDocumentationSample();
    void notFoundProblemNamesTheNumber();
    void httpErrorsAreClassified();
    void garbageIsMalformedNotACrash();

private:
    static QByteArray fixture(const QString &name) { return CarrierFixtures::read(u"dhl"_s, name); }
    DhlAdapter m_adapter;
};

void TestDhlAdapter::buildsOneRequestPerNumber()
{
    CarrierAccount account{QUrl(u"http://127.0.0.1:8080/dhl"_s), u"k3y"_s, {}, {}};
    const auto requests = m_adapter.trackRequests({u"JJD1"_s, u"00340434"_s}, account, {});
    QCOMPARE(requests.size(), 2);
    QCOMPARE(requests[0].method, QByteArray("GET"));
    QCOMPARE(requests[0].url.path(), u"/dhl/track/shipments"_s);
    QCOMPARE(QUrlQuery(requests[1].url).queryItemValue(u"trackingNumber"_s), u"00340434"_s);
    QVERIFY(requests[0].headers.contains(qMakePair(QByteArray("DHL-API-Key"), QByteArray("k3y"))));
    QCOMPARE(requests[1].trackingNumbers, QStringList{u"00340434"_s});
}

void TestDhlAdapter::readsGermanJourneyKeepingValidParts()
{
    const TrackingResult result = m_adapter.parseTrackResponse(fixture(u"german_journey_neighbour.json"_s), 200,
                                                               {u"JJD000390007777123456"_s});
    QCOMPARE(result.shipments.size(), 1);
    const TrackedShipment &s = result.shipments[0];
    QCOMPARE(s.trackingNumber, u"JJD000390007777123456"_s);
    QCOMPARE(s.service, u"DHL Paket"_s);
    QCOMPARE(s.carrierEstimate, QDate(2026, 11, 5));
    QCOMPARE(s.subStatus, SubStatus::DeliveredToNeighbour);

    // Five readable events (the status block repeats the newest), oldest first.
    QCOMPARE(s.events.size(), 5);
    QCOMPARE(s.events[0].subStatus, SubStatus::InfoReceived);
    QCOMPARE(s.events[1].carrierCode, u"handover-x"_s);
    QVERIFY(!s.events[1].mapped);
    QVERIFY2(s.events[1].evidence.contains(u"unknown DHL statusCode"_s), qPrintable(s.events[1].evidence));
    QCOMPARE(s.events[2].subStatus, SubStatus::ArrivedAtHub);
    QCOMPARE(s.events[3].subStatus, SubStatus::OutForDelivery);
    QVERIFY2(s.events[3].evidence.contains(u"Zustellfahrzeug"_s), qPrintable(s.events[3].evidence));
    QVERIFY(s.events[3].evidence.contains(u"German"_s));
    QCOMPARE(s.events[4].subStatus, SubStatus::DeliveredToNeighbour);
    QVERIFY2(s.events[4].evidence.contains(u"Nachbar"_s), qPrintable(s.events[4].evidence));
    // No zone given: local German time, which is UTC+1 in November.
    QCOMPARE(s.events[4].occurredAt.offsetFromUtc(), 3600);
    QCOMPARE(s.events[4].occurredAt.toUTC(), QDateTime(QDate(2026, 11, 5), QTime(13, 12), Qt::UTC));
    QVERIFY(s.events[4].evidence.contains(u"Europe/Berlin"_s));

    // The unreadable event is reported, with where it was, and nothing else is lost.
    QCOMPARE(result.errors.size(), 1);
    QCOMPARE(result.errors[0].kind, CarrierError::Kind::Malformed);
    QCOMPARE(result.errors[0].trackingNumber, u"JJD000390007777123456"_s);
    QVERIFY2(result.errors[0].message.contains(u"events[4]"_s), qPrintable(result.errors[0].message));
    QVERIFY(result.errors[0].message.contains(u"yesterday-ish"_s));
}

void TestDhlAdapter::readsDocumentationSample()
{
    const TrackingResult result = m_adapter.parseTrackResponse(fixture(u"dhl_unified_v1_doc_example_multi_piece_pod.json"_s),
                                                               200, {u"7777777770"_s});
    QCOMPARE(result.shipments.size(), 1);
    const TrackedShipment &s = result.shipments[0];
    QCOMPARE(s.trackingNumber, u"7777777770"_s);
    QCOMPARE(s.carrierEstimate, QDate(2018, 8, 3));
    QVERIFY(!s.events.isEmpty());
    // The sample pairs statusCode "pre-transit" with customs words on purpose: the code decides.
    QCOMPARE(s.events.last().subStatus, SubStatus::InfoReceived);
    QVERIFY2(s.events.last().evidence.contains(u"do not fit"_s), qPrintable(s.events.last().evidence));
    QCOMPARE(s.events.last().location, u"Oderweg 2, AMSTERDAM, NL"_s);
}

void TestDhlAdapter::notFoundProblemNamesTheNumber()
{
    const TrackingResult result = m_adapter.parseTrackResponse(fixture(u"not_found_problem.json"_s), 404, {u"JJD404"_s});
    QVERIFY(result.shipments.isEmpty());
    QCOMPARE(result.errors.size(), 1);
    QCOMPARE(result.errors[0].kind, CarrierError::Kind::NotFound);
    QCOMPARE(result.errors[0].trackingNumber, u"JJD404"_s);
    QVERIFY2(result.errors[0].message.contains(u"JJD404"_s), qPrintable(result.errors[0].message));
    QVERIFY(result.errors[0].message.contains(u"No shipment with given tracking number found."_s));
}

void TestDhlAdapter::httpErrorsAreClassified()
{
    const QByteArray body = R"({"title":"Too many requests","status":429,"detail":"Rate limit exceeded"})";
    QCOMPARE(m_adapter.parseTrackResponse(body, 429, {u"A"_s}).errors.value(0).kind, CarrierError::Kind::RateLimited);
    QCOMPARE(m_adapter.parseTrackResponse("{}", 401, {u"A"_s}).errors.value(0).kind, CarrierError::Kind::Unauthorized);
    QCOMPARE(m_adapter.parseTrackResponse("<html>bad gateway</html>", 502, {u"A"_s}).errors.value(0).kind,
             CarrierError::Kind::Temporary);
    const CarrierError limited = m_adapter.parseTrackResponse(body, 429, {u"A"_s}).errors.value(0);
    QVERIFY2(limited.message.contains(u"Rate limit exceeded"_s), qPrintable(limited.message));
}

void TestDhlAdapter::garbageIsMalformedNotACrash()
{
    const QList<QByteArray> bodies{"", "{", "[]", R"({"shipments": 3})", R"({"shipments": [1, {"events": "x"}]})",
                                   R"({"shipments": [{"id": "A", "events": [{"timestamp": "2026-13-45T99:00:00Z"}]}]})"};
    for (const QByteArray &body : bodies) {
        const TrackingResult result = m_adapter.parseTrackResponse(body, 200, {u"A"_s});
        QVERIFY2(!result.errors.isEmpty(), body.constData());
        for (const CarrierError &error : result.errors)
            QVERIFY2(!error.message.isEmpty(), body.constData());
    }
    const TrackingResult truncated = m_adapter.parseTrackResponse(fixture(u"german_journey_neighbour.json"_s).left(700), 200, {u"A"_s});
    QCOMPARE(truncated.errors.value(0).kind, CarrierError::Kind::Malformed);
    QVERIFY(truncated.errors.value(0).message.contains(u"not valid JSON"_s));
}

QTEST_GUILESS_MAIN(TestDhlAdapter)
#include "tst_dhladapter.moc"
