#include "trackingthread.h"

TrackingThread::TrackingThread(const CarrierRegistry &carriers, QMap<QString, CarrierSettings> settings,
                               DatabaseConfig database, const Clock &domainClock, const Clock &wallClock)
    : m_poller(new Poller(carriers, std::move(settings), std::move(database), domainClock, wallClock))
{
    m_thread.setObjectName(QStringLiteral("tracking"));
    m_poller->moveToThread(&m_thread);
    QObject::connect(&m_thread, &QThread::finished, m_poller, &QObject::deleteLater);
}

TrackingThread::~TrackingThread()
{
    if (m_thread.isRunning())
        QMetaObject::invokeMethod(m_poller, &Poller::stop, Qt::BlockingQueuedConnection);
    else
        delete m_poller;
    m_thread.quit();
    m_thread.wait();
}

void TrackingThread::start(int intervalMsecs)
{
    m_thread.start();
    QMetaObject::invokeMethod(m_poller, [poller = m_poller, intervalMsecs] { poller->start(intervalMsecs); }, Qt::QueuedConnection);
}
