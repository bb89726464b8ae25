#pragma once

#include "faultkind.h"

#include <QHash>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <deque>

// What each carrier's endpoints have seen, for GET /sandbox/stats: requests, 429s given for
// exceeding a limit (as opposed to injected ones), injected faults, the most requests open at once
// and the arrival times of the latest requests, so a test can prove a client never exceeded a limit.
class RequestLog
{
public:
    explicit RequestLog(int history)
        : m_history(history)
    { }

    void received(const QString &carrier, qint64 wallMs, int openNow);
    void limitRejected(const QString &carrier) { ++m_carriers[carrier].limitRejections; }
    void injected(const QString &carrier, FaultKind kind) { ++m_carriers[carrier].injected[FaultKinds::key(kind)]; }
    void reset() { m_carriers.clear(); }

    QJsonObject toJson() const;

private:
    struct Counters {
        qint64 requests = 0;
        qint64 limitRejections = 0;
        QHash<QString, qint64> injected; // fault kind key -> count
        int maxConcurrency = 0;
        std::deque<qint64> receivedAtMs; // wall clock, oldest first, the latest `history` only
    };

    int m_history;
    QMap<QString, Counters> m_carriers;
};
