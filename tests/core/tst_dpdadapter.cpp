#include "carriers/dpdadapter.h"
#include "carrierfixtures.h"
#include "testdatabases.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

class TestDpdAdapter : public QObject
{
    Q_OBJECT

private slots:
    void buildsOneSoapRequestPerNumber();
    void logsInOnlyWithoutIssuedToken();
    void readsLoginAnswers();
    void readsRecordedFailedAttemptSample();
    void readsPickupDelayAndUnknownStatus();
    void readsDayFirstDates();
    void currentStatusFlagBeatsLateUploads();
    void faultsAndEmptyAnswersAreClassified();
    void garbageIsMalformedNotACrash();

private:
    struct Element {
        QString namespaceUri;
        QString text;
    };
    // The first element of that local name in a request body, with its namespace.
    static Element element(const QByteArray &xml, const QString &name);
    static QByteArray fixture(const QString &name) { return CarrierFixtures::read(u"dpd"_s, name); }
    static QByteArray statusInfoAnswer(const QString &statusInfos);
    DpdAdapter m_adapter;
};

TestDpdAdapter::Element TestDpdAdapter::element(const QByteArray &xml, const QString &name)
{
    QXmlStreamReader reader(xml);
    while (!reader.atEnd()) {
        if (reader.readNext() == QXmlStreamReader::StartElement && reader.name() == name)
            return {reader.namespaceUri().toString(), reader.readElementText(QXmlStreamReader::IncludeChildElements)};
    }
    return {u"(missing)"_s, u"(missing)"_s};
}

QByteArray TestDpdAdapter::statusInfoAnswer(const QString &statusInfos)
{
    return (u"<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body>"
            u"<getTrackingDataResponse xmlns=\"http://dpd.com/common/service/types/ParcelLifeCycleService/2.0\">"
            u"<trackingresult>"_s
            + statusInfos + u"</trackingresult></getTrackingDataResponse></soap:Body></soap:Envelope>"_s)
        .toUtf8();
}

void TestDpdAdapter::buildsOneSoapRequestPerNumber()
{
    const CarrierAccount account{QUrl(u"http://127.0.0.1:8080/dpd"_s), u"issued-token"_s, u"KD12345678"_s, {}};
    const auto requests = m_adapter.trackRequests({u"05308801410058"_s, u"0530<&>"_s}, account, {});
    QCOMPARE(requests.size(), 2);
    const CarrierRequest &first = requests[0];
    QCOMPARE(first.method, QByteArray("POST"));
    QCOMPARE(first.url.path(), u"/dpd/ParcelLifeCycleService/V2_0"_s);
    QCOMPARE(first.trackingNumbers, QStringList{u"05308801410058"_s});
    QVERIFY(first.headers.contains(qMakePair(QByteArray("SOAPAction"),
                                             QByteArray("http://dpd.com/common/service/types/ParcelLifeCycleService/2.0/getTrackingData"))));
    QCOMPARE(element(first.body, u"Envelope"_s).namespaceUri, u"http://schemas.xmlsoap.org/soap/envelope/"_s);
    QCOMPARE(element(first.body, u"authentication"_s).namespaceUri, u"http://dpd.com/common/service/types/Authentication/2.0"_s);
    QCOMPARE(element(first.body, u"delisId"_s).text, u"KD12345678"_s);
    QCOMPARE(element(first.body, u"delisId"_s).namespaceUri, QString()); // unqualified, as the schema says
    QCOMPARE(element(first.body, u"authToken"_s).text, u"issued-token"_s);
    QCOMPARE(element(first.body, u"messageLanguage"_s).text, u"en_US"_s);
    QCOMPARE(element(first.body, u"getTrackingData"_s).namespaceUri,
             u"http://dpd.com/common/service/types/ParcelLifeCycleService/2.0"_s);
    QCOMPARE(element(first.body, u"parcelLabelNumber"_s).text, u"05308801410058"_s);
    // Whatever a number holds, the envelope stays well-formed.
    QCOMPARE(element(requests[1].body, u"parcelLabelNumber"_s).text, u"0530<&>"_s);
    // A token from getAuth wins over apiKey.
    QCOMPARE(element(m_adapter.trackRequests({u"1"_s}, account, u"fresh"_s)[0].body, u"authToken"_s).text, u"fresh"_s);
    QCOMPARE(m_adapter.defaultLimits().maxNumbersPerRequest, 1);
    QCOMPARE(m_adapter.defaultBaseUrl(), QUrl(u"https://public-ws.dpd.com/services"_s));
}

