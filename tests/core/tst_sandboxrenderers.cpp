#include "aftershipsandboxrenderer.h"
#include "aftershiptags.h"
#include "dhlsandboxrenderer.h"
#include "dpdsandboxrenderer.h"
#include "fedexsandboxrenderer.h"
#include "glssandboxrenderer.h"
#include "phrasebook.h"
#include "scanview.h"
#include "sim/journeysimulator.h"
#include "sim/trackingnumberformat.h"
#include "testdatabases.h"
#include "upssandboxrenderer.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

// Each carrier's rendering against the carrier's real payload: the same field names, nesting and
// JSON types, the carrier's date format, its event order, and its not-found and error bodies.
class TestSandboxRenderers : public QObject
{
    Q_OBJECT

private slots:
    void dhlMatchesTheDocumentationExample();
    void dhlSpeaksEnglishOrGerman();
    void upsMatchesThePostmanSample();
    void fedexMatchesTheRecordedResults();
    void glsMatchesTheSample();
    void aftershipMatchesTheRecordedTracking();
    void aftershipTagsReadBackAsTheSubStatus();
    void dpdMatchesTheSoapSample();
    void onlyScansReportedByNowAreShown();
    void changedEventKeepsTheStory();

private:
    static QJsonValue sample(const QString &name);
    static QJsonDocument parse(const QByteArray &body);
    static SimulatedJourney journey(CarrierVocabulary::Carrier carrier, quint64 serial);
    // The journey of some parcel of the carrier with many events and, where the carrier gives
    // them, an announced delivery date.
    static SimulatedJourney richJourney(CarrierVocabulary::Carrier carrier);
    static QDateTime end() { return QDateTime(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC); }
    static QStringList shapeDifferences(
        const QJsonValue &ours, const QJsonValue &sample, const QString &path, const QStringList &extras);
    static void verifyDescending(const QStringList &moments);
};

QJsonValue TestSandboxRenderers::sample(const QString &name)
{
    QFile file(TestDatabases::testDataPath(u"sandbox/samples/"_s + name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing sample %s", qPrintable(name));
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll());
    return document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
}

QJsonDocument TestSandboxRenderers::parse(const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("not JSON: %s", qPrintable(error.errorString()));
    return document;
}

SimulatedJourney TestSandboxRenderers::journey(CarrierVocabulary::Carrier carrier, quint64 serial)
{
    const JourneySimulator simulator(11);
    const QString number = TrackingNumberFormat::generate(carrier, TrackingNumberFormat::Hint::None, serial, 4711);
    const QString key = CarrierVocabulary::carrierKeys().at(int(carrier));
    return simulator.journey(key, number, end().addDays(-14 + qint64(serial % 5)));
}

SimulatedJourney TestSandboxRenderers::richJourney(CarrierVocabulary::Carrier carrier)
{
    for (quint64 serial = 0;; ++serial) {
        SimulatedJourney j = journey(carrier, serial);
        const ScanView view(j, end());
        const bool estimates = carrier == CarrierVocabulary::Carrier::Gls || view.firstEstimate().isValid();
        if (view.scans().size() >= 6 && estimates)
            return j;
    }
}

// Every field we write where the sample has that field must have the sample's JSON type; a field
// the sample lacks must be one of the documented `extras` (paths with [] for array elements).
// Arrays compare by their first elements; a null in the sample says nothing about the type.
QStringList TestSandboxRenderers::shapeDifferences(
    const QJsonValue &ours, const QJsonValue &sample, const QString &path, const QStringList &extras)
{
    if (sample.isNull() || sample.isUndefined())
        return {};
    if (ours.type() != sample.type())
        return {
            QStringLiteral("%1: type %2, the sample has %3").arg(path).arg(int(ours.type())).arg(int(sample.type()))
        };
    QStringList differences;
    if (ours.isObject()) {
        const QJsonObject o = ours.toObject();
        const QJsonObject s = sample.toObject();
        for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
            const QString field = path.isEmpty() ? it.key() : path + u'.' + it.key();
            if (!s.contains(it.key())) {
                if (!extras.contains(field))
                    differences.append(field + u": not in the sample"_s);
                continue;
            }
            differences += shapeDifferences(it.value(), s.value(it.key()), field, extras);
        }
    } else if (ours.isArray() && !ours.toArray().isEmpty() && !sample.toArray().isEmpty()) {
        differences += shapeDifferences(ours.toArray().first(), sample.toArray().first(), path + u"[]"_s, extras);
    }
    return differences;
}

