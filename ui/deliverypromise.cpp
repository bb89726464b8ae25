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

DeliveryPromise::Verdict DeliveryPromise::assess(const QDate &promised, const DeliveryEstimate &estimate, Status status,
                                                 const QDate &today)
{
    return assess(promised, estimate.earliest.isValid() ? estimate.earliest : estimate.date, status, today);
}

QString DeliveryPromise::describe(Verdict verdict, const QDate &promised, const DeliveryEstimate &estimate)
{
    const QLocale locale;
    const QString expected = locale.toString(estimate.date, QLocale::ShortFormat);
    const QString promise = locale.toString(promised, QLocale::ShortFormat);
    if (estimate.source == DeliveryEstimate::Source::History && verdict == Verdict::ExpectedLate) {
        return QCoreApplication::translate("DeliveryPromise", "At risk: past deliveries like it suggest %1, after the promised %2")
            .arg(expected, promise);
    }
    // Not at risk by the engine's rule (the quick end of the window makes it), but "on track" beside
    // a later expected day would read as a contradiction.
    if (estimate.source == DeliveryEstimate::Source::History && verdict == Verdict::OnTrack && estimate.date > promised) {
        return QCoreApplication::translate("DeliveryPromise", "Tight: past deliveries like it suggest %1; the promised %2 holds if it is among the quicker ones")
            .arg(expected, promise);
    }
    return describe(verdict, promised, estimate.date);
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
