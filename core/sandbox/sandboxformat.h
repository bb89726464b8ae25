#pragma once

#include <QDateTime>
#include <QString>

// How carriers write instants: ISO 8601 with the scanner's UTC offset ("+01:00" or "+0100"),
// local time without any zone, or UTC. Qt writes a zero offset as "Z", which a carrier that gives
// offsets does not do, hence these.
namespace SandboxFormat {

QString offset(int seconds, bool colon); // "+01:00", "-0500"
QString isoWithOffset(const QDateTime &at, bool colon = true); // "2026-03-01T09:15:00+01:00"
QString localWithoutZone(const QDateTime &at); // "2026-03-01T09:15:00"
QString utc(const QDateTime &at); // "2026-03-01T08:15:00Z"

} // namespace SandboxFormat
