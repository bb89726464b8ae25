#include "sim/demodatagenerator.h"
#include "sim/journeysimulator.h"
#include "sim/problemkind.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {

// A Wednesday afternoon shortly after the end of summer time, so the month before it holds
// parcels on both sides of the clock change.
const QDateTime demoNow(QDate(2024, 11, 13), QTime(14, 30), Qt::UTC);
constexpr quint64 demoSeed = 20241113;

// Everything about a journey as text, offsets included: QDateTime's operator== compares instants
// only and would not notice a lost UTC offset.
QString fingerprint(const SimulatedJourney &j)
{
    QString s = j.shipment.carrier + u'|' + j.shipment.trackingNumber + u'|' + j.shipment.service + u'|'
        + j.shipment.countryCode + u'|' + j.shipment.postalCode + u'|' + j.destination + u'|'
        + Taxonomy::subStatusKey(j.shipment.subStatus) + u'|' + j.shipment.carrierEstimate.toString(Qt::ISODate) + u'\n';
    for (const TrueProblem &p : j.truth.problems)
        s += ProblemKinds::key(p.kind) + u'@' + p.onsetAt.toString(Qt::ISODate) + u'\n';
    for (const PhysicalStep &p : j.truth.steps)
        s += p.at.toString(Qt::ISODate) + u' ' + Taxonomy::subStatusKey(p.subStatus) + u' ' + p.location + u'\n';
    for (const SimulatedScan &sc : j.scans) {
        s += sc.event.occurredAt.toString(Qt::ISODate) + u' ' + sc.reportedAt.toString(Qt::ISODate) + u' '
            + sc.event.carrierCode + u' ' + sc.event.carrierText + u' ' + sc.event.location + u' '
            + sc.estimatedDelivery.toString(Qt::ISODate) + u'\n';
    }
    return s;
}

QString fingerprint(const ShipmentRecord &r)
{
    const Shipment &s = r.shipment;
    QString out = s.orderNumber + u'|' + s.trackingNumber + u'|' + s.carrier + u'|' + s.service + u'|' + s.recipientName + u'|'
        + s.email + u'|' + s.phone + u'|' + s.language + u'|' + s.countryCode + u'|' + s.postalCode + u'|'
        + s.shipDate.toString(Qt::ISODate) + u'|' + s.promisedDate.toString(Qt::ISODate) + u'|'
        + s.carrierEstimate.toString(Qt::ISODate) + u'|' + Taxonomy::subStatusKey(s.subStatus) + u'|'
        + s.lastEventAt.toString(Qt::ISODate) + u'\n';
    for (const TrackingEvent &e : r.events)
        out += e.occurredAt.toString(Qt::ISODate) + u' ' + e.carrierCode + u' ' + e.location + u'\n';
    return out;
}

// The demo set's journeys, shared by the statistical tests (generated once: they are slow-ish).
const QList<SimulatedJourney> &demoJourneys()
{
    static const QList<SimulatedJourney> journeys = [] {
        const DemoDataGenerator generator(demoSeed, demoNow);
        QList<SimulatedJourney> list;
        for (int i = 0; i < 10000; ++i)
            list.append(generator.journey(i));
        return list;
    }();
    return journeys;
}

bool isDeliveredSub(SubStatus s) { return Taxonomy::statusOf(s) == Status::Delivered && s != SubStatus::ReturnedToSender; }

} // namespace

class TestJourneySimulator : public QObject
{
    Q_OBJECT

private slots:
    void sameInputsGiveTheSameJourney();
    void differentSeedsGiveDifferentJourneys();
    void shiftingShipDateShiftsTheSameStory();
    void demoBatchesAreIdentical();
    void unknownCarrierHasNoScans();
    void problemKindKeysRoundTrip();
    void scansAreNeverReportedBeforeTheyHappen();
    void visibleAtCutsAtNowAndOrdersEvents();
    void scansAreNoisyLikeRealCarriers();
    void problemKindsInRealisticProportions();
    void everyCarrierAndTenCountries();
    void everySubStatusOccurs();
    void physicalProgressionIsSensible();
    void lostParcelsStopScanning();
    void timestampsKeepTheLocalOffset();
    void carriersSpeakTheirOwnLanguage();
    void trackingNumbersHaveRealFormats();
    void demoRecordsLookRealistic();
};

