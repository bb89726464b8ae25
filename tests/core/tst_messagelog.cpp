#include "communication/messagelog.h"
#include "storage/database.h"
#include "storage/shipmentrepository.h"
#include "testdatabases.h"

#include <QSemaphore>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace Qt::StringLiterals;

// The message log on SQLite and PostgreSQL: recording, refusing a second copy of the same message
// (also when two writers race for it), the steps of a message's life, and reading a shipment's
// messages in time order.
class TestMessageLog : public QObject
{
    Q_OBJECT

private slots:
    void recordsAndListsInTimeOrder_data() { TestDatabases::addBackendRows(); }
    void recordsAndListsInTimeOrder();
    void secondCopyIsRefused_data() { TestDatabases::addBackendRows(); }
    void secondCopyIsRefused();
    void anotherOccurrenceIsANewMessage_data() { TestDatabases::addBackendRows(); }
    void anotherOccurrenceIsANewMessage();
    void statusMovesOnlyAlongAllowedSteps_data() { TestDatabases::addBackendRows(); }
    void statusMovesOnlyAlongAllowedSteps();
    void badMessagesNameTheField_data() { TestDatabases::addBackendRows(); }
    void badMessagesNameTheField();
    void databaseRefusesDuplicatesWrittenDirectly_data() { TestDatabases::addBackendRows(); }
    void databaseRefusesDuplicatesWrittenDirectly();
    void twoWritersRacingForOneMessage_data() { TestDatabases::addBackendRows(); }
    void twoWritersRacingForOneMessage();
};

namespace {

const QDateTime now(QDate(2026, 11, 25), QTime(12, 0), Qt::UTC);

CustomerMessage message(qint64 shipmentId, const QString &trigger, MessageChannel channel = MessageChannel::Email,
                        const QDateTime &created = now)
{
    CustomerMessage m;
    m.shipmentId = shipmentId;
    m.channel = channel;
    m.trigger = trigger;
    m.recipient = channel == MessageChannel::Email ? u"anna.mueller@gmx.de.example"_s : u"+49 170 1234567"_s;
    m.subject = u"Your order SO-1 is on its way"_s;
    m.status = MessageStatus::Proposed;
    m.createdAt = created;
    return m;
}

} // namespace

#define OPEN_DATABASE(backend, count)                                                                                  \
    SHIPDECK_SCRATCH_DATABASE(scratch, backend);                                                                       \
    Database db(scratch.config());                                                                                     \
    QVERIFY(db.open().ok());                                                                                           \
    MessageLog log(db);                                                                                                \
    QList<ShipmentRecord> records = TestDatabases::shipments(count);                                                   \
    QVERIFY(ShipmentRepository(db).saveShipments(records).ok());

void TestMessageLog::recordsAndListsInTimeOrder()
{
    QFETCH(QString, backend);
    OPEN_DATABASE(backend, 2)
    const qint64 shipment = records[0].shipment.id;
    // Recorded out of order: the log lists them by when they were made.
    CustomerMessage delivered = message(shipment, u"delivered"_s, MessageChannel::Email, now.addDays(2));
    delivered.status = MessageStatus::Delivered;
    delivered.sentAt = now.addDays(2).addSecs(5);
    delivered.providerMessageId = u"<20261127.abc@mail.example>"_s;
    delivered.approvedBy = u"ana"_s;
    CustomerMessage shipped = message(shipment, u"shipped"_s);
    CustomerMessage onTheWay = message(shipment, u"out_for_delivery"_s, MessageChannel::Sms, now.addDays(1));
    onTheWay.status = MessageStatus::Failed;
    onTheWay.error = u"number not reachable"_s;
    MessageLog::Recorded result = MessageLog::Recorded::AlreadyThere;
    for (CustomerMessage *m : {&delivered, &shipped, &onTheWay}) {
        const Outcome recorded = log.record(*m, result);
        QVERIFY2(recorded.ok(), qPrintable(recorded.error()));
        QCOMPARE(result, MessageLog::Recorded::Added);
        QVERIFY(m->id > 0);
    }
    // Another shipment's message stays with that shipment.
    CustomerMessage other = message(records[1].shipment.id, u"shipped"_s);
    QVERIFY(log.record(other, result).ok());

    QList<CustomerMessage> listed;
    QVERIFY(log.loadShipmentMessages(shipment, listed).ok());
    QCOMPARE(listed, (QList<CustomerMessage>{shipped, onTheWay, delivered}));
    listed.clear();
    QVERIFY(log.loadShipmentMessages(records[1].shipment.id + 1000, listed).ok());
    QVERIFY(listed.isEmpty());
}

