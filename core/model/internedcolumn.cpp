#include "internedcolumn.h"

void InternedColumn::clear()
{
    m_values.clear();
    m_idByValue.clear();
    m_idByUtf8.clear();
    m_ids.clear();
}

void InternedColumn::appendUtf8(QByteArrayView value)
{
    auto it = m_idByUtf8.constFind(QByteArray::fromRawData(value.data(), value.size()));
    if (it == m_idByUtf8.constEnd())
        it = m_idByUtf8.insert(value.toByteArray(), idFor(QString::fromUtf8(value)));
    m_ids.append(*it);
}

void InternedColumn::append(const InternedColumn &other)
{
    QList<quint32> idOf;
    idOf.reserve(other.m_values.size());
    for (const QString &value : other.m_values)
        idOf.append(idFor(value));
    m_ids.reserve(m_ids.size() + other.m_ids.size());
    for (const quint32 id : other.m_ids)
        m_ids.append(idOf[id]);
}

qsizetype InternedColumn::memoryBytes() const
{
    return m_ids.capacity() * qsizetype(sizeof(quint32)) + m_values.size() * 64;
}

quint32 InternedColumn::idFor(const QString &value)
{
    const auto it = m_idByValue.constFind(value);
    if (it != m_idByValue.constEnd())
        return *it;
    const quint32 id = quint32(m_values.size());
    m_values.append(value);
    m_idByValue.insert(value, id);
    return id;
}
