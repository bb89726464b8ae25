// shipdeck: the operations console. Parses options, opens the database (the embedded SQLite
// default unless told otherwise), fills an empty one with demo shipments, and shows the window.

#include "carriers/carrierregistry.h"
#include "communication/messagelog.h"
#include "communication/surveyresponsestore.h"
#include "demo/demoseeder.h"
#include "demo/sandboxprocess.h"
#include "carriersettingsdialog.h"
#include "importdialog.h"
#include "mainwindow.h"
#include "shipmentdetailpane.h"
#include "model/shipmentcolumns.h"
#include "problemqueue.h"
#include "problems/deliverypredictor.h"
#include "problems/thresholdsfile.h"
#include "storage/database.h"
#include "storage/databaseproperties.h"
#include "storage/deliveryhistory.h"
#include "storage/shipmentloader.h"
#include "storage/shipmentrepository.h"
#include "tracking/carrierconfig.h"
#include "tracking/credentialstore.h"
#include "tracking/poller.h"
#include "tracking/trackingthread.h"
#include "i18n/translationinstaller.h"
#include "lookup/lookupservice.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QTableView>
#include <QCommandLineParser>
#include <QFile>
#include <QFutureWatcher>
#include <QIcon>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QProgressDialog>
#include <QPromise>
#include <QSettings>
#include <QThread>
#include <QTimer>
#include <QtConcurrent>

#include <cstdio>

#include <sys/resource.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

constexpr int DefaultDemoCount = 10000;

struct Options {
    DatabaseConfig database;
    int demoCount = -1; // -1: only into an empty database
    quint64 seed = 1;
    double speed = 60;
    bool tracking = true;
    QString screenshotPath;
    bool reportStartup = false;
};

// How the database's demo data was made: the sandbox needs it to give every demo parcel the
// journey it was made from. Kept in the database, so it holds for every console sharing it.
struct DemoFacts {
    quint64 seed = 0;
    QDateTime madeAt;
    int count = 0;
    QDateTime simulatedNow; // where the demo's simulated clock stood when the console last closed

    static std::optional<DemoFacts> read(Database &database);
    Outcome write(Database &database) const;
};

std::optional<DemoFacts> DemoFacts::read(Database &database)
{
    const DatabaseProperties properties(database);
    std::optional<QString> seed, madeAt, count, simulatedNow;
    if (!properties.read(u"demo.seed"_s, seed) || !properties.read(u"demo.made_at"_s, madeAt)
        || !properties.read(u"demo.count"_s, count) || !properties.read(u"demo.simulated_now"_s, simulatedNow)
        || !seed || !madeAt || !count)
        return std::nullopt;
    DemoFacts facts{seed->toULongLong(), QDateTime::fromString(*madeAt, Qt::ISODate), count->toInt(), {}};
    facts.simulatedNow = simulatedNow ? QDateTime::fromString(*simulatedNow, Qt::ISODate) : facts.madeAt;
    return facts;
}

Outcome DemoFacts::write(Database &database) const
{
    DatabaseProperties properties(database);
    for (const auto &[name, value] : {std::pair{u"demo.seed"_s, QString::number(seed)},
                                      {u"demo.made_at"_s, madeAt.toString(Qt::ISODate)},
                                      {u"demo.count"_s, QString::number(count)},
                                      {u"demo.simulated_now"_s, simulatedNow.toString(Qt::ISODate)}}) {
        if (Outcome written = properties.write(name, value); !written)
            return written;
    }
    return Outcome::success();
}

void reportError(const QString &title, const QString &message)
{
    std::fprintf(stderr, "shipdeck: %s: %s\n", qPrintable(title), qPrintable(message));
    if (qEnvironmentVariable("QT_QPA_PLATFORM") != u"offscreen"_s)
        QMessageBox::critical(nullptr, title, message);
}