void TestSandboxRenderers::verifyDescending(const QStringList &moments)
{
    QVERIFY(moments.size() > 1);
    for (qsizetype i = 1; i < moments.size(); ++i) {
        const QDateTime newer = QDateTime::fromString(moments[i - 1], Qt::ISODate);
        const QDateTime older = QDateTime::fromString(moments[i], Qt::ISODate);
        QVERIFY2(newer.isValid() && older.isValid(), qPrintable(moments[i]));
        QVERIFY2(newer >= older, qPrintable(moments[i - 1] + u" before "_s + moments[i]));
    }
}

void TestSandboxRenderers::dhlMatchesTheDocumentationExample()
{
    const ScanView view(richJourney(CarrierVocabulary::Carrier::Dhl), end());
    const QJsonObject ours = parse(DhlSandboxRenderer::shipments(view, DhlSandboxRenderer::Language::English)).object();
    // DHL's example writes its all-digit id as a number; a "JJD..." id can only be a string.
    QJsonObject example = sample(u"dhl_unified_v1_doc_example_multi_piece_pod.json"_s).toObject();
    QJsonArray exampleShipments = example.value(u"shipments").toArray();
    QJsonObject exampleShipment = exampleShipments.first().toObject();
    exampleShipment.insert(u"id"_s, QString::number(exampleShipment.value(u"id").toInteger()));
    exampleShipments.replace(0, exampleShipment);
    example.insert(u"shipments"_s, exampleShipments);
    const QStringList differences = shapeDifferences(ours, example, {}, {});
    QVERIFY2(differences.isEmpty(), qPrintable(differences.join(u'\n')));

    const QJsonObject shipment = ours.value(u"shipments").toArray().first().toObject();
    QCOMPARE(shipment.value(u"id").toString(), view.shipment().trackingNumber);
    const QJsonArray events = shipment.value(u"events").toArray();
    QCOMPARE(events.size(), view.scans().size());
    // As in DHL's example: local time, no zone.
    static const QRegularExpression local(u"^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d$"_s);
    const QList<SimulatedScan> newest = view.newestFirst();
    QStringList moments;
    for (qsizetype i = 0; i < events.size(); ++i) {
        const QJsonObject e = events[i].toObject();
        QVERIFY2(
            local.match(e.value(u"timestamp").toString()).hasMatch(), qPrintable(e.value(u"timestamp").toString()));
        const TrackingEvent &expected = newest.at(i).event;
        QCOMPARE(e.value(u"timestamp").toString(), expected.occurredAt.toString(u"yyyy-MM-dd'T'HH:mm:ss"_s));
        QCOMPARE(e.value(u"statusCode").toString(), expected.carrierCode);
        moments.append(expected.occurredAt.toString(Qt::ISODate));
    }
    verifyDescending(moments);
    QCOMPARE(shipment.value(u"status").toObject(), events.first().toObject());
    QCOMPARE(QDate::fromString(shipment.value(u"estimatedTimeOfDelivery").toString().left(10), Qt::ISODate),
        view.latestEstimate());

    // The not-found body is the one DHL sends (as Shipdeck's DHL fixture has it).
    QFile notFound(TestDatabases::testDataPath(u"carriers/dhl/not_found_problem.json"_s));
    QVERIFY(notFound.open(QIODevice::ReadOnly));
    QCOMPARE(parse(DhlSandboxRenderer::notFound()), QJsonDocument::fromJson(notFound.readAll()));
}