void TestJourneySimulator::sameInputsGiveTheSameJourney()
{
    const JourneySimulator a(7);
    const JourneySimulator b(7); // a second instance: no hidden state may leak between calls
    const QDateTime shipped(QDate(2024, 3, 28), QTime(11, 5), Qt::OffsetFromUTC, 3600);
    for (const QString &carrier : JourneySimulator::carriers()) {
        for (int i = 0; i < 50; ++i) {
            const QString number = u"TN%1"_s.arg(i * 7919);
            const SimulatedJourney first = a.journey(carrier, number, shipped);
            a.journey(carrier, u"other"_s, shipped); // interleaved calls must not matter
            const SimulatedJourney second = b.journey(carrier, number, shipped);
            QVERIFY(!first.scans.isEmpty() || first.truth.primaryProblem() == ProblemKind::Lost);
            QCOMPARE(fingerprint(second), fingerprint(first));
            QVERIFY(second == first);
        }
    }
}

void TestJourneySimulator::differentSeedsGiveDifferentJourneys()
{
    const JourneySimulator a(1);
    const JourneySimulator b(2);
    const QDateTime shipped(QDate(2024, 6, 3), QTime(9, 0), Qt::UTC);
    int differing = 0;
    int differingNumbers = 0;
    for (int i = 0; i < 40; ++i) {
        const QString number = u"00340434%1"_s.arg(100000000000 + i);
        differing += fingerprint(a.journey(u"dhl"_s, number, shipped)) != fingerprint(b.journey(u"dhl"_s, number, shipped));
        differingNumbers += fingerprint(a.journey(u"dhl"_s, number, shipped))
            != fingerprint(a.journey(u"dhl"_s, number + u'1', shipped));
    }
    QCOMPARE(differing, 40);
    QCOMPARE(differingNumbers, 40);
}

void TestJourneySimulator::shiftingShipDateShiftsTheSameStory()
{
    // The sandbox may anchor a number at different times: the parcel's destination, service and
    // fate belong to the number, not to the date.
    const JourneySimulator sim(99);
    const QDateTime monday(QDate(2024, 4, 8), QTime(10, 0), Qt::UTC);
    for (int i = 0; i < 100; ++i) {
        const QString carrier = JourneySimulator::carriers().at(i % 5);
        const QString number = u"X%1"_s.arg(i);
        const SimulatedJourney early = sim.journey(carrier, number, monday);
        const SimulatedJourney late = sim.journey(carrier, number, monday.addDays(14));
        QCOMPARE(late.destination, early.destination);
        QCOMPARE(late.shipment.service, early.shipment.service);
        QCOMPARE(late.shipment.postalCode, early.shipment.postalCode);
        QCOMPARE(late.truth.primaryProblem(), early.truth.primaryProblem());
        QCOMPARE(late.truth.steps.size(), early.truth.steps.size());
        QCOMPARE(late.truth.steps.first().at.toSecsSinceEpoch() - early.truth.steps.first().at.toSecsSinceEpoch(), 14 * 86400);
    }
}

void TestJourneySimulator::demoBatchesAreIdentical()
{
    const DemoDataGenerator one(demoSeed, demoNow);
    const DemoDataGenerator two(demoSeed, demoNow);
    const QList<ShipmentRecord> whole = one.generate(0, 300);
    QList<ShipmentRecord> pieces = two.generate(200, 100);
    pieces = two.generate(0, 120) + two.generate(120, 80) + pieces;
    QCOMPARE(pieces.size(), whole.size());
    for (int i = 0; i < whole.size(); ++i)
        QCOMPARE(fingerprint(pieces[i]), fingerprint(whole[i]));
    QCOMPARE(fingerprint(one.generate(4711, 1).first()), fingerprint(two.generate(4700, 20).at(11)));

    const DemoDataGenerator otherSeed(demoSeed + 1, demoNow);
    QVERIFY(fingerprint(otherSeed.generate(0, 1).first()) != fingerprint(whole.first()));
}

