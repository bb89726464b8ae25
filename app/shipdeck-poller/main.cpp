// shipdeck-poller: the tracking poller without a window, for servers that keep a shared database
// up to date, and a support tool that shows what Shipdeck makes of a saved carrier response.

#include "carriers/carrierregistry.h"
#include "carriers/trackingresultjson.h"
#include "i18n/translationinstaller.h"
#include "model/clock.h"
#include "problems/deliverypredictor.h"
#include "problems/problemengine.h"
#include "problems/problemjson.h"
#include "storage/database.h"
#include "storage/databaseconfig.h"
#include "storage/deliveryhistory.h"
#include "storage/shipmentrepository.h"
#include "tracking/carrierconfig.h"
#include "tracking/credentialstore.h"
#include "problems/scangaphistory.h"
#include "problems/scangapnorms.h"
#include "problems/thresholdsfile.h"
#include "tracking/poller.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSettings>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

int fail(const QString &message)
{
    std::fprintf(stderr, "shipdeck-poller: %s\n", qPrintable(message));
    return 1;
}

void printJsonLine(const QJsonObject &object)
{
    std::printf("%s\n", QJsonDocument(object).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
}

// What --parse --now judges a saved response with: the thresholds, and with --database the
// delivery history, the scan gaps of past deliveries and the stored shipments (the order's destination, ship date and promise).
struct Detection {
    ProblemEngine engine;
    DeliveryPredictor predictor;
    std::unique_ptr<Database> database;
};

// The predictor and the stalled rule's scan-gap norms learn from the database's delivered
// shipments, as the poller's do at its first cycle.
std::optional<Detection> prepareDetection(const ProblemThresholds &thresholds, const std::optional<DatabaseConfig> &config,
                                          const QDateTime &now, QString *error)
{
    if (!config)
        return Detection{ProblemEngine(thresholds), DeliveryPredictor(), nullptr};
    auto database = std::make_unique<Database>(*config);
    auto norms = std::make_shared<ScanGapNorms>();
    DeliveryPredictor predictor;
    Outcome ready = database->open();
    if (ready)
        ready = DeliveryHistory(*database).train(predictor, now);
    if (ready)
        ready = ScanGapHistory(*database).train(*norms, now);
    if (!ready) {
        *error = ready.error();
        return std::nullopt;
    }
    return Detection{ProblemEngine(thresholds, std::move(norms)), std::move(predictor), std::move(database)};
}

// The shipment as stored (lane, ship date, promise), or only what the response says; --promised
// overrides the stored promise. Without a stored ship date the first scan's day stands in, so
// the history can still predict (from the carrier's parcels, not the lane: the lane is unknown).
Shipment shipmentFor(const QString &carrier, const TrackedShipment &tracked, const QDate &promised,
                     const Detection &detection, QString *shipDateFrom, QString *error)
{
    std::optional<Shipment> stored;
    if (detection.database) {
        if (Outcome found = ShipmentRepository(*detection.database).findShipment(carrier, tracked.trackingNumber, stored); !found)
            *error = found.error();
    }
    Shipment shipment = stored.value_or(Shipment{});
    shipment.carrier = carrier;
    shipment.trackingNumber = tracked.trackingNumber;
    if (!tracked.service.isEmpty() || !stored)
        shipment.service = tracked.service;
    if (tracked.carrierEstimate.isValid() || !stored)
        shipment.carrierEstimate = tracked.carrierEstimate;
    if (promised.isValid())
        shipment.promisedDate = promised;
    *shipDateFrom = stored && shipment.shipDate.isValid() ? u"database"_s : QString();
    return shipment;
}

QDate firstScanDay(const QList<TrackingEvent> &events)
{
    QDate first;
    for (const TrackingEvent &event : events) {
        const QDate day = event.occurredAt.date();
        if (day.isValid() && (!first.isValid() || day < first))
            first = day;
    }
    return first;
}

// What the detection engine makes of a parsed shipment at `now`: the problem cases it would have
// open, the expected delivery and the events it could not use.
int addDetection(QJsonObject &json, const QString &carrier, const TrackedShipment &tracked, const QDateTime &now,
                 const QDate &promised, const Detection &detection)
{
    QString shipDateFrom, error;
    const Shipment shipment = shipmentFor(carrier, tracked, promised, detection, &shipDateFrom, &error);
    if (!error.isEmpty())
        return fail(error);
    const ProblemEngine &engine = detection.engine;
    const ShipmentFacts facts = ShipmentFacts::build(shipment, tracked.events, now, engine.thresholdsFor(shipment));
    Shipment forPrediction = shipment;
    if (!forPrediction.shipDate.isValid()) {
        forPrediction.shipDate = firstScanDay(tracked.events);
        if (forPrediction.shipDate.isValid())
            shipDateFrom = u"first_scan"_s;
    }
    const DeliveryEstimate estimate = detection.predictor.estimate(forPrediction, now.date());
    QJsonArray problems;
    for (const DetectedProblem &problem : engine.evaluate(facts, now.toSecsSinceEpoch(), estimate))
        problems.append(ProblemJson::toJson(problem));
    QJsonObject expected = ProblemJson::toJson(estimate);
    if (facts.delivered())
        expected.insert(u"delivered_at"_s, QDateTime::fromSecsSinceEpoch(facts.deliveredAt, Qt::UTC).toString(Qt::ISODate));
    if (shipment.promisedDate.isValid())
        expected.insert(u"promised"_s, shipment.promisedDate.toString(Qt::ISODate));
    if (!shipDateFrom.isEmpty()) {
        expected.insert(u"ship_date"_s, forPrediction.shipDate.toString(Qt::ISODate));
        expected.insert(u"ship_date_from"_s, shipDateFrom);
    }
    if (detection.database)
        expected.insert(u"history_deliveries"_s, detection.predictor.learned());
    json.insert(u"now"_s, now.toUTC().toString(Qt::ISODate));
    json.insert(u"problems"_s, problems);
    json.insert(u"expected_delivery"_s, expected);
    json.insert(u"unusable_events"_s, ProblemJson::notesToJson(facts.notes));
    return 0;
}

int parseSavedResponse(const CarrierRegistry &carriers, const QString &carrier, const QString &path, int httpStatus,
                       const QDateTime &now, const QDate &promised, const Detection &detection)
{
    const CarrierAdapter *adapter = carriers.adapter(carrier);
    if (!adapter)
        return fail(QStringLiteral("unknown carrier \"%1\"; known: %2").arg(carrier, carriers.keys().join(u", "_s)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
    const TrackingResult result = adapter->parseTrackResponse(file.readAll(), httpStatus, {});
    QJsonObject json = TrackingResultJson::toJson(carrier, result);
    if (now.isValid()) {
        QJsonArray shipments = json.value(u"shipments").toArray();
        for (qsizetype i = 0; i < shipments.size(); ++i) {
            QJsonObject shipment = shipments.at(i).toObject();
            if (const int failed = addDetection(shipment, carrier, result.shipments.at(i), now, promised, detection))
                return failed;
            shipments.replace(i, shipment);
        }
        json.insert(u"shipments"_s, shipments);
    }
    std::printf("%s", QJsonDocument(json).toJson(QJsonDocument::Indented).constData());
    return 0;
}

struct SandboxClock {
    QDateTime now;
    double speed = 1;
};

// The sandbox's simulated "now" and speed, so due dates follow the clock its parcels move on.
std::optional<SandboxClock> sandboxClock(const QUrl &sandbox, QString *error)
{
    QNetworkAccessManager network;
    QUrl url = sandbox;
    url.setPath(url.path() + u"/sandbox/clock"_s);
    QNetworkRequest request(url);
    request.setTransferTimeout(10000);
    QNetworkReply *reply = network.get(request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    reply->deleteLater();
    const QJsonObject clock = QJsonDocument::fromJson(reply->readAll()).object();
    const QDateTime now = QDateTime::fromString(clock.value(u"now").toString(), Qt::ISODate);
    if (reply->error() != QNetworkReply::NoError || !now.isValid()) {
        *error = QStringLiteral("the sandbox at %1 did not tell its clock: %2").arg(sandbox.toDisplayString(), reply->errorString());
        return std::nullopt;
    }
    return SandboxClock{now, clock.value(u"speed").toDouble(1)};
}

// Every carrier at the sandbox (loopback only) with placeholder sign-ins; the carriers' documented
// limits unless they are lifted.
QMap<QString, CarrierSettings> sandboxSettings(const CarrierRegistry &carriers, const QUrl &sandbox, bool liftLimits)
{
    QMap<QString, CarrierSettings> settings = CarrierConfig::sandbox(carriers, quint16(sandbox.port()));
    if (!liftLimits) {
        for (auto it = settings.begin(); it != settings.end(); ++it)
            it->limits = carriers.adapter(it.key())->defaultLimits();
    }
    return settings;
}

QJsonObject reportToJson(const PollReport &report)
{
    QJsonObject byCarrier;
    for (auto it = report.requestsByCarrier.constBegin(); it != report.requestsByCarrier.constEnd(); ++it)
        byCarrier.insert(it.key(), it.value());
    return {{u"due"_s, report.shipmentsDue},           {u"updated"_s, report.shipmentsUpdated},
            {u"requests"_s, report.requestsSent},      {u"token_requests"_s, report.tokenRequests},
            {u"rate_limited"_s, report.rateLimited},   {u"retried"_s, report.retried},
            {u"errors"_s, report.errors},              {u"not_yet_known"_s, report.notYetKnown},
            {u"deferred_by_quota"_s, report.deferredByQuota},
            {u"elapsed_ms"_s, report.elapsedMsecs},    {u"requests_by_carrier"_s, byCarrier}};
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // What it prints, and the poll errors it stores for the consoles, follow LANG and LC_ALL, as the console's do.
    TranslationInstaller::install(app, QLocale::system());
    QCoreApplication::setOrganizationName(u"Shipdeck"_s);
    QCoreApplication::setApplicationName(u"Shipdeck"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(u"Shipdeck's tracking poller, without a window."_s);
    parser.addHelpOption();
    const QCommandLineOption parseOption(u"parse"_s, u"Print what Shipdeck makes of a saved carrier response: --parse CARRIER FILE."_s, u"carrier"_s);
    const QCommandLineOption statusOption(u"status"_s, u"HTTP status the saved response came with (default 200)."_s, u"code"_s, u"200"_s);
    const QCommandLineOption databaseOption(u"database"_s, u"Database: SQLite path or postgresql://user@host:port/dbname (default: the console's). With --parse --now: the delivery history and stored shipments to judge with."_s, u"url"_s);
    const QCommandLineOption onceOption(u"once"_s, u"Run one poll cycle, then exit."_s);
    const QCommandLineOption intervalOption(u"interval"_s, u"Seconds between poll cycles (default 60)."_s, u"secs"_s, u"60"_s);
    const QCommandLineOption sandboxOption(u"sandbox"_s, u"Poll the shipdeck-sandbox at URL (e.g. http://127.0.0.1:8080) for every carrier."_s, u"url"_s);
    const QCommandLineOption liftOption(u"lift-limits"_s, u"With --sandbox: ignore the carriers' documented rate limits."_s);
    const QCommandLineOption nowOption(u"now"_s, u"With --parse: also list the problem cases and expected delivery as of TIME (ISO 8601 with zone, e.g. 2026-11-20T18:00:00Z)."_s, u"time"_s);
    const QCommandLineOption promisedOption(u"promised"_s, u"With --parse --now: the delivery date promised to the customer (YYYY-MM-DD)."_s, u"date"_s);
    const QCommandLineOption thresholdsOption(u"thresholds"_s, u"With --parse --now: the thresholds file to judge with (default: the console's, see core/problems/README.md)."_s, u"file"_s);
    parser.addOptions({parseOption, statusOption, nowOption, promisedOption, thresholdsOption, databaseOption, onceOption, intervalOption, sandboxOption, liftOption});
    parser.addPositionalArgument(u"file"_s, u"With --parse: the saved response."_s, u"[FILE]"_s);
    parser.process(app);

    const CarrierRegistry carriers;
    if (parser.isSet(parseOption)) {
        if (parser.positionalArguments().size() != 1)
            return fail(u"--parse needs a carrier and a file: --parse ups response.json"_s);
        QDateTime now;
        if (parser.isSet(nowOption)) {
            now = QDateTime::fromString(parser.value(nowOption), Qt::ISODate);
            if (!now.isValid() || now.timeSpec() == Qt::LocalTime)
                return fail(QStringLiteral("--now needs a time with its zone, like 2026-11-20T18:00:00Z, not \"%1\"").arg(parser.value(nowOption)));
        }
        QDate promised;
        if (parser.isSet(promisedOption)) {
            promised = QDate::fromString(parser.value(promisedOption), Qt::ISODate);
            if (!promised.isValid() || !now.isValid())
                return fail(QStringLiteral("--promised needs a date like 2026-11-20, and --now with it, not \"%1\"").arg(parser.value(promisedOption)));
        }
        // A support tool should judge with exactly the thresholds asked for: a mistake in a file
        // named with --thresholds stops it; the installation's own file warns, as the console does.
        QStringList thresholdProblems;
        const ProblemThresholds thresholds = parser.isSet(thresholdsOption)
            ? ThresholdsFile::load(parser.value(thresholdsOption), &thresholdProblems)
            : ThresholdsFile::load(QSettings(), &thresholdProblems);
        for (const QString &problem : std::as_const(thresholdProblems))
            std::fprintf(stderr, "shipdeck-poller: %s\n", qPrintable(problem));
        if (parser.isSet(thresholdsOption) && !thresholdProblems.isEmpty())
            return fail(QStringLiteral("not judging with %1 until it is fixed").arg(parser.value(thresholdsOption)));
        std::optional<DatabaseConfig> history;
        if (parser.isSet(databaseOption) && now.isValid()) {
            QString error;
            history = DatabaseConfig::fromString(parser.value(databaseOption), &error);
            if (!history)
                return fail(error);
        }
        QString error;
        const std::optional<Detection> detection = prepareDetection(thresholds, history, now, &error);
        if (!detection)
            return fail(error);
        return parseSavedResponse(carriers, parser.value(parseOption), parser.positionalArguments().first(),
                                  parser.value(statusOption).toInt(), now, promised, *detection);
    }

    DatabaseConfig database = DatabaseConfig::defaultSqlite();
    if (parser.isSet(databaseOption)) {
        QString error;
        const auto config = DatabaseConfig::fromString(parser.value(databaseOption), &error);
        if (!config)
            return fail(error);
        database = *config;
    }
    const SystemClock wallClock;
    std::unique_ptr<Clock> domainClock = std::make_unique<SystemClock>();
    QMap<QString, CarrierSettings> accounts;
    if (parser.isSet(sandboxOption)) {
        const QUrl sandbox(parser.value(sandboxOption));
        QString error;
        const auto simulated = sandboxClock(sandbox, &error);
        if (!simulated)
            return fail(error);
        domainClock = std::make_unique<ScaledClock>(simulated->now, simulated->speed, wallClock);
        accounts = sandboxSettings(carriers, sandbox, parser.isSet(liftOption));
    } else {
        // The accounts the console set up: settings from QSettings, secrets from the keyring.
        const QSettings settings;
        CredentialStore credentials(CredentialStore::defaultService());
        QStringList problems;
        accounts = CarrierConfig::load(carriers, settings, credentials, &problems);
        for (const QString &problem : std::as_const(problems))
            std::fprintf(stderr, "shipdeck-poller: %s\n", qPrintable(problem));
        if (accounts.isEmpty())
            return fail(u"no carrier account is set up: use the console's Settings > Carrier Accounts, or --sandbox URL"_s);
    }
    // The thresholds the console uses too; a bad file is named, and the defaults stand in.
    QStringList thresholdProblems;
    const ProblemThresholds thresholds = ThresholdsFile::load(QSettings(), &thresholdProblems);
    for (const QString &problem : std::as_const(thresholdProblems))
        std::fprintf(stderr, "shipdeck-poller: %s\n", qPrintable(problem));
    Poller poller(carriers, accounts, database, *domainClock, wallClock);
    poller.detectProblemsLearningFromHistory(thresholds);
    QObject::connect(&poller, &Poller::failed, &app, [](const QString &message) { fail(message); });
    QObject::connect(&poller, &Poller::cycleFinished, &app, [&](const PollReport &report) {
        printJsonLine(reportToJson(report));
        if (parser.isSet(onceOption))
            QCoreApplication::quit();
    });
    // Started from the event loop, so a cycle that ends at once (nothing due) can still quit it.
    QTimer::singleShot(0, &poller, [&] {
        if (!parser.isSet(onceOption)) {
            poller.start(parser.value(intervalOption).toInt() * 1000);
            return;
        }
        bool finished = false;
        const auto done = QObject::connect(&poller, &Poller::cycleFinished, [&finished] { finished = true; });
        poller.runCycle();
        QObject::disconnect(done);
        if (!finished && !poller.isCycleRunning())
            QCoreApplication::exit(1); // the database could not be used: failed() said why
    });
    return app.exec();
}
