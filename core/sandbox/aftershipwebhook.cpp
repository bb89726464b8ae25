#include "aftershipwebhook.h"

#include "aftershipsandboxrenderer.h"
#include "sandboxstate.h"
#include "scanview.h"
#include "sim/simrandom.h"

#include <QHostAddress>
#include <QMessageAuthenticationCode>
#include <QNetworkAccessManager>
#include <QNetworkReply>

using namespace Qt::StringLiterals;

AfterShipWebhook::AfterShipWebhook(
    SandboxState &state, const QUrl &url, const QByteArray &secret, int intervalMsecs, QObject *parent)
    : QObject(parent)
    , m_state(state)
    , m_url(url)
    , m_secret(secret)
    , m_network(new QNetworkAccessManager(this))
{
    m_timer.setInterval(intervalMsecs);
    connect(&m_timer, &QTimer::timeout, this, &AfterShipWebhook::sendNews);
}

AfterShipWebhook::~AfterShipWebhook() = default;

bool AfterShipWebhook::isLoopback(const QUrl &url)
{
    if (url.scheme() != u"http" || url.host().isEmpty())
        return false;
    if (url.host() == u"localhost")
        return true;
    const QHostAddress address(url.host());
    return !address.isNull() && address.isLoopback();
}

void AfterShipWebhook::start()
{
    if (isLoopback(m_url))
        m_timer.start();
}

void AfterShipWebhook::sendNews()
{
    const QDateTime now = m_state.simulatedNow();
    for (AfterShipAccount::Tracking &tracking : m_state.aftership().trackings()) {
        const ScanView view(tracking.journey, now);
        if (view.scans().size() == tracking.notifiedScans)
            continue;
        tracking.notifiedScans = view.scans().size();
        // Event ids are made from a counter, so the same run sends the same ids.
        const QString eventId = QString::number(SimRandom::combine(0x3EB4'00C5u, ++m_sentCount), 16);
        post(AfterShipSandboxRenderer::webhook(
            AfterShipSandboxRenderer::tracking(view, tracking.account), eventId, now));
    }
}

void AfterShipWebhook::post(const QByteArray &body)
{
    QNetworkRequest request(m_url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    request.setRawHeader("aftership-hmac-sha256",
        QMessageAuthenticationCode::hash(body, m_secret, QCryptographicHash::Sha256).toBase64());
    QNetworkReply *reply = m_network->post(request, body);
    connect(reply, &QNetworkReply::finished, this, [reply] {
        // A receiver that is down misses this update, as it would miss AfterShip's: say so, do not retry.
        if (reply->error() != QNetworkReply::NoError)
            qWarning().noquote() << "shipdeck-sandbox: webhook to" << reply->url().toDisplayString()
                                 << "failed:" << reply->errorString();
        reply->deleteLater();
    });
}
