#pragma once

#include <QtGlobal>

// Working time for the silence rules: parcels do not move on weekends in most networks, so two
// days without a scan from Friday evening to Monday morning is no news at all.
namespace WorkingTime {

// The UTC moment (seconds since the epoch) at which `workingSecs` of Monday-to-Friday time have
// passed since `fromUtc`, counting weekdays in the local time `offsetSecs` east of UTC.
qint64 addWorkingSecs(qint64 fromUtc, int offsetSecs, qint64 workingSecs);
// The Monday-to-Friday seconds between `fromUtc` and `toUtc` (0 if `toUtc` is not later), the
// inverse of addWorkingSecs.
qint64 workingSecsBetween(qint64 fromUtc, qint64 toUtc, int offsetSecs);

} // namespace WorkingTime
