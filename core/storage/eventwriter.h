#pragma once

#include "model/outcome.h"
#include "model/trackingevent.h"

#include <QList>
#include <QSqlQuery>

class Database;

// Writes a shipment's events inside the caller's transaction. An event is identified by
// (shipment, instant, carrier code): writing it again updates it in place. With reconciling on,
// an event the carrier corrected (same code, moved by up to a day, same text or place) replaces
// the stored version it corrects instead of standing beside it.
class EventWriter
{
public:
    explicit EventWriter(Database &database);

    // Empty when the statements could be prepared; otherwise why not.
    QString prepareError() const { return m_prepareError; }
    // Fills in the events' ids.
    Outcome write(qint64 shipmentId, QList<TrackingEvent> &events, bool reconcile, const QString &whose);

private:
    struct Stored {
        qint64 id;
        qint64 occurredMsecs;
        QString code;
        QString text;
        QString location;
    };
    static void dropRepeats(QList<TrackingEvent> &events);
    Outcome loadStored(qint64 shipmentId, QList<Stored> &stored);
    qint64 correctedEventId(const TrackingEvent &event, const QList<Stored> &stored, const QSet<qint64> &keptIds) const;
    bool bindAndExec(QSqlQuery &query, qint64 shipmentId, const TrackingEvent &event, qint64 idToReplace);

    Database &m_db;
    QSqlQuery m_upsert;
    QSqlQuery m_replace;
    QSqlQuery m_select;
    QString m_prepareError;
};
