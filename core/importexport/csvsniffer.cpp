#include "csvsniffer.h"

#include <QStringDecoder>

#include <uchardet/uchardet.h>

#include <array>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype SampleBytes = 64 * 1024;
constexpr int SampleLines = 30;

QByteArray encodingFromBom(QByteArrayView bytes)
{
    if (bytes.startsWith("\xEF\xBB\xBF"))
        return "UTF-8";
    if (bytes.startsWith("\xFF\xFE"))
        return "UTF-16LE";
    if (bytes.startsWith("\xFE\xFF"))
        return "UTF-16BE";
    return {};
}

// UTF-16 without a byte order mark: ASCII-heavy text then has a zero byte in every other place.
QByteArray encodingFromZeroBytes(QByteArrayView bytes)
{
    const qsizetype n = std::min<qsizetype>(bytes.size(), 4096) & ~qsizetype(1);
    if (n < 4)
        return {};
    qsizetype evenZeros = 0;
    qsizetype oddZeros = 0;
    for (qsizetype i = 0; i < n; i += 2) {
        evenZeros += bytes[i] == '\0';
        oddZeros += bytes[i + 1] == '\0';
    }
    const qsizetype pairs = n / 2;
    if (oddZeros * 10 > pairs * 7 && evenZeros * 10 < pairs)
        return "UTF-16LE";
    if (evenZeros * 10 > pairs * 7 && oddZeros * 10 < pairs)
        return "UTF-16BE";
    return {};
}

// Text in a legacy code page almost never happens to form valid UTF-8 sequences, while uchardet
// can take a short UTF-8 file with one umlaut for something else. (A character cut at the end of
// the sample is not an error: the decoder keeps it for input that never comes.)
bool isValidUtf8(QByteArrayView bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8);
    // decode() only decodes when its result becomes a QString.
    const QString decoded = decoder.decode(bytes.first(std::min(bytes.size(), SampleBytes)));
    Q_UNUSED(decoded);
    return !decoder.hasError();
}

QByteArray encodingFromUchardet(QByteArrayView bytes)
{
    const std::unique_ptr<std::remove_pointer_t<uchardet_t>, decltype(&uchardet_delete)> detector(uchardet_new(),
                                                                                                   &uchardet_delete);
    uchardet_handle_data(detector.get(), bytes.data(), size_t(std::min(bytes.size(), SampleBytes)));
    uchardet_data_end(detector.get());
    const QByteArray name = QByteArray(uchardet_get_charset(detector.get())).toUpper();
    if (name.isEmpty() || name == "ASCII" || name == "UTF-8")
        return "UTF-8";
    if (name == "ISO-8859-1" || name == "WINDOWS-1252")
        return "windows-1252";
    return QStringDecoder(name.constData()).isValid() ? name : QByteArray("UTF-8");
}

} // namespace

namespace CsvSniffer {

QByteArray detectEncoding(QByteArrayView bytes)
{
    if (QByteArray bom = encodingFromBom(bytes); !bom.isEmpty())
        return bom;
    if (QByteArray utf16 = encodingFromZeroBytes(bytes); !utf16.isEmpty())
        return utf16;
    if (isValidUtf8(bytes))
        return "UTF-8";
    return encodingFromUchardet(bytes);
}

char detectDelimiter(QStringView text)
{
    const QList<char> candidates = delimiters();
    QList<std::array<int, 4>> countsPerLine(1);
    bool quoted = false;
    for (const QChar c : text) {
        if (c == u'"') {
            quoted = !quoted;
        } else if (!quoted && c == u'\n') {
            if (countsPerLine.size() == SampleLines)
                break;
            countsPerLine.append(std::array<int, 4>{});
        } else if (!quoted && c.unicode() < 128) {
            if (const qsizetype i = candidates.indexOf(c.toLatin1()); i >= 0)
                ++countsPerLine.last()[std::size_t(i)];
        }
    }
    char best = ',';
    int bestAgreeing = 0;
    int bestCount = 0;
    for (qsizetype i = 0; i < candidates.size(); ++i) {
        const int headerCount = countsPerLine.first()[std::size_t(i)];
        if (headerCount == 0)
            continue;
        int agreeing = 0;
        for (const auto &counts : countsPerLine)
            agreeing += counts[std::size_t(i)] == headerCount;
        if (agreeing > bestAgreeing || (agreeing == bestAgreeing && headerCount > bestCount)) {
            best = candidates[i];
            bestAgreeing = agreeing;
            bestCount = headerCount;
        }
    }
    return best;
}

CsvFormat detect(QByteArrayView bytes)
{
    CsvFormat format;
    format.encoding = detectEncoding(bytes);
    QStringDecoder decoder(format.encoding.constData());
    const QString sample = decoder.decode(bytes.first(std::min(bytes.size(), SampleBytes)));
    const qsizetype separatorLine = separatorLineLength(sample);
    format.delimiter = separatorLine > 0 ? char(sample[4].toLatin1()) : detectDelimiter(sample);
    return format;
}

qsizetype separatorLineLength(QStringView text)
{
    if (text.size() < 5 || !text.startsWith(u"sep=", Qt::CaseInsensitive) || !delimiters().contains(text[4].toLatin1()))
        return 0;
    if (text.size() == 5)
        return 5;
    if (text[5] == u'\n')
        return 6;
    if (text[5] == u'\r')
        return text.size() > 6 && text[6] == u'\n' ? 7 : 6;
    return 0;
}

QList<QByteArray> encodings()
{
    return {"UTF-8", "UTF-16LE", "UTF-16BE", "windows-1252", "ISO-8859-15", "IBM850"};
}

QList<char> delimiters() { return {',', ';', '\t', '|'}; }

} // namespace CsvSniffer
