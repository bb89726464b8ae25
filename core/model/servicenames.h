#pragma once

#include <QString>
#include <QStringView>

// One service, several spellings: a shop's import says "Classic" or "International Economy", the
// carrier's API "DPD CLASSIC" or "FedEx International Economy" once Shipdeck has polled it.
// Thresholds set per service, and delivery times and scan gaps learned per service, must apply
// to every spelling, or a polled parcel silently loses its service's settings.
namespace ServiceNames {

// The service without the carrier's own name in front: "International Economy" for
// ("fedex", "FedEx International Economy"), trimmed; the service as it is otherwise.
QStringView withoutCarrier(QStringView carrier, QStringView service);

// Equal for every spelling of one service of `carrier`: the carrier's name dropped, case folded,
// inner spaces simplified ("dpd", "DPD  CLASSIC" and "dpd", "Classic" both give "classic").
QString key(QStringView carrier, QStringView service);

} // namespace ServiceNames
