#include "dailyquota.h"

bool DailyQuota::canSpend(const QDateTime &now) const
{
    return m_perDay <= 0 || usedOn(now.toUTC().date()) < m_perDay;
}

void DailyQuota::spend(const QDateTime &now)
{
    const QDate today = now.toUTC().date();
    if (today != m_day) {
        m_day = today;
        m_used = 0;
    }
    ++m_used;
}

void DailyQuota::restore(const QDate &day, qint64 used)
{
    m_day = day;
    m_used = used;
}

QDateTime DailyQuota::renewsAt(const QDateTime &now) const
{
    return QDateTime(now.toUTC().date().addDays(1), QTime(0, 0), Qt::UTC);
}
