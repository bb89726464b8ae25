#include "countrycodes.h"

#include <QHash>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace {

QString folded(const QString &text) { return text.simplified().toCaseFolded(); }

// What QLocale does not know: the German names of the countries German shops ship to most (the
// English and native names it has), and their ISO alpha-3 codes (it has only alpha-2).
constexpr std::pair<const char16_t *, const char16_t *> otherNames[] = {
    {u"deu", u"DE"}, {u"aut", u"AT"}, {u"che", u"CH"}, {u"fra", u"FR"}, {u"nld", u"NL"}, {u"bel", u"BE"},
    {u"lux", u"LU"}, {u"ita", u"IT"}, {u"esp", u"ES"}, {u"prt", u"PT"}, {u"pol", u"PL"}, {u"cze", u"CZ"},
    {u"dnk", u"DK"}, {u"swe", u"SE"}, {u"nor", u"NO"}, {u"fin", u"FI"}, {u"gbr", u"GB"}, {u"irl", u"IE"},
    {u"usa", u"US"}, {u"can", u"CA"},
    {u"frankreich", u"FR"},   {u"niederlande", u"NL"},  {u"holland", u"NL"},   {u"belgien", u"BE"},
    {u"spanien", u"ES"},      {u"italien", u"IT"},      {u"polen", u"PL"},     {u"dänemark", u"DK"},
    {u"schweden", u"SE"},     {u"norwegen", u"NO"},     {u"finnland", u"FI"},  {u"tschechien", u"CZ"},
    {u"ungarn", u"HU"},       {u"griechenland", u"GR"}, {u"irland", u"IE"},    {u"luxemburg", u"LU"},
    {u"großbritannien", u"GB"}, {u"vereinigtes königreich", u"GB"}, {u"england", u"GB"},
    {u"vereinigte staaten", u"US"}, {u"uk", u"GB"},       {u"kroatien", u"HR"},
    {u"slowakei", u"SK"},     {u"slowenien", u"SI"},    {u"rumänien", u"RO"},  {u"bulgarien", u"BG"},
    {u"türkei", u"TR"},       {u"kanada", u"CA"},       {u"australien", u"AU"},
};

QHash<QString, QString> buildNames()
{
    QHash<QString, QString> names;
    for (const auto &[name, code] : otherNames)
        names.insert(QString::fromUtf16(name), QString::fromUtf16(code));
    for (int t = 1; t <= int(QLocale::LastTerritory); ++t) {
        const auto territory = QLocale::Territory(t);
        const QString code = QLocale::territoryToCode(territory);
        if (code.size() != 2)
            continue;
        names.insert(folded(QLocale::territoryToString(territory)), code);
        const QLocale native(QLocale::AnyLanguage, territory);
        if (native.territory() == territory)
            names.insert(folded(native.nativeTerritoryName()), code);
    }
    return names;
}

} // namespace

namespace CountryCodes {

QString alpha2(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.size() == 2) {
        const QLocale::Territory territory = QLocale::codeToTerritory(trimmed.toUpper());
        if (territory != QLocale::AnyTerritory)
            return QLocale::territoryToCode(territory);
    }
    static const QHash<QString, QString> names = buildNames();
    return names.value(folded(trimmed));
}

} // namespace CountryCodes
