#include "carriername.h"

#include <QStringView>

using namespace Qt::StringLiterals;

namespace {

struct KnownCarrier {
    QStringView key;
    QStringView name; // brand names: not translated
};

constexpr KnownCarrier knownCarriers[] = {
    {u"dhl", u"DHL"},         {u"dhl_express", u"DHL Express"}, {u"ups", u"UPS"},
    {u"fedex", u"FedEx"},     {u"usps", u"USPS"},               {u"gls", u"GLS"},
    {u"dpd", u"DPD"},         {u"hermes", u"Hermes"},           {u"evri", u"Evri"},
    {u"royalmail", u"Royal Mail"}, {u"royal_mail", u"Royal Mail"}, {u"postnl", u"PostNL"},
    {u"colissimo", u"Colissimo"}, {u"laposte", u"La Poste"},    {u"chronopost", u"Chronopost"},
    {u"bpost", u"bpost"},     {u"austrian_post", u"Österreichische Post"}, {u"swiss_post", u"Swiss Post"},
    {u"poste_italiane", u"Poste Italiane"}, {u"correos", u"Correos"}, {u"inpost", u"InPost"},
    {u"canada_post", u"Canada Post"}, {u"australia_post", u"Australia Post"}, {u"tnt", u"TNT"},
};

} // namespace

QString CarrierName::forKey(const QString &key)
{
    for (const KnownCarrier &carrier : knownCarriers) {
        if (key.compare(carrier.key, Qt::CaseInsensitive) == 0)
            return carrier.name.toString();
    }
    return key;
}
