#include "pollschedule.h"

#include "carriers/carriertime.h"

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
    if (dueNow(shipment, polledAt))
        return m_intervals.dueTodaySecs;
    const bool silent = shipment.lastEventAt.isValid() && shipment.lastEventAt.secsTo(polledAt) > m_intervals.silentAfterSecs;
    return silent ? m_intervals.silentSecs : m_intervals.inTransitSecs;
}

// The expected day in the destination, between 06:00 and 20:00 there: when vans are out.
bool PollSchedule::dueNow(const Shipment &shipment, const QDateTime &polledAt)
{
    const QDate expected = shipment.carrierEstimate.isValid() ? shipment.carrierEstimate : shipment.promisedDate;
    if (!expected.isValid() || shipment.countryCode.isEmpty())
        return false;
    const QDateTime utc = polledAt.toUTC();
    const QDateTime local = utc.addSecs(CarrierTime::offsetFor(shipment.countryCode, utc));
    return local.date() == expected && local.time().hour() >= 6 && local.time().hour() < 20;
}
