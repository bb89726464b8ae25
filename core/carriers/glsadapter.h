#pragma once

#include "carrieradapter.h"

class QJsonObject;

// GLS Track and Trace API v1 (https://api.gls-group.net/track-and-trace-v1):
// GET /tracking/simple/trackids/{id,id,...}, at most 10 parcel numbers per request.
// GLS secures it with OAuth 2 client credentials only (its OpenAPI "OAuthProd" scheme): the token
// comes from the Authentication API v2, POST /oauth2/v2/token with HTTP Basic client_id:client_secret,
// and is sent as "Authorization: Bearer". An account with an apiKey is taken to hold a token issued
// beforehand, sent the same way without asking for one.
// GLS event codes are either the coarse parcel statuses (INTRANSIT, NOTDELIVERED, ...) or dotted
// event codes (INTIAL.NORMAL, DELIVD.PARCELSHOP, ...); the description refines within the code.
class GlsAdapter final : public CarrierAdapter
{
public:
    QString key() const override;
    QString displayName() const override;
    CarrierLimits defaultLimits() const override;
    QUrl defaultBaseUrl() const override;
    std::optional<CarrierRequest> tokenRequest(const CarrierAccount &account) const override;
    std::optional<Token> parseTokenResponse(const QByteArray &body, int httpStatus, CarrierError *error) const override;
    QList<CarrierRequest> trackRequests(const QStringList &trackingNumbers, const CarrierAccount &account,
                                        const QString &accessToken) const override;
    TrackingResult parseTrackResponse(const QByteArray &body, int httpStatus, const QStringList &requested) const override;

private:
    void readParcel(const QJsonObject &parcel, int index, const QStringList &requested, TrackingResult &result) const;
    std::optional<TrackingEvent> readEvent(const QJsonObject &event, const QString &trackingNumber, int index,
                                           QList<CarrierError> &errors) const;
    void applyParcelStatus(TrackedShipment &shipment, const QString &status) const;
    CarrierError errorFromParcel(const QJsonObject &parcel, int index) const;
    CarrierError errorFromBody(int httpStatus, const QByteArray &body, const QStringList &requested) const;
};