void TestJourneySimulator::unknownCarrierHasNoScans()
{
    const SimulatedJourney j = JourneySimulator(1).journey(u"postnl"_s, u"3SABC123"_s, demoNow);
    QVERIFY(j.scans.isEmpty());
    QCOMPARE(j.shipment.subStatus, SubStatus::NoInformation);
    QCOMPARE(j.visibleAt(demoNow).events.size(), 0);
    QCOMPARE(JourneySimulator::carriers(), (QStringList{u"dhl"_s, u"ups"_s, u"fedex"_s, u"gls"_s, u"dpd"_s}));
}

void TestJourneySimulator::problemKindKeysRoundTrip()
{
    QSet<QString> keys;
    for (int i = 0; i < ProblemKindCount; ++i) {
        const ProblemKind kind = ProblemKind(i);
        QCOMPARE(ProblemKinds::fromKey(ProblemKinds::key(kind)), kind);
        QVERIFY(!ProblemKinds::label(kind).isEmpty());
        keys.insert(ProblemKinds::key(kind));
    }
    QCOMPARE(keys.size(), ProblemKindCount);
    QVERIFY(!ProblemKinds::fromKey(u"no_such_kind").has_value());
}

void TestJourneySimulator::scansAreNeverReportedBeforeTheyHappen()
{
    int scans = 0;
    for (const SimulatedJourney &j : demoJourneys()) {
        for (const SimulatedScan &s : j.scans) {
            QVERIFY2(s.reportedAt >= s.event.occurredAt, qPrintable(fingerprint(j)));
            QCOMPARE(s.reportedAt.timeSpec(), Qt::UTC);
            ++scans;
        }
        // Sent in the order they become visible.
        for (int i = 1; i < j.scans.size(); ++i)
            QVERIFY(j.scans[i - 1].reportedAt <= j.scans[i].reportedAt);
    }
    QVERIFY(scans > 50000);
}

void TestJourneySimulator::visibleAtCutsAtNowAndOrdersEvents()
{
    int outOfOrderCuts = 0;
    int checked = 0;
    const QList<SimulatedJourney> &journeys = demoJourneys();
    for (int n = 0; n < 500; ++n) {
        const SimulatedJourney &j = journeys[n];
        if (j.scans.size() < 4)
            continue;
        ++checked;
        const QDateTime first = j.scans.first().reportedAt;
        QCOMPARE(j.visibleAt(first.addSecs(-1)).events.size(), 0);
        QCOMPARE(j.visibleAt(first.addSecs(-1)).shipment.subStatus, SubStatus::NoInformation);
        QVERIFY(!j.visibleAt(first.addSecs(-1)).shipment.lastEventAt.isValid());

        for (const SimulatedScan &cutScan : j.scans) {
            const QDateTime now = cutScan.reportedAt;
            const ShipmentRecord r = j.visibleAt(now);
            qsizetype expected = 0;
            for (const SimulatedScan &s : j.scans)
                expected += s.reportedAt <= now ? 1 : 0;
            QCOMPARE(r.events.size(), expected);
            for (int i = 1; i < r.events.size(); ++i)
                QVERIFY(r.events[i - 1].occurredAt <= r.events[i].occurredAt);
            QCOMPARE(r.shipment.subStatus, r.events.constLast().subStatus);
            QCOMPARE(r.shipment.lastEventAt, r.events.constLast().occurredAt);
            QCOMPARE(r.shipment.lastEventAt.timeSpec(), Qt::UTC);
            QCOMPARE(r.shipment.trackingNumber, j.shipment.trackingNumber);
            // The carrier's newest estimate among what it has sent so far.
            QDate estimate;
            for (const SimulatedScan &s : j.scans) {
                if (s.reportedAt <= now && s.estimatedDelivery.isValid())
                    estimate = s.estimatedDelivery;
            }
            QCOMPARE(r.shipment.carrierEstimate, estimate);
            // The newest visible event is not always the one sent last: late scans exist.
            if (r.events.constLast().occurredAt != cutScan.event.occurredAt)
                ++outOfOrderCuts;
        }
        const ShipmentRecord all = j.visibleAt(j.scans.constLast().reportedAt);
        QCOMPARE(all.shipment, j.shipment);
    }
    QVERIFY(checked > 400);
    QVERIFY2(outOfOrderCuts > 20, "late scans should make the visible order differ from the sending order");
}

