#pragma once

#include "carrieradapter.h"

class QJsonObject;

// DHL Shipment Tracking - Unified API: GET /track/shipments?trackingNumber=, key in the
// DHL-API-Key header, one number per request. Its statusCode is coarse (pre-transit, transit,
// delivered, failure, unknown), so the sub-status comes from the event text, English or German.
class DhlAdapter final : public CarrierAdapter
{
public:
    QString key() const override;
    QString displayName() const override;
    CarrierLimits defaultLimits() const override;
    QUrl defaultBaseUrl() const override;
    QList<CarrierRequest> trackRequests(const QStringList &trackingNumbers, const CarrierAccount &account,
                                        const QString &accessToken) const override;
    TrackingResult parseTrackResponse(const QByteArray &body, int httpStatus, const QStringList &requested) const override;

private:
    TrackedShipment readShipment(const QJsonObject &shipment, QList<CarrierError> &errors) const;
    std::optional<TrackingEvent> readEvent(const QJsonObject &event, const QString &trackingNumber, int index,
                                           QList<CarrierError> &errors) const;
    CarrierError errorFromProblem(int httpStatus, const QByteArray &body, const QStringList &requested) const;
};
