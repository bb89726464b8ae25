#include "servicenames.h"

namespace ServiceNames {

QStringView withoutCarrier(QStringView carrier, QStringView service)
{
    service = service.trimmed();
    // Carrier ids are the brands' names in lower case ("fedex", "ups", "dhl", "dpd", "gls").
    if (!carrier.isEmpty() && service.size() > carrier.size() && service.startsWith(carrier, Qt::CaseInsensitive)
        && service.at(carrier.size()).isSpace())
        return service.sliced(carrier.size()).trimmed();
    return service;
}

QString key(QStringView carrier, QStringView service)
{
    return withoutCarrier(carrier, service).toString().simplified().toCaseFolded();
}

} // namespace ServiceNames
