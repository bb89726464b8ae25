#pragma once

#include "lookupindex.h"

#include <QLocale>
#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>

class QThread;

// The console's lookup: a LookupIndex of its ShipmentColumns, built once the table is up and kept
// current as rows are loaded, appended and changed. Many rows at once (the store, the chunks of a
// start-up load) are indexed on a worker thread once CatchUpDelayMs pass without more; a few (a
// poll's) at once. A build of mostly new rows (a big store, a start-up load after its first chunk)
// starts a new index on two threads at once: order and tracking numbers and e-mails on one, names
// and phones on the other (see LookupIndex::Parts), while the index there is answers for its rows.
// Each half answers as soon as it is done, whichever comes first (numbersReady() or namesReady(),
// isReady()), together with the other half of the index that answered before: a caller's order
// number is found while names are still being indexed (hasNames()), a name or phone while numbers
// are (hasNumbers()). The workers read the live columns: whoever writes them holds writes back
// while isBuilding() and applies them after indexReady(). Before isReady() lookups find nothing,
// and between a large append and its indexing they find the rows indexed so far.
class LookupService : public QObject
{
    Q_OBJECT

public:
    // Stores up to this many rows are indexed at once, on the calling thread (a few milliseconds).
    static constexpr qsizetype BackgroundThreshold = 5000;
    static constexpr int CatchUpDelayMs = 300;

    // `shipments` must outlive the service; `agentRegion` as for LookupIndex (see regionOf()).
    LookupService(const ShipmentColumns &shipments, const QString &agentRegion, QObject *parent = nullptr);
    // Waits for a build under way: the worker reads the columns the caller is about to destroy.
    ~LookupService() override;

    void startBuilding();
    bool isBuilding() const { return m_worker != nullptr || m_namesWorker != nullptr; }
    bool isReady() const { return m_index != nullptr; }
    bool hasNames() const { return m_index && m_index->hasNames(); }
    bool hasNumbers() const { return m_index && m_index->hasNumbers(); }
    // Rows lookups find by their numbers and e-mails / by their names and phones.
    qsizetype indexedRows() const { return m_index ? m_index->indexedRows() : 0; }
    qsizetype namedRows() const { return m_index ? m_index->namedRows() : 0; }

    // The columns gained rows at their end / rows changed in place. Ignored while building (the
    // build reads whatever the columns hold by the time it runs) and before the first build.
    void shipmentsAppended();
    void shipmentsChanged(const QList<qsizetype> &rows);

    LookupResult lookup(QStringView query, int limit, LookupIndex::Rows rows = LookupIndex::Rows::Best) const;
    qsizetype memoryBytes() const { return m_index ? m_index->memoryBytes() : 0; }

    // The ISO 3166-1 code of the locale's country: where the agent's phone numbers without country
    // code belong. Empty for locales without a country ("C").
    static QString regionOf(const QLocale &locale);

signals:
    // Every row is found by its order and tracking numbers and e-mail; names and phones are still
    // being indexed.
    void numbersReady();
    // Every row is found by its name and phone; numbers and e-mails are still being indexed.
    void namesReady();
    // Everything is indexed and the build is over.
    void indexReady();

private:
    QThread *startWorker(const char *name, std::function<void()> work);
    void workerFinished(QThread *worker);
    void publishHalf(bool numbers);
    void finishBuild();

    const ShipmentColumns &m_shipments;
    QString m_agentRegion;
    std::unique_ptr<LookupIndex> m_index;
    std::unique_ptr<LookupIndex> m_building;
    std::unique_ptr<LookupIndex> m_buildingNames; // a build in halves: the names, on their own thread
    bool m_inHalves = false; // m_building holds only the numbers
    QTimer m_catchUp;
    QThread *m_worker = nullptr;
    QThread *m_namesWorker = nullptr;
};