void TestDpdAdapter::logsInOnlyWithoutIssuedToken()
{
    const QUrl base(u"http://127.0.0.1:8080/dpd"_s);
    QVERIFY(!m_adapter.tokenRequest({base, u"issued-token"_s, u"KD12345678"_s, u"password"_s}).has_value());
    QVERIFY(!m_adapter.tokenRequest({base, {}, u"KD12345678"_s, {}}).has_value());
    const auto login = m_adapter.tokenRequest({base, {}, u"KD12345678"_s, u"pa55word"_s});
    QVERIFY(login.has_value());
    QCOMPARE(login->method, QByteArray("POST"));
    QCOMPARE(login->url.path(), u"/dpd/LoginService/V2_0"_s);
    QCOMPARE(element(login->body, u"getAuth"_s).namespaceUri, u"http://dpd.com/common/service/types/LoginService/2.0"_s);
    QCOMPARE(element(login->body, u"delisId"_s).text, u"KD12345678"_s);
    QCOMPARE(element(login->body, u"password"_s).text, u"pa55word"_s);
}

void TestDpdAdapter::readsLoginAnswers()
{
    CarrierError error;
    const auto token = m_adapter.parseTokenResponse(fixture(u"getauth_response.xml"_s), 200, &error);
    QVERIFY(token.has_value());
    QCOMPARE(token->accessToken, u"dGhpc2lzYXNoaXBkZWNrdGVzdHRva2VudGhhdGlzc2l4dHlmb3VyY2hhcnNsb25n"_s);
    QCOMPARE(token->expiresInSecs, 23 * 3600); // far-off expiry: renewed daily anyway

    QVERIFY(!m_adapter.parseTokenResponse(fixture(u"fault_authentication.xml"_s), 500, &error).has_value());
    QCOMPARE(error.kind, CarrierError::Kind::Unauthorized);
    QCOMPARE(error.carrier, u"dpd"_s);
    QVERIFY2(error.message.contains(u"Authentication failure, check delisId and password."_s), qPrintable(error.message));
    QVERIFY(!m_adapter.parseTokenResponse("<a>", 200, &error).has_value());
    QVERIFY2(error.message.contains(u"not valid XML"_s), qPrintable(error.message));
}

