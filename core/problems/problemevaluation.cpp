#include "problemevaluation.h"

#include "deliverypredictor.h"
#include "workingtime.h"

#include "carriers/carriertime.h"
#include "sim/demodatagenerator.h"
#include "tracking/pollschedule.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <limits>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 Hour = 3600;
constexpr qint64 Day = 86400;
constexpr int TypeCount = ProblemTypeCount;

std::optional<ProblemType> typeOf(ProblemKind kind)
{
    switch (kind) {
    case ProblemKind::FailedAttempt: return ProblemType::FailedAttempt;
    case ProblemKind::AddressProblem: return ProblemType::AddressProblem;
    case ProblemKind::Damaged: return ProblemType::Damaged;
    case ProblemKind::Refused: return ProblemType::Refused;
    case ProblemKind::ReturnedToSender: return ProblemType::ReturnedToSender;
    case ProblemKind::WaitingAtPickupPoint: return ProblemType::WaitingAtPickupPoint;
    case ProblemKind::DeliveredToNeighbour: return ProblemType::DeliveredToNeighbour;
    case ProblemKind::Lost: return ProblemType::Lost;
    case ProblemKind::CustomsHold: return ProblemType::CustomsHold;
    // Judged by what physically happened to the timeline instead (stalled, late): the simulator's
    // label says why a parcel was slow, not whether it sat still past the norm or broke the promise.
    case ProblemKind::Late:
    case ProblemKind::Stalled:
    case ProblemKind::WeatherDelay:
    case ProblemKind::None:
        break;
    }
    return std::nullopt;
}

// The scans that report a problem of this type themselves; none for the types judged from time
// (stalled, late, at risk, lost: silence is their trace, and the engine always has it).
bool reportsType(SubStatus sub, ProblemType type)
{
    switch (type) {
    case ProblemType::FailedAttempt: return sub == SubStatus::FailedAttempt || sub == SubStatus::FailedAttemptBusinessClosed;
    case ProblemType::AddressProblem: return sub == SubStatus::AddressProblem;
    case ProblemType::Damaged: return sub == SubStatus::Damaged;
    case ProblemType::Refused: return sub == SubStatus::Refused;
    case ProblemType::ReturnedToSender: return sub == SubStatus::ReturningToSender || sub == SubStatus::ReturnedToSender;
    case ProblemType::WaitingAtPickupPoint: return sub == SubStatus::AvailableForPickup || sub == SubStatus::PickupFinalNotice;
    case ProblemType::DeliveredToNeighbour: return sub == SubStatus::DeliveredToNeighbour;
    case ProblemType::CustomsHold: return sub == SubStatus::CustomsHold;
    case ProblemType::Lost:
    case ProblemType::Stalled:
    case ProblemType::Late:
    case ProblemType::AtRisk:
        break;
    }
    return false;
}

// When the rule's verdict became possible on what the carrier had reported: `since` for a rule
// judged from time; for one dated by a scan (a failed attempt, the hub a return passed again),
// the moment that scan reached the API, which may be hours after it happened: a delay that is the
// carrier's, not the engine's or the poll's.
qint64 visibleSince(const SimulatedJourney &journey, const DetectedProblem &p, qint64 now)
{
    const qint64 since = p.since.toSecsSinceEpoch();
    qint64 reported = std::numeric_limits<qint64>::max();
    for (const SimulatedScan &scan : journey.scans) {
        const qint64 at = scan.reportedAt.toSecsSinceEpoch();
        if (at <= now && scan.event.occurredAt.toSecsSinceEpoch() == since)
            reported = std::min(reported, at);
    }
    return reported == std::numeric_limits<qint64>::max() ? since : std::max(since, reported);
}

bool judgedFromTime(ProblemType type)
{
    return type == ProblemType::Lost || type == ProblemType::Stalled || type == ProblemType::Late || type == ProblemType::AtRisk;
}

bool physicallyDone(SubStatus sub)
{
    return Taxonomy::statusOf(sub) == Status::Delivered || sub == SubStatus::ReturnedToSender;
}

bool waitsOnPurpose(SubStatus sub)
{
    return sub == SubStatus::AvailableForPickup || sub == SubStatus::PickupFinalNotice || sub == SubStatus::CustomsHold
        || sub == SubStatus::AddressProblem;
}

// Midday of `date` in the destination: where a delivery day turns into an instant for error hours.
qint64 middayOf(const QDate &date, const QString &country)
{
    const QDateTime local(date, QTime(13, 0), Qt::UTC);
    return local.toSecsSinceEpoch() - CarrierTime::offsetFor(country, local);
}

