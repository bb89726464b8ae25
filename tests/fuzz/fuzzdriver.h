#pragma once

// What the fuzzers and tst_fuzzregressions do with one input, so a file that crashed a fuzzer
// replays the very same calls in the normal build. Header-only: the fuzz build (clang, libFuzzer)
// and the test build (gcc, Qt Test) both include it.
//
// A target is a carrier key ("dhl", "ups", ...: the bytes are a response body) or "carriertime"
// (CarrierTime::parseIso/parseLocal) or "classifier" (EventTextClassifier::classify) or
// "csvimport" (a shop's CSV file: sniffing, parsing, column mapping, row checks) or "thresholds"
// (a thresholds.json an administrator edited: ProblemThresholds::fromJson). exercise()
// returns the broken promises it saw; crashes, hangs and sanitizer reports speak for themselves.

#include "carriers/aftershipadapter.h"
#include "carriers/carrierregistry.h"
#include "carriers/carriertime.h"
#include "carriers/eventtextclassifier.h"
#include "importexport/columnmapping.h"
#include "importexport/csvreader.h"
#include "importexport/csvsniffer.h"
#include "importexport/shipmentrowreader.h"
#include "problems/problemthresholds.h"

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
    return registry().keys() + QStringList{u"carriertime"_s, u"classifier"_s, u"csvimport"_s, u"thresholds"_s};
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

inline QStringList exercise(const QString &target, const QByteArray &bytes)
{
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