void TestDpdAdapter::readsRecordedFailedAttemptSample()
{
    const TrackingResult result = m_adapter.parseTrackResponse(
        fixture(u"dpd_parcellifecycle_v2_failed_attempt_returning_to_depot.xml"_s), 200, {u"05308801410058"_s});
    QVERIFY2(result.errors.isEmpty(), qPrintable(result.errors.value(0).message));
    QCOMPARE(result.shipments.size(), 1);
    const TrackedShipment &s = result.shipments[0];
    QCOMPARE(s.trackingNumber, u"05308801410058"_s);
    QCOMPARE(s.service, u"DPD PARCELSHOP DELIVERY"_s);
    QCOMPARE(s.subStatus, SubStatus::FailedAttempt); // ReturningFromDelivery, DPD's current status
    QCOMPARE(s.events.size(), 15);

    const TrackingEvent &firstEvent = s.events[0];
    QCOMPARE(firstEvent.carrierCode, u"BetweenDepots"_s);
    QCOMPARE(firstEvent.subStatus, SubStatus::ArrivedAtHub);
    QCOMPARE(firstEvent.location, u"Puurs (BE)"_s);
    // "8/17/2021 7:11:26 PM", Belgian summer time.
    QCOMPARE(firstEvent.occurredAt.offsetFromUtc(), 7200);
    QCOMPARE(firstEvent.occurredAt.toUTC(), QDateTime(QDate(2021, 8, 17), QTime(17, 11, 26), Qt::UTC));
    QVERIFY2(firstEvent.evidence.contains(u"Europe/Brussels"_s), qPrintable(firstEvent.evidence));
    QCOMPARE(s.events[2].carrierCode, u"Depot"_s);
    QCOMPARE(s.events[2].subStatus, SubStatus::ArrivedAtHub);
    QCOMPARE(s.events[3].subStatus, SubStatus::OutForDelivery);
    QCOMPARE(s.events[4].location, u"Aschaffenburg (DE)"_s);
    QCOMPARE(s.events[4].occurredAt.toUTC(), QDateTime(QDate(2021, 8, 18), QTime(8, 14), Qt::UTC));
    QCOMPARE(s.events[5].subStatus, SubStatus::FailedAttempt);
    QCOMPARE(s.events[5].carrierText, u"Unfortunately we have not been able to deliver your parcel."_s);
    QCOMPARE(s.events[6].subStatus, SubStatus::FailedAttempt);
    for (int i = 7; i <= 10; ++i) {
        QCOMPARE(s.events[i].carrierCode, u"ParcelShop"_s);
        QCOMPARE(s.events[i].subStatus, SubStatus::AvailableForPickup);
    }
    QCOMPARE(s.events[11].subStatus, SubStatus::OutForDelivery);
    QCOMPARE(s.events[13].carrierCode, u"PickedUp"_s); // 3:57 PM, after the courier rounds
    QCOMPARE(s.events[14].carrierCode, u"ReturningFromDelivery"_s);
    QCOMPARE(s.events[14].subStatus, SubStatus::FailedAttempt);
    QCOMPARE(s.events[14].occurredAt.toUTC(), QDateTime(QDate(2021, 8, 19), QTime(15, 11, 26), Qt::UTC));
    for (const TrackingEvent &event : s.events)
        QVERIFY(event.mapped);
}

void TestDpdAdapter::readsPickupDelayAndUnknownStatus()
{
    const TrackingResult result = m_adapter.parseTrackResponse(fixture(u"pickup_collected_delay_unknown_status.xml"_s), 200,
                                                               {u"01234567890123"_s});
    QCOMPARE(result.shipments.size(), 1);
    const TrackedShipment &s = result.shipments[0];
    QCOMPARE(s.service, u"DPD Classic"_s);
    QCOMPARE(s.subStatus, SubStatus::CollectedFromPickupPoint);
    // Eight steps reached, one with an unreadable date; the step still ahead is no event.
    QCOMPARE(s.events.size(), 7);
    QCOMPARE(s.events[0].subStatus, SubStatus::InfoReceived);
    QCOMPARE(s.events[0].location, QString());
    QCOMPARE(s.events[0].occurredAt.offsetFromUtc(), 3600); // placed in Germany, where the others are
    QCOMPARE(s.events[1].subStatus, SubStatus::PickedUp);
    QCOMPARE(s.events[2].subStatus, SubStatus::ArrivedAtHub);
    const TrackingEvent &unknown = s.events[3];
    QCOMPARE(unknown.carrierCode, u"HubScanX"_s);
    QVERIFY(!unknown.mapped);
    QCOMPARE(unknown.subStatus, SubStatus::ArrivedAtHub);
    QVERIFY2(unknown.evidence.contains(u"unknown DPD status \"HubScanX\""_s), qPrintable(unknown.evidence));
    QCOMPARE(s.events[4].subStatus, SubStatus::CarrierDelay);
    QVERIFY2(s.events[4].evidence.contains(u"DPD wording"_s), qPrintable(s.events[4].evidence));
    QCOMPARE(s.events[5].subStatus, SubStatus::AvailableForPickup);
    QCOMPARE(s.events[6].subStatus, SubStatus::CollectedFromPickupPoint);
    QCOMPARE(s.events[6].location, u"Köln (DE)"_s);

    QCOMPARE(result.errors.size(), 1);
    QCOMPARE(result.errors[0].kind, CarrierError::Kind::Malformed);
    QCOMPARE(result.errors[0].trackingNumber, u"01234567890123"_s);
    QVERIFY2(result.errors[0].message.contains(u"statusInfo[6]"_s), qPrintable(result.errors[0].message));
    QVERIFY(result.errors[0].message.contains(u"the day before"_s));
}