qint64 endOfDay(const QDate &date, const QString &country)
{
    const QDateTime end(date.addDays(1), QTime(0, 0), Qt::UTC);
    return end.toSecsSinceEpoch() - CarrierTime::offsetFor(country, end);
}

// When the physical parcel first sat still past the stalled threshold; 0 if it never did in [.., until].
qint64 physicalStall(const ParcelTruth &truth, qint64 stalledSecs, qint64 until)
{
    QList<const PhysicalStep *> steps;
    for (const PhysicalStep &s : truth.steps) {
        // Neither the loss itself nor a delay is movement: the silence goes on.
        if (s.subStatus != SubStatus::Lost && s.subStatus != SubStatus::CarrierDelay && s.subStatus != SubStatus::WeatherDelay)
            steps.append(&s);
    }
    for (qsizetype i = 0; i < steps.size(); ++i) {
        const PhysicalStep &s = *steps[i];
        if (physicallyDone(s.subStatus))
            return 0;
        if (waitsOnPurpose(s.subStatus))
            continue;
        const qint64 next = i + 1 < steps.size() ? steps[i + 1]->at.toSecsSinceEpoch() : std::numeric_limits<qint64>::max();
        const qint64 since = WorkingTime::addWorkingSecs(s.at.toSecsSinceEpoch(), s.at.offsetFromUtc(), stalledSecs);
        if (since < next)
            return since <= until ? since : 0;
    }
    return 0;
}

bool pickedUp(const ShipmentRecord &record)
{
    for (const TrackingEvent &e : record.events) {
        if (e.status() != Status::Pending && e.status() != Status::InfoReceived)
            return true;
    }
    return false;
}

double percentileOf(QList<double> values, double share)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype index = std::min<qsizetype>(values.size() - 1, qsizetype(share * double(values.size())));
    return share == 0.5 && values.size() % 2 == 0 ? (values[values.size() / 2 - 1] + values[values.size() / 2]) / 2 : values[index];
}

QString stamp(qint64 secs)
{
    return QDateTime::fromSecsSinceEpoch(secs, Qt::UTC).toString(u"ddd yyyy-MM-dd HH:mm'Z'"_s);
}

QString explanation(int index, const SimulatedJourney &journey, const char *verdict, qint64 onset, const QStringList &verdicts)
{
    QStringList lines{u"journey %1 (%2 %3 %4 to %5): %6%7"_s.arg(QString::number(index), journey.shipment.carrier, journey.shipment.service,
                                                                   journey.shipment.trackingNumber, journey.destination, QString::fromLatin1(verdict),
                                                                   onset != 0 ? u", true onset "_s + stamp(onset) : QString())};
    lines.append(u" truth:"_s);
    for (const TrueProblem &p : journey.truth.problems)
        lines.append(u"  problem %1 from %2"_s.arg(ProblemKinds::key(p.kind), stamp(p.onsetAt.toSecsSinceEpoch())));
    for (const PhysicalStep &s : journey.truth.steps)
        lines.append(u"  %1 %2 %3"_s.arg(stamp(s.at.toSecsSinceEpoch()), Taxonomy::subStatusKey(s.subStatus), s.location));
    lines.append(u" scans (happened / reported):"_s);
    for (const SimulatedScan &scan : journey.scans)
        lines.append(u"  %1 / %2 %3 %4%5"_s.arg(stamp(scan.event.occurredAt.toSecsSinceEpoch()), stamp(scan.reportedAt.toSecsSinceEpoch()),
                                               Taxonomy::subStatusKey(scan.event.subStatus), scan.event.location,
                                               scan.duplicate ? u" (duplicate)"_s : QString()));
    lines.append(u" engine:"_s);
    lines.append(verdicts.isEmpty() ? QStringList{u"  never opened"_s} : verdicts);
    return lines.join(u'\n');
}

} // namespace

double ProblemEvaluation::TypeScore::visibleRecall() const
{
    return visibleReal == 0 ? 1.0 : double(visibleTruePositives) / visibleReal;
}

double ProblemEvaluation::TypeScore::precision() const
{
    const int alerts = truePositives + falsePositives;
    return alerts == 0 ? 1.0 : double(truePositives) / alerts;
}

double ProblemEvaluation::TypeScore::recall() const
{
    const int real = truePositives + falseNegatives;
    return real == 0 ? 1.0 : double(truePositives) / real;
}

ProblemEvaluation::ProblemEvaluation(Options options, ProblemEngine engine)
    : m_options(std::move(options)), m_engine(std::move(engine))
{
}

