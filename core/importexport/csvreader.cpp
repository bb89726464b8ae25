#include "csvreader.h"

#include "csvsniffer.h"

#include <QCoreApplication>
#include <QFile>
#include <QStringDecoder>

#include <csv.h>

namespace {

// Turns libcsv's callbacks into rows for a handler. Blank lines are handed on as empty rows so
// that row numbers stay those of a spreadsheet; a CR LF pair ends one line, not two.
class RowCollector
{
public:
    RowCollector(CsvTable &table, const CsvReader::RowHandler &onRow) : m_table(table), m_onRow(onRow) {}

    static void onField(void *field, size_t length, void *self)
    {
        static_cast<RowCollector *>(self)->m_row.append(
            QString::fromUtf8(static_cast<const char *>(field), qsizetype(length)));
    }
    static void onRowEnd(int terminator, void *self) { static_cast<RowCollector *>(self)->endRow(terminator); }

    bool stopped() const { return m_stopped; }
    int nextRow() const { return m_nextRow; }

private:
    void endRow(int terminator)
    {
        const bool blank = m_row.isEmpty();
        const bool secondHalfOfCrLf = blank && terminator == '\n' && m_lastTerminator == '\r';
        m_lastTerminator = terminator;
        if (secondHalfOfCrLf || m_stopped)
            return;
        if (m_nextRow == 1)
            m_table.header = std::move(m_row);
        else
            m_stopped = !m_onRow(m_nextRow, m_row);
        ++m_nextRow;
        m_row = {};
    }

    CsvTable &m_table;
    const CsvReader::RowHandler &m_onRow;
    QStringList m_row;
    int m_nextRow = 1;
    bool m_stopped = false;
    int m_lastTerminator = 0;
};

int onlySpaceIsSpace(unsigned char c) { return c == ' '; }

constexpr qsizetype PreviewBytes = 4 * 1024 * 1024;
constexpr qsizetype ChunkBytes = 256 * 1024;

// libcsv's parser state "inside a field" (FIELD_BEGUN in libcsv.c; the state names are not in csv.h).
constexpr int LibcsvFieldBegun = 2;

} // namespace

namespace CsvReader {

Outcome readFile(const QString &path, QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Outcome::failure(
            QCoreApplication::translate("CsvReader", "Cannot read %1: %2").arg(path, file.errorString()));
    bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return Outcome::failure(
            QCoreApplication::translate("CsvReader", "Cannot read %1: %2").arg(path, file.errorString()));
    return Outcome::success();
}

Outcome read(QByteArrayView bytes, const CsvFormat &format, CsvTable &table, const RowHandler &onRow)
{
    QStringDecoder decoder(format.encoding.constData());
    if (!decoder.isValid())
        return Outcome::failure(QCoreApplication::translate("CsvReader", "%1: unknown text encoding \"%2\"")
                                    .arg(table.fileName, QString::fromLatin1(format.encoding)));
    table.header.clear();
    table.undecodable = false;
    table.unclosedQuoteRow = 0;

    csv_parser parser;
    if (csv_init(&parser, CSV_REPALL_NL) != 0)
        return Outcome::failure(QCoreApplication::translate("CsvReader", "%1: out of memory").arg(table.fileName));
    csv_set_delim(&parser, static_cast<unsigned char>(format.delimiter));
    csv_set_space_func(&parser, onlySpaceIsSpace);
    RowCollector collector(table, onRow);
    bool failed = false;
    for (qsizetype at = 0; at < bytes.size() && !collector.stopped() && !failed; at += ChunkBytes) {
        // The decoder keeps a character split between two chunks for the next one.
        QString text = decoder.decode(bytes.sliced(at, std::min(ChunkBytes, bytes.size() - at)));
        if (at == 0)
            text.remove(0, CsvSniffer::separatorLineLength(text)); // Excel hides it too: the header stays row 1
        const QByteArray utf8 = text.toUtf8();
        failed = csv_parse(&parser, utf8.constData(), size_t(utf8.size()), RowCollector::onField,
                           RowCollector::onRowEnd, &collector) != size_t(utf8.size());
    }
    table.undecodable = decoder.hasError();
    // A quote that never closes swallows the rest of the file into one field. That field is dropped
    // rather than imported as garbage (the report names its row); the rows before it are kept.
    // (CSV_STRICT_FINI would say so too, but only together with CSV_STRICT, which rejects the stray
    // quotes inside unquoted fields that spreadsheets write and read without complaint.)
    const bool unclosedQuote = parser.quoted && parser.pstate == LibcsvFieldBegun;
    if (unclosedQuote && !collector.stopped())
        table.unclosedQuoteRow = collector.nextRow();
    if (!failed && !collector.stopped() && !unclosedQuote)
        csv_fini(&parser, RowCollector::onField, RowCollector::onRowEnd, &collector);
    const QString error = failed ? QString::fromUtf8(csv_strerror(csv_error(&parser))) : QString();
    csv_free(&parser);
    if (failed)
        return Outcome::failure(
            QCoreApplication::translate("CsvReader", "%1: cannot read the CSV: %2").arg(table.fileName, error));
    const auto blank = [](const QString &name) { return name.trimmed().isEmpty(); };
    if (std::all_of(table.header.cbegin(), table.header.cend(), blank)) {
        return Outcome::failure(
            QCoreApplication::translate("CsvReader", "%1, row 1: the first row is empty; it should name the columns")
                .arg(table.fileName));
    }
    return Outcome::success();
}

Outcome parse(const QByteArray &bytes, const CsvFormat &format, CsvTable &table, qsizetype maxRows)
{
    table.rows.clear();
    // A preview needs the first rows only: decoding all of a large file would keep the dialog waiting.
    const QByteArrayView input = maxRows >= 0 ? QByteArrayView(bytes).first(std::min(bytes.size(), PreviewBytes))
                                              : QByteArrayView(bytes);
    const Outcome read = CsvReader::read(input, format, table, [&](int, QStringList &fields) {
        table.rows.append(std::move(fields));
        return maxRows < 0 || table.rows.size() < maxRows;
    });
    if (input.size() < bytes.size())
        table.unclosedQuoteRow = 0; // the cut, not the file, may have left the quote open
    while (!table.rows.isEmpty() && table.rows.last().isEmpty())
        table.rows.removeLast();
    return read;
}

} // namespace CsvReader
