#include "communication/messagelog.h"
#include "communication/surveyresponsestore.h"
#include "demo/democommunication.h"
#include "demo/demoseeder.h"
#include "sim/demodatagenerator.h"
#include "model/shipmentcolumns.h"
#include "storage/database.h"
#include "storage/shipmentrepository.h"
#include "testdatabases.h"

#include <QSet>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;

class TestDemoSeeder : public QObject
{
    Q_OBJECT

private slots:
    void seedsRealisticVarietyOnce_data() { TestDatabases::addBackendRows(); }
    void seedsRealisticVarietyOnce();
    void stopsWhenAsked();
    void seedsCommunicationOnce_data() { TestDatabases::addBackendRows(); }
    void seedsCommunicationOnce();
    void surveysAreWorseAfterTrouble();
};

namespace {
const QDateTime now(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC);
}

void TestDemoSeeder::seedsRealisticVarietyOnce()
{
    QFETCH(QString, backend);
    SHIPDECK_SCRATCH_DATABASE(scratch, backend);
    const DemoSeeder seeder(scratch.config(), 7, now);
    QList<int> progress;
    const Outcome seeded = seeder.seed(3000, [&](int done, int total) {
        progress.append(done);
        return total == 3000;
    });
    QVERIFY2(seeded.ok(), qPrintable(seeded.error()));
    QCOMPARE(progress.last(), 3000);
    QVERIFY(progress.size() > 1);

    // Seeding again with the same seed finds every shipment already there.
    QVERIFY(seeder.seed(3000).ok());

    Database db(scratch.config());
    QVERIFY(db.open().ok());
    ShipmentRepository repo(db);
    ShipmentColumns columns;
    QVERIFY(repo.loadShipments(columns).ok());
    QCOMPARE(columns.size(), 3000);

    QSet<QString> carriers, countries;
    for (qsizetype row = 0; row < columns.size(); ++row) {
        carriers.insert(columns.carrier(row));
        countries.insert(columns.countryCode(row));
    }
    QVERIFY2(carriers.size() >= 4, qPrintable(QStringList(carriers.values()).join(u',')));
    QVERIFY2(countries.size() >= 10, qPrintable(QStringList(countries.values()).join(u',')));
    // Most parcels are fine, yet the problem statuses are all there.
    QVERIFY(columns.countWithStatus(Status::Delivered) > 3000 / 2);
    for (Status status : {Status::InTransit, Status::OutForDelivery, Status::AttemptFail, Status::AvailableForPickup, Status::Exception})
        QVERIFY2(columns.countWithStatus(status) > 0, qPrintable(Taxonomy::statusKey(status)));

    QList<TrackingEvent> events;
    QVERIFY(repo.loadEvents(columns.id(0), events).ok());
    QVERIFY(!events.isEmpty());
}

void TestDemoSeeder::stopsWhenAsked()
{
    ScratchDatabase scratch(u"sqlite"_s);
    const DemoSeeder seeder(scratch.config(), 7, now);
    QVERIFY(seeder.seed(10000, [](int done, int) { return done < 2000; }).ok());
    Database db(scratch.config());
    QVERIFY(db.open().ok());
    qint64 count = 0;
    QVERIFY(ShipmentRepository(db).countShipments(count).ok());
    QVERIFY2(count >= 2000 && count < 10000, qPrintable(QString::number(count)));
}

namespace {

qint64 countOf(Database &db, const QString &sql)
{
    QSqlQuery query(db.connection());
    return query.exec(sql) && query.next() ? query.value(0).toLongLong() : -1;
}

} // namespace

