#pragma once

#include "csvformat.h"
#include "csvtable.h"
#include "model/outcome.h"

#include <QByteArray>

// Decodes a CSV file with QStringDecoder and splits it with libcsv (RFC 4180: quoted delimiters,
// doubled quotes and line breaks inside quoted fields). Unbalanced quotes are read leniently, as
// spreadsheets do, rather than losing the rest of the file.
namespace CsvReader {

Outcome readFile(const QString &path, QByteArray &bytes);
// maxRows >= 0 stops after that many rows below the header, read from the first 4 MiB (previews).
Outcome parse(const QByteArray &bytes, const CsvFormat &format, CsvTable &table, qsizetype maxRows = -1);

} // namespace CsvReader
