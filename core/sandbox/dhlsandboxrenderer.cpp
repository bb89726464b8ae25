#include "dhlsandboxrenderer.h"

#include "phrasebook.h"
#include "sandboxformat.h"
#include "sandboxplace.h"
#include "scanview.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {

QJsonObject address(const QString &location, const QString &postalCode = {})
{
    const SandboxPlace place(location);
    QJsonObject address { { u"countryCode"_s, place.countryCode() }, { u"addressLocality"_s, place.city() } };
    if (!postalCode.isEmpty())
        address.insert(u"postalCode"_s, postalCode);
    return address;
}

QJsonObject event(const TrackingEvent &e, DhlSandboxRenderer::Language language)
{
    return { { u"timestamp"_s, SandboxFormat::localWithoutZone(e.occurredAt) },
        { u"location"_s, QJsonObject { { u"address"_s, address(e.location) } } }, { u"statusCode"_s, e.carrierCode },
        { u"description"_s, PhraseBook::dhlText(e.carrierText, language == DhlSandboxRenderer::Language::German) } };
}

// The Unified API's service key and DHL's product name for the simulator's DHL products.
struct Product {
    QString service;
    QString name;
};
Product productOf(const QString &service)
{
    if (service.startsWith(u"Express"))
        return { u"express"_s, u"DHL "_s + service };
    return { u"parcel-de"_s, u"DHL "_s + service };
}

QString originOf(const ScanView &view)
{
    for (const SimulatedScan &scan : view.scans()) {
        if (!scan.event.location.isEmpty())
            return scan.event.location;
    }
    return {};
}

} // namespace

QByteArray DhlSandboxRenderer::shipments(const ScanView &view, Language language)
{
    const Shipment &s = view.shipment();
    const Product product = productOf(s.service);
    QJsonArray events;
    for (const SimulatedScan &scan : view.newestFirst())
        events.append(event(scan.event, language));

    QJsonObject shipment {
        { u"id"_s, s.trackingNumber },
        { u"service"_s, product.service },
        { u"origin"_s, QJsonObject { { u"address"_s, address(originOf(view)) } } },
        { u"destination"_s, QJsonObject { { u"address"_s, address(view.destination(), s.postalCode) } } },
        { u"status"_s, event(view.latest().event, language) },
        { u"details"_s,
            QJsonObject { { u"product"_s, QJsonObject { { u"productName"_s, product.name } } },
                { u"totalNumberOfPieces"_s, 1 }, { u"pieceIds"_s, QJsonArray { s.trackingNumber } } } },
        { u"events"_s, events },
    };
    if (const QDate estimate = view.latestEstimate(); estimate.isValid()) {
        // As DHL's example: midnight UTC of the day, and the day as the delivery window.
        const QDateTime day(estimate, QTime(0, 0), Qt::UTC);
        shipment.insert(u"estimatedTimeOfDelivery"_s, SandboxFormat::utc(day));
        shipment.insert(u"estimatedDeliveryTimeFrame"_s,
            QJsonObject { { u"estimatedFrom"_s, SandboxFormat::utc(day) },
                { u"estimatedThrough"_s, SandboxFormat::utc(day.addSecs(22 * 3600)) } });
    }
    return QJsonDocument(QJsonObject { { u"shipments"_s, QJsonArray { shipment } } }).toJson(QJsonDocument::Compact);
}

QByteArray DhlSandboxRenderer::problem(int status, const QString &title, const QString &detail)
{
    const QJsonObject problem { { u"title"_s, title }, { u"status"_s, status }, { u"detail"_s, detail } };
    return QJsonDocument(problem).toJson(QJsonDocument::Compact);
}

QByteArray DhlSandboxRenderer::notFound()
{
    return problem(404, u"No result found"_s, u"No shipment with given tracking number found."_s);
}
