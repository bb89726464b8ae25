#include "lookupservice.h"

#include <QThread>

using namespace Qt::StringLiterals;

LookupService::LookupService(const ShipmentColumns &shipments, const QString &agentRegion, QObject *parent)
    : QObject(parent)
    , m_shipments(shipments)
    , m_agentRegion(agentRegion)
{
    m_catchUp.setSingleShot(true);
    m_catchUp.setInterval(CatchUpDelayMs);
    connect(&m_catchUp, &QTimer::timeout, this, &LookupService::startBuilding);
}

LookupService::~LookupService()
{
    for (QThread *worker : {m_worker, m_namesWorker}) {
        if (worker) {
            worker->wait();
            delete worker;
        }
    }
}

QString LookupService::regionOf(const QLocale &locale)
{
    return locale.territory() == QLocale::AnyTerritory ? QString() : QLocale::territoryToCode(locale.territory());
}

void LookupService::startBuilding()
{
    if (isBuilding() || (m_index && m_index->indexedRows() == m_shipments.size()))
        return;
    m_catchUp.stop();
    const qsizetype indexed = m_index ? m_index->indexedRows() : 0;
    const qsizetype added = m_shipments.size() - indexed;
    const ShipmentColumns *shipments = &m_shipments;
    // A catch-up continues the index it has: only the new rows are read.
    if (added <= BackgroundThreshold || (m_index && added <= indexed)) {
        m_building = m_index ? std::move(m_index) : std::make_unique<LookupIndex>(m_agentRegion);
        if (added <= BackgroundThreshold) {
            m_building->appendRows(m_shipments);
            m_index = std::move(m_building);
            finishBuild();
            return;
        }
        LookupIndex *index = m_building.get();
        m_worker = startWorker("lookup index", [index, shipments] { index->appendRows(*shipments); });
        return;
    }
    // Mostly new rows (the store, or a start-up load after its first chunk): built anew in two
    // halves at once, while the index there is (if any) still answers for the rows it has.
    m_inHalves = true;
    m_building = std::make_unique<LookupIndex>(m_agentRegion);
    LookupIndex *index = m_building.get();
    m_buildingNames = std::make_unique<LookupIndex>(m_agentRegion);
    LookupIndex *names = m_buildingNames.get();
    m_worker = startWorker("lookup numbers", [index, shipments] {
        index->appendRows(*shipments, LookupIndex::Parts::Numbers);
    });
    m_namesWorker = startWorker("lookup names", [names, shipments] {
        names->appendRows(*shipments, LookupIndex::Parts::Names);
    });
}

QThread *LookupService::startWorker(const char *name, std::function<void()> work)
{
    QThread *worker = QThread::create(std::move(work));
    worker->setObjectName(QString::fromLatin1(name));
    connect(worker, &QThread::finished, this, [this, worker] { workerFinished(worker); });
    worker->start(QThread::LowPriority);
    return worker;
}

void LookupService::workerFinished(QThread *worker)
{
    worker->deleteLater();
    const bool numbers = worker == m_worker;
    (numbers ? m_worker : m_namesWorker) = nullptr;
    if (!m_inHalves) {
        m_index = std::move(m_building);
        finishBuild();
        return;
    }
    publishHalf(numbers);
    if (isBuilding()) {
        if (numbers)
            emit numbersReady();
        else
            emit namesReady();
        return;
    }
    m_inHalves = false;
    finishBuild();
}

// A half answers at once, with the other half of the index that answered so far: the old index's
// (its rows only) or the new one's that came first.
void LookupService::publishHalf(bool numbers)
{
    std::unique_ptr<LookupIndex> half = std::move(numbers ? m_building : m_buildingNames);
    if (m_index) {
        if (numbers)
            half->adoptNames(std::move(*m_index));
        else
            half->adoptNumbers(std::move(*m_index));
    }
    m_index = std::move(half);
}

void LookupService::finishBuild()
{
    // Rows that arrived between the start and the end of the build; none if the writer held back.
    m_index->appendRows(m_shipments);
    emit indexReady();
}

void LookupService::shipmentsAppended()
{
    if (!m_index || isBuilding())
        return;
    if (m_shipments.size() - m_index->indexedRows() <= BackgroundThreshold)
        m_index->appendRows(m_shipments);
    else
        m_catchUp.start(); // more may follow right away (a start-up load): index them together
}

void LookupService::shipmentsChanged(const QList<qsizetype> &rows)
{
    if (m_index && !isBuilding())
        m_index->refreshRows(m_shipments, rows);
}

LookupResult LookupService::lookup(QStringView query, int limit, LookupIndex::Rows rows) const
{
    return m_index ? m_index->lookup(m_shipments, query, limit, rows) : LookupResult();
}
