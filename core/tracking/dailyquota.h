#pragma once

#include <QDate>
#include <QDateTime>

// Requests spent against a carrier's daily allowance, per UTC day. Persisted by the caller
// (CarrierQuotaStore) so a restarted poller does not start the day afresh.
class DailyQuota
{
public:
    explicit DailyQuota(qint64 perDay = 0) : m_perDay(perDay) {}

    bool canSpend(const QDateTime &now) const;
    void spend(const QDateTime &now);
    void restore(const QDate &day, qint64 used);
    qint64 usedOn(const QDate &day) const { return day == m_day ? m_used : 0; }
    qint64 perDay() const { return m_perDay; }
    void setPerDay(qint64 perDay) { m_perDay = perDay; }
    // When the allowance comes back: the next UTC midnight.
    QDateTime renewsAt(const QDateTime &now) const;

private:
    qint64 m_perDay; // 0 = unlimited
    QDate m_day;
    qint64 m_used = 0;
};
