#pragma once

#include "simulatedjourney.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

// Simulates parcel journeys: what physically happens to a parcel (ParcelTruth) and what its
// carrier reports of it (SimulatedScan: late, missing, duplicated, out of order, in the scanning
// place's local time). Used for the console's demo data, the carrier sandbox and the evaluation
// of problem detection, so everything is a pure function of (seed, carrier, tracking number,
// shippedAt): no clock, no global state, safe to call from several threads at once.
class JourneySimulator
{
public:
    explicit JourneySimulator(quint64 seed);

    quint64 seed() const { return m_seed; }
    // The shop's warehouse every parcel of this seed leaves from, "City, CC".
    QString origin() const;

    // Destination, service, timings, problem and scans all follow from (seed, carrier,
    // trackingNumber); shippedAt (when the label was created) anchors the timeline. The same
    // inputs always give the same journey; shifting shippedAt shifts the same story in time (up to
    // weekends). An unknown carrier gives a journey with no scans, as a carrier that does not
    // know the number would.
    SimulatedJourney journey(const QString &carrier, const QString &trackingNumber, const QDateTime &shippedAt) const;

    // The carrier keys the simulator speaks for; they are the adapter keys.
    static QStringList carriers();

private:
    quint64 m_seed;
    int m_originPlace; // Geography place index
};
