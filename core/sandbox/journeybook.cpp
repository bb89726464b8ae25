#include "journeybook.h"

#include "sim/simrandom.h"

using namespace Qt::StringLiterals;

namespace {
constexpr qint64 derivedSpanSecs = 10 * 24 * 3600;
}

JourneyBook::JourneyBook(quint64 seed, const QDateTime &anchor)
    : m_simulator(seed)
    , m_seed(seed)
    , m_anchor(anchor.toUTC())
{ }

void JourneyBook::setDemoSet(quint64 demoSeed, const QDateTime &demoNow, int count)
{
    m_demo = count > 0 ? std::make_unique<DemoIndex>(demoSeed, demoNow, count) : nullptr;
}

void JourneyBook::registerParcel(const QString &carrier, const QString &trackingNumber, const QDateTime &shippedAt)
{
    m_registered.insert(trackingNumber, { carrier, shippedAt.toUTC(), Source::Registered });
}

std::optional<JourneyBook::Origin> JourneyBook::originOf(const QString &carrier, const QString &trackingNumber)
{
    std::optional<Origin> known;
    if (const auto it = m_registered.constFind(trackingNumber); it != m_registered.cend())
        known = *it;
    else if (m_demo) {
        if (const auto order = m_demo->find(trackingNumber))
            known = Origin { order->carrier, order->shippedAt, Source::Demo };
    }
    if (known)
        return carrier.isEmpty() || known->carrier == carrier ? known : std::nullopt;
    const quint64 hash = SimRandom::combine(m_seed, SimRandom::hash(trackingNumber));
    const QDateTime shipped = m_anchor.addSecs(-qint64(hash % quint64(derivedSpanSecs)));
    return Origin { carrier.isEmpty() ? guessCarrier(trackingNumber) : carrier, shipped, Source::Derived };
}

SimulatedJourney JourneyBook::journey(const Origin &origin, const QString &trackingNumber) const
{
    const JourneySimulator &simulator = origin.source == Source::Demo && m_demo ? m_demo->simulator() : m_simulator;
    return simulator.journey(origin.carrier, trackingNumber, origin.shippedAt);
}

QString JourneyBook::guessCarrier(const QString &trackingNumber) const
{
    // UPS numbers announce themselves; for the rest any carrier could have issued it.
    if (trackingNumber.startsWith(u"1Z"_s, Qt::CaseInsensitive))
        return u"ups"_s;
    const QStringList carriers = JourneySimulator::carriers();
    const quint64 hash = SimRandom::combine(m_seed ^ 0xCA881E5u, SimRandom::hash(trackingNumber));
    return carriers.at(qsizetype(hash % quint64(carriers.size())));
}

QString JourneyBook::sourceKey(Source source)
{
    switch (source) {
    case Source::Registered:
        return u"registered"_s;
    case Source::Demo:
        return u"demo"_s;
    case Source::Derived:
        return u"derived"_s;
    }
    return {};
}
