#pragma once

#include "poller.h"

#include <QThread>

// A Poller on its own thread, so carriers' answers and their storage never hold up the window.
// Signals of poller() reach receivers on other threads queued, as value types.
class TrackingThread
{
public:
    TrackingThread(const CarrierRegistry &carriers, QMap<QString, CarrierSettings> settings, DatabaseConfig database,
                   const Clock &domainClock, const Clock &wallClock);
    ~TrackingThread(); // stops the poller and waits for its thread

    Poller *poller() const { return m_poller; }
    // Starts the thread and a poll cycle every `intervalMsecs`.
    void start(int intervalMsecs);

private:
    QThread m_thread;
    Poller *m_poller; // lives in m_thread, deleted there when it finishes
};
