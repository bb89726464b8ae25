#include "scangapnorms.h"

#include "eventtime.h"
#include "workingtime.h"

#include "model/servicenames.h"

#include <algorithm>
#include <numeric>

namespace {

constexpr qint64 Hour = 3600;
// Longer gaps than four working weeks all land in the last bin: no norm is that long.
constexpr int LongestHours = 160;
// The same scan again within this time is a repeat, not a new one (as ShipmentFacts has it by default).
constexpr qint64 RepeatSecs = 30 * 60;

bool isDelivery(SubStatus sub) { return Taxonomy::statusOf(sub) == Status::Delivered; }

// A delay notice says the parcel does not move: not progress, so a gap runs on across it.
bool isDelayNotice(SubStatus sub) { return sub == SubStatus::CarrierDelay || sub == SubStatus::WeatherDelay; }

} // namespace

bool ScanGapNorms::learn(const ShipmentRecord &record)
{
    QList<const TrackingEvent *> events;
    events.reserve(record.events.size());
    for (const TrackingEvent &e : record.events) {
        if (e.occurredAt.isValid() && !isDelayNotice(e.subStatus))
            events.append(&e);
    }
    std::stable_sort(events.begin(), events.end(), [](const TrackingEvent *a, const TrackingEvent *b) {
        return EventTime::instantOf(a->occurredAt) < EventTime::instantOf(b->occurredAt);
    });
    const auto delivery = std::find_if(events.cbegin(), events.cend(), [](const TrackingEvent *e) { return isDelivery(e->subStatus); });
    if (delivery == events.cend())
        return false;

    const Shipment &s = record.shipment;
    const QString service = ServiceNames::key(s.carrier, s.service);
    const TrackingEvent *previous = nullptr;
    for (auto it = events.cbegin(); it != delivery + 1; ++it) {
        const TrackingEvent &e = **it;
        const qint64 at = EventTime::instantOf(e.occurredAt);
        if (previous) {
            const qint64 since = EventTime::instantOf(previous->occurredAt);
            if (e.subStatus == previous->subStatus && at - since <= RepeatSecs)
                continue;
            const qint64 gap = WorkingTime::workingSecsBetween(since, at, EventTime::offsetOf(previous->occurredAt));
            const int sub = int(previous->subStatus);
            add({s.carrier, service, s.countryCode, sub}, gap);
            add({s.carrier, service, QString(), sub}, gap);
        }
        previous = &e;
    }
    ++m_learned;
    return true;
}

void ScanGapNorms::add(const Key &key, qint64 workingSecs)
{
    Histogram &histogram = m_gaps[key];
    if (histogram.isEmpty())
        histogram.resize(LongestHours + 1);
    // Rounded up: a gap of 10 h 20 min was not over within 10 h.
    const qint64 hours = (workingSecs + Hour - 1) / Hour;
    ++histogram[std::min<qint64>(hours, LongestHours)];
}

ScanGapNorms::Norm ScanGapNorms::normOf(const Histogram &histogram, double share)
{
    Norm norm;
    norm.parcels = std::accumulate(histogram.cbegin(), histogram.cend(), 0);
    const double wanted = std::clamp(share, 0.0, 1.0) * norm.parcels;
    int seen = 0;
    for (int hours = 0; hours < histogram.size(); ++hours) {
        seen += histogram[hours];
        if (seen > 0 && seen >= wanted) {
            norm.hours = hours;
            break;
        }
    }
    return norm;
}

ScanGapNorms::Norm ScanGapNorms::after(const QString &carrier, const QString &service, const QString &country,
                                       SubStatus subStatus, double share) const
{
    const QString serviceKey = ServiceNames::key(carrier, service);
    for (const QString &where : {country, QString()}) {
        const auto found = m_gaps.constFind({carrier, serviceKey, where, int(subStatus)});
        if (found == m_gaps.cend())
            continue;
        Norm norm = normOf(*found, share);
        if (norm.parcels >= m_minSamples) {
            norm.lane = !where.isEmpty();
            return norm;
        }
    }
    return {};
}
