#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringView>

// Folds text for matching the way a caller's spelling differs from the stored one: accents and
// case do not count ("Müller", "MULLER" and "muller" are the same), and letters written as two
// where no accent would do are spelt out (ß -> ss, æ -> ae, ø -> o, ł -> l).
namespace TextFolder {

QString fold(QStringView text);
// The folded words of `text` as UTF-8, split wherever a character is neither letter nor digit.
QList<QByteArray> words(QStringView text);
// German spelling without umlauts ("Mueller" for "Müller") folded the way fold() writes umlauts
// ("muller"); `word` is already folded. Empty when the word has no such pair.
QByteArray umlautVariant(const QByteArray &word);

} // namespace TextFolder
