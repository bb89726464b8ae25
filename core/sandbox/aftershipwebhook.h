#pragma once

#include <QByteArray>
#include <QObject>
#include <QTimer>
#include <QUrl>

class QNetworkAccessManager;
class SandboxState;

// Sends AfterShip's tracking_update webhook for every tracking in the sandbox's AfterShip account
// whose journey has shown something new, signed as AfterShip signs it: the aftership-hmac-sha256
// header is base64(HMAC-SHA256(body, secret)). Looks every `intervalMsecs` of wall time. The
// webhook URL must be on the loopback: the sandbox never talks to anything else.
class AfterShipWebhook : public QObject
{
    Q_OBJECT

public:
    AfterShipWebhook(
        SandboxState &state, const QUrl &url, const QByteArray &secret, int intervalMsecs, QObject *parent = nullptr);
    ~AfterShipWebhook() override;

    static bool isLoopback(const QUrl &url);
    void start();

private:
    void sendNews();
    void post(const QByteArray &body);

    SandboxState &m_state;
    QUrl m_url;
    QByteArray m_secret;
    QTimer m_timer;
    QNetworkAccessManager *m_network;
    quint64 m_sentCount = 0;
};
