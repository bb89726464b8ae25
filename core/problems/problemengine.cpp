#include "problemengine.h"

#include "workingtime.h"

#include "model/customsterritory.h"

#include <QCoreApplication>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 Hour = 3600;
constexpr qint64 Day = 86400;

QString when(qint64 utc, int offsetSecs)
{
    return QDateTime::fromSecsSinceEpoch(utc, Qt::OffsetFromUTC, offsetSecs).toString(u"yyyy-MM-dd HH:mm t"_s);
}

QDateTime utc(qint64 secs) { return QDateTime::fromSecsSinceEpoch(secs, Qt::UTC); }

// "ups Standard", or "ups" alone when the shipment names no service.
QString carrierAndService(const ShipmentFacts &facts)
{
    return facts.service.isEmpty() ? facts.carrier : facts.carrier + u' ' + facts.service;
}

// States in which a parcel sits still on purpose: waiting for its recipient, customs or a
// corrected address. Silence there is not a stall; those cases say what the parcel waits for.
bool waitsOnPurpose(SubStatus sub)
{
    switch (sub) {
    case SubStatus::AvailableForPickup:
    case SubStatus::PickupFinalNotice:
    case SubStatus::CustomsHold:
    case SubStatus::AddressProblem:
    // After a failed attempt the parcel waits for the next round or, far more often than it is
    // lost, at a pickup point whose scan is missing; the failed-attempt case stays open meanwhile
    // (in shipdeck-eval on seed 11, 4 of the 6 stalls and 1 of the 5 losses after one were wrong).
    case SubStatus::FailedAttempt:
    case SubStatus::FailedAttemptBusinessClosed:
        return true;
    default:
        return false;
    }
}

// On the promised day, a parcel that will still arrive that day shows it: the depot scans it at
// dawn and the van leaves in the morning. A parcel last seen on a van or at a failed attempt is
// not judged here: there a missing or late delivery scan is far likelier than a delay, and the
// failed attempt has its own case. Nor after an exception the carrier does not explain: those
// mostly end in a return, and then the customer no longer waits.
bool judgedOnThePromisedDay(SubStatus sub)
{
    const Status status = Taxonomy::statusOf(sub);
    return status != Status::OutForDelivery && status != Status::AttemptFail && sub != SubStatus::ExceptionOther;
}

// A failed attempt, an address problem or a pickup-point drop on the promised day itself: the
// parcel was on time until then, but the next attempt or the corrected address comes a day later
// at the earliest (in shipdeck-eval on seed 11, this raised at-risk recall from 0.89 to 0.96,
// precision went from 0.947 to 0.944). A parcel left at a pickup point that day is often
// collected that evening, so it counts only once `promised_day_collection_hour` has passed
// without a collection (on seed 11: at-risk precision 0.962 to 0.969, the same recall), unless
// a failed attempt that day took it there: then the risk goes on from the attempt, as it was
// (else the warning would stop at the drop and come back in the evening).
struct HeldBack {
    const OpenEpisode *episode = nullptr;
    qint64 since = 0; // when it became a risk
};

std::optional<HeldBack> heldOnThePromisedDay(const ShipmentFacts &facts, qint64 now, const RuleThresholds &t)
{
    const qint64 dayStart = facts.promisedEnd - Day;
    const qint64 collectedBy = dayStart + t.promisedDayCollectionHour * Hour;
    for (const OpenEpisode &e : facts.episodes) {
        if (e.at < dayStart)
            continue;
        if (e.type == ProblemType::FailedAttempt || e.type == ProblemType::AddressProblem)
            return HeldBack{&e, e.at};
        if (e.type != ProblemType::WaitingAtPickupPoint)
            continue;
        if (facts.lastAttemptAt >= dayStart && facts.lastAttemptAt <= e.at)
            return HeldBack{&e, facts.lastAttemptAt};
        if (now >= collectedBy)
            return HeldBack{&e, std::max(e.at, collectedBy)};
    }
    return std::nullopt;
}

