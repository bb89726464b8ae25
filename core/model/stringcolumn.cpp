#include "stringcolumn.h"

void StringColumn::reserve(qsizetype rows, qsizetype bytesPerRow)
{
    m_starts.reserve(rows);
    m_ends.reserve(rows);
    m_bytes.reserve(rows * bytesPerRow);
}

void StringColumn::append(const QString &value)
{
    m_starts.append(quint32(m_bytes.size()));
    m_bytes.append(value.toUtf8());
    m_ends.append(quint32(m_bytes.size()));
}

void StringColumn::appendUtf8(QByteArrayView value)
{
    m_starts.append(quint32(m_bytes.size()));
    m_bytes.append(value);
    m_ends.append(quint32(m_bytes.size()));
}

void StringColumn::append(const StringColumn &other)
{
    const quint32 shift = quint32(m_bytes.size());
    m_bytes.append(other.m_bytes);
    m_starts.reserve(m_starts.size() + other.m_starts.size());
    m_ends.reserve(m_ends.size() + other.m_ends.size());
    for (const quint32 start : other.m_starts)
        m_starts.append(start + shift);
    for (const quint32 end : other.m_ends)
        m_ends.append(end + shift);
}

void StringColumn::set(qsizetype row, const QString &value)
{
    const QByteArray utf8Value = value.toUtf8();
    if (utf8Value.size() <= m_ends[row] - m_starts[row]) {
        // Fits where the old value was: overwrite in place, no growth.
        std::copy(utf8Value.begin(), utf8Value.end(), m_bytes.begin() + m_starts[row]);
        m_ends[row] = m_starts[row] + quint32(utf8Value.size());
        return;
    }
    m_starts[row] = quint32(m_bytes.size());
    m_bytes.append(utf8Value);
    m_ends[row] = quint32(m_bytes.size());
}

void StringColumn::clear()
{
    m_bytes.clear();
    m_starts.clear();
    m_ends.clear();
}

void StringColumn::compact()
{
    QByteArray packed;
    packed.reserve(m_bytes.size());
    for (qsizetype row = 0; row < m_ends.size(); ++row) {
        const QByteArrayView value = utf8(row);
        m_starts[row] = quint32(packed.size());
        packed.append(value);
        m_ends[row] = quint32(packed.size());
    }
    packed.squeeze();
    m_bytes = std::move(packed);
}

QByteArrayView StringColumn::utf8(qsizetype row) const
{
    return QByteArrayView(m_bytes.constData() + m_starts[row], m_ends[row] - m_starts[row]);
}

qsizetype StringColumn::memoryBytes() const
{
    return m_bytes.capacity() + (m_starts.capacity() + m_ends.capacity()) * qsizetype(sizeof(quint32));
}
