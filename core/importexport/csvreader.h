#pragma once

#include "csvformat.h"
#include "csvtable.h"
#include "model/outcome.h"

#include <QByteArray>

#include <functional>

// Decodes a CSV file with QStringDecoder and splits it with libcsv (RFC 4180: quoted delimiters,
// doubled quotes and line breaks inside quoted fields), a chunk at a time, so a large file never
// exists as one decoded string. Stray quotes inside unquoted fields are read as text, as
// spreadsheets do; a quote that never closes is reported (CsvTable::unclosedQuoteRow) and the
// rows before it are kept.
namespace CsvReader {

// Gets each row below the header with its spreadsheet row number; a blank line is an empty list.
// Returning false stops the reading.
using RowHandler = std::function<bool(int row, QStringList &fields)>;

Outcome readFile(const QString &path, QByteArray &bytes);
// Fills `table`'s header and flags and hands the rows to `onRow` instead of keeping them.
Outcome read(QByteArrayView bytes, const CsvFormat &format, CsvTable &table, const RowHandler &onRow);
// Keeps the rows in `table`. maxRows >= 0 stops after that many rows below the header, read from
// the first 4 MiB (previews).
Outcome parse(const QByteArray &bytes, const CsvFormat &format, CsvTable &table, qsizetype maxRows = -1);

} // namespace CsvReader
