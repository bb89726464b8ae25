#include "countrynames.h"

#include <QCoreApplication>
#include <QLocale>

#include <utility>

namespace {

constexpr std::pair<const char *, const char *> names[] = {
    {"AT", QT_TRANSLATE_NOOP("Country", "Austria")},        {"AU", QT_TRANSLATE_NOOP("Country", "Australia")},
    {"BE", QT_TRANSLATE_NOOP("Country", "Belgium")},        {"BG", QT_TRANSLATE_NOOP("Country", "Bulgaria")},
    {"CA", QT_TRANSLATE_NOOP("Country", "Canada")},         {"CH", QT_TRANSLATE_NOOP("Country", "Switzerland")},
    {"CN", QT_TRANSLATE_NOOP("Country", "China")},          {"CZ", QT_TRANSLATE_NOOP("Country", "Czechia")},
    {"DE", QT_TRANSLATE_NOOP("Country", "Germany")},        {"DK", QT_TRANSLATE_NOOP("Country", "Denmark")},
    {"EE", QT_TRANSLATE_NOOP("Country", "Estonia")},        {"ES", QT_TRANSLATE_NOOP("Country", "Spain")},
    {"FI", QT_TRANSLATE_NOOP("Country", "Finland")},        {"FR", QT_TRANSLATE_NOOP("Country", "France")},
    {"GB", QT_TRANSLATE_NOOP("Country", "United Kingdom")}, {"GR", QT_TRANSLATE_NOOP("Country", "Greece")},
    {"HR", QT_TRANSLATE_NOOP("Country", "Croatia")},        {"HU", QT_TRANSLATE_NOOP("Country", "Hungary")},
    {"IE", QT_TRANSLATE_NOOP("Country", "Ireland")},        {"IT", QT_TRANSLATE_NOOP("Country", "Italy")},
    {"JP", QT_TRANSLATE_NOOP("Country", "Japan")},          {"LI", QT_TRANSLATE_NOOP("Country", "Liechtenstein")},
    {"LT", QT_TRANSLATE_NOOP("Country", "Lithuania")},      {"LU", QT_TRANSLATE_NOOP("Country", "Luxembourg")},
    {"LV", QT_TRANSLATE_NOOP("Country", "Latvia")},         {"NL", QT_TRANSLATE_NOOP("Country", "Netherlands")},
    {"NO", QT_TRANSLATE_NOOP("Country", "Norway")},         {"PL", QT_TRANSLATE_NOOP("Country", "Poland")},
    {"PT", QT_TRANSLATE_NOOP("Country", "Portugal")},       {"RO", QT_TRANSLATE_NOOP("Country", "Romania")},
    {"SE", QT_TRANSLATE_NOOP("Country", "Sweden")},         {"SI", QT_TRANSLATE_NOOP("Country", "Slovenia")},
    {"SK", QT_TRANSLATE_NOOP("Country", "Slovakia")},       {"TR", QT_TRANSLATE_NOOP("Country", "Türkiye")},
    {"US", QT_TRANSLATE_NOOP("Country", "United States")},
};

} // namespace

namespace CountryNames {

QString displayName(const QString &alpha2)
{
    for (const auto &[code, name] : names) {
        if (alpha2 == QLatin1StringView(code))
            return QCoreApplication::translate("Country", name);
    }
    const QLocale::Territory territory = QLocale::codeToTerritory(alpha2);
    return territory == QLocale::AnyTerritory ? QString() : QLocale::territoryToString(territory);
}

} // namespace CountryNames
