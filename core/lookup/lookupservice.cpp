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
    if (m_worker) {
        m_worker->wait();
        delete m_worker;
    }
}

QString LookupService::regionOf(const QLocale &locale)
{
    return locale.territory() == QLocale::AnyTerritory ? QString() : QLocale::territoryToCode(locale.territory());
}

void LookupService::startBuilding()
{
    if (m_worker || (m_index && m_index->indexedRows() == m_shipments.size()))
        return;
    m_catchUp.stop();
    // A catch-up continues the index it has: only the new rows are read.
    m_building = m_index ? std::move(m_index) : std::make_unique<LookupIndex>(m_agentRegion);
    if (m_shipments.size() - m_building->indexedRows() <= BackgroundThreshold) {
        m_building->appendRows(m_shipments);
        adoptBuilt();
        return;
    }
    LookupIndex *index = m_building.get();
    const ShipmentColumns *shipments = &m_shipments;
    m_worker = QThread::create([index, shipments] { index->appendRows(*shipments); });
    m_worker->setObjectName(u"lookup index"_s);
    connect(m_worker, &QThread::finished, this, [this] {
        m_worker->deleteLater();
        m_worker = nullptr;
        adoptBuilt();
    });
    m_worker->start(QThread::LowPriority);
}

void LookupService::adoptBuilt()
{
    m_index = std::move(m_building);
    // Rows that arrived between the start and the end of the build; none if the writer held back.
    m_index->appendRows(m_shipments);
    emit indexReady();
}

void LookupService::shipmentsAppended()
{
    if (!m_index)
        return;
    if (m_shipments.size() - m_index->indexedRows() <= BackgroundThreshold)
        m_index->appendRows(m_shipments);
    else
        m_catchUp.start(); // more may follow right away (a start-up load): index them together
}

void LookupService::shipmentsChanged(const QList<qsizetype> &rows)
{
    if (m_index)
        m_index->refreshRows(m_shipments, rows);
}

LookupResult LookupService::lookup(QStringView query, int limit, LookupIndex::Rows rows) const
{
    return m_index ? m_index->lookup(m_shipments, query, limit, rows) : LookupResult();
}
