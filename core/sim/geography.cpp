#include "geography.h"

#include "simrandom.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace {

using DstRule = Geography::DstRule;
using Zone = Geography::Zone;

struct CountryRow {
    const char16_t *code;
    const char16_t *language;
    Zone zone;
    bool customs;
    int standardOffsetMinutes;
    DstRule dst;
    std::array<double, Geography::CarrierSlots> share; // dhl, ups, fedex, gls, dpd
};

// Shares: a German shop; DHL, GLS and DPD mostly domestic and EU road network, UPS and FedEx
// carrying a bigger part of the export, no GLS/DPD to the US (they hand over to partners there).
constexpr CountryRow countryRows[] = {
    {u"DE", u"de", Zone::Domestic, false, 60, DstRule::European, {65, 35, 20, 60, 60}},
    {u"AT", u"de", Zone::Near, false, 60, DstRule::European, {8, 7, 5, 8, 10}},
    {u"CH", u"de", Zone::Near, true, 60, DstRule::European, {4, 8, 10, 3, 3}},
    {u"FR", u"fr", Zone::Middle, false, 60, DstRule::European, {3, 7, 8, 5, 5}},
    {u"NL", u"nl", Zone::Near, false, 60, DstRule::European, {3, 6, 5, 6, 5}},
    {u"BE", u"nl", Zone::Near, false, 60, DstRule::European, {2, 4, 4, 4, 4}},
    {u"IT", u"it", Zone::Middle, false, 60, DstRule::European, {3, 6, 6, 4, 3}},
    {u"ES", u"es", Zone::Far, false, 60, DstRule::European, {2, 5, 5, 3, 2}},
    {u"PL", u"pl", Zone::Near, false, 60, DstRule::European, {3, 3, 2, 3, 5}},
    {u"GB", u"en", Zone::Middle, true, 0, DstRule::European, {2, 7, 10, 0.5, 1}},
    {u"US", u"en", Zone::Overseas, true, -300, DstRule::NorthAmerican, {1, 7, 20, 0, 0}},
    {u"SE", u"sv", Zone::Middle, false, 60, DstRule::European, {1, 2, 2, 1, 0.5}},
    {u"DK", u"da", Zone::Near, false, 60, DstRule::European, {2, 2, 1, 2, 1.5}},
    {u"NO", u"nb", Zone::Far, true, 60, DstRule::European, {1, 2, 3, 0.5, 0}},
};

enum Role : quint8 { City = 1, Hub = 2 };
constexpr int CountryDefault = -10000;

struct PlaceRow {
    const char16_t *name;
    const char16_t *country;
    quint8 roles;
    int postalLow;
    int postalHigh;
    const char16_t *outwardCodes = nullptr; // GB: space separated
    const char16_t *language = nullptr;     // when the city speaks other than the country
    int standardOffsetMinutes = CountryDefault;
    bool noDst = false;
};