void TestDpdAdapter::readsDayFirstDates()
{
    const QByteArray body = statusInfoAnswer(
        u"<statusInfo><status>Delivered</status><description><content><content>Die Sendung wurde zugestellt."
        u"</content></content></description><statusHasBeenReached>true</statusHasBeenReached>"
        u"<isCurrentStatus>true</isCurrentStatus><location><content>Puurs (BE)</content></location>"
        u"<date><content>17.08.2021 19:11:26</content></date></statusInfo>"_s);
    const TrackingResult result = m_adapter.parseTrackResponse(body, 200, {u"1"_s});
    QCOMPARE(result.shipments.value(0).events.size(), 1);
    const TrackingEvent &event = result.shipments[0].events[0];
    QCOMPARE(event.occurredAt.toUTC(), QDateTime(QDate(2021, 8, 17), QTime(17, 11, 26), Qt::UTC));
    QCOMPARE(event.subStatus, SubStatus::Delivered);
    QVERIFY2(event.evidence.contains(u"German"_s), qPrintable(event.evidence));
}

void TestDpdAdapter::currentStatusFlagBeatsLateUploads()
{
    const auto info = [](const QString &status, const QString &date, bool current) {
        return u"<statusInfo><status>%1</status><statusHasBeenReached>true</statusHasBeenReached>"
               u"<isCurrentStatus>%2</isCurrentStatus><location><content>Mechelen (BE)</content></location>"
               u"<date><content>%3</content></date></statusInfo>"_s.arg(status, current ? u"true"_s : u"false"_s, date);
    };
    // As in the recorded sample, a pick-up scan can arrive after the courier's: DPD's flag says where the parcel is.
    const QByteArray body = statusInfoAnswer(info(u"Courier"_s, u"8/19/2021 10:30:00 AM"_s, false)
                                             + info(u"PickedUp"_s, u"8/19/2021 3:57:33 PM"_s, false)
                                             + info(u"Courier"_s, u"8/19/2021 11:32:51 AM"_s, true));
    const TrackedShipment s = m_adapter.parseTrackResponse(body, 200, {u"1"_s}).shipments.value(0);
    QCOMPARE(s.events.size(), 3);
    QCOMPARE(s.events.last().subStatus, SubStatus::PickedUp);
    QCOMPARE(s.subStatus, SubStatus::OutForDelivery);
}

