// shipdeck-sandbox: the carriers' tracking APIs on the loopback, answering from simulated journeys
// with realistic faults and rate limits, so the demo, the tests and the benchmarks never reach a
// real carrier. Point a carrier's base URL at http://127.0.0.1:PORT/<carrier>.

#include "aftershipwebhook.h"
#include "model/clock.h"
#include "sandboxserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSocketNotifier>
#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

int signalSockets[2] = { -1, -1 };

// Only async-signal-safe work here: the event loop hears of the signal through the socket.
void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(signalSockets[1], &byte, 1);
}

// SIGTERM and SIGINT end the event loop, so the server closes its port and exits with 0.
bool quitOnSignals(QCoreApplication &app)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalSockets) != 0)
        return false;
    auto *notifier = new QSocketNotifier(signalSockets[0], QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, &QCoreApplication::quit);
    struct sigaction action {
    };
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    return ::sigaction(SIGTERM, &action, nullptr) == 0 && ::sigaction(SIGINT, &action, nullptr) == 0;
}

int fail(const QString &message)
{
    std::fprintf(stderr, "shipdeck-sandbox: %s\n", qPrintable(message));
    return 1;
}

std::optional<QDateTime> timeOption(const QCommandLineParser &parser, const QCommandLineOption &option, QString *error)
{
    if (!parser.isSet(option))
        return QDateTime();
    const QDateTime at = QDateTime::fromString(parser.value(option), Qt::ISODate);
    if (!at.isValid()) {
        *error
            = QStringLiteral("--%1 \"%2\" is no ISO 8601 time").arg(option.names().constFirst(), parser.value(option));
        return std::nullopt;
    }
    return at;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"shipdeck-sandbox"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Loopback sandbox speaking the carriers' tracking APIs (DHL, UPS, FedEx, AfterShip, "
        "GLS, DPD) from simulated journeys. Control endpoints below /sandbox."_s);
    parser.addHelpOption();
    const QCommandLineOption portOption(
        u"port"_s, u"Port on 127.0.0.1; 0 takes any free one (default 0)."_s, u"port"_s, u"0"_s);
    const QCommandLineOption seedOption(
        u"seed"_s, u"Seed of the journeys of unknown numbers (default 1)."_s, u"n"_s, u"1"_s);
    const QCommandLineOption speedOption(
        u"speed"_s, u"Simulated seconds per real second, e.g. 3600 (default 1)."_s, u"x"_s, u"1"_s);
    const QCommandLineOption epochOption(
        u"epoch"_s, u"Simulated time at the start, ISO 8601 (default: now)."_s, u"time"_s);
    const QCommandLineOption demoSeedOption(
        u"demo-seed"_s, u"Seed of the console's demo data (default 1)."_s, u"n"_s, u"1"_s);
    const QCommandLineOption demoNowOption(
        u"demo-now"_s, u"\"Now\" of the demo data, ISO 8601 (default: the epoch)."_s, u"time"_s);
    const QCommandLineOption demoCountOption(
        u"demo-count"_s, u"Demo shipments to answer for with their own journeys."_s, u"n"_s, u"0"_s);
    const QCommandLineOption faultOption(u"fault"_s,
        u"Inject faults: carrier:kind:rate[:param], repeatable; carrier * for all. Kinds: "_s
            + FaultKinds::keys().join(u", "_s) + u'.',
        u"spec"_s);
    const QCommandLineOption faultSeedOption(
        u"fault-seed"_s, u"Seed of the fault draws (default 1)."_s, u"n"_s, u"1"_s);
    const QCommandLineOption liftOption(u"lift-limits"_s, u"Do not enforce the carriers' documented rate limits."_s);
    const QCommandLineOption limitOption(
        u"limit"_s, u"A carrier's limit: carrier:requests/milliseconds[:concurrent[:daily]], repeatable."_s, u"spec"_s);
    const QCommandLineOption ttlOption(
        u"token-ttl"_s, u"Lifetime of issued tokens in seconds (default: each carrier's)."_s, u"secs"_s, u"0"_s);
    const QCommandLineOption webhookOption(
        u"webhook"_s, u"Send AfterShip tracking_update webhooks to this loopback URL."_s, u"url"_s);
    const QCommandLineOption secretOption(u"webhook-secret"_s, u"Secret the webhooks are signed with."_s, u"secret"_s);
    parser.addOptions(
        { portOption, seedOption, speedOption, epochOption, demoSeedOption, demoNowOption, demoCountOption, faultOption,
            faultSeedOption, liftOption, limitOption, ttlOption, webhookOption, secretOption });
    parser.process(app);

    SandboxOptions options;
    QString error;
    bool ok = true;
    const uint port = parser.value(portOption).toUInt(&ok);
    if (!ok || port > 65535)
        return fail(u"--port must be 0 to 65535"_s);
    options.seed = parser.value(seedOption).toULongLong(&ok);
    options.speed = ok ? parser.value(speedOption).toDouble(&ok) : 0;
    options.demoSeed = ok ? parser.value(demoSeedOption).toULongLong(&ok) : 0;
    options.demoCount = ok ? parser.value(demoCountOption).toInt(&ok) : 0;
    options.faultSeed = ok ? parser.value(faultSeedOption).toULongLong(&ok) : 0;
    options.tokenTtlSecs = ok ? parser.value(ttlOption).toInt(&ok) : 0;
    if (!ok || options.speed < 0 || options.demoCount < 0 || options.tokenTtlSecs < 0)
        return fail(
            u"--seed, --speed, --demo-seed, --demo-count, --fault-seed and --token-ttl take numbers of 0 or more"_s);
    const auto epoch = timeOption(parser, epochOption, &error);
    const auto demoNow = epoch ? timeOption(parser, demoNowOption, &error) : std::nullopt;
    if (!epoch || !demoNow)
        return fail(error);
    options.epoch = *epoch;
    options.demoNow = *demoNow;
    for (const QString &spec : parser.values(faultOption)) {
        const auto rule = FaultPlan::parseRule(spec, &error);
        if (!rule)
            return fail(error);
        options.faults.append(*rule);
    }
    options.liftLimits = parser.isSet(liftOption);
    for (const QString &spec : parser.values(limitOption)) {
        const auto limit = SandboxLimit::parse(spec, &error);
        if (!limit)
            return fail(error);
        options.limits.insert(limit->first, limit->second);
    }
    if (parser.isSet(webhookOption)) {
        options.webhookUrl = QUrl(parser.value(webhookOption));
        options.webhookSecret = parser.value(secretOption).toUtf8();
        if (!AfterShipWebhook::isLoopback(options.webhookUrl))
            return fail(u"--webhook must be an http:// URL on 127.0.0.1, ::1 or localhost"_s);
    }

    const SystemClock wall;
    SandboxServer server(options, wall);
    const quint16 listening = server.listen(quint16(port));
    if (listening == 0)
        return fail(QStringLiteral("cannot listen on 127.0.0.1:%1").arg(port));
    if (!quitOnSignals(app))
        return fail(u"cannot install the SIGTERM/SIGINT handler"_s);
    std::printf("shipdeck-sandbox listening on http://127.0.0.1:%u\n", unsigned(listening));
    std::fflush(stdout);
    return app.exec();
}