std::optional<Options> parseOptions(const QApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Shipdeck operations console"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption databaseOption(
        u"database"_s,
        QApplication::translate("main", "Database to use: a SQLite file path, sqlite:///path, or "
                                        "postgresql://user@host:port/dbname (default: shipdeck.sqlite in the user's data folder)."),
        u"url"_s);
    const QCommandLineOption demoOption(
        u"demo-data"_s,
        QApplication::translate("main", "Add N demo shipments to the database. Without this option an empty database "
                                        "gets %1; 0 adds none.").arg(DefaultDemoCount),
        u"N"_s);
    const QCommandLineOption seedOption(u"seed"_s, QApplication::translate("main", "Seed for the demo data (default 1)."),
                                        u"S"_s, u"1"_s);
    const QCommandLineOption speedOption(
        u"speed"_s, QApplication::translate("main", "Demo only: simulated seconds per real second (default 60)."), u"X"_s, u"60"_s);
    const QCommandLineOption noTrackingOption(
        u"no-tracking"_s, QApplication::translate("main", "Do not poll carriers (and start no sandbox for the demo)."));
    const QCommandLineOption screenshotOption(
        u"screenshot"_s, QApplication::translate("main", "Save a picture of the window to FILE once it is shown (and, when tracking, once the first poll is in), then quit."),
        u"FILE"_s);
    const QCommandLineOption reportStartupOption(
        u"report-startup"_s,
        QApplication::translate("main", "Print how long the table took to show and to load every shipment, and the "
                                        "peak memory, as JSON; then quit (for benchmarks)."));
    parser.addOptions({databaseOption, demoOption, seedOption, speedOption, noTrackingOption, screenshotOption,
                       reportStartupOption});
    parser.process(app);

    Options options;
    options.database = DatabaseConfig::defaultSqlite();
    if (parser.isSet(databaseOption)) {
        QString error;
        const auto config = DatabaseConfig::fromString(parser.value(databaseOption), &error);
        if (!config) {
            reportError(QApplication::translate("main", "Invalid --database"), error);
            return std::nullopt;
        }
        options.database = *config;
    }
    bool ok = true;
    if (parser.isSet(demoOption)) {
        options.demoCount = parser.value(demoOption).toInt(&ok);
        if (!ok || options.demoCount < 0) {
            reportError(QApplication::translate("main", "Invalid --demo-data"),
                        QApplication::translate("main", "\"%1\" is not a number of shipments").arg(parser.value(demoOption)));
            return std::nullopt;
        }
    }
    options.seed = parser.value(seedOption).toULongLong(&ok);
    if (!ok) {
        reportError(QApplication::translate("main", "Invalid --seed"),
                    QApplication::translate("main", "\"%1\" is not a whole number").arg(parser.value(seedOption)));
        return std::nullopt;
    }
    options.speed = parser.value(speedOption).toDouble(&ok);
    if (!ok || options.speed <= 0) {
        reportError(QApplication::translate("main", "Invalid --speed"),
                    QApplication::translate("main", "\"%1\" is not a positive number").arg(parser.value(speedOption)));
        return std::nullopt;
    }
    options.tracking = !parser.isSet(noTrackingOption);
    options.screenshotPath = parser.value(screenshotOption);
    options.reportStartup = parser.isSet(reportStartupOption);
    return options;
}

// Generates demo shipments on a worker thread with a cancellable progress dialog.
Outcome seedDemoData(const Options &options, int count, const QDateTime &now)
{
    QProgressDialog dialog(QApplication::translate("main", "Creating %L1 demo shipments…").arg(count),
                           QApplication::translate("main", "Skip"), 0, count);
    dialog.setWindowTitle(u"Shipdeck"_s);
    dialog.setMinimumDuration(500);
    QFutureWatcher<Outcome> watcher;
    QObject::connect(&watcher, &QFutureWatcher<Outcome>::progressValueChanged, &dialog, &QProgressDialog::setValue);
    QObject::connect(&watcher, &QFutureWatcher<Outcome>::finished, &dialog, &QProgressDialog::reset);
    QObject::connect(&dialog, &QProgressDialog::canceled, &watcher, &QFutureWatcher<Outcome>::cancel);

    const DemoSeeder seeder(options.database, options.seed, now);
    watcher.setFuture(QtConcurrent::run([seeder, count](QPromise<Outcome> &promise) {
        promise.setProgressRange(0, count);
        promise.addResult(seeder.seed(count, [&promise](int done, int) {
            promise.setProgressValue(done);
            return !promise.isCanceled();
        }));
    }));
    dialog.exec();
    watcher.waitForFinished();
    return watcher.future().resultCount() > 0 ? watcher.result() : Outcome::success();
}