// Delivery cities carry their real postal-code range (a city's districts); hubs are real
// sorting-centre or gateway towns of the carriers. The first hubs of DE are listed in the order the
// simulator uses for the carriers' export gateways (see JourneySimulator).
constexpr PlaceRow placeRows[] = {
    // Germany
    {u"Berlin", u"DE", City | Hub, 10115, 14199},
    {u"Hamburg", u"DE", City | Hub, 20095, 22769},
    {u"München", u"DE", City, 80331, 81929},
    {u"Köln", u"DE", City | Hub, 50667, 51149},
    {u"Frankfurt am Main", u"DE", City, 60306, 60599},
    {u"Stuttgart", u"DE", City, 70173, 70629},
    {u"Düsseldorf", u"DE", City, 40210, 40629},
    {u"Leipzig", u"DE", City | Hub, 4103, 4357},
    {u"Dresden", u"DE", City, 1067, 1328},
    {u"Hannover", u"DE", City | Hub, 30159, 30669},
    {u"Nürnberg", u"DE", City | Hub, 90402, 90491},
    {u"Bremen", u"DE", City | Hub, 28195, 28779},
    {u"Dortmund", u"DE", City | Hub, 44135, 44388},
    {u"Essen", u"DE", City, 45127, 45359},
    {u"Freiburg im Breisgau", u"DE", City, 79098, 79117},
    {u"Münster", u"DE", City, 48143, 48167},
    {u"Regensburg", u"DE", City, 93047, 93059},
    {u"Kiel", u"DE", City, 24103, 24159},
    {u"Mainz", u"DE", City, 55116, 55131},
    {u"Bonn", u"DE", City, 53111, 53229},
    {u"Neuwied", u"DE", Hub, 0, 0},
    {u"Obertshausen", u"DE", Hub, 0, 0},
    {u"Aschaffenburg", u"DE", Hub, 0, 0},
    {u"Neuenstein", u"DE", Hub, 0, 0},
    // Austria
    {u"Wien", u"AT", City | Hub, 1010, 1230},
    {u"Graz", u"AT", City | Hub, 8010, 8063},
    {u"Linz", u"AT", City, 4020, 4040},
    {u"Salzburg", u"AT", City, 5020, 5026},
    {u"Innsbruck", u"AT", City, 6020, 6080},
    {u"Klagenfurt", u"AT", City, 9020, 9073},
    {u"Wals-Siezenheim", u"AT", Hub, 0, 0},
    // Switzerland
    {u"Zürich", u"CH", City, 8001, 8099},
    {u"Genève", u"CH", City, 1201, 1299, nullptr, u"fr"},
    {u"Basel", u"CH", City | Hub, 4001, 4059},
    {u"Bern", u"CH", City, 3001, 3030},
    {u"Lausanne", u"CH", City, 1003, 1018, nullptr, u"fr"},
    {u"Luzern", u"CH", City, 6002, 6015},
    {u"Lugano", u"CH", City, 6900, 6908, nullptr, u"it"},
    {u"Härkingen", u"CH", Hub, 0, 0},
    {u"Frauenfeld", u"CH", Hub, 0, 0},
    // France
    {u"Paris", u"FR", City | Hub, 75001, 75020},
    {u"Lyon", u"FR", City | Hub, 69001, 69009},
    {u"Marseille", u"FR", City, 13001, 13016},
    {u"Toulouse", u"FR", City, 31000, 31500},
    {u"Bordeaux", u"FR", City, 33000, 33800},
    {u"Lille", u"FR", City, 59000, 59800},
    {u"Nantes", u"FR", City, 44000, 44300},
    {u"Strasbourg", u"FR", City | Hub, 67000, 67200},
    {u"Roissy Charles de Gaulle", u"FR", Hub, 0, 0},
    // Netherlands
    {u"Amsterdam", u"NL", City | Hub, 1011, 1109},
    {u"Rotterdam", u"NL", City, 3011, 3089},
    {u"Den Haag", u"NL", City, 2491, 2597},
    {u"Utrecht", u"NL", City | Hub, 3511, 3585},
    {u"Eindhoven", u"NL", City, 5611, 5658},
    {u"Groningen", u"NL", City, 9711, 9747},
    // Belgium
    {u"Bruxelles", u"BE", City | Hub, 1000, 1210, nullptr, u"fr"},
    {u"Antwerpen", u"BE", City, 2000, 2660},
    {u"Gent", u"BE", City, 9000, 9052},
    {u"Liège", u"BE", City, 4000, 4032, nullptr, u"fr"},
    {u"Brugge", u"BE", City, 8000, 8380},
    {u"Mechelen", u"BE", City | Hub, 2800, 2812},
    // Italy
    {u"Milano", u"IT", City | Hub, 20121, 20162},
    {u"Roma", u"IT", City, 118, 199},
    {u"Torino", u"IT", City, 10121, 10156},
    {u"Napoli", u"IT", City, 80121, 80147},
    {u"Bologna", u"IT", City | Hub, 40121, 40141},
    {u"Firenze", u"IT", City, 50121, 50145},
    // Spain
    {u"Madrid", u"ES", City | Hub, 28001, 28055},
    {u"Barcelona", u"ES", City | Hub, 8001, 8042},
    {u"Valencia", u"ES", City, 46001, 46026},
    {u"Sevilla", u"ES", City, 41001, 41020},
    {u"Bilbao", u"ES", City, 48001, 48015},
    {u"Zaragoza", u"ES", City | Hub, 50001, 50021},
    // Poland
    {u"Warszawa", u"PL", City | Hub, 1, 4999},
    {u"Kraków", u"PL", City, 30001, 31999},
    {u"Wrocław", u"PL", City, 50001, 54999},
    {u"Poznań", u"PL", City, 60001, 61999},
    {u"Gdańsk", u"PL", City, 80001, 80999},
    {u"Łódź", u"PL", City, 90001, 94999},
    {u"Stryków", u"PL", Hub, 0, 0},
    // United Kingdom
    {u"London", u"GB", City | Hub, 0, 0, u"SW1A EC1V N1 E14 SE1 W2 NW3 SW11"},
    {u"Manchester", u"GB", City, 0, 0, u"M1 M4 M14 M20"},
    {u"Birmingham", u"GB", City, 0, 0, u"B1 B5 B15 B29"},
    {u"Leeds", u"GB", City, 0, 0, u"LS1 LS6 LS8"},
    {u"Glasgow", u"GB", City, 0, 0, u"G1 G3 G12"},
    {u"Bristol", u"GB", City, 0, 0, u"BS1 BS6 BS8"},
    {u"Edinburgh", u"GB", City, 0, 0, u"EH1 EH3 EH10"},
    {u"East Midlands", u"GB", Hub, 0, 0},
    {u"Coventry", u"GB", Hub, 0, 0},
    // United States: offsets per city; Phoenix keeps standard time all year
    {u"Cincinnati", u"US", Hub, 0, 0, nullptr, nullptr, -300},
    {u"Louisville", u"US", Hub, 0, 0, nullptr, nullptr, -300},
    {u"Memphis", u"US", Hub, 0, 0, nullptr, nullptr, -360},
    {u"Newark", u"US", Hub, 0, 0, nullptr, nullptr, -300},
    {u"Indianapolis", u"US", Hub, 0, 0, nullptr, nullptr, -300},
    {u"New York", u"US", City, 10001, 10292, nullptr, nullptr, -300},
    {u"Los Angeles", u"US", City, 90001, 90089, nullptr, nullptr, -480},
    {u"Chicago", u"US", City, 60601, 60661, nullptr, nullptr, -360},
    {u"Houston", u"US", City, 77001, 77099, nullptr, nullptr, -360},
    {u"Phoenix", u"US", City, 85001, 85054, nullptr, nullptr, -420, true},
    {u"Seattle", u"US", City, 98101, 98199, nullptr, nullptr, -480},
    {u"Denver", u"US", City, 80201, 80239, nullptr, nullptr, -420},
    {u"Miami", u"US", City, 33101, 33199, nullptr, nullptr, -300},
    {u"Boston", u"US", City, 2108, 2137, nullptr, nullptr, -300},
    // Sweden
    {u"Stockholm", u"SE", City | Hub, 11120, 11860},
    {u"Göteborg", u"SE", City, 41101, 41879},
    {u"Malmö", u"SE", City, 21111, 21787},
    {u"Uppsala", u"SE", City, 75220, 75758},
    {u"Jönköping", u"SE", Hub, 0, 0},
    // Denmark
    {u"København", u"DK", City, 1050, 2450},
    {u"Aarhus", u"DK", City, 8000, 8270},
    {u"Odense", u"DK", City, 5000, 5270},
    {u"Aalborg", u"DK", City, 9000, 9220},
    {u"Brøndby", u"DK", Hub, 0, 0},
    {u"Kolding", u"DK", Hub, 0, 0},
    // Norway
    {u"Oslo", u"NO", City | Hub, 150, 1295},
    {u"Bergen", u"NO", City, 5003, 5268},
    {u"Trondheim", u"NO", City, 7010, 7099},
    {u"Stavanger", u"NO", City, 4005, 4099},
    {u"Langhus", u"NO", Hub, 0, 0},
};

