#pragma once

#include "model/shipment.h"

#include <QDateTime>

#include <optional>

// When to ask a carrier about a shipment again. Parcels about to change (out for delivery) are
// polled often, delivered ones never again, long-silent ones less often but still, so the daily
// quota goes where news is likely.
class PollSchedule
{
public:
    struct Intervals {
        qint64 outForDeliverySecs = 30 * 60;
        qint64 attentionSecs = 2 * 3600;       // failed attempts and exceptions: things move
        qint64 inTransitSecs = 3 * 3600;
        // In transit on its expected day (the carrier's date, else the shop's promise), during the
        // destination's delivery hours: the van, a failed attempt or a pickup-point drop is hours
        // away, and its scan is often the only one (the out-for-delivery scan is the most often
        // missing). In shipdeck-eval this costs about 8 % more polls.
        qint64 dueTodaySecs = 3600;
        qint64 waitingSecs = 6 * 3600;         // no info yet, waiting at a pickup point
        qint64 silentSecs = 12 * 3600;         // no scan for silentAfterSecs
        qint64 silentAfterSecs = 3 * 24 * 3600;
        qint64 giveUpAfterSecs = 60 * 24 * 3600; // nothing for two months: stop asking
    };

    PollSchedule() = default;
    explicit PollSchedule(Intervals intervals) : m_intervals(intervals) {}

    // The next poll after one at `polledAt`; nullopt when the shipment needs no more polling.
    std::optional<QDateTime> nextPoll(const Shipment &shipment, const QDateTime &polledAt) const;
    const Intervals &intervals() const { return m_intervals; }

private:
    qint64 intervalSecs(const Shipment &shipment, const QDateTime &polledAt) const;
    static bool dueNow(const Shipment &shipment, const QDateTime &polledAt);

    Intervals m_intervals;
};
