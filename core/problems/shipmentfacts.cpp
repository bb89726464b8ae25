#include "shipmentfacts.h"

#include "eventtime.h"

#include "carriers/carriertime.h"
#include "model/placecountry.h"

#include <QCoreApplication>
#include <QVarLengthArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

struct Candidate {
    qint64 at;
    qsizetype index;
};

using EventTime::instantOf;
using EventTime::offsetOf;

QString when(qint64 utc, int offsetSecs)
{
    return QDateTime::fromSecsSinceEpoch(utc, Qt::OffsetFromUTC, offsetSecs).toString(u"yyyy-MM-dd HH:mm t"_s);
}

// "Failed delivery attempt (code DE) of 2026-11-20T14:05:00+01:00", as much as the event says.
QString describe(const TrackingEvent &event)
{
    QString what = Taxonomy::subStatusLabel(event.subStatus);
    if (!event.carrierCode.isEmpty())
        what += QCoreApplication::translate("ShipmentFacts", " (code %1)").arg(event.carrierCode);
    return event.occurredAt.isValid()
        ? QCoreApplication::translate("ShipmentFacts", "%1 of %2").arg(what, event.occurredAt.toString(Qt::ISODate))
        : what;
}

bool isMovement(SubStatus sub)
{
    const Status status = Taxonomy::statusOf(sub);
    return status == Status::InTransit || status == Status::OutForDelivery;
}

// Delivered to someone at the destination; a return that a carrier files as delivered is not.
bool isDelivery(SubStatus sub) { return Taxonomy::statusOf(sub) == Status::Delivered; }

class EpisodeBook
{
public:
    explicit EpisodeBook(QList<OpenEpisode> &episodes) : m_episodes(episodes) {}

    void open(ProblemType type, const TrackingEvent &event, qint64 at)
    {
        for (OpenEpisode &e : m_episodes) {
            if (e.type == type) { // the same episode goes on: keep when it began
                ++e.count;
                e.latestAt = at;
                return;
            }
        }
        m_episodes.append({type, offsetOf(event.occurredAt), 1, at, event.id, at});
    }
    void close(std::initializer_list<ProblemType> types)
    {
        m_episodes.removeIf([&](const OpenEpisode &e) { return std::find(types.begin(), types.end(), e.type) != types.end(); });
    }

private:
    QList<OpenEpisode> &m_episodes;
};

// A scan at a sorting centre or on the line: where the parcel was on its way, and is again on the way back.
bool isHubScan(SubStatus sub)
{
    switch (sub) {
    case SubStatus::InTransit:
    case SubStatus::ArrivedAtHub:
    case SubStatus::DepartedHub:
    case SubStatus::ArrivedInDestinationCountry:
    case SubStatus::CustomsCleared:
        return true;
    default:
        return false;
    }
}

// Where a journey turns: the last stop forward is behind it (out for delivery, at a pickup
// point) or something stopped it (an exception). Hubs after this are new, unless it goes back.
bool turnsTheJourney(SubStatus sub)
{
    const Status status = Taxonomy::statusOf(sub);
    return status == Status::OutForDelivery || status == Status::AttemptFail || status == Status::AvailableForPickup
        || (status == Status::Exception && sub != SubStatus::CarrierDelay && sub != SubStatus::WeatherDelay && sub != SubStatus::Lost);
}

// Watches the settled events for a parcel going back the way it came (see WayBack). The hub it
// was last at before the turn, and the place of the turn itself, do not count: after a failed
// attempt a parcel goes back to its delivery depot as a matter of course.
class WayBackWatch
{
public:
    // True when `event` is the first scan back at a hub passed on the way out.
    bool goesBack(const TrackingEvent &event, qint64 at, WayBack &wayBack)
    {
        if (m_done)
            return false;
        const SubStatus sub = event.subStatus;
        if (!m_turned) {
            if (turnsTheJourney(sub)) {
                m_turned = true;
                m_turnPlace = event.location;
            } else if (isHubScan(sub) && !event.location.isEmpty()) {
                m_passed.append({event.location, at, offsetOf(event.occurredAt)});
            }
            return false;
        }
        // Delivered, or sent to a corrected address: any hub after that is on a new way.
        if (isDelivery(sub) || sub == SubStatus::Redirected) {
            m_done = true;
            return false;
        }
        if (!isHubScan(sub) || event.location.isEmpty() || event.location == m_turnPlace
            || (!m_passed.isEmpty() && event.location == std::as_const(m_passed).back().place))
            return false;
        for (const Passed &p : std::as_const(m_passed)) {
            if (p.place == event.location) {
                wayBack = {at, offsetOf(event.occurredAt), event.location, p.at, p.offsetSecs};
                m_done = true;
                return true;
            }
        }
        return false;
    }

private:
    struct Passed {
        QString place;
        qint64 at;
        int offsetSecs;
    };
    QVarLengthArray<Passed, 8> m_passed;
    QString m_turnPlace;
    bool m_turned = false;
    bool m_done = false;
};

