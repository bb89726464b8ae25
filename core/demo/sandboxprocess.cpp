#include "sandboxprocess.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

SandboxProcess::~SandboxProcess()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(3000))
        m_process.kill();
    m_process.waitForFinished(1000);
}

QString SandboxProcess::besideThisProgram()
{
    const QDir here(QCoreApplication::applicationDirPath());
    // Installed side by side, or in the build tree's sibling folder (app/shipdeck-sandbox).
    for (const QString &candidate : {here.filePath(u"shipdeck-sandbox"_s), here.filePath(u"../shipdeck-sandbox/shipdeck-sandbox"_s)}) {
        if (QFileInfo(candidate).isExecutable())
            return QFileInfo(candidate).canonicalFilePath();
    }
    return {};
}

Outcome SandboxProcess::start(const Options &options, int timeoutMsecs)
{
    const QStringList arguments{
        u"--port"_s,        u"0"_s,
        u"--demo-seed"_s,   QString::number(options.demoSeed),
        u"--demo-now"_s,    options.demoNow.toUTC().toString(Qt::ISODate),
        u"--demo-count"_s,  QString::number(options.demoCount),
        u"--epoch"_s,       options.epoch.toUTC().toString(Qt::ISODate),
        u"--speed"_s,       QString::number(options.speed),
        u"--lift-limits"_s,
    };
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process.start(options.program, arguments);
    if (!m_process.waitForStarted(timeoutMsecs))
        return Outcome::failure(QCoreApplication::translate("SandboxProcess", "cannot start the carrier sandbox %1: %2").arg(options.program, m_process.errorString()));

    static const QRegularExpression listening(u"listening on (http://127\\.0\\.0\\.1:\\d+)"_s);
    const QDeadlineTimer deadline(timeoutMsecs);
    QByteArray output;
    while (!deadline.hasExpired() && m_process.state() == QProcess::Running) {
        if (!m_process.canReadLine() && !m_process.waitForReadyRead(int(std::max<qint64>(1, deadline.remainingTime()))))
            continue;
        output += m_process.readLine();
        const auto match = listening.match(QString::fromUtf8(output));
        if (match.hasMatch()) {
            m_baseUrl = QUrl(match.captured(1));
            return Outcome::success();
        }
    }
    return Outcome::failure(QCoreApplication::translate("SandboxProcess", "the carrier sandbox %1 did not say which port it listens on: %2")
                                .arg(options.program, QString::fromUtf8(output).trimmed()));
}
