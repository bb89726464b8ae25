#pragma once

#include <QString>

// Destination countries as shops write them ("DE", "DEU", "Germany", "Deutschland",
// "Österreich") mapped to ISO 3166-1 alpha-2.
namespace CountryCodes {

// The alpha-2 code, or an empty string when the text names no country.
QString alpha2(const QString &text);

} // namespace CountryCodes
