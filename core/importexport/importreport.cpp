#include "importreport.h"

#include "csvwriter.h"

#include <QCoreApplication>
#include <QSaveFile>

QString ImportReport::summary() const
{
    if (!failure.isEmpty() && rowsRead == 0)
        return failure; // nothing was read: counts of zero would only hide the reason
    QStringList parts;
    parts.append(tr("%n new", nullptr, int(added)));
    if (updated > 0)
        parts.append(tr("%n updated", nullptr, int(updated)));
    if (unchanged > 0)
        parts.append(tr("%n already up to date", nullptr, int(unchanged)));
    if (skipped > 0)
        parts.append(tr("%n already imported and skipped", nullptr, int(skipped)));
    parts.append(tr("%n rejected", nullptr, int(rejected)));
    QString text = tr("%n row(s) read: ", nullptr, int(rowsRead)) + parts.join(u", ") + u'.';
    if (canceled)
        text += u' ' + tr("Canceled: the shipments saved before stay saved; importing the file again adds the rest.");
    if (!failure.isEmpty())
        text += u' ' + failure;
    return text;
}

Outcome ImportReport::saveCsv(const QString &path) const
{
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return Outcome::failure(tr("Cannot write %1: %2").arg(path, out.errorString()));
    CsvWriter writer(out);
    writer.writeRow({tr("File"), tr("Row"), tr("Field"), tr("Value"), tr("Reason")});
    for (const ImportIssue &issue : issues)
        writer.writeRow({issue.file, QString::number(issue.row), issue.field, issue.value, issue.reason});
    if (!writer.ok() || !out.commit())
        return Outcome::failure(tr("Cannot write %1: %2").arg(path, out.errorString()));
    return Outcome::success();
}
