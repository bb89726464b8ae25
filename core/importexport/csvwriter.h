#pragma once

#include <QByteArray>
#include <QIODevice>
#include <QStringList>

// Writes CSV as spreadsheets read it: UTF-8 with a byte order mark (without one Excel takes the
// file for the Windows code page and garbles umlauts), CR LF line ends and RFC 4180 quoting.
// Cells a spreadsheet would run as a formula are written with a leading apostrophe.
class CsvWriter
{
public:
    // Writes the byte order mark at once.
    CsvWriter(QIODevice &device, char delimiter = ',');

    void writeRow(const QStringList &fields);
    bool ok() const;

private:
    QByteArray quoted(const QString &field) const;

    QIODevice &m_device;
    char m_delimiter;
    bool m_failed = false;
};