// Expected deliveries for the detail pane, learned on a worker thread through a connection of its
// own (a connection belongs to its thread). Null, with the reason on stderr, if the history cannot be read.
std::shared_ptr<const DeliveryPredictor> learnDeliveries(const DatabaseConfig &config, const QDateTime &now)
{
    Database database(config);
    auto predictor = std::make_shared<DeliveryPredictor>();
    Outcome outcome = database.open();
    if (outcome)
        outcome = DeliveryHistory(database).train(*predictor, now);
    if (!outcome) {
        std::fprintf(stderr, "shipdeck: %s\n", qPrintable(outcome.error()));
        return nullptr;
    }
    return predictor;
}

// Seeds an empty (or, with --demo-data, any) database with demo shipments and records how, so the
// sandbox can replay their journeys. Returns the database's demo facts, if it is a demo database.
std::optional<DemoFacts> prepareDemo(Database &database, const Options &options, qint64 stored, QString *error)
{
    std::optional<DemoFacts> facts = DemoFacts::read(database);
    const int count = options.demoCount >= 0 ? options.demoCount : (stored == 0 ? DefaultDemoCount : 0);
    if (count == 0)
        return facts;
    const bool sameDemo = facts && facts->seed == options.seed;
    const QDateTime madeAt = sameDemo ? facts->madeAt : QDateTime::currentDateTimeUtc();
    if (Outcome seeded = seedDemoData(options, count, madeAt); !seeded) {
        *error = seeded.error();
        return std::nullopt;
    }
    if (facts && !sameDemo)
        return facts; // demo data of another seed was added: the sandbox keeps replaying the first
    DemoFacts made{options.seed, madeAt, std::max(count, facts ? facts->count : 0), facts ? facts->simulatedNow : madeAt};
    if (Outcome written = made.write(database); !written) {
        *error = written.error();
        return std::nullopt;
    }
    return made;
}

// The carriers to poll: the demo's sandbox, or the accounts set up in the settings and keyring.
QMap<QString, CarrierSettings> carrierSettings(const CarrierRegistry &carriers, SandboxProcess *sandbox,
                                               const QSettings &settings, CredentialStore &credentials,
                                               QStringList *problems)
{
    if (sandbox)
        return CarrierConfig::sandbox(carriers, quint16(sandbox->baseUrl().port()));
    return CarrierConfig::load(carriers, settings, credentials, problems);
}

// The process's peak resident memory in KiB (what /proc calls VmHWM).
qint64 peakResidentKiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

