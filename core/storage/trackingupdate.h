#pragma once

#include "model/trackingevent.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

// What one poll learned about one stored shipment, ready to be written.
struct TrackingUpdate {
    qint64 shipmentId = 0;
    bool answered = false; // the carrier described the shipment; false: only pollError and nextPoll apply
    SubStatus subStatus = SubStatus::NoInformation;
    QDate carrierEstimate;
    QString service;
    QDateTime lastEventAt;
    QList<TrackingEvent> events; // as the carrier sent them now, oldest first
    QString pollError;           // what went wrong this time, for the console; empty when fine
    std::optional<QDateTime> nextPoll; // nullopt: needs no more polling
    QDateTime checkedAt;         // when the carrier answered: the events are current as of then
};
