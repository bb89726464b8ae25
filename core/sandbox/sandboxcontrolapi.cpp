#include "sandboxcontrolapi.h"

#include "sandboxstate.h"
#include "scanview.h"
#include "sim/journeysimulator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {

SandboxReply ok(const QJsonObject &json)
{
    return SandboxReply::json(200, QJsonDocument(json).toJson(QJsonDocument::Compact));
}

SandboxReply fail(int status, const QString &message)
{
    return SandboxReply::json(
        status, QJsonDocument(QJsonObject { { u"error"_s, message } }).toJson(QJsonDocument::Compact));
}

QString iso(const QDateTime &at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

QJsonObject eventJson(const TrackingEvent &event)
{
    return { { u"occurredAt"_s, event.occurredAt.toString(Qt::ISODate) }, { u"location"_s, event.location },
        { u"code"_s, event.carrierCode }, { u"text"_s, event.carrierText },
        { u"subStatus"_s, Taxonomy::subStatusKey(event.subStatus) } };
}

QJsonObject truthJson(const ParcelTruth &truth)
{
    QJsonArray problems;
    for (const TrueProblem &p : truth.problems)
        problems.append(QJsonObject { { u"kind"_s, ProblemKinds::key(p.kind) }, { u"onsetAt"_s, iso(p.onsetAt) } });
    return { { u"outcome"_s, Taxonomy::subStatusKey(truth.outcome) },
        { u"expectedDelivery"_s, truth.expectedDelivery.toString(Qt::ISODate) },
        { u"deliveredAt"_s, truth.deliveredAt.isValid() ? iso(truth.deliveredAt) : QString() },
        { u"problems"_s, problems } };
}

} // namespace

SandboxReply SandboxControlApi::answer(const SandboxRequest &request)
{
    const QString path = request.path;
    if (path == u"/clock")
        return clock(request);
    if (path == u"/parcels" && request.method == "POST")
        return registerParcels(request);
    if (path.startsWith(u"/parcels/") && request.method == "GET")
        return parcel(QUrl::fromPercentEncoding(path.mid(9).toUtf8()), request);
    if (path == u"/faults")
        return faults(request);
    if (path == u"/limits")
        return limits(request);
    if (path == u"/stats")
        return stats(request);
    return fail(404, QStringLiteral("no sandbox endpoint %1 %2").arg(QString::fromLatin1(request.method), path));
}

SandboxReply SandboxControlApi::clock(const SandboxRequest &request)
{
    if (request.method == "POST") {
        const QJsonObject body = QJsonDocument::fromJson(request.body).object();
        const QString nowText = body.value(u"now").toString();
        const QDateTime now = nowText.isEmpty() ? m_state.simulatedNow() : QDateTime::fromString(nowText, Qt::ISODate);
        const double speed = body.value(u"speed").toDouble(m_state.speed());
        if (!now.isValid() || speed < 0)
            return fail(400, u"\"now\" must be an ISO 8601 time and \"speed\" a number of 0 or more"_s);
        m_state.setClock(now, speed);
    } else if (request.method != "GET") {
        return fail(405, u"GET or POST /sandbox/clock"_s);
    }
    return ok({ { u"now"_s, iso(m_state.simulatedNow()) }, { u"speed"_s, m_state.speed() },
        { u"epoch"_s, iso(m_state.epoch()) } });
}

SandboxReply SandboxControlApi::registerParcels(const SandboxRequest &request)
{
    const QJsonDocument document = QJsonDocument::fromJson(request.body);
    const QJsonArray parcels = document.isArray() ? document.array() : document.object().value(u"parcels").toArray();
    const QStringList carriers = JourneySimulator::carriers();
    struct Parcel {
        QString carrier;
        QString number;
        QDateTime shippedAt;
    };
    QList<Parcel> valid;
    for (qsizetype i = 0; i < parcels.size(); ++i) {
        const QJsonObject p = parcels[i].toObject();
        const Parcel parcel { p.value(u"carrier").toString().toLower(), p.value(u"trackingNumber").toString().trimmed(),
            QDateTime::fromString(p.value(u"shippedAt").toString(), Qt::ISODate) };
        if (!carriers.contains(parcel.carrier) || parcel.number.isEmpty() || !parcel.shippedAt.isValid())
            return fail(400,
                QStringLiteral("parcels[%1] needs \"carrier\" (one of %2), \"trackingNumber\" and an ISO 8601 "
                               "\"shippedAt\"; nothing was registered")
                    .arg(i)
                    .arg(carriers.join(u", "_s)));
        valid.append(parcel);
    }
    for (const Parcel &parcel : std::as_const(valid))
        m_state.journeys().registerParcel(parcel.carrier, parcel.number, parcel.shippedAt);
    return ok({ { u"registered"_s, int(valid.size()) } });
}

SandboxReply SandboxControlApi::parcel(const QString &trackingNumber, const SandboxRequest &request)
{
    const QString carrier = request.query.queryItemValue(u"carrier"_s).toLower();
    const auto origin = m_state.journeys().originOf(carrier, trackingNumber);
    if (!origin)
        return fail(404, QStringLiteral("%1 does not carry %2").arg(carrier, trackingNumber));
    const SimulatedJourney journey = m_state.journeys().journey(*origin, trackingNumber);
    const QDateTime now = m_state.simulatedNow();
    const ScanView view(journey, now);
    QJsonArray visible;
    for (const SimulatedScan &scan : view.scans())
        visible.append(eventJson(scan.event));
    return ok({ { u"carrier"_s, origin->carrier }, { u"trackingNumber"_s, trackingNumber },
        { u"source"_s, JourneyBook::sourceKey(origin->source) }, { u"shippedAt"_s, iso(origin->shippedAt) },
        { u"service"_s, journey.shipment.service }, { u"destination"_s, journey.destination }, { u"now"_s, iso(now) },
        { u"subStatus"_s, Taxonomy::subStatusKey(view.shipment().subStatus) }, { u"visible"_s, visible },
        { u"truth"_s, truthJson(journey.truth) } });
}

SandboxReply SandboxControlApi::faults(const SandboxRequest &request)
{
    if (request.method == "POST") {
        QString error;
        if (!m_state.faults().apply(QJsonDocument::fromJson(request.body).object(), &error))
            return fail(400, error + u"; nothing was changed"_s);
    } else if (request.method != "GET") {
        return fail(405, u"GET or POST /sandbox/faults"_s);
    }
    return ok(m_state.faults().toJson());
}

SandboxReply SandboxControlApi::limits(const SandboxRequest &request)
{
    if (request.method == "POST") {
        const QJsonObject carriers = QJsonDocument::fromJson(request.body).object().value(u"carriers").toObject();
        for (auto it = carriers.constBegin(); it != carriers.constEnd(); ++it) {
            if (!SandboxState::carriers().contains(it.key()))
                return fail(400, QStringLiteral("no carrier \"%1\"; nothing was changed").arg(it.key()));
        }
        for (auto it = carriers.constBegin(); it != carriers.constEnd(); ++it)
            m_state.setLimit(it.key(), SandboxLimit::fromJson(it.value().toObject(), m_state.gate(it.key()).limit()));
    } else if (request.method != "GET") {
        return fail(405, u"GET or POST /sandbox/limits"_s);
    }
    return ok(m_state.limitsJson());
}

SandboxReply SandboxControlApi::stats(const SandboxRequest &request)
{
    if (request.method == "DELETE")
        m_state.log().reset();
    else if (request.method != "GET")
        return fail(405, u"GET or DELETE /sandbox/stats"_s);
    return ok(m_state.log().toJson());
}