void ProblemEvaluation::train(DeliveryPredictor &predictor, ScanGapNorms &norms) const
{
    // Past deliveries as a database holds them: the carrier's delivery scan, another seed's parcels.
    const DemoDataGenerator history(m_options.trainSeed != 0 ? m_options.trainSeed : m_options.seed + 1, m_options.generatedAt);
    const QDateTime end(QDate(9999, 12, 31), QTime(0, 0), Qt::UTC);
    for (int i = 0; i < m_options.count; ++i) {
        const ShipmentRecord record = history.journey(i).visibleAt(end);
        predictor.learn(record);
        norms.learn(record);
    }
}

ProblemEvaluation::Result ProblemEvaluation::run() const
{
    DeliveryPredictor predictor;
    auto norms = std::make_shared<ScanGapNorms>();
    train(predictor, *norms);
    // The engine as given, with the scan gaps of this run's history (as the poller learns its own).
    const ProblemEngine engine(m_engine.thresholds(), norms);
    Result result;
    const DemoDataGenerator generator(m_options.seed, m_options.generatedAt);
    for (int i = 0; i < m_options.count; ++i) {
        // The shop's promise comes with the order; the rest of the record is the carrier's view.
        const QDate promised = generator.generate(i, 1).constFirst().shipment.promisedDate;
        replay(engine, i, generator.journey(i), promised, predictor, result);
    }
    return result;
}

