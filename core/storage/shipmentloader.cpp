#include "shipmentloader.h"

#include "database.h"
#include "model/shipmentcolumns.h"
#include "shipmentrepository.h"

ShipmentLoader::ShipmentLoader(DatabaseConfig config, qint64 chunkIds, QObject *parent)
    : QObject(parent), m_config(std::move(config)), m_chunkIds(std::max<qint64>(1, chunkIds))
{
}

ShipmentLoader::~ShipmentLoader()
{
    stopWorkers();
}

void ShipmentLoader::stopWorkers()
{
    m_stop = true;
    for (std::thread &worker : m_workers)
        worker.join();
    m_workers.clear();
}

void ShipmentLoader::start(qint64 fromId, qint64 toId, int threads)
{
    stopWorkers();
    m_stop = false;
    m_fromId = fromId;
    m_chunkCount = toId < fromId ? 0 : (toId - fromId) / m_chunkIds + 1;
    m_nextChunk = 0;
    m_nextToDeliver = 0;
    m_done = false;
    m_ready.assign(size_t(m_chunkCount), nullptr);
    if (m_chunkCount == 0) {
        m_done = true;
        emit finished();
        return;
    }
    const int workers = int(std::clamp<qint64>(threads, 1, m_chunkCount));
    m_running = workers;
    for (int i = 0; i < workers; ++i)
        m_workers.emplace_back([this] { work(); });
}

void ShipmentLoader::work()
{
    // A connection belongs to the thread that opened it: one per worker.
    Database database(m_config);
    Outcome outcome = database.open();
    if (outcome) {
        const ShipmentRepository repository(database);
        for (qint64 index = m_nextChunk++; index < m_chunkCount && !m_stop; index = m_nextChunk++) {
            auto chunk = std::make_shared<ShipmentColumns>();
            const qint64 first = m_fromId + index * m_chunkIds;
            outcome = repository.loadShipments(*chunk, first, first + m_chunkIds);
            if (!outcome)
                break;
            deliver(index, std::move(chunk));
        }
    }
    const std::lock_guard lock(m_mutex);
    if (!outcome && !m_stop.exchange(true)) {
        m_done = true;
        emit failed(outcome.error());
    }
    if (--m_running == 0 && !m_done) {
        m_done = true;
        if (!m_stop)
            emit finished();
    }
}

// Chunks finish out of order across workers; they are emitted in order, under the lock, so the
// queued signals reach the GUI thread in id order too.
void ShipmentLoader::deliver(qint64 index, std::shared_ptr<const ShipmentColumns> chunk)
{
    const std::lock_guard lock(m_mutex);
    m_ready[size_t(index)] = std::move(chunk);
    while (m_nextToDeliver < m_chunkCount && m_ready[size_t(m_nextToDeliver)]) {
        emit chunkLoaded(std::move(m_ready[size_t(m_nextToDeliver)]));
        ++m_nextToDeliver;
    }
}
