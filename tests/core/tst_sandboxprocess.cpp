#include "tst_sandboxclient.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

// shipdeck-sandbox as a parent process runs it: one line on stdout naming the port, answers on
// that port, a clean exit on SIGTERM, and a clear message for options it cannot use.
class TestSandboxProcess : public QObject
{
    Q_OBJECT

private slots:
    void announcesItsPortAndStopsOnSigterm();
    void refusesWhatItCannotDo_data();
    void refusesWhatItCannotDo();
};

void TestSandboxProcess::announcesItsPortAndStopsOnSigterm()
{
    QProcess sandbox;
    sandbox.start(QStringLiteral(SHIPDECK_SANDBOX_EXECUTABLE),
        { u"--port"_s, u"0"_s, u"--epoch"_s, u"2026-02-20T12:00:00Z"_s, u"--speed"_s, u"0"_s, u"--fault"_s,
            u"dhl:500:0"_s, u"--limit"_s, u"ups:5/1000"_s });
    QVERIFY(sandbox.waitForStarted());
    QVERIFY(sandbox.waitForReadyRead(20000));
    QTRY_VERIFY_WITH_TIMEOUT(sandbox.canReadLine(), 20000);
    const QString line = QString::fromUtf8(sandbox.readLine());
    static const QRegularExpression announcement(u"^shipdeck-sandbox listening on http://127\\.0\\.0\\.1:(\\d+)\\n$"_s);
    const QRegularExpressionMatch match = announcement.match(line);
    QVERIFY2(match.hasMatch(), qPrintable(line));
    const quint16 port = quint16(match.captured(1).toUInt());
    QVERIFY(port != 0);

    SandboxClient client(port);
    const HttpAnswer clock = client.request("GET", u"/sandbox/clock"_s);
    QCOMPARE(clock.status, 200);
    QCOMPARE(QJsonDocument::fromJson(clock.body).object().value(u"now").toString(), u"2026-02-20T12:00:00.000Z"_s);
    QCOMPARE(
        client.request("GET", u"/dhl/track/shipments?trackingNumber=JJD1"_s, {}, { { "DHL-API-Key", "k" } }).status,
        200);

    sandbox.terminate(); // SIGTERM
    QVERIFY(sandbox.waitForFinished(20000));
    QCOMPARE(sandbox.exitStatus(), QProcess::NormalExit);
    QCOMPARE(sandbox.exitCode(), 0);
    QVERIFY(sandbox.readAllStandardOutput().isEmpty()); // that one line was all
}

void TestSandboxProcess::refusesWhatItCannotDo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("fault") << QStringList { u"--fault"_s, u"dhl:teapot:0.1"_s } << u"unknown kind \"teapot\""_s;
    QTest::newRow("rate") << QStringList { u"--fault"_s, u"dhl:429:2"_s } << u"rate must be a number from 0 to 1"_s;
    QTest::newRow("limit") << QStringList { u"--limit"_s, u"dhl:fast"_s } << u"is not carrier:requests/milliseconds"_s;
    QTest::newRow("epoch") << QStringList { u"--epoch"_s, u"yesterday"_s } << u"is no ISO 8601 time"_s;
    QTest::newRow("webhook") << QStringList { u"--webhook"_s, u"http://192.0.2.7/hook"_s }
                             << u"must be an http:// URL on 127.0.0.1"_s;
}

void TestSandboxProcess::refusesWhatItCannotDo()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    QProcess sandbox;
    sandbox.start(QStringLiteral(SHIPDECK_SANDBOX_EXECUTABLE), arguments);
    QVERIFY(sandbox.waitForFinished(20000));
    QCOMPARE(sandbox.exitCode(), 1);
    const QString errors = QString::fromUtf8(sandbox.readAllStandardError());
    QVERIFY2(errors.contains(message), qPrintable(errors));
    QVERIFY(sandbox.readAllStandardOutput().isEmpty());
}

QTEST_GUILESS_MAIN(TestSandboxProcess)
#include "tst_sandboxprocess.moc"
