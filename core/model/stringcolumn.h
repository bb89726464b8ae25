#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

// A column of strings kept as UTF-8 in one contiguous buffer with an end offset per row: about a
// third of the memory of a QList<QString> for the short ASCII-heavy fields of a shipment, and no
// per-string allocation. Replacing a value appends it; compact() reclaims the space.
class StringColumn
{
public:
    void reserve(qsizetype rows, qsizetype bytesPerRow);
    void append(const QString &value);
    void appendUtf8(QByteArrayView value);
    // Appends every row of `other` (a chunk loaded on another thread) in one copy.
    void append(const StringColumn &other);
    void set(qsizetype row, const QString &value);
    void clear();
    void compact();

    qsizetype size() const { return m_ends.size(); }
    QByteArrayView utf8(qsizetype row) const;
    QString at(qsizetype row) const { return QString::fromUtf8(utf8(row)); }
    qsizetype memoryBytes() const;

private:
    QByteArray m_bytes;
    QList<quint32> m_starts;
    QList<quint32> m_ends;
};
