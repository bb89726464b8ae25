#pragma once

#include "problems/deliveryestimate.h"

#include <QCoreApplication>
#include <QString>

// Which past deliveries a prediction learned from, in words ("412 DHL Paket parcels to DE 10…"),
// as the table's tooltip and the detail pane both say it.
class PredictionBasis
{
    Q_DECLARE_TR_FUNCTIONS(PredictionBasis)

public:
    // Empty when the estimate learned from no scope of parcels.
    static QString parcels(const DeliveryEstimate &estimate, const QString &carrierKey, const QString &service,
                           const QString &countryCode, const QString &postalCode);
};