void TestMessageLog::secondCopyIsRefused()
{
    QFETCH(QString, backend);
    OPEN_DATABASE(backend, 1)
    const qint64 shipment = records[0].shipment.id;
    CustomerMessage first = message(shipment, u"shipped"_s);
    MessageLog::Recorded result = MessageLog::Recorded::AlreadyThere;
    QVERIFY(log.record(first, result).ok());
    QCOMPARE(result, MessageLog::Recorded::Added);

    // Same shipment, trigger, occurrence and channel, other words: refused, the first one stands.
    CustomerMessage again = message(shipment, u"shipped"_s, MessageChannel::Email, now.addSecs(60));
    again.subject = u"Your order is on its way (again)"_s;
    const Outcome recorded = log.record(again, result);
    QVERIFY2(recorded.ok(), qPrintable(recorded.error()));
    QCOMPARE(result, MessageLog::Recorded::AlreadyThere);
    QCOMPARE(again.id, first.id);
    // The same trigger by SMS is another message.
    CustomerMessage bySms = message(shipment, u"shipped"_s, MessageChannel::Sms);
    QVERIFY(log.record(bySms, result).ok());
    QCOMPARE(result, MessageLog::Recorded::Added);

    // In bulk, as the demo seeder and imports do: only the new ones count.
    int added = -1;
    QVERIFY(log.recordAll({message(shipment, u"shipped"_s), message(shipment, u"delivered"_s)}, added).ok());
    QCOMPARE(added, 1);
    QList<CustomerMessage> listed;
    QVERIFY(log.loadShipmentMessages(shipment, listed).ok());
    QCOMPARE(listed.size(), 3);
    QCOMPARE(listed[0].subject, first.subject);
}

void TestMessageLog::anotherOccurrenceIsANewMessage()
{
    QFETCH(QString, backend);
    OPEN_DATABASE(backend, 1)
    const qint64 shipment = records[0].shipment.id;
    CustomerMessage monday = message(shipment, u"failed_attempt"_s);
    monday.occurrence = u"2026-11-23"_s;
    CustomerMessage tuesday = message(shipment, u"failed_attempt"_s, MessageChannel::Email, now.addDays(1));
    tuesday.occurrence = u"2026-11-24"_s;
    CustomerMessage tuesdayAgain = tuesday;
    MessageLog::Recorded result = MessageLog::Recorded::AlreadyThere;
    QVERIFY(log.record(monday, result).ok());
    QCOMPARE(result, MessageLog::Recorded::Added);
    QVERIFY(log.record(tuesday, result).ok());
    QCOMPARE(result, MessageLog::Recorded::Added);
    QVERIFY(log.record(tuesdayAgain, result).ok());
    QCOMPARE(result, MessageLog::Recorded::AlreadyThere);
    QCOMPARE(tuesdayAgain.id, tuesday.id);
}

