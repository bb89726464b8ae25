#pragma once

#include "model/outcome.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

// One rejected field of one row, located as the user finds it in a spreadsheet.
struct ImportIssue {
    QString file;
    int row = 0; // spreadsheet row number; 1 is the header
    QString field;
    QString value;
    QString reason;

    friend bool operator==(const ImportIssue &, const ImportIssue &) = default;
};

// What an import did: how many rows it added, updated or left alone, and every rejected row with
// what was wrong with it. A row with several wrong fields has one issue per field.
struct ImportReport {
    QString file;
    qint64 rowsRead = 0;  // rows below the header, blank lines not counted
    qint64 added = 0;     // new shipments
    qint64 updated = 0;   // already stored; shop fields changed
    qint64 unchanged = 0; // already stored with the same shop fields
    qint64 skipped = 0;   // already stored; left alone as asked
    qint64 rejected = 0;  // rows with at least one issue
    bool canceled = false;
    QString failure; // why the import stopped early; empty when it ran to the end
    QList<ImportIssue> issues;

    // One sentence for a status bar or a dialog, translated.
    QString summary() const;
    // File, Row, Field, Value, Reason: one line per issue, readable in a spreadsheet.
    Outcome saveCsv(const QString &path) const;

    Q_DECLARE_TR_FUNCTIONS(ImportReport)
};
