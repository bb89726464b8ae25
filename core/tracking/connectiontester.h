#pragma once

#include "carriers/carrieraccount.h"

#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

class CarrierAdapter;
struct CarrierError;
struct CarrierRequest;
class QNetworkAccessManager;

// Checks for real whether an account can talk to a carrier: an OAuth carrier is asked for a
// token, an API-key carrier about a probe number nobody ships with (a "not found" answer means
// the key was accepted). The verdict is one plain sentence for the settings dialog, with the
// carrier's own words when it gave any and never a secret. Asynchronous: it never blocks the GUI.
class ConnectionTester : public QObject
{
    Q_OBJECT

public:
    explicit ConnectionTester(QNetworkAccessManager &network, QObject *parent = nullptr);
    ~ConnectionTester() override;

    void setTimeoutMsecs(int msecs) { m_timeoutMsecs = msecs; }
    int timeoutMsecs() const { return m_timeoutMsecs; }
    bool isRunning() const { return m_reply != nullptr; }

    static QString probeNumber();

    // Starts a test; one still running is abandoned without a verdict. `adapter` must outlive it.
    // Settings that cannot work (no key, bad URL) are reported by finished() before this returns.
    void test(const CarrierAdapter &adapter, const CarrierAccount &account);
    void cancel();

signals:
    void finished(bool ok, const QString &message);

private:
    enum class Stage { Token, Tracking };

    void send(const CarrierRequest &request, Stage stage);
    void handleReply(QNetworkReply *reply, Stage stage);
    void timedOut();
    QString networkFailure(const QNetworkReply &reply) const;
    void judgeToken(const QByteArray &body, int httpStatus);
    void judgeTracking(const QByteArray &body, int httpStatus);
    void failWith(const CarrierError &error, const QByteArray &body);
    void finish(bool ok, QString message);
    QString where() const;

    QNetworkAccessManager &m_network;
    const CarrierAdapter *m_adapter = nullptr;
    CarrierAccount m_account;
    QPointer<QNetworkReply> m_reply;
    QTimer m_timeout;
    bool m_timedOut = false;
    int m_timeoutMsecs = 15000;
};