void TestMessageLog::statusMovesOnlyAlongAllowedSteps()
{
    QFETCH(QString, backend);
    OPEN_DATABASE(backend, 1)
    CustomerMessage m = message(records[0].shipment.id, u"address_problem"_s);
    MessageLog::Recorded result = MessageLog::Recorded::AlreadyThere;
    QVERIFY(log.record(m, result).ok());
    const auto stored = [&] {
        QList<CustomerMessage> listed;
        const Outcome loaded = log.loadShipmentMessages(m.shipmentId, listed);
        return loaded.ok() && listed.size() == 1 ? listed[0] : CustomerMessage();
    };
    bool applied = true;
    // Not approved yet: cannot be sent.
    QVERIFY(log.updateStatus(m.id, {MessageStatus::Sent, now, {}, u"p-1"_s, {}}, applied).ok());
    QVERIFY(!applied);
    QVERIFY(log.updateStatus(m.id, {MessageStatus::Approved, {}, u"ana"_s, {}, {}}, applied).ok());
    QVERIFY(applied);
    QCOMPARE(stored().approvedBy, u"ana"_s);
    QVERIFY(log.updateStatus(m.id, {MessageStatus::Failed, {}, {}, {}, u"SMTP 451: try again later"_s}, applied).ok());
    QVERIFY(applied);
    QCOMPARE(stored().status, MessageStatus::Failed);
    QCOMPARE(stored().error, u"SMTP 451: try again later"_s);
    // Retried: approved again (the error goes), then sent by one sender only.
    QVERIFY(log.updateStatus(m.id, {MessageStatus::Approved, {}, u"ben"_s, {}, {}}, applied).ok());
    QVERIFY(applied);
    QCOMPARE(stored().error, QString());
    QVERIFY(log.updateStatus(m.id, {MessageStatus::Sent, now.addSecs(30), {}, u"p-2"_s, {}}, applied).ok());
    QVERIFY(applied);
    QVERIFY(log.updateStatus(m.id, {MessageStatus::Sent, now.addSecs(31), {}, u"p-3"_s, {}}, applied).ok());
    QVERIFY(!applied); // a second sender finds it sent
    QVERIFY(log.updateStatus(m.id, {MessageStatus::Delivered, {}, {}, {}, {}}, applied).ok());
    QVERIFY(applied);
    const CustomerMessage now_ = stored();
    QCOMPARE(now_.status, MessageStatus::Delivered);
    QCOMPARE(now_.sentAt, now.addSecs(30));
    QCOMPARE(now_.providerMessageId, u"p-2"_s);
    QCOMPARE(now_.approvedBy, u"ben"_s);
    // Delivered is final.
    QVERIFY(log.updateStatus(m.id, {MessageStatus::Approved, {}, u"cem"_s, {}, {}}, applied).ok());
    QVERIFY(!applied);
    // A failure without a reason, or sending without a time, is refused with the field named.
    const Outcome noReason = log.updateStatus(m.id, {MessageStatus::Failed, {}, {}, {}, u"  "_s}, applied);
    QVERIFY(!noReason.ok());
    QVERIFY2(noReason.error().contains(u"error:"_s), qPrintable(noReason.error()));
    const Outcome noTime = log.updateStatus(m.id, {MessageStatus::Sent, {}, {}, {}, {}}, applied);
    QVERIFY2(noTime.error().contains(u"sent:"_s), qPrintable(noTime.error()));
}

void TestMessageLog::badMessagesNameTheField()
{
    QFETCH(QString, backend);
    OPEN_DATABASE(backend, 1)
    const qint64 shipment = records[0].shipment.id;
    struct Bad {
        CustomerMessage message;
        QString field;
    };
    CustomerMessage noRecipient = message(shipment, u"shipped"_s);
    noRecipient.recipient = u" "_s;
    CustomerMessage noTrigger = message(shipment, QString());
    CustomerMessage noShipment = message(0, u"shipped"_s);
    CustomerMessage failedSilently = message(shipment, u"shipped"_s);
    failedSilently.status = MessageStatus::Failed;
    CustomerMessage sentWhen = message(shipment, u"shipped"_s);
    sentWhen.status = MessageStatus::Sent;
    CustomerMessage noTime = message(shipment, u"shipped"_s, MessageChannel::Email, QDateTime());
    const QList<Bad> bad{{noRecipient, u"recipient:"_s}, {noTrigger, u"trigger:"_s}, {noShipment, u"shipment:"_s},
                         {failedSilently, u"error:"_s}, {sentWhen, u"sent:"_s}, {noTime, u"created:"_s}};
    for (Bad b : bad) {
        MessageLog::Recorded result = MessageLog::Recorded::AlreadyThere;
        const Outcome recorded = log.record(b.message, result);
        QVERIFY(!recorded.ok());
        QVERIFY2(recorded.error().contains(b.field), qPrintable(recorded.error()));
    }
    // A bad one in a batch leaves the whole batch unwritten.
    int added = -1;
    QVERIFY(!log.recordAll({message(shipment, u"shipped"_s), noRecipient}, added).ok());
    QList<CustomerMessage> listed;
    QVERIFY(log.loadShipmentMessages(shipment, listed).ok());
    QVERIFY(listed.isEmpty());
}

