#include "importdate.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

const QRegularExpression &isoPattern()
{
    static const QRegularExpression pattern(u"^(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ].*)?$"_s);
    return pattern;
}
const QRegularExpression &germanPattern()
{
    static const QRegularExpression pattern(u"^(\\d{1,2})\\.(\\d{1,2})\\.(\\d{2}|\\d{4})(?: .*)?$"_s);
    return pattern;
}
const QRegularExpression &slashPattern()
{
    static const QRegularExpression pattern(u"^(\\d{1,2})/(\\d{1,2})/(\\d{2}|\\d{4})(?: .*)?$"_s);
    return pattern;
}

int fullYear(const QString &digits)
{
    const int year = digits.toInt();
    return digits.size() == 2 ? 2000 + year : year;
}

bool makeDate(int year, int month, int day, const QString &value, QDate &date, QString &reason)
{
    date = QDate(year, month, day);
    if (date.isValid())
        return true;
    reason = ImportDate::tr("\"%1\" is not a date in the calendar").arg(value);
    return false;
}

QString isoText(const QDate &date) { return date.toString(Qt::ISODate); }

} // namespace

bool ImportDate::looksLikeDate(const QString &value)
{
    const QString text = value.trimmed();
    return isoPattern().match(text).hasMatch() || germanPattern().match(text).hasMatch()
           || slashPattern().match(text).hasMatch();
}

void ImportDate::OrderLearner::learn(const QString &value)
{
    const QRegularExpressionMatch match = slashPattern().match(value.trimmed());
    if (!match.hasMatch())
        return;
    m_dayFirst = m_dayFirst || match.captured(1).toInt() > 12;
    m_monthFirst = m_monthFirst || match.captured(2).toInt() > 12;
}

ImportDate::SlashOrder ImportDate::OrderLearner::order() const
{
    if (m_dayFirst && m_monthFirst)
        return SlashOrder::Mixed;
    if (m_dayFirst)
        return SlashOrder::DayFirst;
    return m_monthFirst ? SlashOrder::MonthFirst : SlashOrder::Unknown;
}

bool ImportDate::parse(const QString &value, SlashOrder order, QDate &date, QString &reason)
{
    const QString text = value.trimmed();
    date = {};
    if (text.isEmpty())
        return true;
    if (const QRegularExpressionMatch iso = isoPattern().match(text); iso.hasMatch())
        return makeDate(iso.captured(1).toInt(), iso.captured(2).toInt(), iso.captured(3).toInt(), text, date, reason);
    if (const QRegularExpressionMatch german = germanPattern().match(text); german.hasMatch()) {
        return makeDate(fullYear(german.captured(3)), german.captured(2).toInt(), german.captured(1).toInt(), text,
                        date, reason);
    }
    if (slashPattern().match(text).hasMatch())
        return parseSlashed(text, order, date, reason);
    reason = tr("\"%1\" is not a date; write it as 2026-11-03 or 03.11.2026").arg(text);
    return false;
}

bool ImportDate::parseSlashed(const QString &text, SlashOrder order, QDate &date, QString &reason)
{
    const QRegularExpressionMatch match = slashPattern().match(text);
    const int first = match.captured(1).toInt();
    const int second = match.captured(2).toInt();
    const int year = fullYear(match.captured(3));
    if (first > 12 && second > 12) {
        reason = tr("\"%1\" is not a date in the calendar").arg(text);
        return false;
    }
    // A value's own parts decide when one of them cannot be a month; otherwise the column's habit.
    const bool dayFirst = first > 12 || (second <= 12 && order == SlashOrder::DayFirst);
    const bool monthFirst = second > 12 || (first <= 12 && order == SlashOrder::MonthFirst);
    if (dayFirst && !monthFirst)
        return makeDate(year, second, first, text, date, reason);
    if (monthFirst && !dayFirst)
        return makeDate(year, first, second, text, date, reason);
    if (first == second)
        return makeDate(year, first, second, text, date, reason);
    const QDate asDayFirst(year, second, first);
    const QDate asMonthFirst(year, first, second);
    reason = tr("\"%1\" is ambiguous: %2 if the day comes first, %3 if the month does; write it as %2 or %3")
                 .arg(text, isoText(asDayFirst), isoText(asMonthFirst));
    return false;
}