void TestSandboxRenderers::dhlSpeaksEnglishOrGerman()
{
    // Across many journeys every DHL text has both languages, whichever language the journey holds.
    int german = 0;
    for (quint64 serial = 0; serial < 400; ++serial) {
        const SimulatedJourney j = journey(CarrierVocabulary::Carrier::Dhl, serial);
        for (const SimulatedScan &scan : j.scans) {
            const QString en = PhraseBook::dhlText(scan.event.carrierText, false);
            const QString de = PhraseBook::dhlText(scan.event.carrierText, true);
            QVERIFY2(en != de, qPrintable(scan.event.carrierText));
            QCOMPARE(PhraseBook::dhlText(de, false), en);
            german += scan.event.carrierText == de ? 1 : 0;
        }
    }
    QVERIFY(german > 0);

    const ScanView view(richJourney(CarrierVocabulary::Carrier::Dhl), end());
    const QJsonArray events = parse(DhlSandboxRenderer::shipments(view, DhlSandboxRenderer::Language::German))
                                  .object()
                                  .value(u"shipments")
                                  .toArray()
                                  .first()
                                  .toObject()
                                  .value(u"events")
                                  .toArray();
    for (const QJsonValue &e : events) {
        const QString text = e.toObject().value(u"description").toString();
        QCOMPARE(PhraseBook::dhlText(text, true), text);
    }
}

void TestSandboxRenderers::upsMatchesThePostmanSample()
{
    const ScanView view(richJourney(CarrierVocabulary::Carrier::Ups), end());
    const QJsonObject ours = parse(UpsSandboxRenderer::details(view, view.shipment().trackingNumber)).object();
    // UPS documents these beside what its Postman sample shows.
    const QStringList extras { u"trackResponse.shipment[].package[].activity[].gmtDate"_s,
        u"trackResponse.shipment[].package[].activity[].gmtOffset"_s,
        u"trackResponse.shipment[].package[].activity[].gmtTime"_s,
        u"trackResponse.shipment[].package[].currentStatus"_s, u"trackResponse.shipment[].package[].service"_s };
    const QStringList differences = shapeDifferences(ours, sample(u"ups_track_v1_delivered.json"_s), {}, extras);
    QVERIFY2(differences.isEmpty(), qPrintable(differences.join(u'\n')));

    const QJsonObject package = ours.value(u"trackResponse")
                                    .toObject()
                                    .value(u"shipment")
                                    .toArray()
                                    .first()
                                    .toObject()
                                    .value(u"package")
                                    .toArray()
                                    .first()
                                    .toObject();
    const QJsonArray activities = package.value(u"activity").toArray();
    QCOMPARE(activities.size(), view.scans().size());
    static const QRegularExpression date(u"^\\d{8}$"_s), time(u"^\\d{6}$"_s);
    const QList<SimulatedScan> newest = view.newestFirst();
    QStringList moments;
    for (qsizetype i = 0; i < activities.size(); ++i) {
        const QJsonObject a = activities[i].toObject();
        const TrackingEvent &expected = newest.at(i).event;
        QVERIFY(date.match(a.value(u"date").toString()).hasMatch());
        QVERIFY(time.match(a.value(u"time").toString()).hasMatch());
        QCOMPARE(a.value(u"status").toObject().value(u"type").toString() + u'/'
                + a.value(u"status").toObject().value(u"code").toString(),
            expected.carrierCode);
        const QDateTime at
            = QDateTime::fromString(a.value(u"date").toString() + a.value(u"time").toString(), u"yyyyMMddHHmmss"_s);
        QCOMPARE(QDateTime(at.date(), at.time(), Qt::OffsetFromUTC, expected.occurredAt.offsetFromUtc()),
            expected.occurredAt);
        moments.append(expected.occurredAt.toString(Qt::ISODate));
    }
    verifyDescending(moments);
    QVERIFY(!package.value(u"deliveryDate").toArray().isEmpty());

    QCOMPARE(
        parse(UpsSandboxRenderer::notFound()).object(), sample(u"ups_track_v1_not_found_warning.json"_s).toObject());
    QCOMPARE(parse(UpsSandboxRenderer::errors(u"250003"_s, u"Invalid Access License number"_s)).object(),
        sample(u"ups_track_v1_auth_error_invalid_license.json"_s).toObject());
    const QJsonObject token = parse(UpsSandboxRenderer::token(u"t"_s, 14399, u"id"_s, 1)).object();
    QCOMPARE(token.value(u"expires_in").toString(), u"14399"_s); // a string, as UPS sends it
}

