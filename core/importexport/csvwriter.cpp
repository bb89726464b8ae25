#include "csvwriter.h"

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
    QByteArray utf8 = field.toUtf8();
    // Leading or trailing spaces are quoted too: readers may trim them off unquoted fields.
    const bool needsQuotes = utf8.contains(m_delimiter) || utf8.contains('"') || utf8.contains('\n')
                             || utf8.contains('\r') || utf8.startsWith(' ') || utf8.endsWith(' ');
    if (!needsQuotes)
        return utf8;
    return '"' + utf8.replace("\"", "\"\"") + '"';
}
