#include "csvwriter.h"

#include <algorithm>

namespace {

// A spreadsheet runs a cell that starts with = + - @ (or a tab or CR before one) as a formula,
// so a recipient named "=HYPERLINK(...)" from a shop's data could act when a manager opens the
// export. Such cells get a leading apostrophe, as OWASP advises. Phone numbers and signed
// numbers ("+49 170 1234567", "-12.5") cannot call anything and are left as they are, so they
// still read as the numbers they are.
bool couldRunAsFormula(const QString &field)
{
    const auto numberLike = [](QChar c) { return c.isDigit() || QStringView(u" ()/.,-").contains(c); };
    if (field.isEmpty())
        return false;
    switch (field.front().unicode()) {
    case u'=':
    case u'@':
    case u'\t':
    case u'\r':
        return true;
    case u'+':
    case u'-':
        return !std::all_of(field.cbegin() + 1, field.cend(), numberLike);
    default:
        return false;
    }
}

} // namespace

CsvWriter::CsvWriter(QIODevice &device, char delimiter) : m_device(device), m_delimiter(delimiter)
{
    m_failed = m_device.write("\xEF\xBB\xBF") != 3;
}

void CsvWriter::writeRow(const QStringList &fields)
{
    QByteArray line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line += m_delimiter;
        line += quoted(fields[i]);
    }
    line += "\r\n";
    m_failed = m_failed || m_device.write(line) != line.size();
}

bool CsvWriter::ok() const { return !m_failed; }

QByteArray CsvWriter::quoted(const QString &field) const
{
    QByteArray utf8 = couldRunAsFormula(field) ? "'" + field.toUtf8() : field.toUtf8();
    // Leading or trailing spaces are quoted too: readers may trim them off unquoted fields.
    const bool needsQuotes = utf8.contains(m_delimiter) || utf8.contains('"') || utf8.contains('\n')
                             || utf8.contains('\r') || utf8.startsWith(' ') || utf8.endsWith(' ');
    if (!needsQuotes)
        return utf8;
    return '"' + utf8.replace("\"", "\"\"") + '"';
}