void TestJourneySimulator::scansAreNoisyLikeRealCarriers()
{
    int duplicates = 0, missing = 0, lateByHalfADay = 0, outOfOrder = 0, physical = 0;
    for (const SimulatedJourney &j : demoJourneys()) {
        QSet<int> reported;
        for (int i = 0; i < j.scans.size(); ++i) {
            const SimulatedScan &s = j.scans[i];
            duplicates += s.duplicate ? 1 : 0;
            if (s.truthStep >= 0) {
                QVERIFY(s.truthStep < j.truth.steps.size());
                QCOMPARE(s.event.subStatus, j.truth.steps[s.truthStep].subStatus);
                reported.insert(s.truthStep);
            }
            lateByHalfADay += s.event.occurredAt.secsTo(s.reportedAt) > 12 * 3600 ? 1 : 0;
            if (i > 0 && s.event.occurredAt < j.scans[i - 1].event.occurredAt)
                ++outOfOrder;
        }
        for (int k = 0; k < j.truth.steps.size(); ++k) {
            if (j.truth.steps[k].subStatus == SubStatus::Lost)
                continue;
            ++physical;
            missing += reported.contains(k) ? 0 : 1;
        }
    }
    QVERIFY2(duplicates > 100, qPrintable(QString::number(duplicates)));
    QVERIFY2(outOfOrder > 1000, qPrintable(QString::number(outOfOrder)));
    QVERIFY2(lateByHalfADay > 500, qPrintable(QString::number(lateByHalfADay)));
    // Some physical steps are never scanned, but most are.
    QVERIFY2(missing > physical / 50 && missing < physical / 4, qPrintable(u"%1 of %2"_s.arg(missing).arg(physical)));
}

void TestJourneySimulator::problemKindsInRealisticProportions()
{
    QHash<ProblemKind, int> counts;
    const QList<SimulatedJourney> &journeys = demoJourneys();
    const int total = 5000;
    for (int i = 0; i < total; ++i)
        ++counts[journeys[i].truth.primaryProblem()];
    for (int k = 0; k < ProblemKindCount; ++k) {
        const ProblemKind kind = ProblemKind(k);
        QVERIFY2(counts.value(kind) > 0, qPrintable(ProblemKinds::key(kind)));
        if (kind != ProblemKind::None)
            QVERIFY2(counts.value(kind) < total / 15, qPrintable(ProblemKinds::key(kind)));
    }
    const double fine = double(counts.value(ProblemKind::None)) / total;
    QVERIFY2(fine > 0.72 && fine < 0.88, qPrintable(QString::number(fine)));
    // The everyday problems are more common than the rare ones.
    QVERIFY(counts.value(ProblemKind::FailedAttempt) > counts.value(ProblemKind::Lost) * 3);
    QVERIFY(counts.value(ProblemKind::Late) > counts.value(ProblemKind::Damaged) * 3);
}

void TestJourneySimulator::everyCarrierAndTenCountries()
{
    QHash<QString, int> carriers, countries;
    QSet<QString> customsHoldCountries;
    for (const SimulatedJourney &j : demoJourneys()) {
        ++carriers[j.shipment.carrier];
        ++countries[j.shipment.countryCode];
        if (j.truth.has(ProblemKind::CustomsHold))
            customsHoldCountries.insert(j.shipment.countryCode);
    }
    for (const QString &carrier : JourneySimulator::carriers())
        QVERIFY2(carriers.value(carrier) > 500, qPrintable(carrier));
    QVERIFY2(countries.size() >= 10, qPrintable(QStringList(countries.keys()).join(u',')));
    // Mostly domestic, then the EU.
    QVERIFY(countries.value(u"DE"_s) > 4000 && countries.value(u"DE"_s) < 7000);
    // Customs holds only where parcels leave the EU customs union.
    const QSet<QString> customs{u"CH"_s, u"GB"_s, u"US"_s, u"NO"_s};
    QVERIFY(customsHoldCountries.size() >= 3);
    QVERIFY2(customs.contains(customsHoldCountries), qPrintable(QStringList(customsHoldCountries.values()).join(u',')));
}

