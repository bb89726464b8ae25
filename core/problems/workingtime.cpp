#include "workingtime.h"

#include <algorithm>

namespace {

constexpr qint64 Day = 86400;

qint64 floorDiv(qint64 a, qint64 b) { return a / b - ((a % b != 0) && ((a < 0) != (b < 0)) ? 1 : 0); }

// 1 = Monday ... 7 = Sunday; day 0 (1970-01-01) was a Thursday.
int weekday(qint64 day) { return int(((day % 7) + 7 + 3) % 7) + 1; }

} // namespace

namespace WorkingTime {

qint64 addWorkingSecs(qint64 fromUtc, int offsetSecs, qint64 workingSecs)
{
    qint64 local = fromUtc + offsetSecs;
    qint64 left = workingSecs;
    for (;;) {
        const qint64 day = floorDiv(local, Day);
        const qint64 dayEnd = (day + 1) * Day;
        if (weekday(day) >= 6) {
            local = dayEnd;
            continue;
        }
        if (left <= dayEnd - local)
            return local + left - offsetSecs;
        left -= dayEnd - local;
        local = dayEnd;
    }
}

qint64 workingSecsBetween(qint64 fromUtc, qint64 toUtc, int offsetSecs)
{
    qint64 local = fromUtc + offsetSecs;
    const qint64 end = toUtc + offsetSecs;
    qint64 working = 0;
    while (local < end) {
        const qint64 day = floorDiv(local, Day);
        const qint64 dayEnd = std::min((day + 1) * Day, end);
        if (weekday(day) <= 5)
            working += dayEnd - local;
        local = dayEnd;
    }
    return working;
}

} // namespace WorkingTime