QString heldEvidence(const HeldBack &held, const QString &promised, int promisedOffsetSecs)
{
    const OpenEpisode &e = *held.episode;
    const QString at = when(e.at, e.offsetSecs);
    switch (e.type) {
    case ProblemType::FailedAttempt:
        return QCoreApplication::translate("ProblemEngine", "Promised for %1, but the delivery attempt on %2 failed: the next one is a day later at the earliest.").arg(promised, at);
    case ProblemType::AddressProblem:
        return QCoreApplication::translate("ProblemEngine", "Promised for %1, but the carrier reported an address problem on %2: it cannot be delivered that day.").arg(promised, at);
    default:
        if (held.since < e.at) // taken there after a failed attempt that day
            return QCoreApplication::translate("ProblemEngine", "Promised for %1, but the delivery attempt on %2 failed and the parcel was left at a pickup point on %3: it arrives when the customer collects it.")
                .arg(promised, when(held.since, e.offsetSecs), at);
        return QCoreApplication::translate("ProblemEngine", "Promised for %1, but left at a pickup point on %2 and not collected by %3: it arrives when the customer collects it.")
            .arg(promised, at, when(held.since, promisedOffsetSecs));
    }
}

DetectedProblem fromEpisode(const OpenEpisode &e, const RuleThresholds &t, const ShipmentFacts &facts)
{
    DetectedProblem p;
    p.type = e.type;
    p.since = utc(e.at);
    if (e.eventId != 0)
        p.eventIds.append(e.eventId);
    const QString at = when(e.at, e.offsetSecs);
    switch (e.type) {
    case ProblemType::FailedAttempt:
        p.rule = u"failed_attempt.scan"_s;
        p.evidence = QCoreApplication::translate("ProblemEngine", "The carrier reported %n failed delivery attempt(s), the first on %1; no delivery, collection or return since.", nullptr, e.count).arg(at);
        break;
    case ProblemType::AddressProblem:
        p.rule = u"address_problem.scan"_s;
        p.evidence = QCoreApplication::translate("ProblemEngine", "The carrier reported an address problem on %1; no corrected address, delivery or return since.").arg(at);
        break;
    case ProblemType::Damaged:
        p.rule = u"damaged.scan"_s;
        p.evidence = QCoreApplication::translate("ProblemEngine", "The carrier reported the parcel damaged on %1.").arg(at);
        break;
    case ProblemType::Refused:
        p.rule = u"refused.scan"_s;
        p.evidence = QCoreApplication::translate("ProblemEngine", "The carrier reported the parcel refused on %1.").arg(at);
        break;
    case ProblemType::ReturnedToSender:
        if (!facts.returnScanned) {
            const WayBack &w = facts.wayBack;
            p.rule = u"returned.way_back"_s;
            p.evidence = QCoreApplication::translate("ProblemEngine", "Scanned at %1 on %2, where it had already been on its way out on %3: it is on its way back to the sender, though the carrier has not said so.")
                             .arg(w.place, when(w.at, w.offsetSecs), when(w.passedAt, w.passedOffsetSecs));
            break;
        }
        p.rule = u"returned.scan"_s;
        p.evidence = facts.returnedToSender ? QCoreApplication::translate("ProblemEngine", "The carrier reported the parcel on its way back to the sender on %1; it has arrived back.").arg(at)
                                            : QCoreApplication::translate("ProblemEngine", "The carrier reported the parcel on its way back to the sender on %1.").arg(at);
        break;
    case ProblemType::WaitingAtPickupPoint: {
        p.rule = u"pickup.waiting"_s;
        const qint64 deadline = e.at + t.pickupHoldDays * Day;
        p.deadline = utc(deadline);
        p.remindAt = utc(deadline - t.pickupReminderDays * Day);
        p.evidence = QCoreApplication::translate("ProblemEngine", "Waiting at a pickup point since %1. The pickup point keeps parcels %2 days, so it goes back to the sender after %3; remind the customer on %4.")
                         .arg(at, QString::number(t.pickupHoldDays), when(deadline, e.offsetSecs),
                              when(deadline - t.pickupReminderDays * Day, e.offsetSecs));
        if (e.count > 1)
            p.evidence += u' ' + QCoreApplication::translate("ProblemEngine", "The carrier has sent a further notice, the latest on %1.").arg(when(e.latestAt, e.offsetSecs));
        break;
    }
    case ProblemType::DeliveredToNeighbour:
        p.rule = u"delivered_to_neighbour.scan"_s;
        p.evidence = QCoreApplication::translate("ProblemEngine", "The carrier reported the parcel delivered to a neighbour or another third party on %1.").arg(at);
        break;
    case ProblemType::CustomsHold:
        p.rule = u"customs_hold.scan"_s;
        p.evidence = QCoreApplication::translate("ProblemEngine", "The carrier reported the parcel held in customs on %1; no clearance or onward scan since.").arg(at);
        break;
    case ProblemType::Lost:
        p.rule = u"lost.declared"_s;
        p.evidence = QCoreApplication::translate("ProblemEngine", "The carrier declared the parcel lost on %1.").arg(at);
        break;
    case ProblemType::AtRisk:
    case ProblemType::Late:
    case ProblemType::Stalled:
        break; // never episodes: they follow from time, see below
    }
    return p;
}

} // namespace

