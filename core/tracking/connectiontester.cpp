#include "connectiontester.h"

#include <QCoreApplication>

#include "carrierconfig.h"
#include "carriers/carrieradapter.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

using namespace Qt::StringLiterals;

namespace {

// A web server that is not the carrier's API (a wrong base URL) answers 404 with a page; a
// carrier that does not know a number answers in its API's format.
bool looksLikeWebPage(const QByteArray &body)
{
    return body.left(512).toLower().contains("<html");
}

QString carrierWords(const QByteArray &body)
{
    return QString::fromUtf8(body.left(200)).simplified();
}

} // namespace

ConnectionTester::ConnectionTester(QNetworkAccessManager &network, QObject *parent)
    : QObject(parent)
    , m_network(network)
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, &ConnectionTester::timedOut);
}

ConnectionTester::~ConnectionTester() { cancel(); }

QString ConnectionTester::probeNumber()
{
    // Digits only, so it fits every carrier's number grammar, and no parcel anyone ships.
    return u"00000000000000000000"_s;
}

void ConnectionTester::test(const CarrierAdapter &adapter, const CarrierAccount &account)
{
    cancel();
    m_adapter = &adapter;
    m_account = account;
    if (!CarrierConfig::isUsableBaseUrl(m_account.baseUrl)) {
        finish(false, QCoreApplication::translate("ConnectionTester", "The base URL \"%1\" is not an http:// or https:// address")
                          .arg(m_account.baseUrl.toDisplayString()));
        return;
    }
    if (const QString missing = CarrierConfig::missingSecrets(adapter, account); !missing.isEmpty()) {
        finish(false, missing);
        return;
    }
    if (const auto token = adapter.tokenRequest(account)) {
        send(*token, Stage::Token);
        return;
    }
    const QList<CarrierRequest> requests = adapter.trackRequests({probeNumber()}, account, {});
    if (requests.isEmpty()) {
        finish(false, QCoreApplication::translate("ConnectionTester", "%1 made no request for the test number").arg(adapter.displayName()));
        return;
    }
    send(requests.first(), Stage::Tracking);
}

void ConnectionTester::cancel()
{
    m_timeout.stop();
    if (QNetworkReply *reply = m_reply) {
        m_reply = nullptr;
        // Nobody waits for this verdict any more: abort quietly.
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

void ConnectionTester::send(const CarrierRequest &request, Stage stage)
{
    QNetworkRequest networkRequest(request.url);
    for (const auto &[name, value] : request.headers)
        networkRequest.setRawHeader(name, value);
    m_timedOut = false;
    QNetworkReply *reply = m_network.sendCustomRequest(networkRequest, request.method, request.body);
    m_reply = reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply, stage] { handleReply(reply, stage); });
    m_timeout.start(m_timeoutMsecs);
}

void ConnectionTester::timedOut()
{
    if (!m_reply)
        return;
    m_timedOut = true;
    m_reply->abort(); // finished() follows and reports the timeout
}

void ConnectionTester::handleReply(QNetworkReply *reply, Stage stage)
{
    reply->deleteLater();
    if (reply != m_reply)
        return;
    m_reply = nullptr;
    m_timeout.stop();
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (m_timedOut || !status.isValid()) {
        finish(false, networkFailure(*reply));
        return;
    }
    const QByteArray body = reply->readAll();
    if (stage == Stage::Token)
        judgeToken(body, status.toInt());
    else
        judgeTracking(body, status.toInt());
}