void startReturn(ShipmentFacts &facts, EpisodeBook &book, const TrackingEvent &event, qint64 at)
{
    if (facts.returningAt == 0)
        facts.returningAt = at;
    book.open(ProblemType::ReturnedToSender, event, at);
    // The way back is the case to work now; what led to it stays in the case history.
    book.close({ProblemType::FailedAttempt, ProblemType::AddressProblem, ProblemType::WaitingAtPickupPoint, ProblemType::CustomsHold, ProblemType::Lost});
}

// What one settled event does to the open episodes: the state machine of the rules.
void apply(ShipmentFacts &facts, EpisodeBook &book, const TrackingEvent &event, qint64 at)
{
    using T = ProblemType;
    switch (event.subStatus) {
    case SubStatus::FailedAttempt:
    case SubStatus::FailedAttemptBusinessClosed:
        facts.lastAttemptAt = at;
        book.open(T::FailedAttempt, event, at);
        return;
    case SubStatus::AddressProblem:
        facts.lastAttemptAt = at;
        book.open(T::AddressProblem, event, at);
        return;
    case SubStatus::Redirected: // the address was corrected
        book.close({T::AddressProblem});
        return;
    case SubStatus::Damaged:
        book.open(T::Damaged, event, at);
        return;
    case SubStatus::Refused:
        book.open(T::Refused, event, at);
        return;
    case SubStatus::CustomsHold:
        book.open(T::CustomsHold, event, at);
        return;
    case SubStatus::CustomsCleared:
        book.close({T::CustomsHold});
        return;
    case SubStatus::Lost:
        book.open(T::Lost, event, at);
        return;
    case SubStatus::AvailableForPickup:
    case SubStatus::PickupFinalNotice:
        book.open(T::WaitingAtPickupPoint, event, at);
        book.close({T::FailedAttempt}); // the attempts are over: it waits at the pickup point now
        return;
    case SubStatus::ReturningToSender:
    case SubStatus::ReturnedToSender:
        facts.returnScanned = true;
        facts.returnedToSender = facts.returnedToSender || event.subStatus == SubStatus::ReturnedToSender;
        startReturn(facts, book, event, at);
        return;
    default:
        break;
    }
    if (isDelivery(event.subStatus)) {
        if (facts.deliveredAt == 0)
            facts.deliveredAt = at;
        if (event.subStatus == SubStatus::DeliveredToNeighbour)
            book.open(T::DeliveredToNeighbour, event, at);
        book.close({T::FailedAttempt, T::AddressProblem, T::WaitingAtPickupPoint, T::CustomsHold, T::Lost, T::Refused});
        return;
    }
    if (isMovement(event.subStatus)) {
        // Moving again: released from customs, found after all; out for delivery after an address problem means it was fixed.
        book.close({T::CustomsHold, T::Lost});
        if (event.subStatus == SubStatus::OutForDelivery)
            book.close({T::AddressProblem});
    }
}

} // namespace

