#pragma once

#include "customermessage.h"
#include "model/outcome.h"

#include <QList>

class Database;

// The messages sent (or about to be sent) to recipients: what they were about, to whom, and how
// sending went. One code path for SQLite and PostgreSQL. A message is identified by shipment,
// trigger, occurrence and channel, and the database refuses a second one: with several consoles
// and pollers proposing messages at once, exactly one of them records it and nothing is sent twice.
// Like every store, it uses its Database's connection: a worker thread opens a Database of its own.
class MessageLog
{
public:
    enum class Recorded { Added, AlreadyThere };

    // A step in a message's life; only the fields the new status concerns are read.
    struct StatusChange {
        MessageStatus status = MessageStatus::Approved;
        QDateTime at;              // when it was sent (for Sent); otherwise unused
        QString approvedBy;        // for Approved
        QString providerMessageId; // for Sent
        QString error;             // for Failed: required
    };

    explicit MessageLog(Database &database) : m_db(database) {}

    // Records a new message and sets its id. When that shipment, trigger, occurrence and channel
    // already has one, `result` says so and `message` gets the stored one's id; nothing is written.
    Outcome record(CustomerMessage &message, Recorded &result);
    // Records many in one transaction, skipping those already there; `added` counts the new ones.
    Outcome recordAll(const QList<CustomerMessage> &messages, int &added);
    // Moves a message on, only along the allowed steps (proposed or failed -> approved ->
    // sent -> delivered; approved or sent -> failed). `applied` is false when the message was not
    // in a state that allows it, e.g. another sender already sent it.
    Outcome updateStatus(qint64 messageId, const StatusChange &change, bool &applied);

    // A shipment's messages, oldest first.
    Outcome loadShipmentMessages(qint64 shipmentId, QList<CustomerMessage> &into) const;

    // Why a message cannot be recorded, naming the field; empty when it can.
    static QString invalidReason(const CustomerMessage &message);

private:
    Database &m_db;
};
