#include "journeysimulator.h"

#include "carriervocabulary.h"
#include "geography.h"
#include "simrandom.h"
#include "trackingnumberformat.h"

#include <QVarLengthArray>

#include <algorithm>
#include <array>
#include <limits>

using namespace Qt::StringLiterals;

namespace {

using Carrier = CarrierVocabulary::Carrier;
using Leg = CarrierVocabulary::Leg;
using Hint = TrackingNumberFormat::Hint;
using Zone = Geography::Zone;

constexpr qint64 Minute = 60;
constexpr qint64 Hour = 3600;
constexpr qint64 Day = 86400;

enum class ServiceClass : quint8 { Road, Express, Economy };

// Business days from pickup to delivery, by service class and zone (Domestic ... Overseas):
// the carriers' published norms for a German sender, rounded.
constexpr std::array<std::array<int, 5>, 3> transitNorm{{
    {1, 2, 3, 4, 6}, // Road: DHL Paket, UPS Standard, GLS, DPD Classic
    {1, 1, 2, 2, 2}, // Express
    {2, 3, 3, 4, 5}, // FedEx International Economy
}};

// How a primary problem is picked, in percent of all parcels (CustomsHold only on customs lanes,
// WeatherDelay scaled by season): about 80 % of parcels have no problem at all.
struct ProblemWeight {
    ProblemKind kind;
    double percent;
};
constexpr ProblemWeight problemWeights[] = {
    {ProblemKind::None, 80.0},
    {ProblemKind::Late, 4.0},
    {ProblemKind::Stalled, 1.5},
    {ProblemKind::FailedAttempt, 4.0},
    {ProblemKind::AddressProblem, 1.0},
    {ProblemKind::Damaged, 0.4},
    {ProblemKind::Refused, 0.5},
    {ProblemKind::ReturnedToSender, 0.4},
    {ProblemKind::WaitingAtPickupPoint, 3.0},
    {ProblemKind::DeliveredToNeighbour, 3.0},
    {ProblemKind::Lost, 0.4},
    {ProblemKind::CustomsHold, 0.0}, // set per lane
    {ProblemKind::WeatherDelay, 0.8},
};

// Per carrier (dhl, ups, fedex, gls, dpd): behaviour that differs between the networks.
struct CarrierTraits {
    int pickupHoldDays;        // how long a pickup point keeps a parcel
    double lockerShare;        // normal deliveries into a locker or mailbox
    double signedShare;        // normal deliveries signed for
    double businessClosedShare; // failed attempts because a business was closed
    double latencyFactor;      // how slowly scans reach the API
    double batchShare;         // scans uploaded in batches (ties, shuffled order)
    double duplicateShare;
};
constexpr std::array<CarrierTraits, CarrierVocabulary::CarrierCount> carrierTraits{{
    {7, 0.10, 0.08, 0.15, 1.0, 0.05, 0.02},  // DHL: Packstation, Saturday delivery
    {7, 0.01, 0.45, 0.30, 0.7, 0.02, 0.01},  // UPS
    {5, 0.01, 0.55, 0.30, 0.7, 0.02, 0.015}, // FedEx
    {10, 0.03, 0.10, 0.20, 1.3, 0.20, 0.03}, // GLS
    {7, 0.03, 0.12, 0.20, 1.2, 0.20, 0.06},  // DPD: the sample shows duplicated events
}};

struct Step {
    qint64 utc = 0;
    SubStatus sub = SubStatus::InTransit;
    int place = 0; // also where the clock of a location-less step comes from
    Leg leg = CarrierVocabulary::Line;
    bool physical = true;   // false: only the carrier's declaration (lost, investigation)
    bool scannable = true;  // false: happened, but nobody could scan it (the loss itself)
};

bool isDelivered(SubStatus s)
{
    return Taxonomy::statusOf(s) == Status::Delivered && s != SubStatus::ReturnedToSender;
}

bool isFinalStep(SubStatus s) { return Taxonomy::statusOf(s) == Status::Delivered || s == SubStatus::Lost; }

bool isDelaySignal(SubStatus s)
{
    switch (s) {
    case SubStatus::CarrierDelay:
    case SubStatus::WeatherDelay:
    case SubStatus::CustomsHold:
    case SubStatus::Damaged:
    case SubStatus::FailedAttempt:
    case SubStatus::FailedAttemptBusinessClosed:
    case SubStatus::AddressProblem:
    case SubStatus::Refused:
    case SubStatus::ExceptionOther:
        return true;
    default:
        return false;
    }
}

// How likely the carrier scans (and reports) a physical step at all.
double scanProbability(SubStatus s, Leg leg)
{
    switch (s) {
    case SubStatus::InfoReceived: return 0.98;
    case SubStatus::PickedUp: return 0.90;
    case SubStatus::ArrivedAtHub: return leg == CarrierVocabulary::Delivery ? 0.92 : 0.87;
    case SubStatus::DepartedHub: return 0.80;
    case SubStatus::ArrivedInDestinationCountry: return 0.85;
    case SubStatus::CustomsCleared: return 0.80;
    case SubStatus::OutForDelivery: return 0.93;
    case SubStatus::FailedAttempt:
    case SubStatus::FailedAttemptBusinessClosed: return 0.95;
    case SubStatus::Refused: return 0.93;
    case SubStatus::AddressProblem: return 0.85;
    case SubStatus::Redirected: return 0.90;
    case SubStatus::AvailableForPickup:
    case SubStatus::CollectedFromPickupPoint: return 0.97;
    case SubStatus::PickupFinalNotice: return 0.75;
    case SubStatus::CustomsHold: return 0.80;
    case SubStatus::WeatherDelay:
    case SubStatus::CarrierDelay: return 0.60;
    case SubStatus::Damaged: return 0.70;
    case SubStatus::ReturningToSender: return 0.90;
    case SubStatus::ReturnedToSender: return 0.95;
    default:
        return isDelivered(s) ? 0.998 : 0.90;
    }
}

// Exceptions are what carriers are worst at reporting promptly.
bool isException(SubStatus s)
{
    return Taxonomy::statusOf(s) == Status::Exception && s != SubStatus::ReturningToSender
        && s != SubStatus::ReturnedToSender;
}

class JourneyBuilder
{
public:
    JourneyBuilder(quint64 seed, int originPlace, Carrier carrier, const QString &carrierKey,
                   const QString &trackingNumber, const QDateTime &shippedAt);
    SimulatedJourney build();

private:
    void chooseLane();
    void chooseProblem();
    void buildTimeline();
    bool buildOriginAndLine(); // false if the parcel never reaches the delivery depot
    void buildDelivery();
    void finishLine(qint64 departure, qint64 depotAt);
    void applyLineDelay(int arrivalIndex, int days, SubStatus signal, ProblemKind kind, qint64 signalDelay);
    void loseAfter(qint64 lastUtc, int lastPlace, bool carrierKnowsIt);
    void deliverOn(qint64 day, SubStatus how);
    qint64 outForDelivery(qint64 day);
    qint64 deliveryTime(qint64 day, qint64 outForDeliveryAt);
    void failedAttemptFlow(qint64 day);
    void addressProblemFlow(qint64 day, qint64 depotAt);
    void pickupPointFlow(qint64 availableAt);
    void returnFlow(qint64 start, int place);
    SubStatus normalDeliverySub();
    void makeScans(SimulatedJourney &journey);