void TestJourneySimulator::everySubStatusOccurs()
{
    QSet<SubStatus> seen;
    for (const SimulatedJourney &j : demoJourneys()) {
        for (const SimulatedScan &s : j.scans)
            seen.insert(s.event.subStatus);
    }
    for (const ShipmentRecord &r : DemoDataGenerator(demoSeed, demoNow).generate(0, 10000))
        seen.insert(r.shipment.subStatus);
    for (int i = 0; i < SubStatusCount; ++i) {
        const SubStatus s = SubStatus(i);
        if (s == SubStatus::Expired)
            continue; // a verdict of the tracking side about silence, never a carrier's scan
        QVERIFY2(seen.contains(s), qPrintable(Taxonomy::subStatusKey(s)));
    }
}

void TestJourneySimulator::physicalProgressionIsSensible()
{
    for (const SimulatedJourney &j : demoJourneys()) {
        const QList<PhysicalStep> &steps = j.truth.steps;
        QVERIFY(!steps.isEmpty());
        QCOMPARE(steps.first().subStatus, SubStatus::InfoReceived);
        QCOMPARE(j.truth.outcome, steps.constLast().subStatus);
        for (int i = 1; i < steps.size(); ++i)
            QVERIFY2(steps[i - 1].at <= steps[i].at, qPrintable(fingerprint(j)));
        for (int i = 1; i < j.truth.problems.size(); ++i)
            QVERIFY(j.truth.problems[i - 1].onsetAt <= j.truth.problems[i].onsetAt);

        if (j.truth.deliveredAt.isValid()) {
            // Delivered is physically the last thing that happens, and it happens once.
            QVERIFY2(isDeliveredSub(steps.constLast().subStatus), qPrintable(fingerprint(j)));
            QCOMPARE(steps.constLast().at, j.truth.deliveredAt);
            int deliveries = 0;
            for (const PhysicalStep &s : steps)
                deliveries += isDeliveredSub(s.subStatus) ? 1 : 0;
            QCOMPARE(deliveries, 1);
            // At the door only after a van took it out; from a pickup point only after it got there.
            const SubStatus final = steps.constLast().subStatus;
            const SubStatus needed = final == SubStatus::CollectedFromPickupPoint ? SubStatus::AvailableForPickup : SubStatus::OutForDelivery;
            bool found = false;
            for (const PhysicalStep &s : steps)
                found = found || s.subStatus == needed;
            QVERIFY2(found, qPrintable(fingerprint(j)));
        } else {
            const SubStatus final = steps.constLast().subStatus;
            QVERIFY2(final == SubStatus::ReturnedToSender || final == SubStatus::Lost, qPrintable(fingerprint(j)));
            QVERIFY(j.truth.deliveredLate());
        }
        if (j.truth.primaryProblem() == ProblemKind::None) {
            QVERIFY2(j.truth.deliveredAt.isValid(), qPrintable(fingerprint(j)));
            QVERIFY2(!j.truth.deliveredLate(), qPrintable(fingerprint(j)));
        }
        if (j.truth.primaryProblem() == ProblemKind::Late || j.truth.primaryProblem() == ProblemKind::Stalled)
            QVERIFY2(j.truth.deliveredLate(), qPrintable(fingerprint(j)));
        if (j.truth.has(ProblemKind::Refused))
            QCOMPARE(j.truth.outcome, SubStatus::ReturnedToSender);
    }
}

void TestJourneySimulator::lostParcelsStopScanning()
{
    int lost = 0, silentForever = 0, declared = 0;
    for (const SimulatedJourney &j : demoJourneys()) {
        if (j.truth.primaryProblem() != ProblemKind::Lost)
            continue;
        ++lost;
        const QDateTime onset = j.truth.problems.first().onsetAt;
        QCOMPARE(j.truth.outcome, SubStatus::Lost);
        QVERIFY(!j.truth.deliveredAt.isValid());
        for (const PhysicalStep &s : j.truth.steps)
            QVERIFY(s.at <= onset);
        bool anythingLater = false;
        for (const SimulatedScan &s : j.scans) {
            if (s.event.occurredAt <= onset)
                continue;
            // After the loss, only the carrier's own declarations: an investigation, "lost".
            anythingLater = true;
            QCOMPARE(s.truthStep, -1);
            QVERIFY(s.event.subStatus == SubStatus::Lost || s.event.subStatus == SubStatus::ExceptionOther);
            declared += s.event.subStatus == SubStatus::Lost ? 1 : 0;
        }
        silentForever += anythingLater ? 0 : 1;
    }
    QVERIFY(lost >= 10);
    QVERIFY2(silentForever > 0, "some lost parcels are never declared lost");
    QVERIFY2(declared > 0, "some lost parcels are declared lost in the end");
}

