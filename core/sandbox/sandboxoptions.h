#pragma once

#include "faultplan.h"
#include "sandboxlimit.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QUrl>

// How a sandbox is set up; shipdeck-sandbox fills it from its command line.
struct SandboxOptions {
    quint64 seed = 1; // journeys of the numbers the sandbox is not told about
    QDateTime epoch; // simulated time at the start; invalid: the wall clock's now
    double speed = 1; // simulated seconds per wall-clock second; 0 stops the simulated clock

    quint64 demoSeed = 1; // the demo set: DemoDataGenerator(demoSeed, demoNow) shipments 0 .. demoCount-1
    QDateTime demoNow; // invalid: the epoch
    int demoCount = 0;

    quint64 faultSeed = 1;
    QList<FaultRule> faults;

    bool liftLimits = false;
    QHash<QString, SandboxLimit> limits; // per carrier; wins over documented and lifted ones
    int tokenTtlSecs = 0; // 0: each carrier's documented token lifetime

    QUrl webhookUrl; // AfterShip tracking_update webhooks; loopback only
    QByteArray webhookSecret;
    int webhookIntervalMsecs = 1000; // how often the sandbox looks for news to send

    int statsHistory = 1000; // arrival times kept per carrier for /sandbox/stats
};