void TestSandboxRenderers::fedexMatchesTheRecordedResults()
{
    const ScanView view(richJourney(CarrierVocabulary::Carrier::Fedex), end());
    const QString number = view.shipment().trackingNumber;
    const QJsonObject ours
        = parse(FedexSandboxRenderer::track({ { number, &view }, { u"000000000000"_s, nullptr } }, u"tx"_s)).object();
    const QJsonObject recorded
        = sample(u"fedex_track_v1_duplicate_results_hold_at_location_and_delivered.json"_s).toObject();
    const QStringList differences = shapeDifferences(ours, recorded, {}, {});
    QVERIFY2(differences.isEmpty(), qPrintable(differences.join(u'\n')));

    const QJsonArray complete = ours.value(u"output").toObject().value(u"completeTrackResults").toArray();
    QCOMPARE(complete.size(), 2);
    const QJsonObject result = complete[0].toObject().value(u"trackResults").toArray().first().toObject();
    const QJsonArray scans = result.value(u"scanEvents").toArray();
    QCOMPARE(scans.size(), view.scans().size());
    static const QRegularExpression withOffset(u"^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d[+-]\\d\\d:\\d\\d$"_s);
    QStringList moments;
    for (const QJsonValue &scan : scans) {
        const QString date = scan.toObject().value(u"date").toString();
        QVERIFY2(withOffset.match(date).hasMatch(), qPrintable(date));
        moments.append(date);
    }
    verifyDescending(moments);
    QCOMPARE(result.value(u"latestStatusDetail").toObject().value(u"code").toString(), view.latest().event.carrierCode);

    // A number FedEx does not know: a trackResult with an error, beside the others.
    const QJsonObject unknown = complete[1].toObject().value(u"trackResults").toArray().first().toObject();
    QCOMPARE(unknown.value(u"error").toObject().value(u"code").toString(), u"TRACKING.TRACKINGNUMBER.NOTFOUND"_s);

    const QJsonObject error
        = parse(FedexSandboxRenderer::errors(u"tx"_s, u"NOT.AUTHORIZED.ERROR"_s, u"Access token expired."_s)).object();
    QVERIFY(shapeDifferences(error, sample(u"fedex_track_v1_auth_error_token_expired.json"_s), {}, {}).isEmpty());
    QVERIFY(shapeDifferences(error, sample(u"fedex_track_v1_error_tracking_number_empty.json"_s), {}, {}).isEmpty());
}

void TestSandboxRenderers::glsMatchesTheSample()
{
    const ScanView view(richJourney(CarrierVocabulary::Carrier::Gls), end());
    const QJsonObject ours = parse(GlsSandboxRenderer::parcels({ { view.shipment().trackingNumber, &view } })).object();
    const QStringList differences = shapeDifferences(ours, sample(u"gls_track_in_transit.json"_s), {}, {});
    QVERIFY2(differences.isEmpty(), qPrintable(differences.join(u'\n')));

    const QJsonObject parcel = ours.value(u"parcels").toArray().first().toObject();
    static const QRegularExpression compactOffset(u"^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d[+-]\\d{4}$"_s);
    QStringList moments;
    for (const QJsonValue &e : parcel.value(u"events").toArray()) {
        const QString at = e.toObject().value(u"eventDateTime").toString();
        QVERIFY2(compactOffset.match(at).hasMatch(), qPrintable(at));
        moments.append(at.left(22) + u':' + at.right(2));
    }
    verifyDescending(moments);

    const QJsonObject unknown = parse(GlsSandboxRenderer::parcels({ { u"123"_s, nullptr } }))
                                    .object()
                                    .value(u"parcels")
                                    .toArray()
                                    .first()
                                    .toObject();
    QCOMPARE(unknown.value(u"requested").toString(), u"123"_s);
    QVERIFY(unknown.value(u"errorCode").toString().startsWith(u"E_404"_s));
}

