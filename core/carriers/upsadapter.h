#pragma once

#include "carrieradapter.h"

class QJsonArray;
class QJsonObject;
class QJsonValue;

// UPS Track API v1. OAuth 2 client credentials first (POST /security/v1/oauth/token, HTTP Basic),
// then GET /api/track/v1/details/{inquiryNumber}, one number per request. UPS describes each
// activity with a status type (M label, P pickup, I transit, O out for delivery, D delivered,
// X exception, RS returned) and a finer code; the pair decides the sub-status, and the description
// only refines codes that UPS uses for several situations.
class UpsAdapter final : public CarrierAdapter
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
    void readShipment(const QJsonValue &shipment, int index, const QString &requestedNumber, TrackingResult &result,
                      QStringList &answered) const;
    static void answerUnderInquiry(QList<TrackedShipment> &shipments, qsizetype first, const QString &inquiry);
    TrackedShipment readPackage(const QJsonObject &package, const QString &inquiryNumber, QList<CarrierError> &errors) const;
    std::optional<TrackingEvent> readActivity(const QJsonObject &activity, const QString &trackingNumber, int index,
                                              QList<CarrierError> &errors) const;
    std::optional<CarrierError> notFoundWarning(const QJsonObject &shipment, int index, const QString &inquiryNumber) const;
    QList<CarrierError> errorsFromEnvelope(const QJsonArray &errors, int httpStatus, const QString &trackingNumber) const;
    CarrierError malformed(const QString &trackingNumber, const QString &message) const;
};
