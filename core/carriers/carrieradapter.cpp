#include "carrieradapter.h"

#include <QCoreApplication>

#include "jsonpath.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

using namespace Qt::StringLiterals;

std::optional<CarrierRequest> CarrierAdapter::tokenRequest(const CarrierAccount &) const
{
    return std::nullopt;
}

std::optional<CarrierAdapter::Token> CarrierAdapter::parseTokenResponse(const QByteArray &, int, CarrierError *error) const
{
    if (error) {
        error->carrier = key();
        error->kind = CarrierError::Kind::Rejected;
        error->message = QCoreApplication::translate("CarrierAdapter", "%1 uses API keys, not tokens").arg(displayName());
    }
    return std::nullopt;
}

CarrierError CarrierAdapter::httpError(int httpStatus, const QByteArray &body) const
{
    CarrierError error;
    error.carrier = key();
    const QString name = displayName();
    if (httpStatus == 401 || httpStatus == 403) {
        error.kind = CarrierError::Kind::Unauthorized;
        error.message = QCoreApplication::translate("CarrierAdapter", "%1 refused the credentials (HTTP %2)").arg(name).arg(httpStatus);
    } else if (httpStatus == 404) {
        error.kind = CarrierError::Kind::NotFound;
        error.message = QCoreApplication::translate("CarrierAdapter", "%1 does not know this tracking number (HTTP 404)").arg(name);
    } else if (httpStatus == 429) {
        error.kind = CarrierError::Kind::RateLimited;
        error.message = QCoreApplication::translate("CarrierAdapter", "%1 says too many requests (HTTP 429)").arg(name);
    } else if (httpStatus >= 500) {
        error.kind = CarrierError::Kind::Temporary;
        error.message = QCoreApplication::translate("CarrierAdapter", "%1 failed on its side (HTTP %2); will retry").arg(name).arg(httpStatus);
    } else if (httpStatus >= 400) {
        error.kind = CarrierError::Kind::Rejected;
        error.message = QCoreApplication::translate("CarrierAdapter", "%1 rejected the request (HTTP %2)").arg(name).arg(httpStatus);
    } else {
        error.kind = CarrierError::Kind::Malformed;
        error.message = QCoreApplication::translate("CarrierAdapter", "%1 answered HTTP %2 with a body that could not be read").arg(name).arg(httpStatus);
    }
    // Carriers' error bodies are short and say what was wrong; keep their first words.
    const QString detail = QString::fromUtf8(body.left(200)).simplified();
    if (!detail.isEmpty())
        error.message += u": "_s + detail;
    return error;
}

std::optional<CarrierAdapter::Token> CarrierAdapter::readOAuthToken(const QByteArray &body, int httpStatus,
                                                                    CarrierError *error, const TokenAnswer &shape) const
{
    const QJsonObject root = QJsonDocument::fromJson(body).object();
    const QString accessToken = JsonPath::text(root, u"access_token");
    if (httpStatus == 200 && !accessToken.isEmpty()) {
        constexpr int longestSecs = 24 * 3600; // anything longer is renewed daily anyway
        const QJsonValue expires = root.value(u"expires_in");
        const double secs = expires.isString() ? expires.toString().trimmed().toDouble() : expires.toDouble(-1);
        const int lifetime = !std::isfinite(secs) || secs < 1 ? shape.documentedLifetimeSecs
                                                              : int(std::min<double>(secs, longestSecs));
        return Token{accessToken, lifetime};
    }
    if (!error)
        return std::nullopt;
    *error = httpError(httpStatus, {});
    if (httpStatus == 200) {
        error->kind = CarrierError::Kind::Malformed;
        error->message = QCoreApplication::translate("CarrierAdapter", "%1's token answer holds no access_token").arg(displayName());
    } else if (error->kind != CarrierError::Kind::RateLimited && error->kind != CarrierError::Kind::Temporary) {
        // Token services answer 400 or 401 for unknown clients: the credentials, not the request.
        error->kind = CarrierError::Kind::Unauthorized;
        error->message = QCoreApplication::translate("CarrierAdapter", "%1 did not accept the client ID and secret (HTTP %2)").arg(displayName()).arg(httpStatus);
    }
    QStringList said;
    for (const QString &path : shape.detailPaths)
        said.append(JsonPath::text(root, path));
    said.removeAll(QString());
    if (said.isEmpty()) {
        // The generic OAuth error shape, or a gateway's fault in front of the carrier.
        for (const QStringView path : {u"error", u"error_description", u"fault.faultstring"})
            said.append(JsonPath::text(root, path));
        said.removeAll(QString());
    }
    const QString detail = said.join(u' ').simplified();
    if (!detail.isEmpty())
        error->message += u": "_s + detail.left(200);
    return std::nullopt;
}

CarrierRequest CarrierAdapter::basicAuthTokenRequest(const QUrl &url, const CarrierAccount &account)
{
    CarrierRequest request;
    request.method = "POST";
    request.url = url;
    const QByteArray credentials = (account.clientId + u':' + account.clientSecret).toUtf8().toBase64();
    request.headers = {{"Authorization", "Basic " + credentials},
                       {"Content-Type", "application/x-www-form-urlencoded"},
                       {"Accept", "application/json"}};
    request.body = "grant_type=client_credentials";
    return request;
}

QString CarrierAdapter::endpointPath(const QUrl &baseUrl, const QString &path)
{
    QString base = baseUrl.path();
    while (base.endsWith(u'/'))
        base.chop(1);
    return base + path;
}
