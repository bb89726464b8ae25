#pragma once

#include <QByteArray>
#include <QString>

class ScanView;

// DHL Shipment Tracking - Unified API, GET /track/shipments, as its documentation example shows
// it: {"shipments": [...]} with the events newest first and their timestamps in local time without
// a zone, statusCode one of pre-transit / transit / delivered / failure / unknown, the description
// in English or German, an estimated time of delivery once DHL announces one, and RFC 7807
// problem details ({"title", "status", "detail"}) for every error.
class DhlSandboxRenderer
{
public:
    enum class Language { English, German };

    static QByteArray shipments(const ScanView &view, Language language);
    static QByteArray problem(int status, const QString &title, const QString &detail);
    // HTTP 404: DHL does not know the number, or has no event for it yet.
    static QByteArray notFound();
};
