#pragma once

#include <QStringView>

// Where goods cross a customs border: between the EU's customs union and anywhere else (Swiss,
// British, Norwegian or US parcels from Germany are cleared on arrival; Austrian ones are not).
namespace CustomsTerritory {

// True when a parcel from `from` into `to` (ISO 3166-1 alpha-2) is cleared by customs on the way;
// false for the same country, inside the customs union, or when either is unknown.
bool crossesBorder(QStringView from, QStringView to);

} // namespace CustomsTerritory
