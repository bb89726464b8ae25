#include "demoindex.h"

#include "sim/simrandom.h"

#include <QtConcurrent/QtConcurrentMap>
#include <algorithm>

namespace {
constexpr int chunkSize = 16384;
}

DemoIndex::DemoIndex(quint64 seed, const QDateTime &now, int count)
    : m_generator(seed, now)
    , m_count(std::max(0, count))
{ }

void DemoIndex::build()
{
    if (m_built)
        return;
    m_entries.resize(std::size_t(m_count));
    QList<int> chunks;
    for (int first = 0; first < m_count; first += chunkSize)
        chunks.append(first);
    // Each chunk writes its own slice of the vector, so the workers never touch the same element.
    QtConcurrent::blockingMap(chunks, [this](int first) {
        const int last = std::min(m_count, first + chunkSize);
        for (int i = first; i < last; ++i)
            m_entries[std::size_t(i)] = { SimRandom::hash(m_generator.order(i).trackingNumber), i };
    });
    std::sort(m_entries.begin(), m_entries.end());
    m_built = true;
}

std::optional<DemoDataGenerator::Order> DemoIndex::find(const QString &trackingNumber)
{
    build();
    const quint64 hash = SimRandom::hash(trackingNumber);
    auto it = std::lower_bound(m_entries.cbegin(), m_entries.cend(), std::pair<quint64, int> { hash, -1 });
    for (; it != m_entries.cend() && it->first == hash; ++it) {
        DemoDataGenerator::Order order = m_generator.order(it->second);
        if (order.trackingNumber == trackingNumber)
            return order;
    }
    return std::nullopt;
}
