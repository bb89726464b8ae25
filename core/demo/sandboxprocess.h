#pragma once

#include "model/outcome.h"

#include <QDateTime>
#include <QProcess>
#include <QUrl>

// The carrier sandbox (shipdeck-sandbox) as a child process, for the demo console: started on a
// free loopback port with the demo data's seed and moment, so every demo parcel keeps the journey
// it was made from and moves on as the simulated clock runs. Stopped with its owner.
class SandboxProcess
{
public:
    struct Options {
        QString program;       // path of shipdeck-sandbox
        quint64 demoSeed = 1;
        QDateTime demoNow;     // when the demo data was made
        int demoCount = 0;
        QDateTime epoch;       // simulated time to start from
        double speed = 60;     // simulated seconds per real second
    };

    SandboxProcess() = default;
    ~SandboxProcess();
    SandboxProcess(const SandboxProcess &) = delete;
    SandboxProcess &operator=(const SandboxProcess &) = delete;

    // Starts it and waits (up to `timeoutMsecs`) for the line that names its port.
    Outcome start(const Options &options, int timeoutMsecs = 30000);
    QUrl baseUrl() const { return m_baseUrl; }

    // shipdeck-sandbox next to the running executable, if it is there.
    static QString besideThisProgram();

private:
    QProcess m_process;
    QUrl m_baseUrl;
};
