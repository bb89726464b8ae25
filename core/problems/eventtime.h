#pragma once

#include <QDateTime>

// When a carrier event happened, the same on every machine. An event without a time zone (Qt's
// LocalTime) is read as UTC with offset 0, as ShipmentFacts notes it: Qt would read it in the
// machine's zone, so a console in Berlin and a poller in UTC would date it an hour apart.
namespace EventTime {

qint64 instantOf(const QDateTime &time); // UTC seconds
int offsetOf(const QDateTime &time);     // the event's UTC offset in seconds; 0 without a zone

} // namespace EventTime