// The demo shipments come with the messages a shop sends and some survey answers, and seeding
// again stores none of them twice.
void TestDemoSeeder::seedsCommunicationOnce()
{
    QFETCH(QString, backend);
    SHIPDECK_SCRATCH_DATABASE(scratch, backend);
    constexpr int Count = 2000;
    const DemoSeeder seeder(scratch.config(), 7, now);
    QVERIFY(seeder.seed(Count).ok());
    Database db(scratch.config());
    QVERIFY(db.open().ok());
    const qint64 messages = countOf(db, u"SELECT COUNT(*) FROM messages"_s);
    const qint64 answers = countOf(db, u"SELECT COUNT(*) FROM survey_responses"_s);
    QVERIFY(seeder.seed(Count).ok());
    QCOMPARE(countOf(db, u"SELECT COUNT(*) FROM messages"_s), messages);
    QCOMPARE(countOf(db, u"SELECT COUNT(*) FROM survey_responses"_s), answers);

    const auto count = [&](const QString &where) {
        return countOf(db, u"SELECT COUNT(*) FROM messages WHERE "_s + where);
    };
    QVERIFY2(count(u"trigger_key = 'shipped' AND channel = 'email'"_s) > Count * 85 / 100, qPrintable(QString::number(messages)));
    QVERIFY(count(u"trigger_key = 'out_for_delivery' AND channel = 'sms'"_s) > 0);
    QVERIFY(count(u"trigger_key = 'out_for_delivery' AND channel = 'whatsapp'"_s) > 0);
    QVERIFY(count(u"trigger_key = 'failed_attempt' AND occurrence <> ''"_s) > 0);
    QVERIFY(count(u"trigger_key = 'waiting_at_pickup_point'"_s) > 0);
    QVERIFY(count(u"trigger_key = 'survey_invitation'"_s) > 0);
    QVERIFY(count(u"status = 'failed' AND error <> ''"_s) > 0);
    QCOMPARE(count(u"created_utc_ms > %1"_s.arg(now.toMSecsSinceEpoch())), 0);

    // About a quarter of the delivered parcels have an answer.
    const qint64 delivered = countOf(db, u"SELECT COUNT(DISTINCT shipment_id) FROM tracking_events "
                                         "WHERE sub_status IN ('delivered', 'delivered_signed', 'delivered_to_neighbour', "
                                         "'delivered_to_parcel_locker', 'collected_from_pickup_point')"_s);
    QVERIFY2(answers > delivered * 15 / 100 && answers < delivered * 35 / 100,
             qPrintable(u"%1 answers for %2 delivered"_s.arg(answers).arg(delivered)));
    QCOMPARE(countOf(db, u"SELECT COUNT(*) FROM survey_responses WHERE comment <> '' AND language = ''"_s), 0);

    // What the detail pane reads back: a shipment's messages, oldest first.
    QSqlQuery first(db.connection());
    QVERIFY(first.exec(u"SELECT shipment_id FROM messages WHERE trigger_key = 'survey_invitation' ORDER BY id"_s) && first.next());
    QList<CustomerMessage> listed;
    QVERIFY(MessageLog(db).loadShipmentMessages(first.value(0).toLongLong(), listed).ok());
    QVERIFY(listed.size() >= 2);
    for (qsizetype i = 1; i < listed.size(); ++i)
        QVERIFY(listed[i - 1].createdAt <= listed[i].createdAt);
}

// Recipients whose parcel came late or had a problem answer worse, and everyone writes in their
// own language. Same seed, same stories.
void TestDemoSeeder::surveysAreWorseAfterTrouble()
{
    const DemoDataGenerator generator(11, now);
    const DemoCommunication communication(11, now);
    QList<ShipmentRecord> records = generator.generate(0, 20000);
    double npsSum[2] = {0, 0};
    int npsCount[2] = {0, 0};
    QHash<QString, QSet<QString>> commentsIn; // by language
    for (qsizetype i = 0; i < records.size(); ++i) {
        ShipmentRecord &r = records[i];
        r.shipment.id = i + 1;
        const DemoCommunication::Story story = communication.story(r);
        QCOMPARE(communication.story(r), story);
        if (!story.survey || !story.survey->nps)
            continue;
        QVERIFY(SurveyResponseStore::invalidReason(*story.survey).isEmpty());
        bool trouble = false;
        QDate deliveredOn;
        for (const TrackingEvent &e : std::as_const(r.events)) {
            trouble = trouble || e.status() == Status::AttemptFail || e.status() == Status::Exception
                || e.status() == Status::AvailableForPickup || e.subStatus == SubStatus::DeliveredToNeighbour;
            if (!deliveredOn.isValid() && e.status() == Status::Delivered)
                deliveredOn = e.occurredAt.date();
        }
        trouble = trouble || deliveredOn > r.shipment.promisedDate;
        npsSum[trouble] += *story.survey->nps;
        ++npsCount[trouble];
        if (!story.survey->comment.isEmpty())
            commentsIn[story.survey->language].insert(story.survey->comment);
    }
    QVERIFY2(npsCount[0] > 500 && npsCount[1] > 50, qPrintable(u"%1 %2"_s.arg(npsCount[0]).arg(npsCount[1])));
    const double fine = npsSum[0] / npsCount[0];
    const double troubled = npsSum[1] / npsCount[1];
    QVERIFY2(fine > 8.0 && troubled < 6.5, qPrintable(u"mean NPS %1 without trouble, %2 with"_s.arg(fine).arg(troubled)));
    for (const QString &language : {u"de"_s, u"fr"_s, u"pl"_s})
        QVERIFY2(!commentsIn.value(language).isEmpty(), qPrintable(language));
    QVERIFY(!commentsIn.value(u"de"_s).intersects(commentsIn.value(u"en"_s)));
    QVERIFY(!commentsIn.value(u"fr"_s).intersects(commentsIn.value(u"en"_s)));
}

QTEST_GUILESS_MAIN(TestDemoSeeder)
#include "tst_demoseeder.moc"
