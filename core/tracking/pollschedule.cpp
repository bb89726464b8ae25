#include "pollschedule.h"

std::optional<QDateTime> PollSchedule::nextPoll(const Shipment &shipment, const QDateTime &polledAt) const
{
    if (Taxonomy::isFinal(shipment.subStatus))
        return std::nullopt;
    const QDateTime lastNews = shipment.lastEventAt.isValid() ? shipment.lastEventAt : polledAt;
    const QDate started = shipment.shipDate.isValid() ? shipment.shipDate : lastNews.date();
    if (lastNews.secsTo(polledAt) > m_intervals.giveUpAfterSecs
        && started.daysTo(polledAt.date()) * 86400 > m_intervals.giveUpAfterSecs)
        return std::nullopt;
    return polledAt.addSecs(intervalSecs(shipment, polledAt));
}

qint64 PollSchedule::intervalSecs(const Shipment &shipment, const QDateTime &polledAt) const
{
    switch (shipment.status()) {
    case Status::OutForDelivery:
        return m_intervals.outForDeliverySecs;
    case Status::AttemptFail:
    case Status::Exception:
        return m_intervals.attentionSecs;
    case Status::Pending:
    case Status::InfoReceived:
    case Status::AvailableForPickup:
        return m_intervals.waitingSecs;
    default:
        break;
    }
    const bool silent = shipment.lastEventAt.isValid() && shipment.lastEventAt.secsTo(polledAt) > m_intervals.silentAfterSecs;
    return silent ? m_intervals.silentSecs : m_intervals.inTransitSecs;
}
