#pragma once

#include "aftershipsandboxrenderer.h"
#include "sim/simulatedjourney.h"

#include <QDateTime>
#include <QList>
#include <QString>

// The trackings created in the sandbox's AfterShip account, which is all AfterShip answers for,
// each with the journey it follows and what the webhook last said about it.
class AfterShipAccount
{
public:
    struct Tracking {
        AfterShipSandboxRenderer::Account account;
        QString trackingNumber;
        SimulatedJourney journey;
        qsizetype notifiedScans = 0; // visible scans when the client last heard of this tracking
    };

    explicit AfterShipAccount(quint64 seed)
        : m_seed(seed)
    { }

    // The tracking of `trackingNumber` under `slug` (any slug when empty), or nullptr.
    Tracking *find(const QString &slug, const QString &trackingNumber);
    Tracking &create(
        const QString &slug, const QString &trackingNumber, SimulatedJourney journey, const QDateTime &createdAt);
    QList<Tracking> &trackings() { return m_trackings; }

private:
    quint64 m_seed;
    QList<Tracking> m_trackings;
};
