#pragma once

// What the fuzzers and tst_fuzzregressions do with one input, so a file that crashed a fuzzer
// replays the very same calls in the normal build. Header-only: the fuzz build (clang, libFuzzer)
// and the test build (gcc, Qt Test) both include it.
//
// A target is a carrier key ("dhl", "ups", ...: the bytes are a response body) or "carriertime"
// (CarrierTime::parseIso/parseLocal) or "classifier" (EventTextClassifier::classify) or
// "csvimport" (a shop's CSV file: sniffing, parsing, column mapping, row checks) or "thresholds"
// (a thresholds.json an administrator edited: ProblemThresholds::fromJson) or "problems" (a
// shipment and its carrier events in a compact binary layout, see exerciseProblems: the problem
// detection engine). exercise() returns the broken promises it saw; crashes, hangs and sanitizer
// reports speak for themselves.

#include "carriers/aftershipadapter.h"
#include "carriers/carrierregistry.h"
#include "carriers/carriertime.h"
#include "carriers/eventtextclassifier.h"
#include "importexport/columnmapping.h"
#include "importexport/csvreader.h"
#include "importexport/csvsniffer.h"
#include "importexport/shipmentrowreader.h"
#include "model/shipmentrecord.h"
#include "problems/problemengine.h"
#include "problems/problemthresholds.h"
#include "problems/scangapnorms.h"

#include "../support/machinezone.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <iterator>
#include <memory>