void ProblemEvaluation::replay(const ProblemEngine &engine, int index, const SimulatedJourney &journey, const QDate &promised, const DeliveryPredictor &predictor, Result &result) const
{
    const ParcelTruth &truth = journey.truth;
    if (truth.steps.isEmpty())
        return;
    ++result.journeys;
    Shipment shipment = journey.shipment;
    shipment.promisedDate = promised;
    const RuleThresholds &thresholds = engine.thresholdsFor(shipment);
    const QString &country = shipment.countryCode;
    const qint64 shipped = truth.steps.constFirst().at.toSecsSinceEpoch();

    // Replay the polls and, between them, the poller's review round: the engine sees only what
    // the carrier had reported by the last poll, as it does in production.
    std::array<qint64, TypeCount> alertAt{};
    std::array<qint64, TypeCount> ruleSince{};
    std::array<bool, TypeCount> firstPollAfterRule{};
    std::array<quint8, TypeCount> state{}; // 0 never open, 1 open, 2 closed
    const PollSchedule schedule;
    const int explained = m_options.explain ? int(*m_options.explain) : -1;
    QStringList verdicts; // the explained type's verdict at each poll or review where it changed
    bool eddDone = false;
    qint64 previous = shipped;     // the previous poll or review
    qint64 previousPoll = shipped; // the poll before the last one: news reported since came with the last
    qint64 t = shipped + Hour;
    qint64 nextPollAt = t;
    qint64 fetchedAt = t; // the last poll: what the engine knows is as of then
    std::array<bool, TypeCount> openAtPoll{};
    qint64 lastPoll = shipped;
    const qint64 reviewSecs = qint64(m_options.reviewMinutes) * 60;
    const qint64 horizon = shipped + m_options.horizonDays * Day;
    while (t <= horizon) {
        const QDateTime now = QDateTime::fromSecsSinceEpoch(t, Qt::UTC);
        const QDate today = now.addSecs(CarrierTime::offsetFor(country, now)).date();
        bool polled = t >= nextPollAt;
        if (polled)
            fetchedAt = t;
        ShipmentRecord record;
        DeliveryEstimate estimate;
        QList<DetectedProblem> problems;
        const auto judge = [&] {
            record = journey.visibleAt(QDateTime::fromSecsSinceEpoch(fetchedAt, Qt::UTC));
            record.shipment.promisedDate = promised;
            estimate = predictor.estimate(record.shipment, today);
            problems = engine.evaluate(ShipmentFacts::build(record.shipment, record.events, now, thresholds), t, estimate);
            ++result.evaluations;
        };
        judge();
        // A silence the review finds on old news (not there at the last poll) waits for a poll to
        // confirm it, as ProblemCaseKeeper does; here the poll comes at once.
        if (!polled && std::any_of(problems.cbegin(), problems.cend(), [&](const DetectedProblem &p) {
                return p.fromSilence && state[int(p.type)] != 1 && !openAtPoll[int(p.type)];
            })) {
            polled = true;
            fetchedAt = t;
            judge();
        }
        if (polled) {
            ++result.polls;
            previousPoll = lastPoll;
            lastPoll = t;
            openAtPoll = {};
            for (const DetectedProblem &p : problems)
                openAtPoll[int(p.type)] = true;
        }

        std::array<bool, TypeCount> open{};
        for (const DetectedProblem &p : problems) {
            const int type = int(p.type);
            if (type == explained && state[type] != 1)
                verdicts.append(u"  %1 %2: open since %3 (%4): %5"_s.arg(stamp(t), polled ? u"poll"_s : u"review"_s,
                                                                          stamp(p.since.toSecsSinceEpoch()), p.rule, p.evidence));
            open[type] = true;
            if (alertAt[type] == 0) {
                alertAt[type] = t;
                ruleSince[type] = visibleSince(journey, p, t);
                // Silence shows at the first look after it began; a scan at the first poll after it was reported.
                firstPollAfterRule[type] = ruleSince[type] > (p.fromSilence ? previous : previousPoll);
            }
        }
        for (int type = 0; type < TypeCount; ++type) {
            if (open[type] && state[type] == 2)
                ++result.flaps;
            if (open[type])
                state[type] = 1;
            else if (state[type] == 1) {
                state[type] = 2;
                if (type == explained)
                    verdicts.append(u"  %1 %2: closed"_s.arg(stamp(t), polled ? u"poll"_s : u"review"_s));
            }
        }

        // The delivery date as a customer would be told it once the parcel is on its way.
        if (!eddDone && pickedUp(record)) {
            eddDone = true;
            if (truth.deliveredAt.isValid() && !truth.has(ProblemKind::ReturnedToSender)) {
                const qint64 delivered = truth.deliveredAt.toSecsSinceEpoch();
                const auto hoursOff = [&](const QDate &date) { return double(std::abs(middayOf(date, country) - delivered)) / Hour; };
                const DeliveryEstimate history = predictor.predict(record.shipment, today);
                const QDate baseline = predictor.baseline(record.shipment);
                if (estimate.isValid() && history.isValid() && baseline.isValid()) {
                    result.edd.ourErrorHours.append(hoursOff(estimate.date));
                    result.edd.historyErrorHours.append(hoursOff(history.date));
                    result.edd.baselineErrorHours.append(hoursOff(baseline));
                    result.edd.carrierEstimates += estimate.source == DeliveryEstimate::Source::Carrier ? 1 : 0;
                }
            }
        }

        if (polled) {
            const std::optional<QDateTime> next = schedule.nextPoll(record.shipment, now);
            if (!next)
                break;
            nextPollAt = next->toSecsSinceEpoch();
        }
        previous = t;
        t = reviewSecs > 0 ? std::min(nextPollAt, t + reviewSecs) : nextPollAt;
    }
    const qint64 observedUntil = std::min(t, horizon);

    // The truth, from what physically happened.
    std::array<qint64, TypeCount> onset{};
    for (const TrueProblem &p : truth.problems) {
        const auto type = typeOf(p.kind);
        if (type && p.onsetAt.toSecsSinceEpoch() <= observedUntil)
            onset[int(*type)] = p.onsetAt.toSecsSinceEpoch();
    }
    onset[int(ProblemType::Stalled)] = physicalStall(truth, thresholds.stalledHours * Hour, observedUntil);
    if (promised.isValid()) {
        const qint64 promisedEnd = endOfDay(promised, country);
        const bool onTime = truth.deliveredAt.isValid() && truth.deliveredAt.toSecsSinceEpoch() <= promisedEnd;
        qint64 returning = 0; // refused or sent back: the customer no longer waits for it
        qint64 firstCause = promisedEnd;
        for (const TrueProblem &p : truth.problems) {
            if ((p.kind == ProblemKind::ReturnedToSender || p.kind == ProblemKind::Refused) && returning == 0)
                returning = p.onsetAt.toSecsSinceEpoch();
            firstCause = std::min(firstCause, p.onsetAt.toSecsSinceEpoch());
        }
        if (!onTime && !(returning != 0 && returning <= promisedEnd)) {
            onset[int(ProblemType::Late)] = promisedEnd;
            onset[int(ProblemType::AtRisk)] = firstCause;
        }
    }

    // Which problems the carrier's scans told of while the parcel was watched.
    std::array<bool, TypeCount> traced{};
    for (int type = 0; type < TypeCount; ++type)
        traced[type] = judgedFromTime(ProblemType(type));
    for (const SimulatedScan &scan : journey.scans) {
        if (scan.reportedAt.toSecsSinceEpoch() > observedUntil)
            continue;
        for (int type = 0; type < TypeCount; ++type)
            traced[type] = traced[type] || reportsType(scan.event.subStatus, ProblemType(type));
    }

    for (int type = 0; type < TypeCount; ++type) {
        TypeScore &score = result.types[std::size_t(type)];
        const bool alerted = alertAt[type] != 0;
        const bool real = onset[type] != 0;
        if (real && traced[type]) {
            ++score.visibleReal;
            score.visibleTruePositives += alerted ? 1 : 0;
        }
        if (type == explained && alerted != real)
            result.explanations.append(explanation(index, journey, alerted ? "false alarm" : "miss", onset[type], verdicts));
        if (alerted && real) {
            ++score.truePositives;
            score.onsetDelayHours.append(double(alertAt[type] - onset[type]) / Hour);
            score.ruleDelayHours.append(double(alertAt[type] - ruleSince[type]) / Hour);
            score.withinOnePoll += firstPollAfterRule[type] ? 1 : 0;
        } else if (alerted) {
            ++score.falsePositives;
        } else if (real) {
            ++score.falseNegatives;
        }
    }
}