void TestDpdAdapter::faultsAndEmptyAnswersAreClassified()
{
    const CarrierError refused = m_adapter.parseTrackResponse(fixture(u"fault_authentication.xml"_s), 500, {u"05308801410058"_s}).errors.value(0);
    QCOMPARE(refused.kind, CarrierError::Kind::Unauthorized);
    QCOMPARE(refused.trackingNumber, u"05308801410058"_s);
    QVERIFY2(refused.message.contains(u"DELICOM_ERR_AUTHENTICATION"_s), qPrintable(refused.message));
    QVERIFY(refused.message.contains(u"Authentication failure, check delisId and password."_s));

    const QByteArray clientFault = R"(<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body><soap:Fault>
        <faultcode>soap:Client</faultcode><faultstring>Unmarshalling Error: unexpected element</faultstring></soap:Fault></soap:Body></soap:Envelope>)";
    QCOMPARE(m_adapter.parseTrackResponse(clientFault, 500, {u"1"_s}).errors.value(0).kind, CarrierError::Kind::Rejected);
    QByteArray serverFault = clientFault;
    serverFault.replace("soap:Client", "soap:Server").replace("Unmarshalling Error: unexpected element", "Internal error");
    QCOMPARE(m_adapter.parseTrackResponse(serverFault, 500, {u"1"_s}).errors.value(0).kind, CarrierError::Kind::Temporary);

    QCOMPARE(m_adapter.parseTrackResponse("<html>Service Unavailable</html>", 503, {u"1"_s}).errors.value(0).kind,
             CarrierError::Kind::Temporary);
    const CarrierError nothing = m_adapter.parseTrackResponse(statusInfoAnswer({}), 200, {u"09981122334455"_s}).errors.value(0);
    QCOMPARE(nothing.kind, CarrierError::Kind::NotFound);
    QCOMPARE(nothing.trackingNumber, u"09981122334455"_s);
}

void TestDpdAdapter::garbageIsMalformedNotACrash()
{
    QByteArray deep;
    for (int i = 0; i < 100000; ++i)
        deep += "<statusInfo>";
    const QByteArray laughs = R"(<?xml version="1.0"?><!DOCTYPE l [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
        <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;"><!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;">
        <!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;"><!ENTITY g "&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;"><!ENTITY h "&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;">]>
        <trackingresult><statusInfo><status>Delivered</status><description><content><content>&h;</content></content></description></statusInfo></trackingresult>)";
    const QList<QByteArray> bodies{"", "<", "not xml", "<a></a>", "{\"json\": true}", deep, laughs,
                                   statusInfoAnswer(u"<statusInfo><status>Courier</status></statusInfo>"_s)};
    QElapsedTimer timer;
    timer.start();
    for (const QByteArray &body : bodies) {
        const TrackingResult result = m_adapter.parseTrackResponse(body, 200, {u"A"_s});
        QVERIFY2(!result.errors.isEmpty(), body.left(60).constData());
        for (const CarrierError &error : result.errors) {
            QVERIFY2(!error.message.isEmpty(), body.left(60).constData());
            QCOMPARE(error.carrier, u"dpd"_s);
        }
    }
    QVERIFY2(timer.elapsed() < 5000, "hostile XML must not take long");
    const QString deepMessage = m_adapter.parseTrackResponse(deep, 200, {u"A"_s}).errors.value(0).message;
    QVERIFY2(deepMessage.contains(u"nested deeper"_s), qPrintable(deepMessage));

    // Every cut of the real answer: an error naming the position, and only whole events kept.
    const QByteArray whole = fixture(u"dpd_parcellifecycle_v2_failed_attempt_returning_to_depot.xml"_s);
    for (qsizetype cut = 0; cut < whole.size() - 2; cut += 17) {
        const TrackingResult result = m_adapter.parseTrackResponse(whole.left(cut), 200, {u"A"_s});
        QVERIFY(!result.errors.isEmpty());
        QVERIFY(result.shipments.value(0).events.size() <= 15);
    }
    const TrackingResult half = m_adapter.parseTrackResponse(whole.left(whole.size() / 2), 200, {u"A"_s});
    QCOMPARE(half.errors.value(0).kind, CarrierError::Kind::Malformed);
    QVERIFY2(half.errors.value(0).message.contains(u"line"_s), qPrintable(half.errors.value(0).message));
    QVERIFY(!half.shipments.isEmpty()); // the events before the cut are kept
    QVERIFY(half.shipments[0].events.size() > 3 && half.shipments[0].events.size() < 15);
}

QTEST_GUILESS_MAIN(TestDpdAdapter)
#include "tst_dpdadapter.moc"