namespace FuzzDriver {

using namespace Qt::StringLiterals;

// Events carry the carrier's UTC offset (Qt turns an offset of 0 into Qt::UTC).
inline bool hasOffset(const QDateTime &time)
{
    return time.isValid() && (time.timeSpec() == Qt::OffsetFromUTC || time.timeSpec() == Qt::UTC);
}

inline const CarrierRegistry &registry()
{
    static const CarrierRegistry instance;
    return instance;
}

inline QStringList targets()
{
    return registry().keys() + QStringList{u"carriertime"_s, u"classifier"_s, u"csvimport"_s, u"thresholds"_s, u"problems"_s};
}

// Statuses carriers really answer with, and a few they should never send.
inline constexpr int statuses[] = {200, 201, 202, 204, 206, 0, -1, 100, 301, 304, 400, 401, 403, 404,
                                   405, 408, 409, 410, 413, 415, 422, 429, 500, 502, 503, 504, 599, 999};
inline constexpr int statusCount = int(sizeof(statuses) / sizeof(statuses[0]));

// An error must say which carrier and what went wrong, in words naming the carrier.
inline void checkError(const CarrierAdapter &adapter, const CarrierError &error, const QString &call, QStringList &problems)
{
    if (error.carrier != adapter.key())
        problems.append(u"%1: error with carrier \"%2\" instead of \"%3\": %4"_s.arg(call, error.carrier, adapter.key(), error.message));
    if (error.message.trimmed().isEmpty())
        problems.append(u"%1: error without a message"_s.arg(call));
    else if (!error.message.contains(adapter.displayName()))
        problems.append(u"%1: error message does not name %2: %3"_s.arg(call, adapter.displayName(), error.message));
}

inline void checkResult(const CarrierAdapter &adapter, const TrackingResult &result, const QString &call,
                        const QStringList &requested, QStringList &problems)
{
    for (const CarrierError &error : result.errors)
        checkError(adapter, error, call, problems);
    for (const TrackedShipment &shipment : result.shipments) {
        if (shipment.trackingNumber.isEmpty())
            problems.append(u"%1: a shipment without a tracking number"_s.arg(call));
        for (const TrackingEvent &event : shipment.events) {
            if (!hasOffset(event.occurredAt))
                problems.append(u"%1: shipment %2 has an event without a valid time with a UTC offset"_s.arg(call, shipment.trackingNumber));
        }
    }
    // Numbers the carrier left out are reported (carrieradapter.h), unless the whole response failed.
    const bool wholeFailed = std::any_of(result.errors.cbegin(), result.errors.cend(),
                                         [](const CarrierError &e) { return e.trackingNumber.isEmpty(); });
    if (wholeFailed)
        return;
    for (const QString &number : requested) {
        const bool answered = std::any_of(result.shipments.cbegin(), result.shipments.cend(),
                                          [&](const TrackedShipment &s) { return s.trackingNumber == number; });
        const bool explained = std::any_of(result.errors.cbegin(), result.errors.cend(),
                                           [&](const CarrierError &e) { return e.trackingNumber == number; });
        if (!answered && !explained)
            problems.append(u"%1: requested number %2 neither answered nor reported"_s.arg(call, number));
    }
}

// The body as a track response (200 with nothing asked; 200 and a status picked by the first
// byte, asking for the numbers the first reading found plus one it cannot contain), as a token
// response, and for AfterShip as a webhook.
inline QStringList exerciseCarrier(const CarrierAdapter &adapter, const QByteArray &body)
{
    QStringList problems;
    const int picked = body.isEmpty() ? 500 : statuses[uchar(body.at(0)) % statusCount];
    const auto call = [&](int status, const QStringList &requested) {
        const TrackingResult result = adapter.parseTrackResponse(body, status, requested);
        checkResult(adapter, result, u"parseTrackResponse(HTTP %1, %2 requested)"_s.arg(status).arg(requested.size()),
                    requested, problems);
        return result;
    };

    // Every call asks for at least one number that the body cannot hold (DPD, for one, takes the
    // number from the request), then for the numbers the first reading found, as the poller would.
    const QString absent = u"SHIPDECKFUZZ0000000001"_s;
    const TrackingResult first = call(200, {absent});
    const int batch = std::max(1, adapter.defaultLimits().maxNumbersPerRequest);
    QStringList found;
    for (const TrackedShipment &shipment : first.shipments) {
        if (!shipment.trackingNumber.isEmpty() && shipment.trackingNumber != absent && !found.contains(shipment.trackingNumber))
            found.append(shipment.trackingNumber);
    }
    if (picked != 200)
        call(picked, {absent});
    if (batch > 1) {
        QStringList requested = found.mid(0, batch - 1);
        requested.append(absent);
        call(200, requested);
        call(picked, requested);
        call(200, {}); // a listing (AfterShip's changed trackings) asks for no number
    } else if (!found.isEmpty()) {
        call(200, {found.first()});
        if (picked != 200)
            call(picked, {found.first()});
    }

    for (const int status : {200, picked}) {
        CarrierError error;
        const auto token = adapter.parseTokenResponse(body, status, &error);
        const QString what = u"parseTokenResponse(HTTP %1)"_s.arg(status);
        if (token) {
            if (token->accessToken.isEmpty() || token->expiresInSecs <= 0)
                problems.append(u"%1: a token \"%2\" valid for %3 s"_s.arg(what, token->accessToken).arg(token->expiresInSecs));
        } else {
            checkError(adapter, error, what, problems);
        }
        adapter.parseTokenResponse(body, status, nullptr); // callers may not want the error
    }

    if (const auto *afterShip = dynamic_cast<const AfterShipAdapter *>(&adapter))
        checkResult(adapter, afterShip->parseWebhook(body), u"parseWebhook"_s, {}, problems);
    return problems;
}

// Input "<timestamp>\n<country>\n<utc offset>", every part optional.
inline QStringList exerciseCarrierTime(const QByteArray &bytes)
{
    QStringList problems;
    const QString input = QString::fromUtf8(bytes);
    const QStringList parts = input.split(u'\n');
    const QString text = parts.value(0);
    const QString country = parts.value(1);
    const QString offset = parts.value(2);
    const auto check = [&](const QDateTime &parsed, const QString &what) {
        if (!parsed.isValid())
            return;
        if (!hasOffset(parsed))
            problems.append(u"%1 gave a time without a UTC offset"_s.arg(what));
        // Real zones lie within UTC-12 and UTC+14; ISO 8601 leaves no room for more than 24 hours.
        if (std::abs(parsed.offsetFromUtc()) > 18 * 3600)
            problems.append(u"%1 accepted a UTC offset of %2 s"_s.arg(what).arg(parsed.offsetFromUtc()));
    };
    QString assumed;
    check(CarrierTime::parseIso(text, country, &assumed), u"parseIso(\"%1\", \"%2\")"_s.arg(text.left(60), country.left(20)));
    check(CarrierTime::parseIso(text), u"parseIso(\"%1\")"_s.arg(text.left(60)));
    for (const QString &format : {u"yyyyMMdd HHmmss"_s, u"dd.MM.yyyy HH:mm"_s, u"M/d/yyyy h:mm:ss AP"_s, u"yyyy-MM-dd HH:mm:ss"_s})
        check(CarrierTime::parseLocal(text, format, country, offset, &assumed), u"parseLocal(\"%1\", \"%2\")"_s.arg(text.left(60), format));
    CarrierTime::offsetFor(country, QDateTime(QDate(2024, 3, 31), QTime(2, 30)));
    return problems;
}

inline QStringList exerciseClassifier(const QByteArray &bytes)
{
    QStringList problems;
    const QString text = QString::fromUtf8(bytes);
    if (const auto reading = EventTextClassifier::classify(text); reading && reading->evidence.isEmpty())
        problems.append(u"classify gave a reading without evidence"_s);
    EventTextClassifier::classify(QStringView(text).left(200)); // as long as descriptions really are
    return problems;
}

// A row the reader accepts is a shipment the importer may store: it has what is required, and
// its dates are real and in order. A rejected field says why.
inline void checkImportedRow(const QList<FieldProblem> &fieldProblems, const Shipment &shipment, int row,
                             const QStringList &carriers, QStringList &problems)
{
    for (const FieldProblem &problem : fieldProblems) {
        if (problem.reason.trimmed().isEmpty())
            problems.append(u"row %1: a rejected field without a reason"_s.arg(row));
    }
    if (!fieldProblems.isEmpty())
        return;
    if (shipment.trackingNumber.isEmpty() || !carriers.contains(shipment.carrier))
        problems.append(u"row %1 accepted without tracking number or known carrier (\"%2\", \"%3\")"_s
                            .arg(row).arg(shipment.trackingNumber.left(40), shipment.carrier.left(40)));
    if (shipment.shipDate.isValid() && shipment.promisedDate.isValid() && shipment.promisedDate < shipment.shipDate)
        problems.append(u"row %1 accepted with a promise before the ship date"_s.arg(row));
}

// The bytes as a shop's CSV file, read the way the import dialog reads it: the sniffed format,
// the preview's first rows, then the whole file, mapped and checked row by row.
inline QStringList exerciseCsvImport(const QByteArray &bytes)
{
    QStringList problems;
    const CsvFormat format = CsvSniffer::detect(bytes);
    if (!CsvSniffer::delimiters().contains(format.delimiter))
        problems.append(u"sniffed a delimiter that cannot be chosen: %1"_s.arg(int(format.delimiter)));
    CsvTable preview;
    preview.fileName = u"orders.csv"_s;
    if (const Outcome previewed = CsvReader::parse(bytes, format, preview, 20); !previewed && !previewed.error().contains(preview.fileName))
        problems.append(u"a preview error that does not name the file: %1"_s.arg(previewed.error()));
    if (preview.rows.size() > 20)
        problems.append(u"the preview holds %1 rows, not at most 20"_s.arg(preview.rows.size()));

    CsvTable table;
    table.fileName = u"orders.csv"_s;
    if (const Outcome parsed = CsvReader::parse(bytes, format, table); !parsed) {
        if (!parsed.error().contains(table.fileName))
            problems.append(u"a read error that does not name the file: %1"_s.arg(parsed.error()));
        return problems;
    }
    const QStringList carriers = registry().keys();
    const ColumnMapping mapping = ColumnMapping::detect(table, carriers);
    ShipmentRowReader reader(mapping, carriers);
    reader.learnDateOrders(table);
    for (qsizetype i = 0; i < table.rows.size(); ++i) {
        Shipment shipment;
        checkImportedRow(reader.read(table.rows[i], shipment), shipment, CsvTable::spreadsheetRow(i), carriers, problems);
    }
    return problems;
}

// Whatever the file says, every threshold a shipment gets stays in its documented range (the
// rules compute with them in seconds) and every mistake is named.
inline void checkRuleThresholds(const RuleThresholds &t, const QString &which, QStringList &problems)
{
    const auto within = [&](int value, int low, int high, const char *name) {
        if (value < low || value > high)
            problems.append(u"%1: %2 = %3 outside %4..%5"_s.arg(which, QString::fromLatin1(name)).arg(value).arg(low).arg(high));
    };
    within(t.stalledHours, 1, 10000, "stalled_hours");
    within(t.stalledNormPercent, 0, 100, "stalled_norm_percent");
    within(t.lostDays, 1, 10000, "lost_days");
    within(t.lateGraceHours, 0, 10000, "late_grace_hours");
    within(t.unconfirmedGraceHours, 0, 10000, "unconfirmed_grace_hours");
    within(t.promisedDayScanHour, 0, 24, "promised_day_scan_hour");
    within(t.promisedDayCollectionHour, 0, 24, "promised_day_collection_hour");
    within(t.pickupHoldDays, 1, 10000, "pickup_hold_days");
    within(t.pickupReminderDays, 0, 10000, "pickup_reminder_days");
    within(t.duplicateMinutes, 0, 10000, "duplicate_minutes");
    within(t.futureToleranceMinutes, 0, 10000, "future_tolerance_minutes");
}

inline QStringList exerciseThresholds(const QByteArray &bytes)
{
    QStringList problems;
    const QJsonObject json = QJsonDocument::fromJson(bytes).object();
    QStringList errors;
    const ProblemThresholds thresholds = ProblemThresholds::fromJson(json, &errors);
    for (const QString &error : errors) {
        if (error.trimmed().isEmpty())
            problems.append(u"a mistake reported without words"_s);
    }
    checkRuleThresholds(thresholds.base(), u"defaults"_s, problems);
    const QJsonObject overrides = json.value(u"overrides").toObject();
    for (auto it = overrides.constBegin(); it != overrides.constEnd(); ++it) {
        const QString carrier = it.key().section(u'/', 0, 0);
        checkRuleThresholds(thresholds.forShipment(carrier, it.key().section(u'/', 1)), it.key().left(60), problems);
    }
    // What it writes reads back the same, without complaint.
    QStringList again;
    if (ProblemThresholds::fromJson(thresholds.toJson(), &again).toJson() != thresholds.toJson() || !again.isEmpty())
        problems.append(u"toJson() does not read back as written: %1"_s.arg(again.join(u"; "_s).left(200)));
    return problems;
}

// The "problems" target reads its bytes as a shipment and its carrier events. Fixed-size fields,
// so a mutation changes one thing (a sub-status, a time, a zone) and the rest stays; bytes past
// the end read as 0, so every input decodes. Times count from 2026-03-20 00:00 UTC, a Friday a
// week before Europe's spring clock change.
//   byte 0     carrier: % 5 of dhl, ups, fedex, gls, dpd
//   byte 1     service: % 4 of the carrier's (the shop's and the API's spelling, another, none)
//   byte 2     destination country: % 8 of DE, AT, FR, ES, US, GB, none, ZZ (unknown)
//   byte 3     flags: 1 promised date, 2 carrier estimate, 4 expected delivery, 8 no ship date
//   byte 4     ship date: signed, / 8 days from the base date (-16..+15)
//   bytes 5-7  promised date, carrier estimate, expected delivery: signed days from the ship date
//   bytes 8-9  now: unsigned little-endian minutes after the base (0..45 days)
//   then 5 bytes per event (at most problemsMaxEvents), id = its position + 1:
//     sub-status % SubStatusCount; time: signed little-endian minutes from the base (±22 days);
//     zone % 16: 0-11 a UTC offset of problemsOffsets, 12-13 none (Qt::LocalTime), 14 no valid
//     time, 15 Qt::UTC; place % 8 of problemsPlaces ("City, CC" or none, so a parcel can pass a
//     place twice and a scan can repeat).
struct ProblemsInput {
    Shipment shipment;
    QList<TrackingEvent> events;
    QDateTime now;
    QDate expectedDelivery;
};

inline constexpr int problemsHeaderSize = 10;
inline constexpr int problemsEventSize = 5;
inline constexpr int problemsMaxEvents = 128;
inline constexpr int problemsOffsets[] = {0, 3600, 7200, 10800, -18000, -14400, -25200, -28800, 19800, 32400, 50400, -43200};

inline const QStringList &problemsPlaces()
{
    static const QStringList places{u"Hamburg, DE"_s, u"Kassel, DE"_s, u"Frankfurt, DE"_s, u"Leipzig, DE"_s,
                                    u"Paris, FR"_s, u"Madrid, ES"_s, u"Louisville, US"_s, QString()};
    return places;
}

inline ProblemsInput decodeProblems(const QByteArray &bytes)
{
    const auto byte = [&](qsizetype i) { return i < bytes.size() ? uchar(bytes.at(i)) : uchar(0); };
    const auto signedByte = [&](qsizetype i) { return int(qint8(byte(i))); };
    const auto signedWord = [&](qsizetype i) { return int(qint16(quint16(byte(i) | (byte(i + 1) << 8)))); };
    static const QStringList carriers{u"dhl"_s, u"ups"_s, u"fedex"_s, u"gls"_s, u"dpd"_s};
    static const QList<QStringList> services{
        {u"Paket"_s, u"Paket International"_s, u"DHL Paket International"_s, QString()},
        {u"Standard"_s, u"UPS Standard"_s, u"Express Saver"_s, QString()},
        {u"International Economy"_s, u"FedEx International Economy"_s, u"Ground"_s, QString()},
        {u"EuroBusinessParcel"_s, u"GLS EuroBusinessParcel"_s, u"BusinessParcel"_s, QString()},
        {u"Classic"_s, u"DPD CLASSIC"_s, u"Express"_s, QString()}};
    static const QStringList countries{u"DE"_s, u"AT"_s, u"FR"_s, u"ES"_s, u"US"_s, u"GB"_s, QString(), u"ZZ"_s};
    const QDate baseDate(2026, 3, 20);
    const qint64 base = QDateTime(baseDate, QTime(0, 0), Qt::UTC).toSecsSinceEpoch();

    ProblemsInput input;
    Shipment &s = input.shipment;
    const int carrier = byte(0) % 5;
    s.carrier = carriers[carrier];
    s.service = services[carrier][byte(1) % 4];
    s.countryCode = countries[byte(2) % 8];
    s.trackingNumber = u"SHIPDECKFUZZ0000000001"_s;
    const uchar flags = byte(3);
    const QDate shipDate = baseDate.addDays(signedByte(4) / 8);
    if (!(flags & 8))
        s.shipDate = shipDate;
    if (flags & 1)
        s.promisedDate = shipDate.addDays(signedByte(5));
    if (flags & 2)
        s.carrierEstimate = shipDate.addDays(signedByte(6));
    if (flags & 4)
        input.expectedDelivery = shipDate.addDays(signedByte(7));
    input.now = QDateTime::fromSecsSinceEpoch(base + qint64(quint16(byte(8) | (byte(9) << 8))) * 60, Qt::UTC);

    const qsizetype count = std::min<qsizetype>((bytes.size() - problemsHeaderSize) / problemsEventSize, problemsMaxEvents);
    for (qsizetype i = 0; i < count; ++i) {
        const qsizetype at = problemsHeaderSize + i * problemsEventSize;
        TrackingEvent e;
        e.id = i + 1;
        e.subStatus = SubStatus(byte(at) % SubStatusCount);
        e.carrierCode = Taxonomy::subStatusKey(e.subStatus);
        const qint64 instant = base + qint64(signedWord(at + 1)) * 60;
        const int zone = byte(at + 3) % 16;
        if (zone < 12) {
            e.occurredAt = QDateTime::fromSecsSinceEpoch(instant, Qt::OffsetFromUTC, problemsOffsets[zone]);
        } else if (zone < 14) { // the carrier's wall clock, without saying where
            e.occurredAt = QDateTime::fromSecsSinceEpoch(instant, Qt::UTC);
            e.occurredAt.setTimeSpec(Qt::LocalTime);
        } else if (zone == 15) {
            e.occurredAt = QDateTime::fromSecsSinceEpoch(instant, Qt::UTC);
        }
        e.location = problemsPlaces()[byte(at + 4) % problemsPlaces().size()];
        input.events.append(e);
    }
    return input;
}

// Every note points at an event and says why; the events used and those set aside are all of
// them, each once.
inline void checkFacts(const ShipmentFacts &facts, qsizetype eventCount, const QString &what, QStringList &problems)
{
    QList<bool> setAside(eventCount, false);
    qsizetype setAsideCount = 0;
    for (const EventNote &note : facts.notes) {
        if (note.index < 0 || note.index >= eventCount) {
            problems.append(u"%1: a note on event %2 of %3"_s.arg(what).arg(note.index).arg(eventCount));
            continue;
        }
        if (note.reason.trimmed().isEmpty())
            problems.append(u"%1: a note on event %2 without a reason"_s.arg(what).arg(note.index));
        if (!note.setAside)
            continue;
        if (setAside[note.index])
            problems.append(u"%1: event %2 set aside twice"_s.arg(what).arg(note.index));
        setAside[note.index] = true;
        ++setAsideCount;
    }
    if (facts.usableEvents + setAsideCount != eventCount)
        problems.append(u"%1: %2 events used and %3 set aside, of %4"_s.arg(what).arg(facts.usableEvents).arg(setAsideCount).arg(eventCount));
}

// Every problem says which rule and why, since when (not in the future), and each type comes once.
inline void checkDetected(const QList<DetectedProblem> &detected, const QDateTime &latest, const QString &what, QStringList &problems)
{
    QList<bool> seen(ProblemTypeCount, false);
    for (const DetectedProblem &p : detected) {
        const QString type = ProblemTypes::key(p.type);
        if (p.rule.isEmpty() || p.evidence.trimmed().isEmpty())
            problems.append(u"%1: %2 without a rule or evidence (rule \"%3\")"_s.arg(what, type, p.rule));
        if (!p.since.isValid() || p.since > latest)
            problems.append(u"%1: %2 (%3) since %4, after now and its tolerance (%5)"_s
                                .arg(what, type, p.rule, p.since.toString(Qt::ISODate), latest.toString(Qt::ISODate)));
        if (seen[int(p.type)])
            problems.append(u"%1: %2 twice"_s.arg(what, type));
        seen[int(p.type)] = true;
    }
}

// What makes a case: its type, since when and by which rule.
inline QString caseList(const QList<DetectedProblem> &detected)
{
    QStringList cases;
    for (const DetectedProblem &p : detected)
        cases.append(u"%1 %2 since %3"_s.arg(ProblemTypes::key(p.type), p.rule, p.since.toString(Qt::ISODate)));
    return cases.join(u", "_s);
}

// The events as a delivered parcel's history, for the scan-gap norms: a delivery an hour after
// the newest event when they hold none.
inline ScanGapNorms learnedNorms(const ProblemsInput &input)
{
    ShipmentRecord record{input.shipment, input.events};
    const bool delivered = std::any_of(record.events.cbegin(), record.events.cend(),
                                       [](const TrackingEvent &e) { return e.status() == Status::Delivered && e.occurredAt.isValid(); });
    QDateTime newest;
    for (const TrackingEvent &e : std::as_const(record.events)) {
        if (e.occurredAt.isValid() && (!newest.isValid() || e.occurredAt > newest))
            newest = e.occurredAt;
    }
    if (!delivered && newest.isValid()) {
        TrackingEvent delivery;
        delivery.subStatus = SubStatus::Delivered;
        delivery.occurredAt = newest.addSecs(3600);
        record.events.append(delivery);
    }
    ScanGapNorms norms(1); // one parcel is all there is: let it count
    norms.learn(record);
    return norms;
}

// Shipment facts and the rules, with and without scan-gap norms: they must hold their promises,
// give the same answer twice and, when no two events happened at the same instant, the same
// cases whatever order the events came in.
inline QStringList exerciseProblems(const QByteArray &bytes)
{
    QStringList problems;
    const ProblemsInput input = decodeProblems(bytes);
    const QList<TrackingEvent> &events = input.events;
    static const ProblemEngine plain(ProblemThresholds::defaults());
    const ProblemEngine withNorms(ProblemThresholds::defaults(), std::make_shared<const ScanGapNorms>(learnedNorms(input)));
    const RuleThresholds &t = plain.thresholdsFor(input.shipment);
    const QDateTime latest = input.now.addSecs(qint64(t.futureToleranceMinutes) * 60);

    const ShipmentFacts facts = ShipmentFacts::build(input.shipment, events, input.now, t);
    checkFacts(facts, events.size(), u"facts"_s, problems);
    QList<QList<DetectedProblem>> results;
    for (const ProblemEngine *engine : {&plain, &withNorms}) {
        const QString what = engine == &plain ? u"evaluate"_s : u"evaluate with norms"_s;
        const QList<DetectedProblem> detected = engine->evaluate(facts, input.now, input.expectedDelivery);
        checkDetected(detected, latest, what, problems);
        if (engine->evaluate(facts, input.now, input.expectedDelivery) != detected)
            problems.append(u"%1 twice gave different answers"_s.arg(what));
        if (engine->evaluate(input.shipment, events, input.now, input.expectedDelivery) != detected)
            problems.append(u"%1 of the shipment and its events differs from that of their facts"_s.arg(what));
        results.append(detected);
    }

    // Carriers send the same scan again: every event reported twice is noise, and changes nothing.
    const QList<TrackingEvent> twice = events + events;
    const ShipmentFacts twiceFacts = ShipmentFacts::build(input.shipment, twice, input.now, t);
    checkFacts(twiceFacts, twice.size(), u"facts of every event twice"_s, problems);
    if (twiceFacts.usableEvents != facts.usableEvents)
        problems.append(u"every event twice, %1 events are used instead of %2"_s.arg(twiceFacts.usableEvents).arg(facts.usableEvents));
    if (const QList<DetectedProblem> again = plain.evaluate(twiceFacts, input.now, input.expectedDelivery); again != results[0])
        problems.append(u"every event twice: [%1] instead of [%2]"_s.arg(caseList(again), caseList(results[0])));

    // An event without a zone is read as UTC (core/problems/README.md) on any machine: on one far
    // from UTC, the same wall-clock times given as UTC must make the same cases.
    QList<TrackingEvent> inUtc = events;
    bool withoutZone = false; // (QDateTime's == compares instants, which depend on the machine's zone)
    for (TrackingEvent &e : inUtc) {
        if (e.occurredAt.timeSpec() == Qt::LocalTime) {
            e.occurredAt = QDateTime(e.occurredAt.date(), e.occurredAt.time(), Qt::UTC);
            withoutZone = true;
        }
    }
    if (withoutZone) {
        const ShipmentFacts utcFacts = ShipmentFacts::build(input.shipment, inUtc, input.now, t);
        const QString expected = caseList(plain.evaluate(utcFacts, input.now, input.expectedDelivery));
        const MachineZone chatham("Pacific/Chatham"); // UTC+12:45, +13:45 in its summer: a weekday apart
        const ShipmentFacts away = ShipmentFacts::build(input.shipment, events, input.now, t);
        const QString got = caseList(plain.evaluate(away, input.now, input.expectedDelivery));
        if (away.usableEvents != utcFacts.usableEvents || got != expected)
            problems.append(u"events without a zone are not read as UTC: %1 events used and [%2], given as UTC %3 and [%4]"_s
                                .arg(away.usableEvents).arg(got).arg(utcFacts.usableEvents).arg(expected));
    }

    QList<qint64> instants;
    for (const TrackingEvent &e : events) {
        if (e.occurredAt.isValid())
            instants.append(e.occurredAt.toSecsSinceEpoch());
    }
    std::sort(instants.begin(), instants.end());
    if (std::adjacent_find(instants.cbegin(), instants.cend()) != instants.cend())
        return problems; // events at one instant keep their order of arrival: that may matter
    QList<TrackingEvent> reversed(events.crbegin(), events.crend());
    const ShipmentFacts reversedFacts = ShipmentFacts::build(input.shipment, reversed, input.now, t);
    checkFacts(reversedFacts, reversed.size(), u"facts of the events reversed"_s, problems);
    if (reversedFacts.usableEvents != facts.usableEvents)
        problems.append(u"reversed, %1 events are used instead of %2"_s.arg(reversedFacts.usableEvents).arg(facts.usableEvents));
    for (const ProblemEngine *engine : {&plain, &withNorms}) {
        const QString expected = caseList(results[engine == &plain ? 0 : 1]);
        const QString got = caseList(engine->evaluate(reversedFacts, input.now, input.expectedDelivery));
        if (got != expected)
            problems.append(u"%1 of the events reversed: [%2] instead of [%3]"_s
                                .arg(engine == &plain ? u"evaluate"_s : u"evaluate with norms"_s, got, expected));
    }
    return problems;
}

inline QStringList exercise(const QString &target, const QByteArray &bytes)
{
    if (target == u"problems")
        return exerciseProblems(bytes);
    if (target == u"thresholds")
        return exerciseThresholds(bytes);
    if (target == u"csvimport")
        return exerciseCsvImport(bytes);
    if (target == u"carriertime")
        return exerciseCarrierTime(bytes);
    if (target == u"classifier")
        return exerciseClassifier(bytes);
    if (const CarrierAdapter *adapter = registry().adapter(target))
        return exerciseCarrier(*adapter, bytes);
    return {u"unknown fuzz target \"%1\""_s.arg(target)};
}

// The body of every LLVMFuzzerTestOneInput: a broken promise aborts, so libFuzzer keeps the input.
inline int fuzzOne(const QString &target, const uint8_t *data, size_t size)
{
    static const bool quiet = [] {
        qInstallMessageHandler([](QtMsgType, const QMessageLogContext &, const QString &) {});
        return true;
    }();
    Q_UNUSED(quiet);
    const QStringList problems = exercise(target, QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    for (const QString &problem : problems)
        std::fprintf(stderr, "fuzz_%s: %s\n", qPrintable(target), qPrintable(problem));
    if (!problems.isEmpty())
        std::abort();
    return 0;
}

} // namespace FuzzDriver