    qint64 add(qint64 utc, SubStatus sub, int place, Leg leg, bool physical = true, bool scannable = true)
    {
        m_steps.append({utc, sub, place, leg, physical, scannable});
        return utc;
    }
    void problem(ProblemKind kind, qint64 utc)
    {
        for (const auto &p : m_problems) {
            if (p.first == kind)
                return; // one entry per kind: the first onset is what counts
        }
        m_problems.append({kind, utc});
    }
    qint64 lastUtc() const
    {
        qint64 last = m_shippedUtc;
        for (const Step &s : m_steps)
            last = std::max(last, s.utc);
        return last;
    }
    void delivered(qint64 utc, SubStatus how)
    {
        m_deliveredUtc = add(utc, how, m_destCity, CarrierVocabulary::Delivery);
        m_deliveredSub = how;
    }
    bool deliversOn(qint64 day) const
    {
        const int wd = Geography::weekday(day);
        return wd <= 5 || (wd == 6 && m_saturdayDelivery);
    }
    qint64 addDeliveryDays(qint64 day, int n) const
    {
        while (n > 0) {
            ++day;
            n -= deliversOn(day) ? 1 : 0;
        }
        return day;
    }
    static qint64 addBusinessDays(qint64 day, int n)
    {
        while (n > 0) {
            ++day;
            n -= Geography::weekday(day) <= 5 ? 1 : 0;
        }
        return day;
    }
    qint64 atDestination(qint64 day, qint64 fromSecs, qint64 toSecs)
    {
        return Geography::utcOf(m_destCity, day, int(m_truth.between(fromSecs, toSecs)));
    }
    qint64 destDay(qint64 utc) const { return Geography::localDay(m_destCity, utc); }

    // Inputs
    const int m_origin;
    const Carrier m_carrier;
    const int m_carrierIndex;
    const QString m_carrierKey;
    const QString m_trackingNumber;
    const qint64 m_shippedUtc;
    const CarrierTraits &m_traits;
    // Truth decisions and scan noise draw from separate streams, so tuning the noise never
    // changes what physically happens.
    SimRandom m_truth;
    SimRandom m_scan;

    // Lane
    int m_destCountry = 0;
    int m_destCity = 0;
    QString m_postalCode;
    QString m_service;
    ServiceClass m_class = ServiceClass::Road;
    bool m_air = false;
    bool m_saturdayDelivery = false;
    int m_normDays = 1;
    int m_originHub = 0;

    // Problem
    ProblemKind m_primary = ProblemKind::None;
    int m_lossStage = 0; // for Lost: 0 before pickup, 1 in the network, 2 at the delivery depot
    bool m_noPreadvice = false;