qint64 currentResidentKiB()
{
    QFile statm(u"/proc/self/statm"_s);
    if (!statm.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> pages = statm.readAll().split(' ');
    return pages.size() > 1 ? pages.at(1).toLongLong() * (sysconf(_SC_PAGESIZE) / 1024) : -1;
}

// --report-startup: notes when the table first painted rows, when the last chunk was in (with the
// peak memory then), when lookups found every shipment by its numbers and e-mail, by its name and
// phone, and by both, and the resident and peak memory once the console is idle after that; prints
// them as one JSON line and quits.
class StartupReport : public QObject
{
public:
    static constexpr int IdleMs = 1000; // after the index is built: held updates applied, workers gone

    StartupReport(const QElapsedTimer &sinceStart, QTableView &table, const ShipmentColumns &shipments,
                  const LookupService &lookup)
        : m_sinceStart(sinceStart), m_table(table), m_shipments(shipments), m_lookup(lookup)
    {
        m_table.viewport()->installEventFilter(this);
        connect(&lookup, &LookupService::numbersReady, this, &StartupReport::lookupProgressed);
        connect(&lookup, &LookupService::namesReady, this, &StartupReport::lookupProgressed);
        connect(&lookup, &LookupService::indexReady, this, &StartupReport::lookupProgressed);
    }

    void loaded()
    {
        m_loadedMs = m_sinceStart.elapsed();
        finishWhenBoth();
        lookupProgressed();
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && m_interactiveMs < 0 && m_table.model()->rowCount() > 0) {
            // After this paint returns the window is on screen with rows in it.
            QTimer::singleShot(0, this, [this] {
                m_interactiveMs = m_sinceStart.elapsed();
                finishWhenBoth();
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    void finishWhenBoth()
    {
        if (m_interactiveMs < 0 || m_loadedMs < 0 || m_loadedPeakKiB >= 0)
            return;
        m_loadedPeakKiB = peakResidentKiB();
        finishWhenAll();
    }

    void lookupProgressed()
    {
        if (m_loadedMs < 0)
            return;
        if (m_lookupNumbersMs < 0 && m_lookup.indexedRows() == m_shipments.size())
            m_lookupNumbersMs = m_sinceStart.elapsed();
        if (m_lookupNamesMs < 0 && m_lookup.namedRows() == m_shipments.size())
            m_lookupNamesMs = m_sinceStart.elapsed();
        if (m_lookupReadyMs >= 0 || m_lookupNumbersMs < 0 || m_lookupNamesMs < 0 || m_lookup.isBuilding())
            return;
        m_lookupReadyMs = m_sinceStart.elapsed();
        QTimer::singleShot(IdleMs, this, [this] {
            m_idleResidentKiB = currentResidentKiB();
            m_idlePeakKiB = peakResidentKiB();
            finishWhenAll();
        });
    }

    void finishWhenAll()
    {
        if (m_loadedPeakKiB < 0 || m_idlePeakKiB < 0)
            return;
        std::printf("{\"interactive_ms\":%lld,\"loaded_ms\":%lld,\"rows\":%lld,\"peak_rss_kib\":%lld,"
                    "\"lookup_numbers_ms\":%lld,\"lookup_names_ms\":%lld,\"lookup_ready_ms\":%lld,\"idle_rss_kib\":%lld,"
                    "\"idle_peak_rss_kib\":%lld}\n",
                    m_interactiveMs, m_loadedMs, qint64(m_shipments.size()), m_loadedPeakKiB, m_lookupNumbersMs,
                    m_lookupNamesMs, m_lookupReadyMs, m_idleResidentKiB, m_idlePeakKiB);
        std::fflush(stdout);
        QApplication::quit();
    }

    const QElapsedTimer &m_sinceStart;
    QTableView &m_table;
    const ShipmentColumns &m_shipments;
    const LookupService &m_lookup;
    qint64 m_interactiveMs = -1;
    qint64 m_loadedMs = -1;
    qint64 m_loadedPeakKiB = -1;
    qint64 m_lookupNumbersMs = -1;
    qint64 m_lookupNamesMs = -1;
    qint64 m_lookupReadyMs = -1;
    qint64 m_idleResidentKiB = -1;
    qint64 m_idlePeakKiB = -1;
};

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    QApplication app(argc, argv);
    // The user's locale (LANG, LC_ALL) picks the catalogue and the date and number formats.
    TranslationInstaller::install(app, QLocale::system());
    QApplication::setOrganizationName(u"Shipdeck"_s);
    QApplication::setApplicationName(u"Shipdeck"_s);
    QApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));
    QApplication::setWindowIcon(QIcon(u":/shipdeck/shipdeck.svg"_s));

    const std::optional<Options> options = parseOptions(app);
    if (!options)
        return 2;

    Database database(options->database);
    if (Outcome opened = database.open(); !opened) {
        reportError(QApplication::translate("main", "Shipdeck cannot open its database"), opened.error());
        return 1;
    }
    ShipmentRepository repository(database);
    qint64 stored = 0;
    if (Outcome counted = repository.countShipments(stored); !counted) {
        reportError(QApplication::translate("main", "Shipdeck cannot read its database"), counted.error());
        return 1;
    }
    QString error;
    std::optional<DemoFacts> demo = prepareDemo(database, *options, stored, &error);
    if (!error.isEmpty()) {
        reportError(QApplication::translate("main", "Shipdeck could not create demo data"), error);
        return 1;
    }

    // The first chunk now, so the window opens with rows; the rest on worker threads while it shows.
    ShipmentColumns shipments;
    qint64 firstId = 0, lastId = 0;
    Outcome loaded = repository.idRange(firstId, lastId);
    if (loaded)
        loaded = repository.loadShipments(shipments, firstId, firstId + ShipmentLoader::ChunkIds);
    if (!loaded) {
        reportError(QApplication::translate("main", "Shipdeck cannot read its database"), loaded.error());
        return 1;
    }

    // A demo database is tracked through the carrier sandbox, on a simulated clock that picks up
    // where the demo stood when the console last closed, so parcels move on while you watch.
    const SystemClock wallClock;
    std::unique_ptr<Clock> domainClock = std::make_unique<SystemClock>();
    std::unique_ptr<SandboxProcess> sandbox;
    QStringList trackingProblems;
    if (options->tracking && demo) {
        sandbox = std::make_unique<SandboxProcess>();
        const SandboxProcess::Options sandboxOptions{SandboxProcess::besideThisProgram(), demo->seed, demo->madeAt,
                                                     demo->count, demo->simulatedNow, options->speed};
        if (Outcome started = sandbox->start(sandboxOptions); !started) {
            trackingProblems.append(started.error());
            sandbox.reset();
        } else {
            domainClock = std::make_unique<ScaledClock>(demo->simulatedNow, options->speed, wallClock);
        }
    }

    QSettings settings;
    ProblemCaseStore problemCases(database);
    ProblemQueue problemQueue(problemCases);
    problemQueue.setClock(*domainClock);
    const MessageLog messages(database);
    const SurveyResponseStore surveys(database);
    MainWindow window(shipments, repository, settings);
    window.setClock(*domainClock);
    window.setProblemQueue(&problemQueue);
    window.detailPane()->setCommunication(messages, surveys);

    // The detection thresholds the installation chose; a bad file is named, the defaults stand in.
    QStringList thresholdProblems;
    const ProblemThresholds thresholds = ThresholdsFile::load(settings, &thresholdProblems);
    window.detailPane()->setProblemThresholds(thresholds);
    if (!thresholdProblems.isEmpty()) {
        const QString message = thresholdProblems.join(u'\n');
        std::fprintf(stderr, "shipdeck: %s\n", qPrintable(message));
        auto *box = new QMessageBox(QMessageBox::Warning, QApplication::translate("main", "Shipdeck could not use every problem threshold"),
                                    message, QMessageBox::Ok, &window);
        box->setAttribute(Qt::WA_DeleteOnClose);
        QTimer::singleShot(0, box, [box] { box->open(); }); // once the window shows, without holding up start-up
    }

    const CarrierRegistry carriers;
    CredentialStore credentials(CredentialStore::defaultService());
    std::unique_ptr<TrackingThread> tracking;
    // Expected deliveries for the detail pane and the table: learned off the GUI thread now, and
    // again every hour while nothing polls; a running poller retrains its own every hour and hands
    // over a copy (deliveryPredictorLearned), so the history is not read twice.
    QFutureWatcher<std::shared_ptr<const DeliveryPredictor>> learning;
    QObject::connect(&learning, &QFutureWatcherBase::finished, &window, [&] {
        if (std::shared_ptr<const DeliveryPredictor> predictor = learning.result())
            window.setDeliveryPredictor(std::move(predictor));
    });
    const auto learn = [&] {
        if (!learning.isRunning() && !tracking)
            learning.setFuture(QtConcurrent::run(learnDeliveries, options->database, domainClock->now()));
    };
    QTimer relearning;
    relearning.callOnTimeout(learn);
    relearning.start(3600 * 1000);
    learn();
    // (Re)starts polling with the accounts as they are now: at start and after the user changed them.
    const auto startTracking = [&] {
        tracking.reset();
        if (!options->tracking || (demo && !sandbox))
            return;
        QMap<QString, CarrierSettings> accounts = carrierSettings(carriers, sandbox.get(), settings, credentials, &trackingProblems);
        if (accounts.isEmpty()) {
            if (trackingProblems.isEmpty())
                trackingProblems.append(QApplication::translate("main", "no carrier account is set up (Settings > Carrier Accounts)"));
            return;
        }
        tracking = std::make_unique<TrackingThread>(carriers, accounts, options->database, *domainClock, wallClock);
        Poller *poller = tracking->poller();
        poller->detectProblemsLearningFromHistory(thresholds);
        QObject::connect(poller, &Poller::deliveryPredictorLearned, &window, &MainWindow::setDeliveryPredictor);
        QObject::connect(poller, &Poller::problemCasesChanged, &problemQueue, &ProblemQueue::applyCaseChanges);
        QObject::connect(poller, &Poller::shipmentsUpdated, &window, &MainWindow::applyShipmentUpdates);
        QObject::connect(poller, &Poller::cycleFinished, &window, &MainWindow::showPollReport);
        QObject::connect(poller, &Poller::failed, &window, &MainWindow::showPollFailure);
        // Demo time runs fast: look for news every few seconds; real carriers every minute.
        tracking->start(sandbox ? 5000 : 60000);
    };
    const auto reportTrackingProblems = [&] {
        if (!trackingProblems.isEmpty())
            window.showPollFailure(std::exchange(trackingProblems, {}).join(u"; "_s));
    };

    QNetworkAccessManager network;
    QObject::connect(&window, &MainWindow::carrierSettingsRequested, &window, [&] {
        CarrierSettingsDialog dialog(carriers, settings, credentials, network, &window);
        if (dialog.exec() != QDialog::Accepted || sandbox)
            return; // the demo polls its sandbox whatever accounts are set up
        startTracking();
        reportTrackingProblems();
    });
    QObject::connect(&window, &MainWindow::shipmentImportRequested, &window, [&] {
        // AfterShip tracks parcels of other carriers: no parcel ships "with AfterShip".
        QStringList importable = carriers.keys();
        importable.removeAll(u"aftership"_s);
        ImportDialog dialog(database.config(), importable, &window);
        QObject::connect(&dialog, &ImportDialog::shipmentsImported, &window, &MainWindow::applyShipmentUpdates);
        dialog.exec();
    });

    std::unique_ptr<StartupReport> startupReport;
    if (options->reportStartup)
        startupReport = std::make_unique<StartupReport>(sinceStart, *window.shipmentTable(), shipments, *window.lookupService());
    // The screenshot waits for the first poll (or, without tracking, for the window to settle).
    const auto shootOnceSettled = [&] {
        const auto shoot = [&window, path = options->screenshotPath] {
            QTimer::singleShot(1000, &window, [&window, path] {
                if (!window.grab().save(path))
                    std::fprintf(stderr, "shipdeck: could not save the screenshot to %s\n", qPrintable(path));
                QApplication::quit();
            });
        };
        if (tracking)
            QObject::connect(tracking->poller(), &Poller::cycleFinished, &window, shoot, Qt::SingleShotConnection);
        else
            shoot();
    };

    // The rest of the stored shipments arrive while the window shows. Tracking starts once all are
    // in: the poller's updates name shipments by id, and a shipment not loaded yet would be added twice.
    ShipmentLoader loader(options->database);
    QObject::connect(&loader, &ShipmentLoader::chunkLoaded, &window, &MainWindow::appendLoadedShipments);
    QObject::connect(&loader, &ShipmentLoader::failed, &window, [](const QString &message) {
        reportError(QApplication::translate("main", "Shipdeck could not read every shipment"), message);
    });
    QObject::connect(&loader, &ShipmentLoader::finished, &window, [&] {
        startTracking();
        reportTrackingProblems();
        if (startupReport)
            startupReport->loaded();
        if (!options->screenshotPath.isEmpty())
            shootOnceSettled();
    });
    window.show();
    loader.start(firstId + ShipmentLoader::ChunkIds, lastId, QThread::idealThreadCount());

    const int exitCode = app.exec();
    learning.waitForFinished(); // its connection closes before the application does
    tracking.reset();
    if (demo && sandbox) {
        demo->simulatedNow = domainClock->now();
        if (Outcome written = demo->write(database); !written)
            std::fprintf(stderr, "shipdeck: %s\n", qPrintable(written.error()));
    }
    return exitCode;
}