// Whoever writes to the table, the database itself keeps the key and the statuses.
void TestMessageLog::databaseRefusesDuplicatesWrittenDirectly()
{
    QFETCH(QString, backend);
    OPEN_DATABASE(backend, 1)
    QSqlQuery query(db.connection());
    const QString insert = u"INSERT INTO messages (shipment_id, channel, trigger_key, occurrence, recipient, status, "
                           "created_utc_ms) VALUES (%1, '%2', 'shipped', '', 'a@b.example', '%3', 0)"_s;
    const QString shipment = QString::number(records[0].shipment.id);
    QVERIFY2(query.exec(insert.arg(shipment, u"email"_s, u"proposed"_s)), qPrintable(query.lastError().text()));
    QVERIFY(!query.exec(insert.arg(shipment, u"email"_s, u"proposed"_s)));
    QVERIFY(!query.exec(insert.arg(shipment, u"fax"_s, u"proposed"_s)));
    QVERIFY(!query.exec(insert.arg(shipment, u"sms"_s, u"lost"_s)));
    QVERIFY(!query.exec(insert.arg(shipment, u"sms"_s, u"sent"_s))); // sent without a time
    QVERIFY(!query.exec(insert.arg(shipment, u"sms"_s, u"failed"_s))); // failed without a reason
    QVERIFY(query.exec(insert.arg(shipment, u"sms"_s, u"proposed"_s)));
}

// Two pollers (each on its own connection and thread) propose the same 200 messages at the same
// moment, one at a time: every message is recorded exactly once, and each writer learns which
// ones were its own.
void TestMessageLog::twoWritersRacingForOneMessage()
{
    QFETCH(QString, backend);
    constexpr int Count = 200;
    OPEN_DATABASE(backend, Count)
    const DatabaseConfig config = scratch.config();
    std::atomic<int> failures = 0;
    std::atomic<int> won[2] = {0, 0};
    QSemaphore ready;
    QSemaphore go;
    QList<qint64> ids[2];
    const auto writer = [&](int who) {
        return QThread::create([&, who] {
            Database own(config);
            const bool opened = own.open().ok();
            ready.release();
            go.acquire();
            if (!opened) {
                ++failures;
                return;
            }
            MessageLog writerLog(own);
            for (const ShipmentRecord &r : std::as_const(records)) {
                CustomerMessage m = message(r.shipment.id, u"delivered"_s);
                m.subject = u"from writer %1"_s.arg(who);
                MessageLog::Recorded result = MessageLog::Recorded::AlreadyThere;
                if (!writerLog.record(m, result).ok()) {
                    ++failures;
                    continue;
                }
                won[who] += result == MessageLog::Recorded::Added ? 1 : 0;
                ids[who].append(m.id);
            }
        });
    };
    std::unique_ptr<QThread> one(writer(0));
    std::unique_ptr<QThread> two(writer(1));
    one->start();
    two->start();
    ready.acquire(2);
    go.release(2);
    QVERIFY(one->wait(120000));
    QVERIFY(two->wait(120000));
    QCOMPARE(failures.load(), 0);
    QCOMPARE(won[0] + won[1], Count);
    QCOMPARE(ids[0], ids[1]); // both know the one stored message by its id
    for (const ShipmentRecord &r : std::as_const(records)) {
        QList<CustomerMessage> listed;
        QVERIFY(log.loadShipmentMessages(r.shipment.id, listed).ok());
        QCOMPARE(listed.size(), 1);
    }
}

QTEST_GUILESS_MAIN(TestMessageLog)
#include "tst_messagelog.moc"
