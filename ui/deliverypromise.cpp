#include "deliverypromise.h"

#include <QCoreApplication>
#include <QLocale>

DeliveryPromise::Verdict DeliveryPromise::assess(const QDate &promised, const QDate &expected, Status status,
                                                 const QDate &today)
{
    if (!promised.isValid())
        return Verdict::NoPromise;
    if (status == Status::Delivered)
        return Verdict::Kept;
    if (today.isValid() && promised < today)
        return Verdict::Overdue;
    if (expected.isValid() && expected > promised)
        return Verdict::ExpectedLate;
    return Verdict::OnTrack;
}

QString DeliveryPromise::describe(Verdict verdict, const QDate &promised, const QDate &expected)
{
    const QLocale locale;
    switch (verdict) {
    case Verdict::NoPromise:
    case Verdict::Kept:
        return {}; // the dates and the status already say it all
    case Verdict::OnTrack:
        return QCoreApplication::translate("DeliveryPromise", "On track for the promised date");
    // Dates rather than day counts: no plural forms to get wrong before translations exist.
    case Verdict::ExpectedLate:
        return QCoreApplication::translate("DeliveryPromise", "Late: the carrier expects %1, after the promised %2")
            .arg(locale.toString(expected, QLocale::ShortFormat), locale.toString(promised, QLocale::ShortFormat));
    case Verdict::Overdue:
        return QCoreApplication::translate("DeliveryPromise", "Overdue: promised for %1, not delivered yet")
            .arg(locale.toString(promised, QLocale::ShortFormat));
    }
    return {};
}
