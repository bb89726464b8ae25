#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// A CSV file read into text: its header and its rows, numbered as a spreadsheet shows them.
struct CsvTable {
    QString fileName;         // as reports name it (the file's name, without its folder)
    QStringList header;       // row 1
    QList<QStringList> rows;  // rows[i] is spreadsheet row i + 2; a blank line is an empty list
    bool undecodable = false; // some bytes were not valid in the encoding (shown as U+FFFD)
    // The spreadsheet row whose quoted field never closes: it and everything after it could not
    // be split into fields. 0 when every quote closes.
    int unclosedQuoteRow = 0;

    static int spreadsheetRow(qsizetype index) { return int(index) + 2; }
};
