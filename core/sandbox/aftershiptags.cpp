#include "aftershiptags.h"

#include <array>

using namespace Qt::StringLiterals;

namespace {

// AfterShip's wording of the subtags the inverse can produce (its "Delivery sub-statuses" list).
struct Message {
    const char16_t *subtag;
    const char16_t *message;
};
constexpr Message messages[] = {
    { u"Pending_001", u"No information yet" },
    { u"InfoReceived_001", u"Info Received" },
    { u"InTransit_001", u"In Transit" },
    { u"InTransit_002", u"Acceptance scan" },
    { u"InTransit_003", u"Arrival scan" },
    { u"InTransit_004", u"Arrived at destination country" },
    { u"InTransit_005", u"Customs clearance completed" },
    { u"InTransit_007", u"Departure Scan" },
    { u"InTransit_009", u"Forwarded to a different delivery address" },
    { u"OutForDelivery_001", u"Out for Delivery" },
    { u"AttemptFail_001", u"Failed Attempt" },
    { u"AttemptFail_003", u"Business is closed at the time of delivery" },
    { u"Delivered_001", u"Delivered" },
    { u"Delivered_002", u"Picked up by the customer" },
    { u"Delivered_003", u"Sign by customer" },
    { u"Delivered_005", u"Delivered to neighbour" },
    { u"AvailableForPickup_001", u"Available for Pickup" },
    { u"Exception_001", u"Exception" },
    { u"Exception_002", u"Customer moved" },
    { u"Exception_003", u"Customer refused delivery" },
    { u"Exception_004", u"Delayed (Customs clearance)" },
    { u"Exception_005", u"Delayed (External factors)" },
    { u"Exception_007", u"Incorrect Address" },
    { u"Exception_010", u"Returning package to sender" },
    { u"Exception_011", u"Returned to sender" },
    { u"Exception_012", u"Package damaged" },
    { u"Exception_013", u"Package lost" },
    { u"Exception_016", u"Delayed (Carrier processing issue)" },
    { u"Exception_017", u"Delayed (Weather or force majeure)" },
    { u"Expired_001", u"Expired" },
};

// Subtags are numbered from 001; AfterShip's highest is below this.
constexpr int highestSubtag = 30;

AfterShipTags::Tags compute(SubStatus subStatus)
{
    const QString tag = Taxonomy::statusKey(Taxonomy::statusOf(subStatus));
    QString subtag = tag + u"_001"_s;
    // The lowest-numbered subtag that reads back as this sub-status: AfterShip numbers its most
    // general subtag 001, and unknown subtags fall back to the tag's default, which 001 already is.
    for (int n = 1; n <= highestSubtag; ++n) {
        const QString candidate = tag + u'_' + QString::number(n).rightJustified(3, u'0');
        if (Taxonomy::fromAfterShip(tag, candidate) == subStatus) {
            subtag = candidate;
            break;
        }
    }
    QString message = Taxonomy::subStatusLabel(Taxonomy::fromAfterShip(tag, subtag).value_or(subStatus));
    for (const Message &m : messages) {
        if (subtag == QStringView(m.subtag))
            message = QString::fromUtf16(m.message);
    }
    return { tag, subtag, message };
}

} // namespace

AfterShipTags::Tags AfterShipTags::of(SubStatus subStatus)
{
    static const std::array<Tags, SubStatusCount> table = [] {
        std::array<Tags, SubStatusCount> t;
        for (int s = 0; s < SubStatusCount; ++s)
            t[std::size_t(s)] = compute(SubStatus(s));
        return t;
    }();
    return table[std::size_t(subStatus)];
}
