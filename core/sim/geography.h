#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <array>

class SimRandom;

// The places the simulator knows: destination countries with their delivery cities and sorting
// hubs, time-zone rules, postal-code formats. Static, immutable data shared by all journeys.
//
// Offsets come from our own DST rules, not from QTimeZone: the host's tz database differs between
// machines (and is slow to query millions of times), while journeys must be identical everywhere.
// The rules are the current EU and US ones; the test checks them against QTimeZone.
class Geography
{
public:
    enum class DstRule : quint8 { None, European, NorthAmerican };
    // How far a destination is from the (German) warehouse, for transit norms.
    enum class Zone : quint8 { Domestic, Near, Middle, Far, Overseas };
    static constexpr int CarrierSlots = 5; // in the order of JourneySimulator::carriers()

    struct Country {
        QString code;             // ISO 3166-1 alpha-2
        QString language;         // BCP 47, the usual one (a city may override it)
        Zone zone = Zone::Near;
        bool customs = false;     // outside the EU customs union: parcels are cleared on entry
        std::array<double, CarrierSlots> share{}; // how often each carrier ships there
        QList<int> cities;        // delivery cities (place indices)
        QList<int> hubs;          // sorting centres and gateways (place indices)
    };

    struct Place {
        QString name;
        QString location; // "City, CC", as scans show it
        int country = 0;
        int standardOffsetMinutes = 0;
        DstRule dst = DstRule::European;
        QString language; // for delivery cities; empty = the country's
        int postalLow = 0, postalHigh = 0; // numeric postal range of the city
        QStringList outwardCodes;          // GB only: postcode districts of the city
    };

    static int countryCount();
    static const Country &country(int index);
    static int countryIndex(QStringView code); // -1 if unknown
    static const Place &place(int index);
    static int placeIndex(QStringView name, QStringView countryCode); // -1 if unknown

    static int utcOffsetSeconds(int place, qint64 utcSecs);
    // The instant as the scanner's clock shows it: Qt::OffsetFromUTC (Qt itself turns an offset
    // of 0 into Qt::UTC).
    static QDateTime localDateTime(int place, qint64 utcSecs);
    // Days since 1970-01-01 of the local calendar date at the place.
    static qint64 localDay(int place, qint64 utcSecs);
    // The UTC instant of local day `day` at `secondsOfDay` at the place.
    static qint64 utcOf(int place, qint64 day, int secondsOfDay);
    static QDate dateOfDay(qint64 day) { return QDate::fromJulianDay(day + 2440588); }
    static qint64 dayOfDate(QDate date) { return date.toJulianDay() - 2440588; }
    // 1 = Monday ... 7 = Sunday, like QDate::dayOfWeek().
    static int weekday(qint64 day) { return int(((day % 7) + 7 + 3) % 7) + 1; }

    // A realistic postal code inside the delivery city, in its country's format.
    static QString postalCode(int place, SimRandom &random);
};
