#pragma once

#include "carriervocabulary.h"

#include <QString>
#include <QStringView>

// Tracking numbers in each carrier's real shape, and what a number's shape says about the
// shipment: a DHL "JJD..." number is Paket International, a 10-digit one DHL Express, the two
// digits after the UPS account in "1Z..." the service. The simulator reads these hints so the
// demo data's numbers and journeys agree; a number without a hint gets a service at random.
class TrackingNumberFormat
{
public:
    enum class Hint : quint8 {
        None,
        DhlPaket,              // 12 digits or 20-digit SSCC "00340434..."
        DhlPaketInternational, // "JJD" + 18 digits
        DhlExpress,            // 10 digits with a mod-7 check digit
        UpsStandard,           // 1Z...11...
        UpsExpressSaver,       // 1Z...65...
        UpsExpress,            // 1Z...66...
    };

    // A number unique for each serial below 10^9 (per carrier and hint). `account` stands for the
    // shop's customer numbers at the carriers (UPS shipper number, GLS and DPD depot).
    static QString generate(CarrierVocabulary::Carrier carrier, Hint hint, quint64 serial, quint64 account);
    static Hint hintOf(CarrierVocabulary::Carrier carrier, QStringView number);
};
