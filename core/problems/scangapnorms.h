#pragma once

#include "model/shipment.h"
#include "model/shipmentrecord.h"
#include "model/status.h"

#include <QHash>
#include <QList>
#include <QString>

// How long after each kind of scan the next scan usually comes, learned from delivered parcels:
// "after 'Arrived in destination country', UPS Standard to Spain scans again within 58 working
// hours for 95 % of its parcels". Carriers skip scans (a parcel that left a hub unscanned is next
// seen at the following one), so the gaps a parcel really shows are longer than the step times,
// and longer after some steps than after others. The stalled rule waits at least this long, so a
// skipped scan that is normal for that step does not read as a stall.
//
// Gaps are counted in working time (Monday to Friday, in the earlier scan's local time), as the
// stalled rule counts silence, between the scans that show progress (not a delay notice, not a
// repeat of the same scan), up to the first delivery. A norm is learned per carrier, service,
// destination country and scan; with fewer than `minSamples` gaps there, per carrier, service and
// scan; with fewer still, none (the thresholds alone apply).
class ScanGapNorms
{
public:
    explicit ScanGapNorms(int minSamples = 20) : m_minSamples(minSamples) {}

    // A delivered parcel's events (any order). Teaches nothing (false) without a delivery event.
    bool learn(const ShipmentRecord &record);
    qint64 learned() const { return m_learned; }

    struct Norm {
        int hours = 0;   // working hours by which `share` of the parcels had been scanned again; 0: no norm
        int parcels = 0; // how many gaps it was learned from
        bool lane = false; // learned for the destination country (else for the whole service)
        bool isValid() const { return parcels > 0; }
    };
    // The norm after a scan of `subStatus` for a parcel of this carrier, service and destination
    // country: the working hours within which `share` (0..1) of the learned parcels were scanned again.
    Norm after(const QString &carrier, const QString &service, const QString &country, SubStatus subStatus, double share) const;

private:
    // Parcels per working hour of gap; the last bin holds every longer gap.
    using Histogram = QList<int>;
    struct Key {
        QString carrier;
        QString service; // ServiceNames::key: the carrier's and the shop's spellings learn together
        QString country; // empty: the whole service
        int subStatus = 0;
        friend bool operator==(const Key &, const Key &) = default;
        friend size_t qHash(const Key &key, size_t seed = 0) { return qHashMulti(seed, key.carrier, key.service, key.country, key.subStatus); }
    };
    void add(const Key &key, qint64 workingSecs);
    static Norm normOf(const Histogram &histogram, double share);

    int m_minSamples;
    qint64 m_learned = 0;
    QHash<Key, Histogram> m_gaps;
};
