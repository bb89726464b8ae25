#include "messagelog.h"

#include "storage/database.h"
#include "storage/shipmentrows.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;
using ShipmentRows::instantValue;
using ShipmentRows::textValue;

Q_LOGGING_CATEGORY(lcMessageLog, "shipdeck.communication.messages")

namespace {

constexpr int MessageColumns = 12;
const QString insertColumns = u"INSERT INTO messages (shipment_id, channel, trigger_key, occurrence, recipient, subject, "
                              "status, error, created_utc_ms, sent_utc_ms, provider_message_id, approved_by) VALUES "_s;
const QString rowMarks = u"(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s;
const QString insertSql = insertColumns + rowMarks + u" ON CONFLICT DO NOTHING RETURNING id"_s;

QString insertRowsSql(qsizetype rows)
{
    QStringList marks(rows, rowMarks);
    return insertColumns + marks.join(u", "_s) + u" ON CONFLICT DO NOTHING"_s;
}

void bindMessage(QSqlQuery &query, int first, const CustomerMessage &m)
{
    query.bindValue(first + 0, m.shipmentId);
    query.bindValue(first + 1, CustomerMessages::channelKey(m.channel));
    query.bindValue(first + 2, textValue(m.trigger));
    query.bindValue(first + 3, textValue(m.occurrence));
    query.bindValue(first + 4, textValue(m.recipient));
    query.bindValue(first + 5, textValue(m.subject));
    query.bindValue(first + 6, CustomerMessages::statusKey(m.status));
    query.bindValue(first + 7, textValue(m.error));
    query.bindValue(first + 8, instantValue(m.createdAt));
    query.bindValue(first + 9, instantValue(m.sentAt));
    query.bindValue(first + 10, textValue(m.providerMessageId));
    query.bindValue(first + 11, textValue(m.approvedBy));
}

// Made only when needed: the demo seeder checks millions of messages that are fine.
QString recordingOne(const CustomerMessage &m)
{
    return QCoreApplication::translate("MessageLog", "recording the %1 message \"%2\" of shipment %3")
        .arg(CustomerMessages::channelKey(m.channel), m.trigger)
        .arg(m.shipmentId);
}

QDateTime instantFrom(const QVariant &value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

// The statuses a message may be in for a change to `to` to apply.
QString allowedFrom(MessageStatus to)
{
    switch (to) {
    case MessageStatus::Proposed: break;
    case MessageStatus::Approved: return u"'proposed', 'failed'"_s; // a failed one may be retried
    case MessageStatus::Sent: return u"'approved'"_s;
    case MessageStatus::Delivered: return u"'sent'"_s;
    case MessageStatus::Failed: return u"'approved', 'sent'"_s;
    }
    return {};
}

} // namespace

QString MessageLog::invalidReason(const CustomerMessage &m)
{
    if (m.shipmentId <= 0)
        return QCoreApplication::translate("MessageLog", "shipment: the message belongs to no stored shipment");
    if (m.trigger.trimmed().isEmpty())
        return QCoreApplication::translate("MessageLog", "trigger: say what the message is about");
    if (m.recipient.trimmed().isEmpty())
        return QCoreApplication::translate("MessageLog", "recipient: an e-mail address or phone number is needed");
    if (!m.createdAt.isValid())
        return QCoreApplication::translate("MessageLog", "created: the time the message was made is missing");
    const bool wasSent = m.status == MessageStatus::Sent || m.status == MessageStatus::Delivered;
    if (wasSent && !m.sentAt.isValid())
        return QCoreApplication::translate("MessageLog", "sent: a sent message needs the time it was sent");
    if (m.status == MessageStatus::Failed && m.error.trimmed().isEmpty())
        return QCoreApplication::translate("MessageLog", "error: a failed message needs the reason it failed");
    return {};
}

Outcome MessageLog::record(CustomerMessage &message, Recorded &result)
{
    if (const QString why = invalidReason(message); !why.isEmpty())
        return Outcome::failure(QCoreApplication::translate("MessageLog", "%1: %2").arg(recordingOne(message), why));
    QSqlQuery query(m_db.connection());
    if (!query.prepare(insertSql))
        return Outcome::failure(m_db.describeError(QCoreApplication::translate("MessageLog", "preparing to record a message"), query.lastError()));
    bindMessage(query, 0, message);
    if (!query.exec())
        return Outcome::failure(m_db.describeError(recordingOne(message), query.lastError()));
    const bool added = query.next();
    result = added ? Recorded::Added : Recorded::AlreadyThere;
    if (added) {
        message.id = query.value(0).toLongLong();
        return Outcome::success();
    }
    // Someone recorded it first (perhaps a moment ago, on another connection): theirs stands.
    if (!query.prepare(u"SELECT id FROM messages WHERE shipment_id = ? AND trigger_key = ? AND occurrence = ? "
                       "AND channel = ?"_s))
        return Outcome::failure(m_db.describeError(QCoreApplication::translate("MessageLog", "looking up a recorded message"), query.lastError()));
    for (const QVariant &value : {QVariant(message.shipmentId), textValue(message.trigger), textValue(message.occurrence),
                                  QVariant(CustomerMessages::channelKey(message.channel))})
        query.addBindValue(value);
    if (!query.exec() || !query.next())
        return Outcome::failure(m_db.describeError(QCoreApplication::translate("MessageLog", "looking up a recorded message"), query.lastError()));
    message.id = query.value(0).toLongLong();
    return Outcome::success();
}

Outcome MessageLog::recordAll(const QList<CustomerMessage> &messages, int &added)
{
    added = 0;
    if (messages.isEmpty())
        return Outcome::success();
    for (const CustomerMessage &m : messages) {
        if (const QString why = invalidReason(m); !why.isEmpty())
            return Outcome::failure(QCoreApplication::translate("MessageLog", "%1: %2").arg(recordingOne(m), why));
    }
    QSqlDatabase db = m_db.connection();
    if (!db.transaction())
        return Outcome::failure(m_db.describeError(QCoreApplication::translate("MessageLog", "starting to record messages"), db.lastError()));
    const auto abort = [&db](Outcome failure) {
        db.rollback();
        return failure;
    };
    // Many rows per statement: the demo seeder records millions, and one row at a time spends
    // more on each statement's round trip through the driver than on the row itself.
    constexpr qsizetype RowsPerStatement = 50;
    const QString doing = QCoreApplication::translate("MessageLog", "recording %n messages", nullptr, int(messages.size()));
    QSqlQuery full(db);
    QSqlQuery rest(db);
    for (qsizetype first = 0; first < messages.size(); first += RowsPerStatement) {
        const qsizetype rows = std::min(RowsPerStatement, messages.size() - first);
        QSqlQuery &query = rows == RowsPerStatement ? full : rest;
        if ((&query == &rest || first == 0) && !query.prepare(insertRowsSql(rows)))
            return abort(Outcome::failure(m_db.describeError(doing, query.lastError())));
        for (qsizetype row = 0; row < rows; ++row)
            bindMessage(query, int(row * MessageColumns), messages[first + row]);
        if (!query.exec())
            return abort(Outcome::failure(m_db.describeError(doing, query.lastError())));
        added += query.numRowsAffected();
    }
    if (!db.commit()) {
        const QSqlError error = db.lastError();
        return abort(Outcome::failure(m_db.describeError(doing, error)));
    }
    return Outcome::success();
}

Outcome MessageLog::updateStatus(qint64 messageId, const StatusChange &change, bool &applied)
{
    applied = false;
    const QString doing = QCoreApplication::translate("MessageLog", "marking message %1 as %2").arg(messageId).arg(CustomerMessages::statusKey(change.status));
    QString set;
    QVariantList values;
    switch (change.status) {
    case MessageStatus::Proposed:
        return Outcome::failure(QCoreApplication::translate("MessageLog", "%1: a message is proposed only when it is recorded").arg(doing));
    case MessageStatus::Approved:
        set = u"approved_by = ?, error = ''"_s;
        values = {textValue(change.approvedBy)};
        break;
    case MessageStatus::Sent:
        if (!change.at.isValid())
            return Outcome::failure(QCoreApplication::translate("MessageLog", "%1: sent: the time it was sent is missing").arg(doing));
        set = u"sent_utc_ms = ?, provider_message_id = ?"_s;
        values = {instantValue(change.at), textValue(change.providerMessageId)};
        break;
    case MessageStatus::Delivered:
        break;
    case MessageStatus::Failed:
        if (change.error.trimmed().isEmpty())
            return Outcome::failure(QCoreApplication::translate("MessageLog", "%1: error: the reason it failed is missing").arg(doing));
        set = u"error = ?"_s;
        values = {textValue(change.error.trimmed())};
        break;
    }
    QString sql = u"UPDATE messages SET status = ?"_s;
    if (!set.isEmpty())
        sql += u", "_s + set;
    sql += u" WHERE id = ? AND status IN (%1)"_s.arg(allowedFrom(change.status));
    values.prepend(CustomerMessages::statusKey(change.status));
    values.append(messageId);
    QSqlQuery query(m_db.connection());
    if (!query.prepare(sql))
        return Outcome::failure(m_db.describeError(doing, query.lastError()));
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values[i]);
    if (!query.exec())
        return Outcome::failure(m_db.describeError(doing, query.lastError()));
    applied = query.numRowsAffected() > 0;
    return Outcome::success();
}

