#include "carrieraliases.h"

#include <QStringView>

using namespace Qt::StringLiterals;

namespace {

struct Alias {
    QStringView name; // lower case, words separated by single spaces
    QStringView key;
};

// Products and company names as they appear in shop exports. A name not listed falls back to
// its first word ("DHL Warenpost" -> "dhl").
constexpr Alias aliases[] = {
    {u"deutsche post dhl", u"dhl"},     {u"deutsche post", u"dhl"},      {u"dhl paket", u"dhl"},
    {u"dhl express", u"dhl"},           {u"dhl parcel", u"dhl"},         {u"dhl ecommerce", u"dhl"},
    {u"united parcel service", u"ups"}, {u"federal express", u"fedex"}, {u"fed ex", u"fedex"},
    {u"general logistics systems", u"gls"}, {u"dynamic parcel distribution", u"dpd"},
};

QString normalised(const QString &text)
{
    QString lower = text.toLower();
    for (QChar &c : lower) {
        if (!c.isLetterOrNumber())
            c = u' ';
    }
    return lower.simplified();
}

} // namespace

namespace CarrierAliases {

QString keyFor(const QString &text, const QStringList &knownKeys)
{
    const QString name = normalised(text);
    if (name.isEmpty())
        return {};
    for (const Alias &alias : aliases) {
        if ((name + u' ').startsWith(alias.name.toString() + u' '))
            return knownKeys.contains(alias.key) ? alias.key.toString() : QString();
    }
    const QString squeezed = QString(name).remove(u' ');
    if (knownKeys.contains(squeezed))
        return squeezed;
    const QString firstWord = name.section(u' ', 0, 0);
    return knownKeys.contains(firstWord) ? firstWord : QString();
}

} // namespace CarrierAliases
