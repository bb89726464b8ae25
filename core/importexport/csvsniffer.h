#pragma once

#include "csvformat.h"

#include <QByteArrayView>
#include <QList>
#include <QStringView>

// Guesses how a CSV file is written from its first bytes, so the user rarely has to say.
namespace CsvSniffer {

// A byte order mark decides; then UTF-16's zero bytes; then whether the bytes are valid UTF-8
// (plain ASCII is); otherwise uchardet, with ISO-8859-1 taken as windows-1252 (its superset,
// which is what German shop systems on Windows really write).
QByteArray detectEncoding(QByteArrayView bytes);
// Comma, semicolon, tab or pipe: the one found the same number of times (outside quotes) in
// the most lines, more often being the tie-breaker. Comma when the text gives no hint.
char detectDelimiter(QStringView text);
CsvFormat detect(QByteArrayView bytes);
// Excel's "sep=;" first line, which names the delimiter and is not part of the table: its
// length with the line end, or 0 when the text does not start with one.
qsizetype separatorLineLength(QStringView text);

// The encodings and delimiters a user may choose from instead.
QList<QByteArray> encodings();
QList<char> delimiters();

} // namespace CsvSniffer
