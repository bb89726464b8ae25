#pragma once

#include <QString>

// The name people know a carrier by, from the short key stored with a shipment ("dhl" -> "DHL").
// Belongs with the carrier adapters once core/carriers describes its carriers; until then the UI
// keeps the list of the carriers it knows and shows any other key as it is.
class CarrierName
{
public:
    static QString forKey(const QString &key);
};
