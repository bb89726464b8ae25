#include "textfolder.h"

namespace {

// Letters that decompose to nothing shorter under NFKD but that people still write plainly.
QStringView spelledOut(char16_t c)
{
    switch (c) {
    case u'ß': return u"ss";
    case u'ẞ': return u"ss";
    case u'æ': case u'Æ': return u"ae";
    case u'œ': case u'Œ': return u"oe";
    case u'ø': case u'Ø': return u"o";
    case u'ł': case u'Ł': return u"l";
    case u'đ': case u'Đ': case u'ð': case u'Ð': return u"d";
    case u'þ': case u'Þ': return u"th";
    case u'ı': return u"i";
    default: return {};
    }
}

bool isMark(QChar c)
{
    const QChar::Category category = c.category();
    return category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining
        || category == QChar::Mark_Enclosing;
}

bool isAscii(QStringView text)
{
    for (const QChar c : text) {
        if (c.unicode() >= 0x80)
            return false;
    }
    return true;
}

} // namespace

namespace TextFolder {

QString fold(QStringView text)
{
    if (isAscii(text))
        return text.toString().toLower(); // most names and every e-mail: no decomposition needed
    const QString decomposed = text.toString().normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (isMark(c))
            continue;
        if (const QStringView spelled = spelledOut(c.unicode()); !spelled.isEmpty())
            out += spelled;
        else
            out += c;
    }
    return out.toCaseFolded();
}

QList<QByteArray> words(QStringView text)
{
    const QString folded = fold(text);
    QList<QByteArray> result;
    qsizetype start = -1;
    for (qsizetype i = 0; i <= folded.size(); ++i) {
        const bool inWord = i < folded.size() && folded.at(i).isLetterOrNumber();
        if (inWord && start < 0)
            start = i;
        else if (!inWord && start >= 0) {
            result.append(QStringView(folded).mid(start, i - start).toUtf8());
            start = -1;
        }
    }
    return result;
}

QByteArray umlautVariant(const QByteArray &word)
{
    QByteArray out;
    out.reserve(word.size());
    bool changed = false;
    for (qsizetype i = 0; i < word.size(); ++i) {
        const char c = word.at(i);
        if ((c == 'a' || c == 'o' || c == 'u') && i + 1 < word.size() && word.at(i + 1) == 'e') {
            out += c;
            ++i;
            changed = true;
            continue;
        }
        out += c;
    }
    return changed ? out : QByteArray();
}

} // namespace TextFolder