    // Timeline
    qint64 m_pickupDay = 0;
    qint64 m_expectedDay = 0;
    qint64 m_depotDay = 0;
    int m_depotSecs = 0;
    int m_lineBegin = 0; // index of the first step that a line delay may shift
    QVarLengthArray<Step, 32> m_steps;
    QVarLengthArray<std::pair<ProblemKind, qint64>, 4> m_problems;
    qint64 m_deliveredUtc = -1;
    SubStatus m_deliveredSub = SubStatus::Delivered;
};

JourneyBuilder::JourneyBuilder(quint64 seed, int originPlace, Carrier carrier, const QString &carrierKey,
                               const QString &trackingNumber, const QDateTime &shippedAt)
    : m_origin(originPlace)
    , m_carrier(carrier)
    , m_carrierIndex(int(carrier))
    , m_carrierKey(carrierKey)
    , m_trackingNumber(trackingNumber)
    , m_shippedUtc(shippedAt.toSecsSinceEpoch())
    , m_traits(carrierTraits[std::size_t(carrier)])
    , m_truth(SimRandom::combine(SimRandom::combine(seed, SimRandom::hash(carrierKey)), SimRandom::hash(trackingNumber)))
    , m_scan(SimRandom::combine(m_truth.next(), 0x5CA7'5CA7u))
{
}

SimulatedJourney JourneyBuilder::build()
{
    chooseLane();
    chooseProblem();
    buildTimeline();

    SimulatedJourney journey;
    Shipment &s = journey.shipment;
    s.carrier = m_carrierKey;
    s.trackingNumber = m_trackingNumber;
    s.service = m_service;
    s.countryCode = Geography::country(m_destCountry).code;
    s.postalCode = m_postalCode;
    journey.destination = Geography::place(m_destCity).location;
    s.shipDate = Geography::dateOfDay(Geography::localDay(m_origin, m_shippedUtc));

    ParcelTruth &truth = journey.truth;
    truth.expectedDelivery = Geography::dateOfDay(m_expectedDay);
    std::stable_sort(m_problems.begin(), m_problems.end(), [](const auto &a, const auto &b) { return a.second < b.second; });
    for (const auto &[kind, utc] : m_problems)
        truth.problems.append({kind, QDateTime::fromSecsSinceEpoch(utc, Qt::UTC)});
    if (m_deliveredUtc >= 0)
        truth.deliveredAt = QDateTime::fromSecsSinceEpoch(m_deliveredUtc, Qt::UTC);

    makeScans(journey);

    const ShipmentRecord finalState = journey.visibleAt(QDateTime(QDate(9999, 12, 31), QTime(0, 0), Qt::UTC));
    s.subStatus = finalState.shipment.subStatus;
    s.lastEventAt = finalState.shipment.lastEventAt;
    s.carrierEstimate = finalState.shipment.carrierEstimate;
    return journey;
}

void JourneyBuilder::chooseLane()
{
    const Hint hint = TrackingNumberFormat::hintOf(m_carrier, m_trackingNumber);
    const int countries = Geography::countryCount();
    const int de = Geography::countryIndex(u"DE");
    const int us = Geography::countryIndex(u"US");
    QVarLengthArray<double, 16> weights(countries);
    for (int i = 0; i < countries; ++i)
        weights[i] = Geography::country(i).share[std::size_t(m_carrierIndex)];

    auto pickCountry = [&] { m_destCountry = m_truth.weighted(weights.data(), int(weights.size())); };
    auto isDomestic = [&] { return m_destCountry == de; };

    switch (m_carrier) {
    case Carrier::Dhl:
        if (hint == Hint::DhlPaket || (hint == Hint::None && m_truth.chance(0.65))) {
            m_destCountry = de;
            m_service = u"Paket"_s;
        } else if (hint == Hint::DhlExpress) {
            weights[de] = 0;
            weights[us] *= 10; // most DHL Express from a web shop crosses the Atlantic
            pickCountry();
            m_service = u"Express Worldwide"_s;
        } else {
            weights[de] = 0;
            weights[us] = hint == Hint::DhlPaketInternational ? 0 : weights[us];
            pickCountry();
            m_service = m_destCountry == us ? u"Express Worldwide"_s : u"Paket International"_s;
        }
        m_class = m_service == u"Express Worldwide" ? ServiceClass::Express : ServiceClass::Road;
        break;
    case Carrier::Ups: {
        Hint service = hint;
        if (service == Hint::None) {
            const int pick = m_truth.weighted({75, 18, 7});
            service = pick == 0 ? Hint::UpsStandard : pick == 1 ? Hint::UpsExpressSaver : Hint::UpsExpress;
        }
        if (service == Hint::UpsStandard)
            weights[us] = 0; // UPS Standard is the European road product
        pickCountry();
        m_service = service == Hint::UpsStandard ? u"Standard"_s : service == Hint::UpsExpressSaver ? u"Express Saver"_s : u"Express"_s;
        m_class = service == Hint::UpsStandard ? ServiceClass::Road : ServiceClass::Express;
        break;
    }
    case Carrier::Fedex:
        pickCountry();
        if (isDomestic()) {
            m_service = u"Priority"_s;
            m_class = ServiceClass::Express;
        } else {
            const int pick = m_destCountry == us ? m_truth.weighted({60, 40, 0}) : m_truth.weighted({40, 40, 20});
            m_service = pick == 0 ? u"International Priority"_s : pick == 1 ? u"International Economy"_s : u"Regional Economy"_s;
            m_class = pick == 0 ? ServiceClass::Express : pick == 1 ? ServiceClass::Economy : ServiceClass::Road;
        }
        break;
    case Carrier::Gls:
        pickCountry();
        if (isDomestic() && m_truth.chance(0.07)) {
            m_service = u"ExpressParcel"_s;
            m_class = ServiceClass::Express;
        } else {
            m_service = isDomestic() ? u"BusinessParcel"_s : u"EuroBusinessParcel"_s;
        }
        break;
    case Carrier::Dpd: {
        pickCountry();
        const int pick = m_truth.weighted({70, 25, 5});
        m_service = pick == 0 ? u"Classic"_s : pick == 1 ? u"Predict"_s : u"Express"_s;
        m_class = pick == 2 ? ServiceClass::Express : ServiceClass::Road;
        break;
    }
    }

    const Geography::Country &country = Geography::country(m_destCountry);
    m_destCity = country.cities.at(int(m_truth.below(country.cities.size())));
    m_postalCode = Geography::postalCode(m_destCity, m_truth);
    m_normDays = transitNorm[std::size_t(m_class)][std::size_t(country.zone)];
    m_air = country.zone == Zone::Overseas
        || (m_destCountry != de && (m_class != ServiceClass::Road || m_carrier == Carrier::Fedex)
            && m_carrier != Carrier::Gls && m_carrier != Carrier::Dpd);
    m_saturdayDelivery = m_carrier == Carrier::Dhl && m_destCountry == de;
    // Every carrier sorts in the warehouse's own city if it is a hub town, else in one nearby.
    const QList<int> &germanHubs = Geography::country(de).hubs;
    m_originHub = germanHubs.contains(m_origin) ? m_origin : germanHubs.at((m_origin + 3 * m_carrierIndex) % germanHubs.size());
}

void JourneyBuilder::chooseProblem()
{
    std::array<double, std::size(problemWeights)> weights{};
    const Geography::Country &country = Geography::country(m_destCountry);
    const int month = Geography::dateOfDay(Geography::localDay(m_origin, m_shippedUtc)).month();
    const double season = (month == 12 || month <= 2) ? 2.5 : (month == 3 || month == 11) ? 1.2 : 0.5;
    for (std::size_t i = 0; i < weights.size(); ++i) {
        const ProblemWeight &w = problemWeights[i];
        weights[i] = w.percent;
        if (w.kind == ProblemKind::CustomsHold)
            weights[i] = country.customs ? 10.0 : 0.0; // about one in ten parcels into CH, GB, US, NO
        else if (w.kind == ProblemKind::WeatherDelay)
            weights[i] *= season;
        else if (w.kind == ProblemKind::DeliveredToNeighbour && country.code == u"US")
            weights[i] = 0.5; // parcels are left at the door there instead
    }
    m_primary = problemWeights[m_truth.weighted(weights.data(), int(weights.size()))].kind;
    if (m_primary == ProblemKind::Lost) {
        m_lossStage = m_truth.weighted({10, 70, 20});
        m_noPreadvice = m_lossStage == 0 && m_truth.chance(0.35);
    }
}

void JourneyBuilder::buildTimeline()
{
    if (buildOriginAndLine())
        buildDelivery();
    // Flows append in time order except for signals inserted into a delayed line; sort once.
    std::stable_sort(m_steps.begin(), m_steps.end(), [](const Step &a, const Step &b) { return a.utc < b.utc; });
}

bool JourneyBuilder::buildOriginAndLine()
{
    add(m_shippedUtc, SubStatus::InfoReceived, m_origin, CarrierVocabulary::Origin);

    // The carrier collects in the afternoon; labels printed after the cut-off go the next business day.
    const qint64 shippedDay = Geography::localDay(m_origin, m_shippedUtc);
    const qint64 shippedSecs = m_shippedUtc + Geography::utcOffsetSeconds(m_origin, m_shippedUtc) - shippedDay * Day;
    const bool sameDay = Geography::weekday(shippedDay) <= 5 && shippedSecs < 16 * Hour + 30 * Minute;
    m_pickupDay = sameDay ? shippedDay : addBusinessDays(shippedDay, 1);
    qint64 pickup = Geography::utcOf(m_origin, m_pickupDay, int(m_truth.between(15 * Hour + 30 * Minute, 18 * Hour + 30 * Minute)));
    if (pickup < m_shippedUtc + 20 * Minute)
        pickup = m_shippedUtc + m_truth.between(20 * Minute, 90 * Minute);

    m_expectedDay = addDeliveryDays(m_pickupDay, m_normDays);
    int actualDays = m_normDays;
    if (m_primary == ProblemKind::None && m_normDays > 1 && m_truth.chance(0.12))
        actualDays -= 1; // the norm is a promise with a margin: some arrive a day early
    m_depotDay = addDeliveryDays(m_pickupDay, actualDays);
    m_depotSecs = int(m_truth.between(3 * Hour + 30 * Minute, 6 * Hour + 30 * Minute));

    if (m_primary == ProblemKind::Lost && m_lossStage == 0) {
        // Never handed over, or gone at the pickup: nothing after the pre-advice, if there was one.
        loseAfter(std::max(m_shippedUtc + 10 * Minute, pickup - m_truth.between(0, 2 * Hour)), m_origin, false);
        return false;
    }

    add(pickup, SubStatus::PickedUp, m_origin, CarrierVocabulary::Origin);
    m_lineBegin = int(m_steps.size());
    qint64 t = add(pickup + m_truth.between(90 * Minute, 3 * Hour), SubStatus::ArrivedAtHub, m_originHub, CarrierVocabulary::Origin);
    t = add(t + m_truth.between(40 * Minute, 150 * Minute), SubStatus::DepartedHub, m_originHub, CarrierVocabulary::Origin);

    const qint64 depotAt = Geography::utcOf(m_destCity, m_depotDay, m_depotSecs);
    finishLine(t, depotAt);

    // Problems of the line haul: the parcel sits somewhere, everything after it moves later.
    QVarLengthArray<int, 8> arrivals;
    int gatewayArrival = -1;
    for (int i = m_lineBegin; i < m_steps.size(); ++i) {
        if (m_steps[i].sub == SubStatus::ArrivedAtHub)
            arrivals.append(i);
        if (m_steps[i].sub == SubStatus::ArrivedInDestinationCountry) {
            arrivals.append(i);
            gatewayArrival = i;
        }
    }
    const int anyArrival = arrivals[int(m_truth.below(arrivals.size()))];
    switch (m_primary) {
    case ProblemKind::Late: {
        const int days = 1 + m_truth.weighted({60, 30, 10});
        // Often the carrier says nothing; sometimes it admits a delay in its network.
        const bool admits = m_truth.chance(0.35);
        applyLineDelay(anyArrival, days, admits ? SubStatus::CarrierDelay : SubStatus::NoInformation, ProblemKind::Late,
                       m_truth.between(2 * Hour, 8 * Hour));
        break;
    }
    case ProblemKind::Stalled: {
        const int days = int(m_truth.between(3, 6));
        const bool admits = m_truth.chance(0.25);
        applyLineDelay(anyArrival, days, admits ? SubStatus::CarrierDelay : SubStatus::NoInformation, ProblemKind::Stalled,
                       m_truth.between(Day, 2 * Day));
        break;
    }
    case ProblemKind::WeatherDelay:
        if (m_truth.chance(0.6)) {
            applyLineDelay(anyArrival, 1 + m_truth.weighted({70, 22, 8}), SubStatus::WeatherDelay, ProblemKind::WeatherDelay,
                           m_truth.between(1 * Hour, 6 * Hour));
            m_primary = ProblemKind::None; // handled; the delivery goes normally
        }
        break;
    case ProblemKind::CustomsHold:
        if (gatewayArrival < 0)
            break;
        if (m_truth.chance(0.8)) {
            applyLineDelay(gatewayArrival, int(m_truth.between(2, 6)), SubStatus::CustomsHold, ProblemKind::CustomsHold,
                           m_truth.between(1 * Hour, 5 * Hour));
        } else {
            // Duties not paid or papers missing: held for days, then sent back.
            const Step gateway = m_steps[gatewayArrival];
            m_steps.resize(gatewayArrival + 1);
            const qint64 hold = add(gateway.utc + m_truth.between(1 * Hour, 5 * Hour), SubStatus::CustomsHold, gateway.place, CarrierVocabulary::Line);
            problem(ProblemKind::CustomsHold, hold);
            returnFlow(hold + m_truth.between(5 * Day, 10 * Day), gateway.place);
            return false;
        }
        break;
    case ProblemKind::Damaged:
        if (m_truth.chance(0.65)) {
            applyLineDelay(anyArrival, int(m_truth.between(1, 3)), SubStatus::Damaged, ProblemKind::Damaged,
                           m_truth.between(30 * Minute, 3 * Hour));
        } else {
            const Step hub = m_steps[anyArrival];
            m_steps.resize(anyArrival + 1);
            const qint64 damaged = add(hub.utc + m_truth.between(30 * Minute, 3 * Hour), SubStatus::Damaged, hub.place, CarrierVocabulary::Line);
            problem(ProblemKind::Damaged, damaged);
            returnFlow(damaged + m_truth.between(1 * Day, 3 * Day), hub.place);
            return false;
        }
        break;
    case ProblemKind::Lost:
        if (m_lossStage == 1) {
            // Lost somewhere after the pickup: the steps stop after a random one.
            const int last = int(m_truth.between(m_lineBegin - 1, m_steps.size() - 1));
            const Step seen = m_steps[last];
            m_steps.resize(last + 1);
            loseAfter(seen.utc + m_truth.between(2 * Hour, 20 * Hour), seen.place, true);
            return false;
        }
        break;
    default:
        break;
    }
    return true;
}

// The waypoints between the origin hub and the delivery depot, spread evenly over the time
// between leaving the one and reaching the other.
void JourneyBuilder::finishLine(qint64 departure, qint64 depotAt)
{
    const int de = Geography::countryIndex(u"DE");
    const Geography::Country &country = Geography::country(m_destCountry);
    struct Waypoint {
        SubStatus sub;
        int place;
        Leg leg = CarrierVocabulary::Line;
    };
    QVarLengthArray<Waypoint, 8> waypoints;
    const int destHub = country.hubs.at((7 * m_destCity + m_carrierIndex) % country.hubs.size());
    if (m_destCountry == de) {
        if (destHub != m_originHub) {
            waypoints.append({SubStatus::ArrivedAtHub, destHub});
            waypoints.append({SubStatus::DepartedHub, destHub});
        }
    } else {
        int last = m_originHub;
        int entry = country.hubs.at(m_carrierIndex % country.hubs.size());
        if (m_air) {
            static const int gateways[] = {
                Geography::placeIndex(u"Leipzig", u"DE"),
                Geography::placeIndex(u"Köln", u"DE"),
                Geography::placeIndex(u"Roissy Charles de Gaulle", u"FR"),
            };
            const int gateway = m_carrierIndex < 3 ? gateways[m_carrierIndex] : m_originHub;
            if (Geography::place(gateway).country == m_destCountry) {
                entry = gateway; // FedEx into France: the Paris hub is the way in
            } else if (gateway != m_originHub) { // still the origin side: worded like the origin hub
                waypoints.append({SubStatus::ArrivedAtHub, gateway, CarrierVocabulary::Origin});
                waypoints.append({SubStatus::DepartedHub, gateway, CarrierVocabulary::Origin});
                last = gateway;
            }
        }
        if (m_truth.chance(0.6))
            waypoints.append({SubStatus::InTransit, last});
        waypoints.append({SubStatus::ArrivedInDestinationCountry, entry});
        if (country.customs)
            waypoints.append({SubStatus::CustomsCleared, entry});
        if (country.zone != Zone::Overseas && destHub != entry)
            waypoints.append({SubStatus::ArrivedAtHub, destHub});
        waypoints.append({SubStatus::DepartedHub, (country.zone != Zone::Overseas) ? destHub : entry});
    }
    const qint64 span = depotAt - 20 * Minute - departure;
    const qint64 gap = span / (waypoints.size() + 1);
    for (int k = 0; k < waypoints.size(); ++k) {
        const qint64 t = departure + gap * (k + 1) + m_truth.between(-gap / 4, gap / 4);
        add(t, waypoints[k].sub, waypoints[k].place, waypoints[k].leg);
    }
}

// The parcel sits `days` delivery days longer after the arrival at `arrivalIndex`: the rest of the
// line and the delivery move by as much. `signal` (if not NoInformation) is the carrier's own
// note of it, `signalDelay` after the arrival; the problem's onset is when the parcel should
// have moved on.
void JourneyBuilder::applyLineDelay(int arrivalIndex, int days, SubStatus signal, ProblemKind kind, qint64 signalDelay)
{
    const qint64 oldDepot = Geography::utcOf(m_destCity, m_depotDay, m_depotSecs);
    m_depotDay = addDeliveryDays(m_depotDay, days);
    const qint64 shift = Geography::utcOf(m_destCity, m_depotDay, m_depotSecs) - oldDepot;
    const Step arrival = m_steps[arrivalIndex];
    // When the parcel should have moved on: the onset of a silent delay.
    const qint64 plannedMove = arrivalIndex + 1 < m_steps.size() ? m_steps[arrivalIndex + 1].utc : oldDepot;
    for (int i = arrivalIndex + 1; i < m_steps.size(); ++i)
        m_steps[i].utc += shift;
    const qint64 signalAt = std::min(arrival.utc + signalDelay, plannedMove + shift - 30 * Minute);
    if (signal != SubStatus::NoInformation)
        add(signalAt, signal, arrival.place, CarrierVocabulary::Line);
    const bool silent = kind == ProblemKind::Late || kind == ProblemKind::Stalled;
    problem(kind, silent ? plannedMove : signalAt);
}

void JourneyBuilder::loseAfter(qint64 lostAt, int lastPlace, bool carrierKnowsIt)
{
    add(lostAt, SubStatus::Lost, lastPlace, CarrierVocabulary::Line, true, false);
    problem(ProblemKind::Lost, lostAt);
    if (!carrierKnowsIt)
        return;
    // What the carrier says later, if anything: an investigation, a declaration of loss.
    if (m_truth.chance(0.35))
        add(lostAt + m_truth.between(5 * Day, 10 * Day), SubStatus::ExceptionOther, lastPlace, CarrierVocabulary::Line, false);
    if (m_truth.chance(0.5))
        add(lostAt + m_truth.between(11 * Day, 21 * Day), SubStatus::Lost, lastPlace, CarrierVocabulary::Line, false);
}

void JourneyBuilder::buildDelivery()
{
    qint64 day = m_depotDay;
    const qint64 depotAt = add(Geography::utcOf(m_destCity, day, m_depotSecs), SubStatus::ArrivedAtHub, m_destCity, CarrierVocabulary::Delivery);

    switch (m_primary) {
    case ProblemKind::Lost:
        loseAfter(depotAt + m_truth.between(1 * Hour, 10 * Hour), m_destCity, true);
        return;
    case ProblemKind::WeatherDelay: {
        // Storm or snow on the delivery day: the vans stay in.
        const qint64 t = add(depotAt + m_truth.between(1 * Hour, 3 * Hour), SubStatus::WeatherDelay, m_destCity, CarrierVocabulary::Delivery);
        problem(ProblemKind::WeatherDelay, t);
        deliverOn(addDeliveryDays(day, 1 + m_truth.weighted({85, 15})), normalDeliverySub());
        return;
    }
    case ProblemKind::ReturnedToSender: {
        // Stopped for a reason of its own (sender's recall, goods not admitted): sent back.
        const qint64 t = add(depotAt + m_truth.between(1 * Hour, 4 * Hour), SubStatus::ExceptionOther, m_destCity, CarrierVocabulary::Delivery);
        problem(ProblemKind::ReturnedToSender, t);
        returnFlow(t + m_truth.between(4 * Hour, 2 * Day), m_destCity);
        return;
    }
    case ProblemKind::DeliveredToNeighbour:
        deliverOn(day, SubStatus::DeliveredToNeighbour);
        problem(ProblemKind::DeliveredToNeighbour, m_deliveredUtc);
        return;
    case ProblemKind::WaitingAtPickupPoint: {
        // Either the recipient chose the pickup point or the driver took it there.
        qint64 available;
        if (m_truth.chance(0.4))
            available = outForDelivery(day) + m_truth.between(1 * Hour, 6 * Hour);
        else
            available = atDestination(day, 9 * Hour, 15 * Hour);
        pickupPointFlow(std::max(available, lastUtc() + 30 * Minute));
        return;
    }
    case ProblemKind::FailedAttempt:
        failedAttemptFlow(day);
        return;
    case ProblemKind::AddressProblem:
        addressProblemFlow(day, depotAt);
        return;
    case ProblemKind::Refused: {
        const qint64 ofd = outForDelivery(day);
        const qint64 t = add(deliveryTime(day, ofd), SubStatus::Refused, m_destCity, CarrierVocabulary::Delivery);
        problem(ProblemKind::Refused, t);
        returnFlow(t + m_truth.between(2 * Hour, 1 * Day), m_destCity);
        return;
    }
    default:
        deliverOn(day, normalDeliverySub());
        return;
    }
}

qint64 JourneyBuilder::outForDelivery(qint64 day)
{
    const qint64 planned = atDestination(day, 6 * Hour + 30 * Minute, 9 * Hour + 30 * Minute);
    return add(std::max(planned, lastUtc() + m_truth.between(20 * Minute, 60 * Minute)), SubStatus::OutForDelivery,
               m_destCity, CarrierVocabulary::Delivery);
}

qint64 JourneyBuilder::deliveryTime(qint64 day, qint64 outForDeliveryAt)
{
    const qint64 limit = Geography::utcOf(m_destCity, day, 19 * 3600 + 30 * 60);
    const qint64 t = outForDeliveryAt
        + (m_class == ServiceClass::Express ? m_truth.between(30 * Minute, 4 * Hour) : m_truth.between(40 * Minute, 9 * Hour));
    if (t <= limit)
        return t;
    return outForDeliveryAt + m_truth.between(20 * Minute, std::max<qint64>(30 * Minute, limit - outForDeliveryAt));
}

void JourneyBuilder::deliverOn(qint64 day, SubStatus how)
{
    const qint64 ofd = outForDelivery(day);
    delivered(deliveryTime(day, ofd), how);
}

SubStatus JourneyBuilder::normalDeliverySub()
{
    const double r = m_truth.uniform();
    if (r < m_traits.lockerShare)
        return SubStatus::DeliveredToParcelLocker;
    if (r < m_traits.lockerShare + m_traits.signedShare)
        return SubStatus::DeliveredSigned;
    return SubStatus::Delivered;
}

void JourneyBuilder::failedAttemptFlow(qint64 day)
{
    auto attempt = [this](qint64 d) {
        const qint64 ofd = outForDelivery(d);
        const SubStatus why = m_truth.chance(m_traits.businessClosedShare) ? SubStatus::FailedAttemptBusinessClosed : SubStatus::FailedAttempt;
        const qint64 t = add(deliveryTime(d, ofd), why, m_destCity, CarrierVocabulary::Delivery);
        problem(ProblemKind::FailedAttempt, t);
        if (m_carrier == Carrier::Dpd) // DPD reports the parcel back at the depot, as ReturningFromDelivery
            add(t + m_truth.between(1 * Hour, 4 * Hour), SubStatus::FailedAttempt, m_destCity, CarrierVocabulary::Return);
        return t;
    };

    const qint64 first = attempt(day);
    const int outcome = m_truth.weighted({55, 15, 25, 5});
    if (outcome == 0) { // delivered at the second attempt
        deliverOn(addDeliveryDays(day, 1), normalDeliverySub());
    } else if (outcome == 1) { // fails again; then delivered, or left at a pickup point
        const qint64 day2 = addDeliveryDays(day, 1);
        const qint64 second = attempt(day2);
        if (m_truth.chance(0.5))
            deliverOn(addDeliveryDays(day2, 1), normalDeliverySub());
        else
            pickupPointFlow(second + m_truth.between(1 * Hour, 5 * Hour));
    } else if (outcome == 2) { // straight to the pickup point with a notification card
        pickupPointFlow(std::max(first + m_truth.between(1 * Hour, 5 * Hour), lastUtc() + 30 * Minute));
    } else { // three attempts, then back to the sender
        const qint64 day2 = addDeliveryDays(day, 1);
        attempt(day2);
        const qint64 day3 = addDeliveryDays(day2, 1);
        const qint64 third = attempt(day3);
        returnFlow(third + m_truth.between(12 * Hour, 2 * Day), m_destCity);
    }
}

void JourneyBuilder::addressProblemFlow(qint64 day, qint64 depotAt)
{
    qint64 t;
    if (m_truth.chance(0.3)) { // caught when sorting at the depot: no delivery tour that day
        t = add(depotAt + m_truth.between(30 * Minute, 2 * Hour), SubStatus::AddressProblem, m_destCity, CarrierVocabulary::Delivery);
    } else {
        const qint64 ofd = outForDelivery(day);
        t = add(deliveryTime(day, ofd), SubStatus::AddressProblem, m_destCity, CarrierVocabulary::Delivery);
    }
    problem(ProblemKind::AddressProblem, t);
    if (m_truth.chance(0.55)) {
        // The recipient or the shop corrects the address; sometimes to another address altogether.
        const qint64 resolvedDay = addDeliveryDays(day, int(m_truth.between(1, 3)));
        if (m_truth.chance(0.4))
            add(t + m_truth.between(3 * Hour, 20 * Hour), SubStatus::Redirected, m_destCity, CarrierVocabulary::Delivery);
        deliverOn(resolvedDay, normalDeliverySub());
    } else {
        returnFlow(t + m_truth.between(3 * Day, 6 * Day), m_destCity);
    }
}

void JourneyBuilder::pickupPointFlow(qint64 availableAt)
{
    availableAt = std::max(availableAt, lastUtc() + 30 * Minute);
    add(availableAt, SubStatus::AvailableForPickup, m_destCity, CarrierVocabulary::Delivery);
    problem(ProblemKind::WaitingAtPickupPoint, availableAt);
    const qint64 deadline = availableAt + m_traits.pickupHoldDays * Day;
    const qint64 notice = atDestination(destDay(deadline) - 2, 8 * Hour, 10 * Hour);
    // Shops and lockers: collections happen between 08:00 and 20:00.
    auto collectionAround = [this](qint64 utc) { return atDestination(destDay(utc), 8 * Hour, 20 * Hour); };

    const int behaviour = m_truth.weighted({45, 25, 10, 20});
    qint64 collected = -1;
    if (behaviour == 0)
        collected = collectionAround(availableAt + m_truth.between(1 * Hour, 2 * Day));
    else if (behaviour == 1)
        collected = collectionAround(availableAt + m_truth.between(2 * Day, std::max<qint64>(2 * Day, notice - availableAt - Day)));
    else if (behaviour == 2)
        collected = collectionAround(notice + m_truth.between(2 * Hour, deadline - notice - 2 * Hour));

    if (collected >= 0) {
        collected = std::max(collected, availableAt + 30 * Minute);
        if (collected > notice)
            add(notice, SubStatus::PickupFinalNotice, m_destCity, CarrierVocabulary::Delivery);
        delivered(collected, SubStatus::CollectedFromPickupPoint);
        return;
    }
    add(notice, SubStatus::PickupFinalNotice, m_destCity, CarrierVocabulary::Delivery);
    returnFlow(std::max(deadline, notice + Hour) + m_truth.between(2 * Hour, 1 * Day), m_destCity);
}

void JourneyBuilder::returnFlow(qint64 start, int place)
{
    start = std::max(start, lastUtc() + 10 * Minute);
    add(start, SubStatus::ReturningToSender, place, CarrierVocabulary::Return);
    problem(ProblemKind::ReturnedToSender, start);
    const int days = m_normDays + int(m_truth.between(1, 3));
    const qint64 back = Geography::utcOf(m_origin, addBusinessDays(Geography::localDay(m_origin, start), days),
                                         int(m_truth.between(9 * Hour, 16 * Hour)));
    if (m_truth.chance(0.7))
        add(start + (back - start) / 2 + m_truth.between(-Hour, Hour), SubStatus::ArrivedAtHub, m_originHub, CarrierVocabulary::Return);
    add(back, SubStatus::ReturnedToSender, m_origin, CarrierVocabulary::Return);
}

void JourneyBuilder::makeScans(SimulatedJourney &journey)
{
    ParcelTruth &truth = journey.truth;
    const bool german = [&] {
        if (m_carrier != Carrier::Dhl)
            return false;
        const Geography::Place &city = Geography::place(m_destCity);
        const QString &lang = city.language.isEmpty() ? Geography::country(m_destCountry).language : city.language;
        return m_scan.chance(lang == u"de" ? 0.7 : 0.1);
    }();
    const bool glsEarlyEstimate = m_scan.chance(0.5);

    // When the carrier learns the parcel will not keep the norm, and what it then expects.
    qint64 learnAt = std::numeric_limits<qint64>::max();
    for (const Step &s : m_steps) {
        if (isDelaySignal(s.sub) || (s.sub == SubStatus::ArrivedAtHub && s.leg == CarrierVocabulary::Delivery)) {
            learnAt = s.utc;
            break;
        }
    }
    const bool homeDelivery = m_deliveredUtc >= 0 && m_deliveredSub != SubStatus::CollectedFromPickupPoint;
    const QDate expected = Geography::dateOfDay(m_expectedDay);
    const QDate actual = homeDelivery ? Geography::dateOfDay(destDay(m_deliveredUtc)) : QDate();

    struct Pending {
        SimulatedScan scan;
        qint64 reportedUtc;
        quint64 tiebreak;
    };
    QVarLengthArray<Pending, 40> pending;

    for (const Step &step : m_steps) {
        const Geography::Place &place = Geography::place(step.place);
        int truthIndex = -1;
        if (step.physical) {
            truthIndex = int(truth.steps.size());
            truth.steps.append({Geography::localDateTime(step.place, step.utc), step.sub,
                                step.sub == SubStatus::Lost ? QString() : place.location});
            truth.outcome = step.sub;
        }
        if (!step.scannable)
            continue;
        if (step.physical) {
            const double p = step.sub == SubStatus::InfoReceived && m_noPreadvice ? 0.0 : scanProbability(step.sub, step.leg);
            if (!m_scan.chance(p))
                continue;
        }

        SimulatedScan scan;
        scan.truthStep = truthIndex;
        TrackingEvent &e = scan.event;
        e.occurredAt = truthIndex >= 0 ? truth.steps[truthIndex].at : Geography::localDateTime(step.place, step.utc);
        // UPS and GLS give no place for the electronic pre-advice (see the samples).
        const bool placeless = step.sub == SubStatus::InfoReceived && (m_carrier == Carrier::Ups || m_carrier == Carrier::Gls);
        e.location = placeless ? QString() : place.location;
        e.subStatus = step.sub;
        const CarrierVocabulary::Phrase &phrase = CarrierVocabulary::phrase(m_carrier, step.sub, step.leg, m_scan);
        e.carrierCode = phrase.code;
        e.carrierText = german && !phrase.textDe.isEmpty() ? phrase.textDe : phrase.text;

        // Estimates: UPS, FedEx and DPD (Predict) announce a date from the pickup on; GLS only
        // sometimes before the delivery day; DHL Paket only on the delivery day itself.
        const bool announces = [&] {
            if (isFinalStep(step.sub) || Taxonomy::statusOf(step.sub) == Status::AvailableForPickup || step.sub == SubStatus::InfoReceived)
                return false;
            switch (m_carrier) {
            case Carrier::Ups:
            case Carrier::Fedex:
            case Carrier::Dpd:
                return true;
            case Carrier::Gls:
                return step.leg == CarrierVocabulary::Delivery || (step.sub == SubStatus::PickedUp && glsEarlyEstimate);
            case Carrier::Dhl:
                return step.leg == CarrierVocabulary::Delivery || m_class == ServiceClass::Express;
            }
            return false;
        }();
        if (announces)
            scan.estimatedDelivery = step.utc < learnAt ? expected : actual;

        // Reporting delay: mostly minutes, sometimes hours, now and then more than a day.
        const int band = m_scan.weighted({70, 20, 8, 2});
        static constexpr qint64 bands[4][2] = {{1 * Minute, 25 * Minute}, {25 * Minute, 3 * Hour}, {3 * Hour, 12 * Hour}, {12 * Hour, 40 * Hour}};
        qint64 latency = qint64(double(m_scan.between(bands[band][0], bands[band][1])) * m_traits.latencyFactor);
        if (isException(step.sub) && m_scan.chance(0.3))
            latency += m_scan.between(6 * Hour, 48 * Hour); // exceptions are typed in later by someone
        if (isDelivered(step.sub) && m_scan.chance(0.005))
            latency += m_scan.between(1 * Day, 3 * Day); // a handheld that synchronises days later
        qint64 reported = step.utc + latency;
        if (m_scan.chance(m_traits.batchShare))
            reported = (reported / (3 * Hour) + 1) * (3 * Hour); // uploaded with the next batch
        scan.reportedAt = QDateTime::fromSecsSinceEpoch(reported, Qt::UTC);
        pending.append({scan, reported, m_scan.next()});

        if (m_scan.chance(m_traits.duplicateShare)) {
            Pending twin = pending.back();
            twin.scan.duplicate = true;
            if (m_scan.chance(0.4)) { // scanned again a little later rather than sent twice
                const qint64 again = step.utc + m_scan.between(1 * Minute, 20 * Minute);
                twin.scan.event.occurredAt = Geography::localDateTime(step.place, again);
                twin.reportedUtc = std::max(twin.reportedUtc, again);
            }
            twin.reportedUtc += m_scan.between(0, 2 * Hour);
            twin.scan.reportedAt = QDateTime::fromSecsSinceEpoch(twin.reportedUtc, Qt::UTC);
            twin.tiebreak = m_scan.next();
            pending.append(twin);
        }
    }

    // The order the carrier sends them in: by when they became visible; a batch in any order.
    std::stable_sort(pending.begin(), pending.end(), [](const Pending &a, const Pending &b) {
        return a.reportedUtc != b.reportedUtc ? a.reportedUtc < b.reportedUtc : a.tiebreak < b.tiebreak;
    });
    journey.scans.reserve(pending.size());
    for (const Pending &p : pending)
        journey.scans.append(p.scan);
}

} // namespace

JourneySimulator::JourneySimulator(quint64 seed)
    : m_seed(seed)
{
    // The shop's warehouse: one of the larger German cities, fixed by the seed.
    const QList<int> &cities = Geography::country(Geography::countryIndex(u"DE")).cities;
    m_originPlace = cities.at(int(SimRandom::mix(seed ^ 0x0816'4711u) % 10));
}

QString JourneySimulator::origin() const { return Geography::place(m_originPlace).location; }

QStringList JourneySimulator::carriers() { return CarrierVocabulary::carrierKeys(); }

SimulatedJourney JourneySimulator::journey(const QString &carrier, const QString &trackingNumber, const QDateTime &shippedAt) const
{
    const int index = CarrierVocabulary::carrierIndex(carrier);
    if (index < 0 || !shippedAt.isValid()) {
        SimulatedJourney unknown;
        unknown.shipment.carrier = carrier;
        unknown.shipment.trackingNumber = trackingNumber;
        return unknown;
    }
    JourneyBuilder builder(m_seed, m_originPlace, CarrierVocabulary::Carrier(index), carrier, trackingNumber, shippedAt);
    return builder.build();
}
