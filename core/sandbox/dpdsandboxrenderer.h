#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

class ScanView;

// DPD ParcelLifeCycleService 2.0 getTrackingData (SOAP 1.1), as the DPD sample shows it: a
// trackingresult with shipmentInfo (the service) and one statusInfo per event, oldest first, each
// with DPD's status code, a label, the description, "City (CC)" and the local time written
// M/d/yyyy h:mm:ss AM/PM without a zone; the newest one isCurrentStatus. A parcel DPD has nothing
// on gets a trackingresult without a reached status. Errors are SOAP faults, the ones about the
// sign-in with an authenticationFault detail; LoginService 2.0 getAuth hands out the authToken.
class DpdSandboxRenderer
{
public:
    static QByteArray trackingData(const ScanView &view);
    static QByteArray unknownParcel();
    static QByteArray fault(
        const QString &faultCode, const QString &errorCode, const QString &message, bool authentication);
    static QByteArray authResponse(const QString &delisId, const QString &authToken, const QDateTime &expiresUtc);
};
