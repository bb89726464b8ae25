#include "lookupservice.h"

#include <QElapsedTimer>
#include <QThread>

using namespace Qt::StringLiterals;

LookupService::LookupService(const ShipmentColumns &shipments, const QString &agentRegion, QObject *parent)
    : QObject(parent)
    , m_shipments(shipments)
    , m_agentRegion(agentRegion)
{
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
    if (m_worker || m_index)
        return;
    m_building = std::make_unique<LookupIndex>(m_agentRegion);
    if (m_shipments.size() <= BackgroundThreshold) {
        QElapsedTimer timer;
        timer.start();
        m_building->appendRows(m_shipments);
        m_buildMsecs = timer.elapsed();
        adoptBuilt();
        return;
    }
    LookupIndex *index = m_building.get();
    const ShipmentColumns *shipments = &m_shipments;
    qint64 *msecs = &m_buildMsecs;
    m_worker = QThread::create([index, shipments, msecs] {
        QElapsedTimer timer;
        timer.start();
        index->appendRows(*shipments);
        *msecs = timer.elapsed();
    });
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
    if (m_index)
        m_index->appendRows(m_shipments);
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