struct Data {
    QList<Geography::Country> countries;
    QList<Geography::Place> places;
    QHash<QString, int> placeByLocation;
};

const Data &data()
{
    // Built once, then only read: thread-safe through the function-local static.
    static const Data d = [] {
        Data d;
        for (const CountryRow &row : countryRows) {
            Geography::Country c;
            c.code = QString::fromUtf16(row.code);
            c.language = QString::fromUtf16(row.language);
            c.zone = row.zone;
            c.customs = row.customs;
            c.share = row.share;
            d.countries.append(c);
        }
        for (const PlaceRow &row : placeRows) {
            const QString cc = QString::fromUtf16(row.country);
            int ci = -1;
            for (int i = 0; i < d.countries.size(); ++i) {
                if (d.countries[i].code == cc)
                    ci = i;
            }
            Q_ASSERT(ci >= 0);
            const CountryRow &countryRow = countryRows[ci];
            Geography::Place p;
            p.name = QString::fromUtf16(row.name);
            p.location = p.name + u", "_s + cc;
            p.country = ci;
            p.standardOffsetMinutes =
                row.standardOffsetMinutes == CountryDefault ? countryRow.standardOffsetMinutes : row.standardOffsetMinutes;
            p.dst = row.noDst ? DstRule::None : countryRow.dst;
            if (row.language)
                p.language = QString::fromUtf16(row.language);
            p.postalLow = row.postalLow;
            p.postalHigh = row.postalHigh;
            if (row.outwardCodes)
                p.outwardCodes = QString::fromUtf16(row.outwardCodes).split(u' ');
            const int index = int(d.places.size());
            d.places.append(p);
            d.placeByLocation.insert(p.location, index);
            if (row.roles & City)
                d.countries[ci].cities.append(index);
            if (row.roles & Hub)
                d.countries[ci].hubs.append(index);
        }
        return d;
    }();
    return d;
}

qint64 floorDiv(qint64 a, qint64 b) { return a / b - ((a % b != 0) && ((a < 0) != (b < 0))); }