void TestSandboxRenderers::aftershipMatchesTheRecordedTracking()
{
    const ScanView view(richJourney(CarrierVocabulary::Carrier::Dpd), end());
    const AfterShipSandboxRenderer::Account account { u"abc"_s, u"dpd"_s, end().addDays(-20) };
    const QJsonObject ours
        = parse(AfterShipSandboxRenderer::single(AfterShipSandboxRenderer::tracking(view, account))).object();
    const QStringList differences
        = shapeDifferences(ours, sample(u"aftership_v4_tracking_in_transit_postnl.json"_s), {}, {});
    QVERIFY2(differences.isEmpty(), qPrintable(differences.join(u'\n')));

    const QJsonObject tracking = ours.value(u"data").toObject().value(u"tracking").toObject();
    const QJsonArray checkpoints = tracking.value(u"checkpoints").toArray();
    QCOMPARE(checkpoints.size(), view.scans().size());
    // Oldest first, as AfterShip lists them.
    for (qsizetype i = 0; i < checkpoints.size(); ++i) {
        const QJsonObject c = checkpoints[i].toObject();
        QCOMPARE(QDateTime::fromString(c.value(u"checkpoint_time").toString(), Qt::ISODate),
            view.scans().at(i).event.occurredAt);
        QCOMPARE(c.value(u"raw_tag").toString(), view.scans().at(i).event.carrierCode);
    }
    QCOMPARE(tracking.value(u"tag").toString(), Taxonomy::statusKey(view.shipment().status()));
    const QJsonObject missing
        = parse(AfterShipSandboxRenderer::error(4004, u"NotFound"_s, u"Tracking does not exist."_s)).object();
    QCOMPARE(missing.value(u"meta").toObject().value(u"code").toInt(), 4004);
}

void TestSandboxRenderers::aftershipTagsReadBackAsTheSubStatus()
{
    for (int s = 0; s < SubStatusCount; ++s) {
        const SubStatus subStatus = SubStatus(s);
        const AfterShipTags::Tags tags = AfterShipTags::of(subStatus);
        const auto back = Taxonomy::fromAfterShip(tags.tag, tags.subtag);
        QVERIFY(back.has_value());
        // Always the same tag; the very sub-status wherever AfterShip has a subtag for it.
        QCOMPARE(Taxonomy::statusOf(*back), Taxonomy::statusOf(subStatus));
        bool hasSubtag = false;
        for (int n = 1; n <= 30; ++n)
            hasSubtag = hasSubtag
                || Taxonomy::fromAfterShip(tags.tag, tags.tag + u'_' + QString::number(n).rightJustified(3, u'0'))
                    == subStatus;
        if (hasSubtag)
            QCOMPARE(*back, subStatus);
        QVERIFY(!tags.subtagMessage.isEmpty());
    }
    QCOMPARE(AfterShipTags::of(SubStatus::ArrivedInDestinationCountry).subtag, u"InTransit_004"_s);
    QCOMPARE(AfterShipTags::of(SubStatus::Lost).subtag, u"Exception_013"_s);
}