Outcome MessageLog::loadShipmentMessages(qint64 shipmentId, QList<CustomerMessage> &into) const
{
    const QString doing = QCoreApplication::translate("MessageLog", "loading the messages of shipment %1").arg(shipmentId);
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    if (!query.prepare(u"SELECT id, channel, trigger_key, occurrence, recipient, subject, status, error, created_utc_ms, "
                       "sent_utc_ms, provider_message_id, approved_by FROM messages WHERE shipment_id = ? "
                       "ORDER BY created_utc_ms, id"_s))
        return Outcome::failure(m_db.describeError(doing, query.lastError()));
    query.addBindValue(shipmentId);
    if (!query.exec())
        return Outcome::failure(m_db.describeError(doing, query.lastError()));
    while (query.next()) {
        const auto channel = CustomerMessages::channelFromKey(query.value(1).toString());
        const auto status = CustomerMessages::statusFromKey(query.value(6).toString());
        if (!channel || !status) {
            // Written by a newer Shipdeck: left for the build that knows it.
            qCWarning(lcMessageLog) << "message" << query.value(0).toLongLong() << "has an unknown channel or status:"
                                    << query.value(1).toString() << query.value(6).toString();
            continue;
        }
        CustomerMessage m;
        m.id = query.value(0).toLongLong();
        m.shipmentId = shipmentId;
        m.channel = *channel;
        m.trigger = query.value(2).toString();
        m.occurrence = query.value(3).toString();
        m.recipient = query.value(4).toString();
        m.subject = query.value(5).toString();
        m.status = *status;
        m.error = query.value(7).toString();
        m.createdAt = instantFrom(query.value(8));
        m.sentAt = instantFrom(query.value(9));
        m.providerMessageId = query.value(10).toString();
        m.approvedBy = query.value(11).toString();
        into.append(m);
    }
    return Outcome::success();
}
