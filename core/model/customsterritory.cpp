#include "customsterritory.h"

#include <algorithm>
#include <iterator>

namespace {

// The EU member states and Monaco, inside the union's customs territory through France. (Some
// islands and enclaves are outside it, Heligoland or the Canaries; a country code cannot tell.)
constexpr const char16_t *customsUnion[] = {
    u"AT", u"BE", u"BG", u"CY", u"CZ", u"DE", u"DK", u"EE", u"ES", u"FI", u"FR", u"GR", u"HR", u"HU",
    u"IE", u"IT", u"LT", u"LU", u"LV", u"MC", u"MT", u"NL", u"PL", u"PT", u"RO", u"SE", u"SI", u"SK",
};

bool inCustomsUnion(QStringView code)
{
    return std::any_of(std::begin(customsUnion), std::end(customsUnion),
                       [code](const char16_t *member) { return code.compare(QStringView(member), Qt::CaseInsensitive) == 0; });
}

} // namespace

bool CustomsTerritory::crossesBorder(QStringView from, QStringView to)
{
    if (from.size() != 2 || to.size() != 2 || from.compare(to, Qt::CaseInsensitive) == 0)
        return false;
    return !(inCustomsUnion(from) && inCustomsUnion(to));
}