// Day number (since 1970-01-01) of the n-th (1-based; 0 = last) Sunday of a month.
qint64 sundayOf(int year, int month, int n)
{
    if (n == 0) {
        const QDate last(year, month, QDate(year, month, 1).daysInMonth());
        return Geography::dayOfDate(last) - (last.dayOfWeek() % 7);
    }
    const QDate first(year, month, 1);
    return Geography::dayOfDate(first) + (7 - first.dayOfWeek()) % 7 + 7 * (n - 1);
}

bool summerTime(const Geography::Place &p, qint64 utcSecs)
{
    if (p.dst == DstRule::None)
        return false;
    const int year = Geography::dateOfDay(floorDiv(utcSecs, 86400)).year();
    if (p.dst == DstRule::European) {
        // Last Sunday of March to last Sunday of October, switching at 01:00 UTC everywhere.
        const qint64 begin = sundayOf(year, 3, 0) * 86400 + 3600;
        const qint64 end = sundayOf(year, 10, 0) * 86400 + 3600;
        return utcSecs >= begin && utcSecs < end;
    }
    // Second Sunday of March 02:00 standard time to first Sunday of November 02:00 daylight time.
    const qint64 std = qint64(p.standardOffsetMinutes) * 60;
    const qint64 begin = sundayOf(year, 3, 2) * 86400 + 7200 - std;
    const qint64 end = sundayOf(year, 11, 1) * 86400 + 7200 - (std + 3600);
    return utcSecs >= begin && utcSecs < end;
}

} // namespace

int Geography::countryCount() { return int(data().countries.size()); }

const Geography::Country &Geography::country(int index) { return data().countries.at(index); }

int Geography::countryIndex(QStringView code)
{
    const auto &countries = data().countries;
    for (int i = 0; i < countries.size(); ++i) {
        if (countries[i].code == code)
            return i;
    }
    return -1;
}

const Geography::Place &Geography::place(int index) { return data().places.at(index); }

int Geography::placeIndex(QStringView name, QStringView countryCode)
{
    return data().placeByLocation.value(name.toString() + u", "_s + countryCode.toString(), -1);
}

int Geography::utcOffsetSeconds(int placeIndex, qint64 utcSecs)
{
    const Place &p = place(placeIndex);
    return p.standardOffsetMinutes * 60 + (summerTime(p, utcSecs) ? 3600 : 0);
}

QDateTime Geography::localDateTime(int placeIndex, qint64 utcSecs)
{
    return QDateTime::fromSecsSinceEpoch(utcSecs, Qt::OffsetFromUTC, utcOffsetSeconds(placeIndex, utcSecs));
}

qint64 Geography::localDay(int placeIndex, qint64 utcSecs)
{
    return floorDiv(utcSecs + utcOffsetSeconds(placeIndex, utcSecs), 86400);
}

qint64 Geography::utcOf(int placeIndex, qint64 day, int secondsOfDay)
{
    const qint64 local = day * 86400 + secondsOfDay;
    // Guess with standard time, then correct once: exact except inside the hour a clock skips.
    const qint64 guess = local - qint64(place(placeIndex).standardOffsetMinutes) * 60;
    return local - utcOffsetSeconds(placeIndex, guess);
}

QString Geography::postalCode(int placeIndex, SimRandom &random)
{
    const Place &p = place(placeIndex);
    const QString &cc = country(p.country).code;
    if (!p.outwardCodes.isEmpty()) {
        // GB: district, then sector digit and unit letters (the unit alphabet leaves out CIKMOV).
        static const QString unitLetters = u"ABDEFGHJLNPQRSTUWXYZ"_s;
        QString code = p.outwardCodes.at(int(random.below(p.outwardCodes.size())));
        code += u' ';
        code += QChar(u'0' + int(random.below(10)));
        code += unitLetters.at(int(random.below(unitLetters.size())));
        code += unitLetters.at(int(random.below(unitLetters.size())));
        return code;
    }
    const int number = int(random.between(p.postalLow, p.postalHigh));
    if (cc == u"NL") {
        // Four digits and two letters; SA, SD and SS are never issued.
        QString letters;
        do {
            letters = QString(QChar(u'A' + int(random.below(26)))) + QChar(u'A' + int(random.below(26)));
        } while (letters == u"SA" || letters == u"SD" || letters == u"SS");
        return QString::number(number) + u' ' + letters;
    }
    const int width = (cc == u"AT" || cc == u"CH" || cc == u"BE" || cc == u"DK" || cc == u"NO") ? 4 : 5;
    const QString digits = u"%1"_s.arg(number, width, 10, QChar(u'0'));
    if (cc == u"PL")
        return digits.left(2) + u'-' + digits.mid(2);
    if (cc == u"SE")
        return digits.left(3) + u' ' + digits.mid(3);
    return digits;
}