QList<QString> ProblemEvaluation::jsonLines(const Result &result)
{
    QList<QString> lines;
    const auto quoted = [](const QString &text) {
        return QString::fromUtf8(QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
    };
    // Same key order as scripts/bench documents; the peer only where one was measured.
    const auto line = [&](const QString &bench, const QString &metric, double value, const QString &unit, qint64 n,
                          const QString &peer = {}, double peerValue = 0) {
        QString text = u"{\"bench\":%1,\"metric\":%2,\"value\":%3,\"unit\":%4,\"n\":%5"_s.arg(
            quoted(bench), quoted(metric), QString::number(value, 'g', 6), quoted(unit), QString::number(n));
        if (!peer.isEmpty())
            text += u",\"peer\":%1,\"peer_value\":%2,\"ratio\":%3"_s.arg(quoted(peer), QString::number(peerValue, 'g', 6),
                                                                         QString::number(value > 0 ? peerValue / value : 0.0, 'g', 4));
        lines.append(text + u'}');
    };
    for (int type = 0; type < TypeCount; ++type) {
        const TypeScore &s = result.types[std::size_t(type)];
        const QString bench = u"eval_"_s + ProblemTypes::key(ProblemType(type));
        line(bench, u"precision"_s, s.precision(), u"ratio"_s, s.truePositives + s.falsePositives);
        line(bench, u"recall"_s, s.recall(), u"ratio"_s, s.truePositives + s.falseNegatives);
        line(bench, u"visible_recall"_s, s.visibleRecall(), u"ratio"_s, s.visibleReal);
        line(bench, u"median_delay_from_onset"_s, percentileOf(s.onsetDelayHours, 0.5), u"h"_s, s.truePositives);
        line(bench, u"median_delay_from_rule"_s, percentileOf(s.ruleDelayHours, 0.5), u"h"_s, s.truePositives);
        line(bench, u"within_one_poll"_s, s.truePositives == 0 ? 1.0 : double(s.withinOnePoll) / s.truePositives, u"ratio"_s, s.truePositives);
    }
    const EddScore &e = result.edd;
    const qint64 n = e.ourErrorHours.size();
    line(u"eval_edd"_s, u"median_abs_error"_s, percentileOf(e.ourErrorHours, 0.5), u"h"_s, n, u"ship date + carrier median transit"_s,
         percentileOf(e.baselineErrorHours, 0.5));
    line(u"eval_edd"_s, u"p90_abs_error"_s, percentileOf(e.ourErrorHours, 0.9), u"h"_s, n, u"ship date + carrier median transit"_s,
         percentileOf(e.baselineErrorHours, 0.9));
    line(u"eval_edd_history_only"_s, u"median_abs_error"_s, percentileOf(e.historyErrorHours, 0.5), u"h"_s, n,
         u"ship date + carrier median transit"_s, percentileOf(e.baselineErrorHours, 0.5));
    line(u"eval_edd_history_only"_s, u"p90_abs_error"_s, percentileOf(e.historyErrorHours, 0.9), u"h"_s, n,
         u"ship date + carrier median transit"_s, percentileOf(e.baselineErrorHours, 0.9));
    line(u"eval_edd"_s, u"carrier_estimate_share"_s, n == 0 ? 0.0 : double(e.carrierEstimates) / double(n), u"ratio"_s, n);
    line(u"eval_flaps"_s, u"reopened_cases"_s, result.flaps, u"count"_s, result.journeys);
    line(u"eval_polls"_s, u"per_journey"_s, result.journeys == 0 ? 0.0 : double(result.polls) / result.journeys, u"count"_s, result.journeys);
    return lines;
}
