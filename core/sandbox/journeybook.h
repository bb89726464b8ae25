#pragma once

#include "demoindex.h"
#include "sim/journeysimulator.h"

#include <QDateTime>
#include <QHash>
#include <QString>
#include <memory>
#include <optional>

// Which journey a tracking number gets, in this order: a parcel registered through
// POST /sandbox/parcels; a demo shipment (exactly the journey its demo data came from); else one
// made up for the number, shipped at a moment derived from (seed, number) within the ten days
// before the sandbox's simulated start, with the carrier that was asked.
class JourneyBook
{
public:
    JourneyBook(quint64 seed, const QDateTime &anchor);

    void setDemoSet(quint64 demoSeed, const QDateTime &demoNow, int count);
    void registerParcel(const QString &carrier, const QString &trackingNumber, const QDateTime &shippedAt);

    enum class Source { Registered, Demo, Derived };
    struct Origin {
        QString carrier;
        QDateTime shippedAt;
        Source source = Source::Derived;
    };
    // Where the number's journey comes from. `carrier` is the carrier asked, or empty when the
    // caller cannot tell (AfterShip without a courier slug). nullopt: that carrier never had it.
    std::optional<Origin> originOf(const QString &carrier, const QString &trackingNumber);
    SimulatedJourney journey(const Origin &origin, const QString &trackingNumber) const;

    static QString sourceKey(Source source); // "registered", "demo", "derived"

private:
    QString guessCarrier(const QString &trackingNumber) const;

    JourneySimulator m_simulator;
    quint64 m_seed;
    QDateTime m_anchor;
    QHash<QString, Origin> m_registered;
    std::unique_ptr<DemoIndex> m_demo;
};
