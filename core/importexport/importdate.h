#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

// Reads the dates shop exports write: ISO 8601 ("2026-11-03", also with a time after it),
// German "03.11.2026" (also "3.11.26"), and slashed "11/03/2026", which is month first in the US
// and day first in Britain. Which one a file uses is learnt from all its dates: a value
// with a first part over 12 shows day first, a second part over 12 month first. A slashed value
// that the column cannot settle is reported as ambiguous instead of being guessed.
class ImportDate
{
    Q_DECLARE_TR_FUNCTIONS(ImportDate)

public:
    enum class SlashOrder { Unknown, DayFirst, MonthFirst, Mixed };

    // Written in one of the date shapes above, whether or not it is a real or unambiguous date.
    static bool looksLikeDate(const QString &value);

    // Gathers a column's evidence one value at a time.
    class OrderLearner
    {
    public:
        void learn(const QString &value);
        SlashOrder order() const;

    private:
        bool m_dayFirst = false;
        bool m_monthFirst = false;
    };

    // An empty value is a valid "no date". Otherwise fills `date` or says why not in `reason`.
    static bool parse(const QString &value, SlashOrder order, QDate &date, QString &reason);

private:
    static bool parseSlashed(const QString &value, SlashOrder order, QDate &date, QString &reason);
};
