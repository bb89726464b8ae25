#pragma once

#include <QByteArray>

// How a CSV file is written: its text encoding (a name QStringDecoder knows, e.g. "UTF-8",
// "UTF-16LE", "windows-1252") and the character between fields.
struct CsvFormat {
    QByteArray encoding = "UTF-8";
    char delimiter = ',';

    friend bool operator==(const CsvFormat &, const CsvFormat &) = default;
};