ShipmentFacts ShipmentFacts::build(const Shipment &shipment, const QList<TrackingEvent> &events,
                                   const QDateTime &asOf, const RuleThresholds &thresholds)
{
    ShipmentFacts facts;
    facts.carrier = shipment.carrier;
    facts.service = shipment.service;
    facts.country = shipment.countryCode;
    facts.carrierEstimate = shipment.carrierEstimate;
    facts.promisedDate = shipment.promisedDate;
    if (shipment.shipDate.isValid())
        facts.shipAt = QDateTime(shipment.shipDate, QTime(12, 0), Qt::UTC).toSecsSinceEpoch();

    const qint64 latestPossible = asOf.toSecsSinceEpoch() + qint64(thresholds.futureToleranceMinutes) * 60;
    const QDate earliestDate = shipment.shipDate.isValid() ? shipment.shipDate.addDays(-1) : QDate();
    QVarLengthArray<Candidate, 32> candidates;
    for (qsizetype i = 0; i < events.size(); ++i) {
        const TrackingEvent &e = events[i];
        auto setAside = [&](const QString &reason) { facts.notes.append({i, e.id, reason, true}); };
        if (!e.occurredAt.isValid()) {
            setAside(QCoreApplication::translate("ShipmentFacts", "%1: no valid time, so it cannot be placed in the journey").arg(describe(e)));
            continue;
        }
        const qint64 at = instantOf(e.occurredAt);
        if (at > latestPossible) {
            setAside(QCoreApplication::translate("ShipmentFacts", "%1: later than now (%2); a scanner clock or time zone is wrong")
                         .arg(describe(e), asOf.toUTC().toString(Qt::ISODate)));
            continue;
        }
        if (earliestDate.isValid() && e.occurredAt.date() < earliestDate) {
            setAside(QCoreApplication::translate("ShipmentFacts", "%1: before the ship date %2")
                         .arg(describe(e), shipment.shipDate.toString(Qt::ISODate)));
            continue;
        }
        if (e.occurredAt.timeSpec() == Qt::LocalTime) {
            facts.notes.append({i, e.id, QCoreApplication::translate("ShipmentFacts", "%1: no time zone given; read as UTC, so it may be hours off").arg(describe(e)), false});
        }
        candidates.append({at, i});
    }
    std::stable_sort(candidates.begin(), candidates.end(), [](const Candidate &a, const Candidate &b) { return a.at < b.at; });

    // The first scan in transit: a delivery before it is impossible (a wrong date or time zone).
    qint64 firstMoved = 0;
    int firstMovedOffset = 0;
    for (const Candidate &c : candidates) {
        if (isMovement(events[c.index].subStatus)) {
            firstMoved = c.at;
            firstMovedOffset = offsetOf(events[c.index].occurredAt);
            break;
        }
    }

    QVarLengthArray<Candidate, 32> kept;
    const qint64 window = qint64(thresholds.duplicateMinutes) * 60;
    for (const Candidate &c : candidates) {
        const TrackingEvent &e = events[c.index];
        const Candidate *twin = nullptr;
        for (auto k = kept.crbegin(); k != kept.crend() && c.at - k->at <= window; ++k) {
            const TrackingEvent &other = events[k->index];
            if (other.subStatus == e.subStatus && other.location == e.location) {
                twin = &*k;
                break;
            }
        }
        if (twin) {
            facts.notes.append({c.index, e.id,
                                QCoreApplication::translate("ShipmentFacts", "%1: repeats the scan of %2; counted once")
                                    .arg(describe(e), events[twin->index].occurredAt.toString(Qt::ISODate)),
                                true});
            continue;
        }
        if (isDelivery(e.subStatus) && firstMoved != 0 && c.at < firstMoved - 3600) {
            facts.notes.append({c.index, e.id,
                                QCoreApplication::translate("ShipmentFacts", "%1: delivered before the parcel was first scanned in transit (%2)")
                                    .arg(describe(e), when(firstMoved, firstMovedOffset)),
                                true});
            continue;
        }
        kept.append(c);
    }

    EpisodeBook book(facts.episodes);
    WayBackWatch wayBack;
    for (const Candidate &c : kept) {
        const TrackingEvent &e = events[c.index];
        if (wayBack.goesBack(e, c.at, facts.wayBack) && facts.returningAt == 0)
            startReturn(facts, book, e, c.at);
        else
            apply(facts, book, e, c.at);
        if (facts.originCountry.isEmpty())
            facts.originCountry = PlaceCountry::of(e.location);
        if (e.subStatus == SubStatus::CarrierDelay || e.subStatus == SubStatus::WeatherDelay)
            continue;
        facts.lastProgressAt = c.at;
        facts.lastProgressOffsetSecs = offsetOf(e.occurredAt);
        facts.lastProgressSubStatus = e.subStatus;
        facts.lastProgressId = e.id;
    }
    facts.usableEvents = qint32(kept.size());

    if (shipment.promisedDate.isValid()) {
        // The promised day ends at midnight where the customer is; without a known country, the
        // newest scan's zone is the best guess of where that is.
        const QDateTime end(shipment.promisedDate.addDays(1), QTime(0, 0), Qt::UTC);
        facts.promisedOffsetSecs = shipment.countryCode.isEmpty() ? facts.lastProgressOffsetSecs
                                                                  : CarrierTime::offsetFor(shipment.countryCode, end);
        facts.promisedEnd = end.toSecsSinceEpoch() - facts.promisedOffsetSecs;
    }
    return facts;
}

const OpenEpisode *ShipmentFacts::episode(ProblemType type) const
{
    for (const OpenEpisode &e : episodes) {
        if (e.type == type)
            return &e;
    }
    return nullptr;
}
