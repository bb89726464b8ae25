#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringView>

// Reading carriers' timestamps, which come in many shapes and not always with a time zone.
namespace CarrierTime {

// ISO 8601 with "Z", "+01:00" or "+0100", or with no zone at all. Without a zone the time is
// local to `countryCode` (ISO 3166 alpha-2 or alpha-3), as carriers mean it; `assumedZone`, when
// given, is set to a note saying so. Returns an invalid QDateTime for anything else.
QDateTime parseIso(QStringView text, QStringView countryCode = {}, QString *assumedZone = nullptr);

// Local date and time in a given format (e.g. "yyyyMMdd" + "HHmmss", "dd.MM.yyyy HH:mm"),
// placed in `countryCode`'s zone; `utcOffset` like "-05:00" wins when the carrier gives one.
QDateTime parseLocal(const QString &text, const QString &format, QStringView countryCode,
                     QStringView utcOffset = {}, QString *assumedZone = nullptr);

// The UTC offset in seconds in the country's main time zone at that moment (DST-aware); 0 (UTC)
// for an unknown country.
int offsetFor(QStringView countryCode, const QDateTime &localTime);

} // namespace CarrierTime
