#pragma once

#include <QString>
#include <QStringView>

namespace PlaceCountry {

// The ISO 3166-1 alpha-2 code a carrier's place names: "Leipzig, DE", DPD's "Mechelen (BE)" and a
// bare "DE" give "DE" and "BE"; empty when the place names no country that way ("Memphis, TN, USA").
QString of(QStringView place);

} // namespace PlaceCountry