ProblemEngine::ProblemEngine(ProblemThresholds thresholds, std::shared_ptr<const ScanGapNorms> norms)
    : m_thresholds(std::move(thresholds)), m_norms(std::move(norms))
{
}

ScanGapNorms::Norm ProblemEngine::usualGapAfter(const ShipmentFacts &facts, const RuleThresholds &t) const
{
    if (!m_norms || t.stalledNormPercent <= 0)
        return {};
    return m_norms->after(facts.carrier, facts.service, facts.country, facts.lastProgressSubStatus, t.stalledNormPercent / 100.0);
}

QList<DetectedProblem> ProblemEngine::evaluate(const Shipment &shipment, const QList<TrackingEvent> &events,
                                               const QDateTime &now, const QDate &expectedDelivery) const
{
    const ShipmentFacts facts = ShipmentFacts::build(shipment, events, now, thresholdsFor(shipment));
    return evaluate(facts, now, expectedDelivery);
}

QList<DetectedProblem> ProblemEngine::evaluate(const ShipmentFacts &facts, qint64 now, const QDate &expectedDelivery) const
{
    const RuleThresholds &t = m_thresholds.forShipment(facts.carrier, facts.service);
    QList<DetectedProblem> problems;
    for (const OpenEpisode &e : facts.episodes)
        problems.append(fromEpisode(e, t, facts));

    // Silence is a signal too: no scan at all for longer than the norm, until the parcel is
    // delivered, back with the sender or declared lost.
    const bool settled = facts.delivered() || facts.returnedToSender || facts.episode(ProblemType::Lost);
    const qint64 anchor = facts.lastProgressAt != 0 ? facts.lastProgressAt : facts.shipAt;
    QString silenceEvidence; // for the at-risk rule below
    QDateTime silenceSince;
    bool presumedLost = false;
    if (!settled && anchor != 0 && !waitsOnPurpose(facts.lastProgressSubStatus)) {
        const int offset = facts.lastProgressAt != 0 ? facts.lastProgressOffsetSecs : facts.promisedOffsetSecs;
        const QString last = facts.lastProgressAt != 0
            ? QCoreApplication::translate("ProblemEngine", "the scan “%1” on %2").arg(Taxonomy::subStatusLabel(facts.lastProgressSubStatus), when(anchor, offset))
            : QCoreApplication::translate("ProblemEngine", "the ship date, %1, with no scan at all").arg(when(anchor, offset));
        const qint64 lostSince = anchor + t.lostDays * Day;
        qint64 stalledSince = WorkingTime::addWorkingSecs(anchor, offset, t.stalledHours * Hour);
        // After a scan that is often followed by a skipped one, the next scan comes later than
        // the threshold as a rule: then silence only counts as a stall once it is longer than
        // the gap after that scan which nearly all delivered parcels stayed within. (Looked up
        // only once the threshold has passed: a norm never shortens it.)
        ScanGapNorms::Norm norm;
        if (now >= stalledSince && facts.lastProgressAt != 0)
            norm = usualGapAfter(facts, t);
        const int stalledHours = std::max(t.stalledHours, norm.hours);
        if (stalledHours > t.stalledHours)
            stalledSince = WorkingTime::addWorkingSecs(anchor, offset, stalledHours * Hour);
        DetectedProblem p;
        if (facts.lastProgressSubStatus == SubStatus::OutForDelivery) {
            // Last seen on the van: far more often delivered without a scan, or with a scan that
            // reaches the API days later, than lost or stuck. Worth a look only after a long
            // silence, and only without a promise: with one, late.unconfirmed_delivery has said
            // it days earlier (in shipdeck-eval, all 39 of these alerts on seed 11 were deliveries).
            // (Returns are alike, their last scan is often missing: there silence means stalled, never lost.)
            if (now >= lostSince && facts.promisedEnd == 0) {
                p.type = ProblemType::Stalled;
                p.since = utc(lostSince);
                p.rule = u"stalled.no_delivery_confirmation"_s;
                p.evidence = QCoreApplication::translate("ProblemEngine", "Out for delivery on %1 and no scan for more than %2 days since: the delivery was never confirmed.")
                                 .arg(when(anchor, offset), QString::number(t.lostDays));
            }
        } else if (now >= lostSince && facts.returningAt == 0 && !facts.episode(ProblemType::Refused)) {
            // (A refused parcel goes back as well, whether or not its return is scanned.)
            p.type = ProblemType::Lost;
            p.since = utc(lostSince);
            p.rule = u"lost.silence"_s;
            p.evidence = QCoreApplication::translate("ProblemEngine", "No scan for more than %1 days since %2: presumed lost (threshold for %3: %1 days).")
                             .arg(QString::number(t.lostDays), last, carrierAndService(facts));
        } else if (now >= stalledSince) {
            p.type = ProblemType::Stalled;
            p.since = utc(stalledSince);
            p.rule = u"stalled.no_scan"_s;
            p.evidence = norm.hours > t.stalledHours
                ? QCoreApplication::translate("ProblemEngine", "No scan since %1: more than %2 working hours (Monday to Friday). After such a scan, %3 parcels%4 are scanned again within %2 working hours (%5 % of %6 delivered ones), so a shorter silence there is mostly a skipped scan.")
                      .arg(last, QString::number(stalledHours), carrierAndService(facts),
                           norm.lane ? QCoreApplication::translate("ProblemEngine", " to %1").arg(facts.country) : QString(),
                           QString::number(t.stalledNormPercent), QString::number(norm.parcels))
                : QCoreApplication::translate("ProblemEngine", "No scan since %1: more than %2 working hours (Monday to Friday), the norm for %3.")
                      .arg(last, QString::number(t.stalledHours), carrierAndService(facts));
        }
        if ((p.type == ProblemType::Stalled || p.type == ProblemType::Lost) && facts.lastProgressSubStatus == SubStatus::ArrivedInDestinationCountry
            && CustomsTerritory::crossesBorder(facts.originCountry, facts.country)) {
            // A customs hold the carrier never scans looks just like this; where to ask first.
            p.evidence += u' ' + QCoreApplication::translate("ProblemEngine", "It came into %1 from %2 across a customs border, and no customs clearance has been scanned since: it may be held in customs.")
                                     .arg(facts.country, facts.originCountry);
        }
        if (facts.lastProgressId != 0 && facts.lastProgressAt != 0)
            p.eventIds.append(facts.lastProgressId);
        if (!p.rule.isEmpty()) {
            p.fromSilence = true;
            presumedLost = p.type == ProblemType::Lost;
            silenceEvidence = p.evidence;
            silenceSince = p.since;
            problems.append(p);
        }
    }

    // The promise to the customer: late once its day has passed, at risk when the estimate or a problem says so before.
    // A refusal or a return ends the promise: the customer is not waiting for the parcel any more.
    const OpenEpisode *refused = facts.episode(ProblemType::Refused);
    if (facts.promisedEnd != 0 && !facts.delivered() && facts.returningAt == 0 && !(refused && refused->at <= facts.promisedEnd)) {
        const QString promised = facts.promisedDate.toString(Qt::ISODate);
        // Out for delivery in time and not heard of since: most likely delivered, with the scan
        // still on its way from the driver's handheld, so it gets longer before it counts as late.
        const bool onTheVan = facts.lastProgressSubStatus == SubStatus::OutForDelivery && facts.lastProgressAt <= facts.promisedEnd;
        const int grace = onTheVan ? t.unconfirmedGraceHours : t.lateGraceHours;
        const qint64 lateSince = facts.promisedEnd + grace * Hour;
        DetectedProblem p;
        if (now >= lateSince) {
            p.type = ProblemType::Late;
            p.since = utc(lateSince);
            p.rule = onTheVan ? u"late.unconfirmed_delivery"_s : u"late.past_promise"_s;
            p.fromSilence = true;
            p.evidence = onTheVan
                ? QCoreApplication::translate("ProblemEngine", "Promised to the customer for %1; out for delivery on %2, but no delivery confirmed by %3 (the end of the promised day plus %4 hours).")
                      .arg(promised, when(facts.lastProgressAt, facts.lastProgressOffsetSecs), when(lateSince, facts.promisedOffsetSecs), QString::number(grace))
                : QCoreApplication::translate("ProblemEngine", "Promised to the customer for %1 and not delivered by %2 (the end of that day plus %3 hours' grace for late scans).")
                      .arg(promised, when(lateSince, facts.promisedOffsetSecs), QString::number(grace));
        } else if (expectedDelivery.isValid() && expectedDelivery > facts.promisedDate) {
            p.type = ProblemType::AtRisk;
            p.since = utc(facts.lastProgressAt != 0 ? facts.lastProgressAt : now);
            p.rule = u"at_risk.estimate"_s;
            // A prediction from history moves later as days pass without news; the carrier's date does not.
            p.fromSilence = expectedDelivery != facts.carrierEstimate;
            p.evidence = QCoreApplication::translate("ProblemEngine", "Not expected before %1, after the date promised to the customer, %2.").arg(expectedDelivery.toString(Qt::ISODate), promised);
        } else if (presumedLost) {
            // Only a presumed loss: a stall alone is no sign the promise will break (in
            // shipdeck-eval on seed 11, 48 of the 238 at-risk alerts from a stall were wrong, a
            // skipped or late scan; without them the promised-day rules flagged the real ones with
            // the same median delay, 19.5 h, at recall 0.956 instead of 0.960).
            p.type = ProblemType::AtRisk;
            p.since = silenceSince;
            p.rule = u"at_risk.silence"_s;
            p.fromSilence = true;
            p.evidence = QCoreApplication::translate("ProblemEngine", "Promised for %1. %2").arg(promised, silenceEvidence);
        } else if (const std::optional<HeldBack> held = heldOnThePromisedDay(facts, now, t)) {
            p.type = ProblemType::AtRisk;
            p.since = utc(held->since);
            p.rule = u"at_risk.held_on_promised_day"_s;
            p.evidence = heldEvidence(*held, promised, facts.promisedOffsetSecs);
        } else if (judgedOnThePromisedDay(facts.lastProgressSubStatus)) {
            // The promised day began at its midnight, a day before it ends (a clock change that
            // night moves this by an hour, well inside the margin of the hours below).
            const qint64 dayStart = facts.promisedEnd - Day;
            const bool collecting = Taxonomy::statusOf(facts.lastProgressSubStatus) == Status::AvailableForPickup;
            const qint64 deadline = dayStart + (collecting ? t.promisedDayCollectionHour : t.promisedDayScanHour) * Hour;
            const bool unseenThatDay = facts.lastProgressAt < dayStart;
            // Scanned that day, but only after the vans had left, and not on one (a hub, the
            // depot): it goes out tomorrow at the earliest. Such a scan used to end the warning
            // until the estimate or the late rule raised it again in the night (on seed 11, 43 of
            // the 57 at-risk cases that closed and opened again).
            const bool stillOnItsWay = !collecting && facts.lastProgressAt >= deadline;
            if (now >= deadline && (unseenThatDay || stillOnItsWay)) {
                p.type = ProblemType::AtRisk;
                p.since = utc(deadline);
                p.rule = u"at_risk.promised_day"_s;
                p.fromSilence = true;
                if (collecting)
                    p.evidence = QCoreApplication::translate("ProblemEngine", "Promised for %1 and still not collected from the pickup point by %2.").arg(promised, when(deadline, facts.promisedOffsetSecs));
                else if (unseenThatDay)
                    p.evidence = QCoreApplication::translate("ProblemEngine", "Promised for %1, but not scanned at all that day by %2: a parcel due that day is out for delivery by then.").arg(promised, when(deadline, facts.promisedOffsetSecs));
                else
                    p.evidence = QCoreApplication::translate("ProblemEngine", "Promised for %1, but not out for delivery by %2: the scan “%3” on %4 came after the delivery rounds had left.")
                                     .arg(promised, when(deadline, facts.promisedOffsetSecs), Taxonomy::subStatusLabel(facts.lastProgressSubStatus),
                                          when(facts.lastProgressAt, facts.lastProgressOffsetSecs));
            }
        }
        if (!p.rule.isEmpty())
            problems.append(p);
    }

    std::stable_sort(problems.begin(), problems.end(), [](const DetectedProblem &a, const DetectedProblem &b) { return a.since < b.since; });
    return problems;
}
