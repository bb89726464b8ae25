#include "sandboxformat.h"

#include <cstdlib>

using namespace Qt::StringLiterals;

namespace SandboxFormat {

QString offset(int seconds, bool colon)
{
    const QChar sign = seconds < 0 ? u'-' : u'+';
    const int minutes = std::abs(seconds) / 60;
    const QString hours = QString::number(minutes / 60).rightJustified(2, u'0');
    const QString rest = QString::number(minutes % 60).rightJustified(2, u'0');
    return sign + hours + (colon ? u":"_s : QString()) + rest;
}

QString isoWithOffset(const QDateTime &at, bool colon)
{
    return localWithoutZone(at) + offset(at.offsetFromUtc(), colon);
}

QString localWithoutZone(const QDateTime &at)
{
    return at.toString(u"yyyy-MM-dd'T'HH:mm:ss"_s);
}

QString utc(const QDateTime &at)
{
    return at.toUTC().toString(u"yyyy-MM-dd'T'HH:mm:ss"_s) + u'Z';
}

} // namespace SandboxFormat
