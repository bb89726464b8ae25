#pragma once

#include "databaseconfig.h"

#include <QObject>

#include <atomic>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

class ShipmentColumns;

// Loads stored shipments in chunks of ChunkIds consecutive ids, read in parallel on worker threads
// that each open their own connection, and hands the chunks over in id order. The console shows
// the first chunk at once and the rest as it arrives, instead of a million rows one QVariant at a
// time on the GUI thread before the window appears.
class ShipmentLoader : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 ChunkIds = 20000;

    explicit ShipmentLoader(DatabaseConfig config, qint64 chunkIds = ChunkIds, QObject *parent = nullptr);
    // Stops the workers after their current chunk and waits for them.
    ~ShipmentLoader() override;

    // Loads the shipments with fromId <= id <= toId on `threads` workers.
    void start(qint64 fromId, qint64 toId, int threads);
    bool isRunning() const { return !m_workers.empty() && !m_done; }

signals:
    // The next chunk, in id order; emitted from a worker thread (connect queued or auto).
    void chunkLoaded(std::shared_ptr<const ShipmentColumns> chunk);
    // Every chunk has been handed over.
    void finished();
    // Reading failed; no further chunks follow.
    void failed(const QString &message);

private:
    void work();
    void deliver(qint64 index, std::shared_ptr<const ShipmentColumns> chunk);
    void stopWorkers();

    const DatabaseConfig m_config;
    const qint64 m_chunkIds;
    qint64 m_fromId = 0;
    qint64 m_chunkCount = 0;
    std::atomic<qint64> m_nextChunk{0};
    std::atomic<bool> m_stop{false};
    std::atomic<int> m_running{0};
    std::atomic<bool> m_done{false};
    std::mutex m_mutex;
    std::vector<std::shared_ptr<const ShipmentColumns>> m_ready; // by chunk index, until delivered
    qint64 m_nextToDeliver = 0;
    std::vector<std::thread> m_workers;
};
