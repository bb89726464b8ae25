#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

class ScanView;

// GLS Track and Trace API v1, GET /tracking/simple/trackids/{ids}, as the GLS sample shows it:
// {"parcels": [...]} with one entry per id asked for, the parcel status and its time, and events
// newest first with the offset written without a colon ("+0200"). An unknown id gets a per-parcel
// error E_404_01. GLS's API gateway (Apigee) answers 401 and 429 with {"fault": {"faultstring",
// "detail": {"errorcode"}}}; the service itself answers other errors as problem details.
class GlsSandboxRenderer
{
public:
    struct Result {
        QString requested;
        const ScanView *view = nullptr; // nullptr: GLS does not know the id
    };

    static QByteArray parcels(const QList<Result> &results);
    static QByteArray gatewayFault(const QString &faultString, const QString &errorCode);
    static QByteArray problem(int status, const QString &title, const QString &detail);
    static QByteArray token(const QString &accessToken, int expiresInSecs);
};
