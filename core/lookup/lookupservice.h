#pragma once

#include "lookupindex.h"

#include <QLocale>
#include <QObject>
#include <QTimer>

#include <memory>

class QThread;

// The console's lookup: a LookupIndex of its ShipmentColumns, built once the table is up and kept
// current as rows are loaded, appended and changed. Many rows at once (the store, the chunks of a
// start-up load) are indexed on a worker thread once CatchUpDelayMs pass without more; a few (a
// poll's) at once. The worker reads the live columns: whoever writes them holds writes back while
// isBuilding() and applies them after indexReady(). Lookups meanwhile find nothing (isReady()), and
// between a large append and its indexing they find the rows indexed so far.
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
    bool isBuilding() const { return m_worker != nullptr; }
    bool isReady() const { return m_index != nullptr; }

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
    void indexReady();

private:
    void adoptBuilt();

    const ShipmentColumns &m_shipments;
    QString m_agentRegion;
    std::unique_ptr<LookupIndex> m_index;
    std::unique_ptr<LookupIndex> m_building;
    QTimer m_catchUp;
    QThread *m_worker = nullptr;
};