QString ConnectionTester::networkFailure(const QNetworkReply &reply) const
{
    const QString name = m_adapter->displayName();
    if (m_timedOut)
        return QCoreApplication::translate("ConnectionTester", "%1 at %2 did not answer within %3 seconds (timeout)")
            .arg(name, where())
            .arg(m_timeoutMsecs / 1000.0);
    switch (reply.error()) {
    case QNetworkReply::ConnectionRefusedError:
        return QCoreApplication::translate("ConnectionTester", "Cannot reach %1 at %2: the connection was refused (nothing answers at that address; "
                              "check the base URL)")
            .arg(name, where());
    case QNetworkReply::HostNotFoundError:
        return QCoreApplication::translate("ConnectionTester", "Cannot reach %1: the host \"%2\" was not found (check the base URL and the network)")
            .arg(name, m_account.baseUrl.host());
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::InsecureRedirectError:
        return QCoreApplication::translate("ConnectionTester", "Cannot open a secure connection to %1 at %2: %3").arg(name, where(), reply.errorString());
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
        return QCoreApplication::translate("ConnectionTester", "Cannot reach %1 at %2 through the proxy: %3").arg(name, where(), reply.errorString());
    default:
        return QCoreApplication::translate("ConnectionTester", "Cannot reach %1 at %2: %3").arg(name, where(), reply.errorString());
    }
}

void ConnectionTester::judgeToken(const QByteArray &body, int httpStatus)
{
    CarrierError error;
    if (m_adapter->parseTokenResponse(body, httpStatus, &error)) {
        finish(true, QCoreApplication::translate("ConnectionTester", "Connected to %1 at %2: the client id and secret were accepted and a token "
                                    "was issued")
                         .arg(m_adapter->displayName(), where()));
        return;
    }
    failWith(error, body);
}

void ConnectionTester::judgeTracking(const QByteArray &body, int httpStatus)
{
    const QString name = m_adapter->displayName();
    const TrackingResult result = m_adapter->parseTrackResponse(body, httpStatus, {probeNumber()});
    if (!result.shipments.isEmpty()) {
        finish(true, QCoreApplication::translate("ConnectionTester", "Connected to %1 at %2: the API key was accepted").arg(name, where()));
        return;
    }
    if (result.errors.isEmpty()) {
        finish(false, QCoreApplication::translate("ConnectionTester", "Unexpected answer from %1 at %2 (HTTP %3): %4")
                          .arg(name, where())
                          .arg(httpStatus)
                          .arg(carrierWords(body)));
        return;
    }
    const CarrierError &error = result.errors.first();
    // Only a carrier that let the key in can say it does not know a number.
    if (error.kind == CarrierError::Kind::NotFound && !looksLikeWebPage(body)) {
        finish(true, QCoreApplication::translate("ConnectionTester", "Connected to %1 at %2: the API key was accepted (%1 does not know the test "
                                    "number %3, as expected)")
                         .arg(name, where(), probeNumber()));
        return;
    }
    failWith(error, body);
}

void ConnectionTester::failWith(const CarrierError &error, const QByteArray &body)
{
    const QString secrets = m_adapter->tokenRequest(m_account) ? QCoreApplication::translate("ConnectionTester", "client id and client secret")
                                                               : QCoreApplication::translate("ConnectionTester", "API key");
    switch (error.kind) {
    case CarrierError::Kind::Unauthorized:
        finish(false, QCoreApplication::translate("ConnectionTester", "%1 (check the %2)").arg(error.message, secrets));
        return;
    case CarrierError::Kind::RateLimited:
    case CarrierError::Kind::Temporary:
        finish(false, QCoreApplication::translate("ConnectionTester", "%1; the %2 could not be checked, try again later").arg(error.message, secrets));
        return;
    default:
        break;
    }
    QString message = QCoreApplication::translate("ConnectionTester", "Unexpected answer from %1 at %2: %3")
                          .arg(m_adapter->displayName(), where(), error.message);
    if (looksLikeWebPage(body))
        message += u" (a web page, not the carrier's API: check the base URL)"_s;
    finish(false, message);
}

void ConnectionTester::finish(bool ok, QString message)
{
    // A carrier may echo what it was sent; the verdict is shown on screen, so secrets go.
    for (const QString &secret : {m_account.apiKey, m_account.clientId, m_account.clientSecret}) {
        if (!secret.isEmpty())
            message.replace(secret, u"••••"_s);
    }
    emit finished(ok, message);
}

QString ConnectionTester::where() const
{
    return m_account.baseUrl.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment);
}