void TestJourneySimulator::timestampsKeepTheLocalOffset()
{
    // Checked against the system's tz database, independently of the simulator's own rules.
    const QHash<QString, QByteArray> zones = {
        {u"DE"_s, "Europe/Berlin"}, {u"AT"_s, "Europe/Vienna"}, {u"CH"_s, "Europe/Zurich"}, {u"FR"_s, "Europe/Paris"},
        {u"NL"_s, "Europe/Amsterdam"}, {u"BE"_s, "Europe/Brussels"}, {u"IT"_s, "Europe/Rome"}, {u"ES"_s, "Europe/Madrid"},
        {u"PL"_s, "Europe/Warsaw"}, {u"GB"_s, "Europe/London"}, {u"SE"_s, "Europe/Stockholm"}, {u"DK"_s, "Europe/Copenhagen"},
        {u"NO"_s, "Europe/Oslo"}, {u"New York"_s, "America/New_York"}, {u"Los Angeles"_s, "America/Los_Angeles"},
        {u"Chicago"_s, "America/Chicago"}, {u"Houston"_s, "America/Chicago"}, {u"Phoenix"_s, "America/Phoenix"},
        {u"Seattle"_s, "America/Los_Angeles"}, {u"Denver"_s, "America/Denver"}, {u"Miami"_s, "America/New_York"},
        {u"Boston"_s, "America/New_York"}, {u"Cincinnati"_s, "America/New_York"}, {u"Louisville"_s, "America/Kentucky/Louisville"},
        {u"Memphis"_s, "America/Chicago"}, {u"Newark"_s, "America/New_York"}, {u"Indianapolis"_s, "America/Indiana/Indianapolis"},
    };
    if (!QTimeZone(QByteArrayLiteral("Europe/Berlin")).isValid())
        QSKIP("no time-zone database on this system");
    QHash<QByteArray, QTimeZone> cache;
    QSet<int> berlinOffsets, usOffsets;
    int checked = 0;
    for (const SimulatedJourney &j : demoJourneys()) {
        for (const SimulatedScan &s : j.scans) {
            const QDateTime &at = s.event.occurredAt;
            const int offset = at.offsetFromUtc();
            // Qt keeps a zero offset as Qt::UTC; every other offset must stay Qt::OffsetFromUTC.
            QVERIFY(at.timeSpec() == Qt::OffsetFromUTC || (at.timeSpec() == Qt::UTC && offset == 0));
            if (s.event.location.isEmpty())
                continue;
            static const QRegularExpression locationPattern(u"^(.+), ([A-Z]{2})$"_s);
            const QRegularExpressionMatch m = locationPattern.match(s.event.location);
            QVERIFY2(m.hasMatch(), qPrintable(s.event.location));
            const QString cc = m.captured(2);
            const QByteArray zoneId = cc == u"US" ? zones.value(m.captured(1)) : zones.value(cc);
            QVERIFY2(!zoneId.isEmpty(), qPrintable(s.event.location));
            auto it = cache.find(zoneId);
            if (it == cache.end())
                it = cache.insert(zoneId, QTimeZone(zoneId));
            QCOMPARE(offset, it->offsetFromUtc(at));
            if (cc == u"DE")
                berlinOffsets.insert(offset);
            if (cc == u"US")
                usOffsets.insert(offset);
            ++checked;
        }
    }
    QVERIFY(checked > 50000);
    QCOMPARE(berlinOffsets, (QSet<int>{3600, 7200})); // both sides of the end of summer time
    QVERIFY(usOffsets.size() >= 3);
}

