#include "sandboxplace.h"

using namespace Qt::StringLiterals;

namespace {

// The countries the simulator ships to (core/sim/geography.cpp).
struct CountryRow {
    const char16_t *alpha2;
    const char16_t *alpha3;
    const char16_t *name;
};
constexpr CountryRow countries[] = {
    { u"DE", u"DEU", u"Germany" },
    { u"AT", u"AUT", u"Austria" },
    { u"CH", u"CHE", u"Switzerland" },
    { u"FR", u"FRA", u"France" },
    { u"NL", u"NLD", u"Netherlands" },
    { u"BE", u"BEL", u"Belgium" },
    { u"IT", u"ITA", u"Italy" },
    { u"ES", u"ESP", u"Spain" },
    { u"PL", u"POL", u"Poland" },
    { u"GB", u"GBR", u"United Kingdom" },
    { u"US", u"USA", u"United States" },
    { u"SE", u"SWE", u"Sweden" },
    { u"DK", u"DNK", u"Denmark" },
    { u"NO", u"NOR", u"Norway" },
};

// The simulator's US cities and hubs.
struct StateRow {
    const char16_t *city;
    const char16_t *state;
};
constexpr StateRow usStates[] = {
    { u"Cincinnati", u"OH" },
    { u"Louisville", u"KY" },
    { u"Memphis", u"TN" },
    { u"Newark", u"NJ" },
    { u"Indianapolis", u"IN" },
    { u"New York", u"NY" },
    { u"Los Angeles", u"CA" },
    { u"Chicago", u"IL" },
    { u"Houston", u"TX" },
    { u"Phoenix", u"AZ" },
    { u"Seattle", u"WA" },
    { u"Denver", u"CO" },
    { u"Miami", u"FL" },
    { u"Boston", u"MA" },
};

const CountryRow *countryRow(const QString &alpha2)
{
    for (const CountryRow &row : countries) {
        if (alpha2 == QStringView(row.alpha2))
            return &row;
    }
    return nullptr;
}

} // namespace

SandboxPlace::SandboxPlace(const QString &location)
{
    const qsizetype comma = location.lastIndexOf(u", "_s);
    if (comma < 0) {
        m_city = location;
        return;
    }
    m_city = location.left(comma);
    m_countryCode = location.mid(comma + 2);
}

QString SandboxPlace::countryIso3() const
{
    const CountryRow *row = countryRow(m_countryCode);
    return row ? QString::fromUtf16(row->alpha3) : QString();
}

QString SandboxPlace::countryName() const
{
    const CountryRow *row = countryRow(m_countryCode);
    return row ? QString::fromUtf16(row->name) : QString();
}

QString SandboxPlace::usState() const
{
    if (m_countryCode != u"US")
        return {};
    for (const StateRow &row : usStates) {
        if (m_city == QStringView(row.city))
            return QString::fromUtf16(row.state);
    }
    return {};
}
