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
