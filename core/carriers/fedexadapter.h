#pragma once

#include "carrieradapter.h"

class QJsonArray;
class QJsonObject;
class QJsonValue;

// FedEx Track API v1. OAuth 2 client credentials first (POST /oauth/token, form body), then
// POST /track/v1/trackingnumbers with up to 30 numbers per request. Each scan's eventType decides
// the sub-status; for the exception and delivery types, FedEx's exception code and wording
// refine it. FedEx can answer one number with several results (a reused number): the one with the
// newest scan is kept.
class FedexAdapter final : public CarrierAdapter
{
public:
    static constexpr int MaxNumbersPerRequest = 30;

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
    struct Candidate {
        TrackedShipment shipment;
        QList<CarrierError> errors;
    };

    void readCompleteResult(const QJsonValue &value, int index, TrackingResult &result, QStringList &answered) const;
    std::optional<Candidate> pickResult(const QList<Candidate> &candidates) const;
    Candidate readTrackResult(const QJsonObject &trackResult, const QString &trackingNumber) const;
    std::optional<TrackingEvent> readScan(const QJsonObject &scan, const QString &trackingNumber, int index,
                                          QList<CarrierError> &errors) const;
    CarrierError errorFromObject(const QJsonValue &error, int httpStatus, const QString &trackingNumber) const;
    QList<CarrierError> errorsFromEnvelope(const QJsonArray &errors, int httpStatus, const QString &trackingNumber) const;
    CarrierError malformed(const QString &trackingNumber, const QString &message) const;
};
