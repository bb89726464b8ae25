#pragma once

#include "carrieraccount.h"
#include "carrierlimits.h"
#include "carrierrequest.h"
#include "trackingresult.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

// One carrier API: how to ask it about tracking numbers and how to read its answers into our
// taxonomy. Adapters hold no state and do no I/O, so one instance serves every thread, and
// adding a carrier means one new class pair and its fixtures.
class CarrierAdapter
{
public:
    virtual ~CarrierAdapter() = default;

    virtual QString key() const = 0;          // "dhl", "ups", "fedex", "aftership", "gls", "dpd"
    virtual QString displayName() const = 0;  // "DHL", "UPS", ...
    virtual CarrierLimits defaultLimits() const = 0;
    virtual QUrl defaultBaseUrl() const = 0;  // the carrier's production API

    // OAuth 2 client-credentials carriers ask for a token first; API-key carriers return nullopt.
    virtual std::optional<CarrierRequest> tokenRequest(const CarrierAccount &account) const;
    struct Token {
        QString accessToken;
        int expiresInSecs = 0;
    };
    // Reads the token endpoint's answer; an error when it holds no token.
    virtual std::optional<Token> parseTokenResponse(const QByteArray &body, int httpStatus, CarrierError *error) const;

    // Requests for the numbers (at most defaultLimits().maxNumbersPerRequest each).
    virtual QList<CarrierRequest> trackRequests(const QStringList &trackingNumbers, const CarrierAccount &account,
                                                const QString &accessToken) const = 0;
    // Reads one response. `requested` is what the request asked for, so numbers the carrier
    // silently left out can be reported. Never throws or crashes on any input.
    virtual TrackingResult parseTrackResponse(const QByteArray &body, int httpStatus,
                                              const QStringList &requested) const = 0;

protected:
    // The error for an HTTP status that carries no usable body (401, 429, 5xx, ...), or nullopt for 2xx.
    CarrierError httpError(int httpStatus, const QByteArray &body) const;

    // How a carrier's OAuth 2 token endpoint answers: where its own error envelope keeps the
    // details, and the token lifetime it documents for answers that leave expires_in out.
    struct TokenAnswer {
        QStringList detailPaths; // e.g. {"response.errors.0.code", "response.errors.0.message"}
        int documentedLifetimeSecs = 3600;
    };
    // access_token and expires_in (a number, or a string as some carriers send it); a refusal
    // becomes an Unauthorized error with the carrier's own words.
    std::optional<Token> readOAuthToken(const QByteArray &body, int httpStatus, CarrierError *error,
                                        const TokenAnswer &shape) const;
    // The base URL's path (without trailing slashes) followed by `path`: where an API's endpoint is
    // for a base URL that may itself have a path (the sandbox's /ups, a proxy's prefix).
    static QString endpointPath(const QUrl &baseUrl, const QString &path);
    // A client-credentials token request with HTTP Basic authentication (RFC 6749, 2.3.1).
    static CarrierRequest basicAuthTokenRequest(const QUrl &url, const CarrierAccount &account);
};
