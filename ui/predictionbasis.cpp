#include "predictionbasis.h"

#include "carriername.h"
#include "problems/deliverypredictor.h"

QString PredictionBasis::parcels(const DeliveryEstimate &estimate, const QString &carrierKey, const QString &service,
                                 const QString &countryCode, const QString &postalCode)
{
    const QString parcels = (CarrierName::forKey(carrierKey) + u' ' + service).trimmed();
    switch (estimate.scope) {
    case DeliveryEstimate::Scope::Lane:
        return tr("%n %1 parcels to %2 %3…", nullptr, estimate.samples)
            .arg(parcels, countryCode, DeliveryPredictor::postalPrefix(postalCode));
    case DeliveryEstimate::Scope::Country:
        return tr("%n %1 parcels to %2", nullptr, estimate.samples).arg(parcels, countryCode);
    case DeliveryEstimate::Scope::Service:
        return tr("%n %1 parcels", nullptr, estimate.samples).arg(parcels);
    case DeliveryEstimate::Scope::Carrier:
        return tr("%n %1 parcels", nullptr, estimate.samples).arg(CarrierName::forKey(carrierKey));
    case DeliveryEstimate::Scope::None:
        break;
    }
    return {};
}
