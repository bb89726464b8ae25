#include "eventtime.h"

namespace EventTime {

qint64 instantOf(const QDateTime &time)
{
    return time.timeSpec() == Qt::LocalTime ? QDateTime(time.date(), time.time(), Qt::UTC).toSecsSinceEpoch()
                                            : time.toSecsSinceEpoch();
}

int offsetOf(const QDateTime &time)
{
    return time.timeSpec() == Qt::LocalTime ? 0 : time.offsetFromUtc();
}

} // namespace EventTime
