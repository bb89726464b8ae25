// shipdeck: the operations console. Parses options, opens the database (the embedded SQLite
// default unless told otherwise), fills an empty one with demo shipments, and shows the window.

#include "demo/demoseeder.h"
#include "mainwindow.h"
#include "model/shipmentcolumns.h"
#include "storage/database.h"
#include "storage/shipmentrepository.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFutureWatcher>
#include <QIcon>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPromise>
#include <QSettings>
#include <QTimer>
#include <QtConcurrent>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

constexpr int DefaultDemoCount = 10000;

struct Options {
    DatabaseConfig database;
    int demoCount = -1; // -1: only into an empty database
    quint64 seed = 1;
    QString screenshotPath;
};

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
    const QCommandLineOption screenshotOption(
        u"screenshot"_s, QApplication::translate("main", "Save a picture of the window to FILE once it is shown, then quit."),
        u"FILE"_s);
    parser.addOptions({databaseOption, demoOption, seedOption, screenshotOption});
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
    options.screenshotPath = parser.value(screenshotOption);
    return options;
}

// Generates demo shipments on a worker thread with a cancellable progress dialog.
Outcome seedDemoData(const Options &options, int count)
{
    QProgressDialog dialog(QApplication::translate("main", "Creating %L1 demo shipments…").arg(count),
                           QApplication::translate("main", "Skip"), 0, count);
    dialog.setWindowTitle(u"Shipdeck"_s);
    dialog.setMinimumDuration(500);
    QFutureWatcher<Outcome> watcher;
    QObject::connect(&watcher, &QFutureWatcher<Outcome>::progressValueChanged, &dialog, &QProgressDialog::setValue);
    QObject::connect(&watcher, &QFutureWatcher<Outcome>::finished, &dialog, &QProgressDialog::reset);
    QObject::connect(&dialog, &QProgressDialog::canceled, &watcher, &QFutureWatcher<Outcome>::cancel);

    const DemoSeeder seeder(options.database, options.seed, QDateTime::currentDateTimeUtc());
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

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
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
    const int demoCount = options->demoCount >= 0 ? options->demoCount : (stored == 0 ? DefaultDemoCount : 0);
    if (demoCount > 0) {
        if (Outcome seeded = seedDemoData(*options, demoCount); !seeded) {
            reportError(QApplication::translate("main", "Shipdeck could not create demo data"), seeded.error());
            return 1;
        }
    }

    ShipmentColumns shipments;
    if (Outcome loaded = repository.loadShipments(shipments); !loaded) {
        reportError(QApplication::translate("main", "Shipdeck cannot read its database"), loaded.error());
        return 1;
    }
    QSettings settings;
    MainWindow window(shipments, repository, settings);
    window.show();

    if (!options->screenshotPath.isEmpty()) {
        QTimer::singleShot(1500, &window, [&window, path = options->screenshotPath] {
            if (!window.grab().save(path))
                std::fprintf(stderr, "shipdeck: could not save the screenshot to %s\n", qPrintable(path));
            QApplication::quit();
        });
    }
    return app.exec();
}