void TestSandboxRenderers::dpdMatchesTheSoapSample()
{
    const ScanView view(richJourney(CarrierVocabulary::Carrier::Dpd), end());
    // The element paths below statusInfo, from the sample and from ours.
    const auto statusInfoPaths = [](const QByteArray &xml) {
        QSet<QString> paths;
        QXmlStreamReader reader(xml);
        QStringList stack;
        while (!reader.atEnd()) {
            reader.readNext();
            if (reader.isStartElement()) {
                stack.append(reader.name().toString());
                const qsizetype at = stack.lastIndexOf(u"statusInfo"_s);
                if (at >= 0 && at < stack.size() - 1)
                    paths.insert(stack.mid(at).join(u'/'));
            } else if (reader.isEndElement()) {
                stack.removeLast();
            }
        }
        return paths;
    };
    QFile file(
        TestDatabases::testDataPath(u"sandbox/samples/dpd_parcellifecycle_v2_failed_attempt_returning_to_depot.xml"_s));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QSet<QString> samplePaths = statusInfoPaths(file.readAll());
    const QByteArray ours = DpdSandboxRenderer::trackingData(view);
    const QSet<QString> ourPaths = statusInfoPaths(ours);
    QVERIFY(!ourPaths.isEmpty());
    QVERIFY2(samplePaths.contains(ourPaths), qPrintable(QStringList((ourPaths - samplePaths).values()).join(u", "_s)));
    QCOMPARE(ourPaths, samplePaths);

    // Oldest first, dates as M/d/yyyy h:mm:ss AM/PM, places as "City (CC)", the newest current.
    QXmlStreamReader reader(ours);
    QStringList dates, locations, current;
    while (!reader.atEnd()) {
        reader.readNext();
        if (!reader.isStartElement())
            continue;
        const QString element = reader.name().toString();
        if (element == u"isCurrentStatus") {
            current.append(reader.readElementText());
        } else if (element == u"date" || element == u"location") {
            reader.readNextStartElement(); // <content>
            (element == u"date" ? dates : locations).append(reader.readElementText());
        }
    }
    QCOMPARE(dates.size(), view.scans().size());
    static const QRegularExpression dpdDate(u"^\\d{1,2}/\\d{1,2}/\\d{4} \\d{1,2}:\\d\\d:\\d\\d [AP]M$"_s);
    static const QRegularExpression dpdPlace(u"^.+ \\([A-Z]{2}\\)$"_s);
    for (qsizetype i = 0; i < dates.size(); ++i) {
        QVERIFY2(dpdDate.match(dates[i]).hasMatch(), qPrintable(dates[i]));
        const QDateTime local = QDateTime::fromString(dates[i], u"M/d/yyyy h:mm:ss AP"_s);
        const QDateTime expected = view.scans().at(i).event.occurredAt;
        QCOMPARE(local.date(), expected.date());
        QCOMPARE(local.time(), expected.time());
    }
    for (const QString &location : std::as_const(locations))
        QVERIFY2(dpdPlace.match(location).hasMatch(), qPrintable(location));
    QCOMPARE(current.count(u"true"_s), 1);
    QCOMPARE(current.last(), u"true"_s);
}

void TestSandboxRenderers::onlyScansReportedByNowAreShown()
{
    const SimulatedJourney j = richJourney(CarrierVocabulary::Carrier::Ups);
    const QDateTime middle = j.scans.at(j.scans.size() / 2).reportedAt;
    const ScanView view(j, middle);
    QVERIFY(view.scans().size() < j.scans.size());
    for (const SimulatedScan &scan : view.scans())
        QVERIFY(scan.reportedAt <= middle);
    QCOMPARE(view.scans().size(), j.visibleAt(middle).events.size());
    QCOMPARE(view.shipment().subStatus, j.visibleAt(middle).shipment.subStatus);
    QCOMPARE(view.latestEstimate(), j.visibleAt(middle).shipment.carrierEstimate);
    QVERIFY(ScanView(j, j.scans.first().reportedAt.addSecs(-1)).isEmpty());
}

void TestSandboxRenderers::changedEventKeepsTheStory()
{
    const SimulatedJourney j = richJourney(CarrierVocabulary::Carrier::Fedex);
    const ScanView before(j, end());
    for (quint64 salt = 1; salt < 40; ++salt) {
        ScanView after(j, end());
        after.changeOneEvent(salt);
        QCOMPARE(after.scans().size(), before.scans().size());
        int changed = 0;
        for (const SimulatedScan &scan : after.scans()) {
            const auto same = std::find_if(before.scans().cbegin(), before.scans().cend(),
                [&](const SimulatedScan &b) { return b.event == scan.event; });
            changed += same == before.scans().cend() ? 1 : 0;
        }
        QCOMPARE(changed, 1);
    }
}

QTEST_GUILESS_MAIN(TestSandboxRenderers)
#include "tst_sandboxrenderers.moc"