void TestJourneySimulator::carriersSpeakTheirOwnLanguage()
{
    QHash<QString, QSet<QString>> codes;
    bool dhlGerman = false, dhlEnglish = false, upsAccessPointAsDelivered = false, glsParcelShop = false, dpdReturning = false;
    for (const SimulatedJourney &j : demoJourneys()) {
        for (const SimulatedScan &s : j.scans) {
            const TrackingEvent &e = s.event;
            QVERIFY(!e.carrierCode.isEmpty());
            QVERIFY(!e.carrierText.isEmpty());
            codes[j.shipment.carrier].insert(e.carrierCode);
            if (j.shipment.carrier == u"dhl") {
                dhlGerman = dhlGerman || e.carrierText == u"Die Sendung wurde erfolgreich zugestellt.";
                dhlEnglish = dhlEnglish || e.carrierText == u"The shipment has been successfully delivered";
            }
            upsAccessPointAsDelivered = upsAccessPointAsDelivered
                || (e.subStatus == SubStatus::AvailableForPickup && e.carrierCode.startsWith(u"D/"));
            glsParcelShop = glsParcelShop || (e.subStatus == SubStatus::AvailableForPickup && e.carrierCode == u"DELIVEREDPS");
            dpdReturning = dpdReturning || e.carrierCode == u"ReturningFromDelivery";
        }
    }
    QVERIFY(dhlGerman && dhlEnglish);
    QVERIFY(upsAccessPointAsDelivered && glsParcelShop && dpdReturning);
    const QSet<QString> dhlCodes{u"pre-transit"_s, u"transit"_s, u"delivered"_s, u"failure"_s, u"unknown"_s};
    QCOMPARE(codes.value(u"dhl"_s), dhlCodes);
    static const QRegularExpression upsCode(u"^[MPIXDO]/[0-9A-Z]{1,2}$"_s);
    for (const QString &code : codes.value(u"ups"_s))
        QVERIFY2(upsCode.match(code).hasMatch(), qPrintable(code));
    for (const char16_t *code : {u"OC", u"PU", u"AR", u"DP", u"OD", u"DL", u"DE", u"HP", u"CC"})
        QVERIFY2(codes.value(u"fedex"_s).contains(QString::fromUtf16(code)), qPrintable(QString::fromUtf16(code)));
    for (const char16_t *code : {u"INTIAL.PREADVICE", u"INWAREHOUSE", u"INDELIVERY", u"DELIVERED", u"NOTDELIVERED"})
        QVERIFY(codes.value(u"gls"_s).contains(QString::fromUtf16(code)));
    for (const char16_t *code : {u"AtSendingDepot", u"AtDeliveryDepot", u"Courier", u"Delivered", u"DeliveryFailure", u"ParcelShop"})
        QVERIFY(codes.value(u"dpd"_s).contains(QString::fromUtf16(code)));
}

void TestJourneySimulator::trackingNumbersHaveRealFormats()
{
    const QHash<QString, QRegularExpression> formats = {
        {u"dhl"_s, QRegularExpression(u"^(\\d{10}|\\d{12}|00340434\\d{12}|JJD\\d{18})$"_s)},
        {u"ups"_s, QRegularExpression(u"^1Z[0-9A-Z]{6}(11|65|66)\\d{8}$"_s)},
        {u"fedex"_s, QRegularExpression(u"^\\d{12}$"_s)},
        {u"gls"_s, QRegularExpression(u"^\\d{11}$"_s)},
        {u"dpd"_s, QRegularExpression(u"^\\d{14}$"_s)},
    };
    QSet<QString> numbers;
    for (const SimulatedJourney &j : demoJourneys()) {
        const QString &n = j.shipment.trackingNumber;
        QVERIFY2(formats.value(j.shipment.carrier).match(n).hasMatch(), qPrintable(j.shipment.carrier + u' ' + n));
        numbers.insert(n);
        if (j.shipment.carrier == u"ups") {
            // UPS check digit: letters count (code - 63) mod 10, even positions doubled.
            int sum = 0;
            for (int i = 2; i < 17; ++i) {
                const char16_t c = n.at(i).unicode();
                const int v = (c >= u'0' && c <= u'9') ? c - u'0' : (c - 63) % 10;
                sum += (i % 2 == 1) ? 2 * v : v;
            }
            QCOMPARE(n.at(17).unicode() - u'0', (10 - sum % 10) % 10);
        }
        // The number's shape says what service it is.
        if (n.startsWith(u"JJD"))
            QCOMPARE(j.shipment.service, u"Paket International"_s);
        if (j.shipment.carrier == u"dhl" && n.size() == 10)
            QCOMPARE(j.shipment.service, u"Express Worldwide"_s);
    }
    QCOMPARE(numbers.size(), demoJourneys().size());
}

