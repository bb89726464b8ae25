#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

// A column of strings drawn from a small vocabulary (carriers, services, countries, languages):
// each row stores a 32-bit index into a dictionary shared by all rows.
class InternedColumn
{
public:
    void reserve(qsizetype rows) { m_ids.reserve(rows); }
    void append(const QString &value) { m_ids.append(idFor(value)); }
    // The same from UTF-8, without building a QString for values already in the dictionary.
    void appendUtf8(QByteArrayView value);
    // Appends every row of `other`, translating its dictionary into this one.
    void append(const InternedColumn &other);
    void set(qsizetype row, const QString &value) { m_ids[row] = idFor(value); }
    void clear();

    qsizetype size() const { return m_ids.size(); }
    const QString &at(qsizetype row) const { return m_values[m_ids[row]]; }
    quint32 idAt(qsizetype row) const { return m_ids[row]; }
    const QStringList &values() const { return m_values; }
    qsizetype memoryBytes() const;

private:
    quint32 idFor(const QString &value);

    QStringList m_values;
    QHash<QString, quint32> m_idByValue;
    QHash<QByteArray, quint32> m_idByUtf8; // filled by appendUtf8() as values come
    QList<quint32> m_ids;
};
