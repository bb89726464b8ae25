#include "importreport.h"

#include "csvwriter.h"

#include <QCoreApplication>
#include <QSaveFile>

QString ImportReport::summary() const
{
    if (!failure.isEmpty() && rowsRead == 0)
        return failure; // nothing was read: counts of zero would only hide the reason
    QStringList parts;
    parts.append(ImportReport::tr("%n new", nullptr, int(added)));
    if (updated > 0)
        parts.append(ImportReport::tr("%n updated", nullptr, int(updated)));
    if (unchanged > 0)
        parts.append(ImportReport::tr("%n already up to date", nullptr, int(unchanged)));
    if (skipped > 0)
        parts.append(ImportReport::tr("%n already imported and skipped", nullptr, int(skipped)));
    parts.append(ImportReport::tr("%n rejected", nullptr, int(rejected)));
    QString text = ImportReport::tr("%n row(s) read: ", nullptr, int(rowsRead)) + parts.join(u", ") + u'.';
    if (canceled)
        text += u' ' + ImportReport::tr("Canceled: the shipments saved before stay saved; importing the file again adds the rest.");
    if (!failure.isEmpty())
        text += u' ' + failure;
    return text;
}

Outcome ImportReport::saveCsv(const QString &path) const
{
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return Outcome::failure(ImportReport::tr("Cannot write %1: %2").arg(path, out.errorString()));
    CsvWriter writer(out);
    writer.writeRow({ImportReport::tr("File"), ImportReport::tr("Row"), ImportReport::tr("Field"), ImportReport::tr("Value"), ImportReport::tr("Reason")});
    for (const ImportIssue &issue : issues)
        writer.writeRow({issue.file, QString::number(issue.row), issue.field, issue.value, issue.reason});
    if (!writer.ok() || !out.commit())
        return Outcome::failure(ImportReport::tr("Cannot write %1: %2").arg(path, out.errorString()));
    return Outcome::success();
}
