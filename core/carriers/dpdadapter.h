#pragma once

#include "carrieradapter.h"

#include <QHash>

// DPD ParcelLifeCycleService 2.0 (SOAP 1.1), operation getTrackingData: one parcelLabelNumber per
// call, POSTed to {base}/ParcelLifeCycleService/V2_0 (base https://public-ws.dpd.com/services for
// DPD Web Connect; DPD asks not to use it for bulk requests).
// DPD signs requests with a SOAP header <authentication> of delisId, authToken and messageLanguage:
// delisId is CarrierAccount.clientId; authToken is CarrierAccount.apiKey (a token issued beforehand)
// or, when apiKey is empty, the token LoginService getAuth issues for the password in clientSecret.
// Each statusInfo is an event: status is DPD's code, description its words, date local time.
class DpdAdapter final : public CarrierAdapter
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

    // Texts of an XML element's descendants by relative path ("description/content/content").
    using Fields = QHash<QString, QStringList>;

private:
    struct StatusEvent {
        TrackingEvent event;
        bool current = false;
    };
    std::optional<StatusEvent> readStatusInfo(const Fields &info, const QString &trackingNumber, int index,
                                              const QString &fallbackCountry, QList<CarrierError> &errors) const;
    TrackedShipment readShipment(const QList<Fields> &statusInfos, const Fields &shipmentInfo,
                                 const QString &trackingNumber, QList<CarrierError> &errors) const;
    CarrierError errorFromFault(const Fields &fault, int httpStatus, const QString &trackingNumber) const;
};