void TestJourneySimulator::demoRecordsLookRealistic()
{
    const DemoDataGenerator generator(demoSeed, demoNow);
    const QList<ShipmentRecord> records = generator.generate(0, 3000);
    static const QRegularExpression email(u"^[a-z0-9._]+@[a-z0-9.-]+\\.example$"_s);
    static const QRegularExpression phone(u"^(\\+\\d{1,2}[ \\d-]+|\\(?0?\\d[\\d ()-]+)$"_s);
    const QHash<QString, QRegularExpression> postal = {
        {u"DE"_s, QRegularExpression(u"^\\d{5}$"_s)}, {u"AT"_s, QRegularExpression(u"^\\d{4}$"_s)},
        {u"CH"_s, QRegularExpression(u"^\\d{4}$"_s)}, {u"FR"_s, QRegularExpression(u"^\\d{5}$"_s)},
        {u"NL"_s, QRegularExpression(u"^\\d{4} [A-Z]{2}$"_s)}, {u"BE"_s, QRegularExpression(u"^\\d{4}$"_s)},
        {u"IT"_s, QRegularExpression(u"^\\d{5}$"_s)}, {u"ES"_s, QRegularExpression(u"^\\d{5}$"_s)},
        {u"PL"_s, QRegularExpression(u"^\\d{2}-\\d{3}$"_s)}, {u"GB"_s, QRegularExpression(u"^[A-Z]{1,2}\\d[A-Z\\d]? \\d[A-Z]{2}$"_s)},
        {u"US"_s, QRegularExpression(u"^\\d{5}$"_s)}, {u"SE"_s, QRegularExpression(u"^\\d{3} \\d{2}$"_s)},
        {u"DK"_s, QRegularExpression(u"^\\d{4}$"_s)}, {u"NO"_s, QRegularExpression(u"^\\d{4}$"_s)},
    };
    const QSet<QString> languages{u"de"_s, u"fr"_s, u"nl"_s, u"it"_s, u"es"_s, u"pl"_s, u"en"_s, u"sv"_s, u"da"_s, u"nb"_s};
    QSet<QString> orderNumbers, languagesSeen;
    QHash<SubStatus, int> visible;
    for (const ShipmentRecord &r : records) {
        const Shipment &s = r.shipment;
        QCOMPARE(s.id, qint64(0));
        QVERIFY(!orderNumbers.contains(s.orderNumber));
        orderNumbers.insert(s.orderNumber);
        QVERIFY2(s.recipientName.contains(u' '), qPrintable(s.recipientName));
        QVERIFY2(email.match(s.email).hasMatch(), qPrintable(s.email));
        QVERIFY2(phone.match(s.phone).hasMatch(), qPrintable(s.phone));
        QVERIFY2(postal.value(s.countryCode).match(s.postalCode).hasMatch(), qPrintable(s.countryCode + u' ' + s.postalCode));
        QVERIFY2(languages.contains(s.language), qPrintable(s.language));
        languagesSeen.insert(s.language);
        QVERIFY(s.shipDate <= demoNow.date() && s.shipDate >= demoNow.date().addDays(-33));
        QVERIFY(s.promisedDate > s.shipDate);
        for (const TrackingEvent &e : r.events)
            QVERIFY(e.occurredAt <= demoNow);
        ++visible[s.subStatus];
    }
    QVERIFY(languagesSeen.size() >= 8);
    // At `now` the set is a live mix: delivered, on the way, in trouble, not yet scanned.
    QVERIFY(visible.value(SubStatus::Delivered) > 1000);
    QVERIFY(visible.value(SubStatus::OutForDelivery) + visible.value(SubStatus::ArrivedAtHub) + visible.value(SubStatus::DepartedHub) > 50);
    QVERIFY(visible.value(SubStatus::ReturnedToSender) + visible.value(SubStatus::ReturningToSender) > 10);
    QVERIFY(visible.value(SubStatus::InfoReceived) > 20);
}

QTEST_GUILESS_MAIN(TestJourneySimulator)
#include "tst_journeysimulator.moc"
