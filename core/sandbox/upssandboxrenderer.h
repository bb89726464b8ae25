#pragma once

#include <QByteArray>
#include <QString>

class ScanView;

// UPS Track API v1, GET /api/track/v1/details/{inquiryNumber}, as UPS's Postman sample shows it:
// trackResponse.shipment[].package[] with the activity newest first, each with status type and
// code ("I" + "AR"), the local date and time (yyyyMMdd, HHmmss) and UPS's GMT copy of the moment,
// deliveryDate entries (SDD scheduled, RDD rescheduled, DEL delivered), the current status, and
// cities in capitals. Errors use UPS's {"response": {"errors": [...]}} envelope; an unknown number
// is HTTP 200 with warning TW0001; the OAuth token answer carries expires_in as a string.
class UpsSandboxRenderer
{
public:
    static QByteArray details(const ScanView &view, const QString &inquiryNumber);
    static QByteArray notFound();
    static QByteArray errors(const QString &code, const QString &message);
    static QByteArray token(const QString &accessToken, int expiresInSecs, const QString &clientId, qint64 issuedAtMs);
};
