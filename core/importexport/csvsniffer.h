#pragma once

#include "csvformat.h"

#include <QByteArrayView>
#include <QList>
#include <QStringView>

// Guesses how a CSV file is written from its first bytes, so the user rarely has to say.
namespace CsvSniffer {

// A byte order mark decides; otherwise uchardet. Plain ASCII counts as UTF-8, and ISO-8859-1 as
// windows-1252 (its superset, which is what German shop systems on Windows really write).
QByteArray detectEncoding(QByteArrayView bytes);
// Comma, semicolon, tab or pipe: the one found the same number of times (outside quotes) in
// the most lines, more often being the tie-breaker. Comma when the text gives no hint.
char detectDelimiter(QStringView text);
CsvFormat detect(QByteArrayView bytes);

// The encodings and delimiters a user may choose from instead.
QList<QByteArray> encodings();
QList<char> delimiters();

} // namespace CsvSniffer
