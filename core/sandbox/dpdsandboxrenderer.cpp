#include "dpdsandboxrenderer.h"

#include "sandboxplace.h"
#include "scanview.h"

#include <QXmlStreamWriter>
#include <functional>

using namespace Qt::StringLiterals;

namespace {

const QString soapNamespace = u"http://schemas.xmlsoap.org/soap/envelope/"_s;
const QString lifeCycleNamespace = u"http://dpd.com/common/service/types/ParcelLifeCycleService/2.0"_s;
const QString loginNamespace = u"http://dpd.com/common/service/types/LoginService/2.0"_s;
const QString authNamespace = u"http://dpd.com/common/service/types/Authentication/2.0"_s;

// DPD's label groups its statuses into the stages of a parcel's life, as in the sample.
struct Stage {
    const char16_t *statuses;
    const char16_t *label;
};
constexpr Stage stages[] = {
    { u"Accepted", u"Order information transmitted" },
    { u"PickedUp", u"Parcel handed to DPD" },
    { u"AtSendingDepot OnTheRoad BetweenDepots Customs ReturnToSender Problem", u"In transit" },
    { u"AtDeliveryDepot Depot Courier DeliveryFailure ReturningFromDelivery ParcelShop", u"Parcel out for delivery" },
    { u"Delivered Pickup BackToSender", u"Delivered" },
};

QString labelOf(const QString &status)
{
    for (const Stage &stage : stages) {
        for (QStringView s : QStringView(stage.statuses).tokenize(u' ')) {
            if (s == status)
                return QString::fromUtf16(stage.label);
        }
    }
    return u"In transit"_s;
}

// DPD's text element: the words and how its tracking page styles them.
void text(QXmlStreamWriter &w, const QString &name, const QString &content, bool bold)
{
    w.writeStartElement(name);
    w.writeTextElement(u"content"_s, content);
    w.writeTextElement(u"bold"_s, bold ? u"true"_s : u"false"_s);
    w.writeTextElement(u"paragraph"_s, u"false"_s);
    w.writeEndElement();
}

void flag(QXmlStreamWriter &w, const QString &name, bool value)
{
    w.writeTextElement(name, value ? u"true"_s : u"false"_s);
}

void shipmentInfo(QXmlStreamWriter &w, const QString &service)
{
    w.writeStartElement(u"shipmentInfo"_s);
    if (!service.isEmpty()) {
        w.writeStartElement(u"serviceDescription"_s);
        text(w, u"label"_s, u"Your DPD service:"_s, false);
        text(w, u"content"_s, service, false);
        w.writeEndElement();
    }
    w.writeTextElement(u"status"_s, u"SHIPMENT"_s);
    flag(w, u"statusHasBeenReached"_s, false);
    flag(w, u"isCurrentStatus"_s, false);
    flag(w, u"showContactInfo"_s, false);
    w.writeEndElement();
}

void statusInfo(QXmlStreamWriter &w, const TrackingEvent &event, bool current)
{
    const SandboxPlace place(event.location);
    w.writeStartElement(u"statusInfo"_s);
    w.writeTextElement(u"status"_s, event.carrierCode);
    text(w, u"label"_s, labelOf(event.carrierCode), true);
    w.writeStartElement(u"description"_s);
    text(w, u"content"_s, event.carrierText, false);
    w.writeEndElement();
    flag(w, u"statusHasBeenReached"_s, true);
    flag(w, u"isCurrentStatus"_s, current);
    flag(w, u"showContactInfo"_s, true);
    if (!place.isEmpty())
        text(w, u"location"_s, place.city() + u" ("_s + place.countryCode() + u')', true);
    text(w, u"date"_s, event.occurredAt.toString(u"M/d/yyyy h:mm:ss AP"_s), true);
    w.writeEndElement();
}

QByteArray envelope(const std::function<void(QXmlStreamWriter &)> &body)
{
    QByteArray out;
    QXmlStreamWriter w(&out);
    w.setAutoFormatting(true);
    w.setAutoFormattingIndent(3);
    w.writeNamespace(soapNamespace, u"soap"_s);
    w.writeNamespace(u"http://www.w3.org/2001/XMLSchema-instance"_s, u"xsi"_s);
    w.writeNamespace(u"http://www.w3.org/2001/XMLSchema"_s, u"xsd"_s);
    w.writeStartElement(soapNamespace, u"Envelope"_s);
    w.writeStartElement(soapNamespace, u"Body"_s);
    body(w);
    w.writeEndElement();
    w.writeEndElement();
    return out;
}

QByteArray trackingResult(const std::function<void(QXmlStreamWriter &)> &content)
{
    return envelope([&](QXmlStreamWriter &w) {
        w.writeStartElement(u"getTrackingDataResponse"_s);
        w.writeDefaultNamespace(lifeCycleNamespace);
        w.writeStartElement(u"trackingresult"_s);
        content(w);
        w.writeEndElement();
        w.writeEndElement();
    });
}

} // namespace

QByteArray DpdSandboxRenderer::trackingData(const ScanView &view)
{
    return trackingResult([&](QXmlStreamWriter &w) {
        shipmentInfo(w, u"DPD "_s + view.shipment().service.toUpper());
        const QList<SimulatedScan> &scans = view.scans();
        for (qsizetype i = 0; i < scans.size(); ++i)
            statusInfo(w, scans[i].event, i == scans.size() - 1);
    });
}

QByteArray DpdSandboxRenderer::unknownParcel()
{
    return trackingResult([](QXmlStreamWriter &w) { shipmentInfo(w, {}); });
}

QByteArray DpdSandboxRenderer::fault(
    const QString &faultCode, const QString &errorCode, const QString &message, bool authentication)
{
    return envelope([&](QXmlStreamWriter &w) {
        w.writeStartElement(soapNamespace, u"Fault"_s);
        w.writeTextElement(u"faultcode"_s, faultCode);
        w.writeTextElement(u"faultstring"_s, u"Fault occured"_s);
        w.writeStartElement(u"detail"_s);
        if (authentication)
            w.writeStartElement(authNamespace, u"authenticationFault"_s);
        else
            w.writeStartElement(lifeCycleNamespace, u"faultCodeType"_s);
        w.writeTextElement(u"errorCode"_s, errorCode);
        w.writeTextElement(u"errorMessage"_s, message);
        w.writeEndElement();
        w.writeEndElement();
        w.writeEndElement();
    });
}

QByteArray DpdSandboxRenderer::authResponse(
    const QString &delisId, const QString &authToken, const QDateTime &expiresUtc)
{
    return envelope([&](QXmlStreamWriter &w) {
        w.writeStartElement(loginNamespace, u"getAuthResponse"_s);
        w.writeStartElement(u"return"_s);
        w.writeTextElement(u"delisId"_s, delisId);
        w.writeTextElement(u"customerUid"_s, delisId);
        w.writeTextElement(u"authToken"_s, authToken);
        w.writeTextElement(u"depot"_s, u"0163"_s);
        // DPD writes the expiry in UTC without a zone and with milliseconds.
        w.writeTextElement(u"authTokenExpires"_s, expiresUtc.toUTC().toString(u"yyyy-MM-dd'T'HH:mm:ss.zzz"_s));
        w.writeEndElement();
        w.writeEndElement();
    });
}
