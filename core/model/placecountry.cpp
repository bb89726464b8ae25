#include "placecountry.h"

namespace {

bool isAsciiLetter(QChar c) { return c.unicode() < 128 && c.isLetter(); }

QString codeOrNothing(QStringView code)
{
    code = code.trimmed();
    return code.size() == 2 && isAsciiLetter(code[0]) && isAsciiLetter(code[1]) ? code.toString().toUpper() : QString();
}

} // namespace

QString PlaceCountry::of(QStringView place)
{
    place = place.trimmed();
    if (place.endsWith(u')')) { // "Mechelen (BE)"
        const qsizetype open = place.lastIndexOf(u'(');
        return open < 0 ? QString() : codeOrNothing(place.sliced(open + 1).chopped(1));
    }
    const qsizetype comma = place.lastIndexOf(u',');
    return codeOrNothing(comma < 0 ? place : place.sliced(comma + 1));
}
