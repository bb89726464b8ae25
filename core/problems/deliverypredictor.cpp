#include "deliverypredictor.h"

#include "model/servicenames.h"

#include <QCoreApplication>

#include <numeric>

using namespace Qt::StringLiterals;

QString DeliveryEstimate::sourceKey(Source source)
{
    switch (source) {
    case Source::Carrier: return u"carrier"_s;
    case Source::History: return u"history"_s;
    case Source::None: break;
    }
    return u"none"_s;
}

namespace {

int total(const QList<int> &histogram, int from = 0)
{
    return std::accumulate(histogram.cbegin() + std::min<qsizetype>(from, histogram.size()), histogram.cend(), 0);
}

// The smallest value at or above `from` by which `share` of the parcels from there on had arrived.
int percentile(const QList<int> &histogram, int from, double share)
{
    const double wanted = share * total(histogram, from);
    int seen = 0;
    for (int k = from; k < histogram.size(); ++k) {
        seen += histogram[k];
        if (seen > 0 && seen >= wanted)
            return k;
    }
    return int(histogram.size()) - 1;
}

} // namespace

int DeliveryPredictor::businessDaysBetween(const QDate &from, const QDate &to)
{
    int days = 0;
    for (QDate d = from.addDays(1); d <= to; d = d.addDays(1))
        days += d.dayOfWeek() <= 5 ? 1 : 0;
    return days;
}

QDate DeliveryPredictor::addBusinessDays(const QDate &from, int days)
{
    QDate d = from;
    while (days > 0) {
        d = d.addDays(1);
        days -= d.dayOfWeek() <= 5 ? 1 : 0;
    }
    return d;
}

QString DeliveryPredictor::postalPrefix(const QString &postalCode)
{
    QString prefix;
    for (const QChar c : postalCode) {
        if (c.isLetterOrNumber())
            prefix += c.toUpper();
        if (prefix.size() == 2)
            break;
    }
    return prefix;
}

void DeliveryPredictor::add(Histogram &histogram, int value)
{
    if (histogram.size() <= value)
        histogram.resize(value + 1, 0);
    ++histogram[value];
}

bool DeliveryPredictor::learn(const Shipment &s, const QDate &deliveredOn)
{
    if (!s.shipDate.isValid() || !deliveredOn.isValid() || deliveredOn < s.shipDate || s.carrier.isEmpty())
        return false;
    const int days = businessDaysBetween(s.shipDate, deliveredOn);
    const QString service = s.carrier + u'|' + ServiceNames::key(s.carrier, s.service);
    const QString country = service + u'|' + s.countryCode;
    add(m_byKey[u"lane|"_s + country + u'|' + postalPrefix(s.postalCode)], days);
    add(m_byKey[u"country|"_s + country], days);
    add(m_byKey[u"service|"_s + service], days);
    add(m_byKey[u"carrier|"_s + s.carrier], days);
    add(m_calendarDays[s.carrier], int(s.shipDate.daysTo(deliveredOn)));
    ++m_learned;
    return true;
}

bool DeliveryPredictor::learn(const ShipmentRecord &record)
{
    for (const TrackingEvent &e : record.events) {
        if (e.status() == Status::Delivered)
            return learn(record.shipment, e.occurredAt.date());
    }
    return false;
}

DeliveryPredictor::Level DeliveryPredictor::levelFor(const Shipment &s) const
{
    const QString service = s.carrier + u'|' + ServiceNames::key(s.carrier, s.service);
    const QString country = service + u'|' + s.countryCode;
    const QString prefix = postalPrefix(s.postalCode);
    using Scope = DeliveryEstimate::Scope;
    const struct {
        QString key;
        QString description;
        Scope scope;
    } levels[] = {
        {u"lane|"_s + country + u'|' + prefix, QCoreApplication::translate("DeliveryPredictor", "%1 %2 parcels to %3 %4…").arg(s.carrier, s.service, s.countryCode, prefix), Scope::Lane},
        {u"country|"_s + country, QCoreApplication::translate("DeliveryPredictor", "%1 %2 parcels to %3").arg(s.carrier, s.service, s.countryCode), Scope::Country},
        {u"service|"_s + service, QCoreApplication::translate("DeliveryPredictor", "%1 %2 parcels").arg(s.carrier, s.service), Scope::Service},
        {u"carrier|"_s + s.carrier, QCoreApplication::translate("DeliveryPredictor", "%1 parcels").arg(s.carrier), Scope::Carrier},
    };
    Level fallback;
    for (const auto &level : levels) {
        const auto it = m_byKey.constFind(level.key);
        if (it == m_byKey.cend())
            continue;
        if (total(*it) >= m_minSamples)
            return {&*it, level.description, level.scope};
        if (!fallback.histogram)
            fallback = {&*it, level.description, level.scope}; // thin, but better than nothing
    }
    return fallback;
}

DeliveryEstimate DeliveryPredictor::predict(const Shipment &s, const QDate &today) const
{
    DeliveryEstimate estimate;
    const Level level = levelFor(s);
    if (!level.histogram || !s.shipDate.isValid()) {
        estimate.basis = s.shipDate.isValid() ? QCoreApplication::translate("DeliveryPredictor", "no delivered %1 parcels to learn from yet").arg(s.carrier)
                                              : QCoreApplication::translate("DeliveryPredictor", "no ship date to count from");
        return estimate;
    }
    const Histogram &h = *level.histogram;
    // Still on its way: only parcels that took at least as long are comparable now.
    const int elapsed = today > s.shipDate ? businessDaysBetween(s.shipDate, today) : 0;
    estimate.source = DeliveryEstimate::Source::History;
    estimate.scope = level.scope;
    estimate.samples = total(h, elapsed);
    if (estimate.samples == 0) {
        estimate.date = addBusinessDays(s.shipDate, elapsed + 1);
        estimate.earliest = estimate.latest = estimate.date;
        estimate.basis = QCoreApplication::translate("DeliveryPredictor", "later than every one of %n %1 so far; the next business day at best", nullptr, total(h)).arg(level.description);
        return estimate;
    }
    const int median = percentile(h, elapsed, 0.5);
    estimate.date = addBusinessDays(s.shipDate, median);
    estimate.earliest = addBusinessDays(s.shipDate, percentile(h, elapsed, 0.1));
    estimate.latest = addBusinessDays(s.shipDate, percentile(h, elapsed, 0.9));
    estimate.confidence = double(estimate.samples - total(h, median + 1)) / estimate.samples;
    estimate.basis = QCoreApplication::translate("DeliveryPredictor", "%1 business days from shipping, the median of %n delivered %2; %3% had arrived by then", nullptr, estimate.samples)
                         .arg(QString::number(median), level.description, QString::number(qRound(estimate.confidence * 100)));
    return estimate;
}

DeliveryEstimate DeliveryPredictor::estimate(const Shipment &s, const QDate &today) const
{
    if (!s.carrierEstimate.isValid())
        return predict(s, today);
    DeliveryEstimate estimate;
    estimate.source = DeliveryEstimate::Source::Carrier;
    estimate.date = estimate.earliest = estimate.latest = s.carrierEstimate;
    estimate.basis = QCoreApplication::translate("DeliveryPredictor", "the carrier's own estimate");
    return estimate;
}

QDate DeliveryPredictor::baseline(const Shipment &s) const
{
    const auto it = m_calendarDays.constFind(s.carrier);
    if (it == m_calendarDays.cend() || !s.shipDate.isValid())
        return {};
    return s.shipDate.addDays(percentile(*it, 0, 0.5));
}
