#include "communication/surveyresponsestore.h"
#include "storage/database.h"
#include "storage/shipmentrepository.h"
#include "testdatabases.h"

#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;

// Survey answers on SQLite and PostgreSQL: recorded once per shipment, read back as given, and
// bad answers refused with the field named, by the store and by the database itself.
class TestSurveyResponseStore : public QObject
{
    Q_OBJECT

private slots:
    void recordsAndReadsBack_data() { TestDatabases::addBackendRows(); }
    void recordsAndReadsBack();
    void firstAnswerStands_data() { TestDatabases::addBackendRows(); }
    void firstAnswerStands();
    void badAnswersNameTheField_data() { TestDatabases::addBackendRows(); }
    void badAnswersNameTheField();
    void databaseChecksRangesToo_data() { TestDatabases::addBackendRows(); }
    void databaseChecksRangesToo();
    void npsGroups();
};

namespace {

const QDateTime answered(QDate(2026, 11, 25), QTime(18, 42, 10), Qt::UTC);

SurveyResponse answer(qint64 shipmentId, std::optional<int> nps, std::optional<int> csat)
{
    SurveyResponse r;
    r.shipmentId = shipmentId;
    r.answeredAt = answered;
    r.nps = nps;
    r.csat = csat;
    r.comment = u"Schnelle Lieferung, gerne wieder."_s;
    r.language = u"de"_s;
    return r;
}

} // namespace

#define OPEN_DATABASE(backend)                                                                                         \
    SHIPDECK_SCRATCH_DATABASE(scratch, backend);                                                                       \
    Database db(scratch.config());                                                                                     \
    QVERIFY(db.open().ok());                                                                                           \
    SurveyResponseStore store(db);                                                                                     \
    QList<ShipmentRecord> records = TestDatabases::shipments(2);                                                       \
    QVERIFY(ShipmentRepository(db).saveShipments(records).ok());

void TestSurveyResponseStore::recordsAndReadsBack()
{
    QFETCH(QString, backend);
    OPEN_DATABASE(backend)
    SurveyResponse full = answer(records[0].shipment.id, 9, 5);
    SurveyResponseStore::Recorded result = SurveyResponseStore::Recorded::AlreadyAnswered;
    const Outcome recorded = store.record(full, result);
    QVERIFY2(recorded.ok(), qPrintable(recorded.error()));
    QCOMPARE(result, SurveyResponseStore::Recorded::Added);
    QVERIFY(full.id > 0);
    // Only the star rating: the NPS question skipped.
    SurveyResponse starsOnly = answer(records[1].shipment.id, std::nullopt, 1);
    starsOnly.comment.clear();
    QVERIFY(store.record(starsOnly, result).ok());

    std::optional<SurveyResponse> read;
    QVERIFY(store.loadShipmentResponse(records[0].shipment.id, read).ok());
    QVERIFY(read.has_value());
    QCOMPARE(*read, full);
    QVERIFY(store.loadShipmentResponse(records[1].shipment.id, read).ok());
    QCOMPARE(*read, starsOnly);
    QVERIFY(!read->nps.has_value());
    QVERIFY(store.loadShipmentResponse(records[1].shipment.id + 1000, read).ok());
    QVERIFY(!read.has_value());
}

void TestSurveyResponseStore::firstAnswerStands()
{
    QFETCH(QString, backend);
    OPEN_DATABASE(backend)
    SurveyResponse first = answer(records[0].shipment.id, 3, 2);
    SurveyResponse second = answer(records[0].shipment.id, 10, 5);
    SurveyResponseStore::Recorded result = SurveyResponseStore::Recorded::AlreadyAnswered;
    QVERIFY(store.record(first, result).ok());
    QVERIFY(store.record(second, result).ok());
    QCOMPARE(result, SurveyResponseStore::Recorded::AlreadyAnswered);
    QCOMPARE(second.id, 0);
    std::optional<SurveyResponse> read;
    QVERIFY(store.loadShipmentResponse(records[0].shipment.id, read).ok());
    QCOMPARE(read->nps, 3);
}

void TestSurveyResponseStore::badAnswersNameTheField()
{
    QFETCH(QString, backend);
    OPEN_DATABASE(backend)
    const qint64 shipment = records[0].shipment.id;
    SurveyResponse noTime = answer(shipment, 8, 4);
    noTime.answeredAt = {};
    SurveyResponse longComment = answer(shipment, 8, 4);
    longComment.comment = QString(2001, u'x');
    const QList<std::pair<SurveyResponse, QString>> bad{
        {answer(shipment, 11, 4), u"nps: 11"_s},       {answer(shipment, -1, 4), u"nps: -1"_s},
        {answer(shipment, 7, 0), u"csat: 0"_s},        {answer(shipment, 7, 6), u"csat: 6"_s},
        {answer(shipment, std::nullopt, std::nullopt), u"nps, csat:"_s},
        {answer(0, 7, 4), u"shipment:"_s},            {noTime, u"answered:"_s},
        {longComment, u"comment: 2001"_s},
    };
    for (auto [response, field] : bad) {
        SurveyResponseStore::Recorded result = SurveyResponseStore::Recorded::AlreadyAnswered;
        const Outcome recorded = store.record(response, result);
        QVERIFY(!recorded.ok());
        QVERIFY2(recorded.error().contains(field), qPrintable(recorded.error()));
    }
    std::optional<SurveyResponse> read;
    QVERIFY(store.loadShipmentResponse(shipment, read).ok());
    QVERIFY(!read.has_value());
}

void TestSurveyResponseStore::databaseChecksRangesToo()
{
    QFETCH(QString, backend);
    OPEN_DATABASE(backend)
    QSqlQuery query(db.connection());
    const QString insert = u"INSERT INTO survey_responses (shipment_id, answered_utc_ms, nps, csat) VALUES (%1, 0, %2, %3)"_s;
    const QString shipment = QString::number(records[0].shipment.id);
    QVERIFY(!query.exec(insert.arg(shipment, u"11"_s, u"3"_s)));
    QVERIFY(!query.exec(insert.arg(shipment, u"5"_s, u"0"_s)));
    QVERIFY(!query.exec(insert.arg(shipment, u"NULL"_s, u"NULL"_s)));
    QVERIFY(query.exec(insert.arg(shipment, u"0"_s, u"NULL"_s)));
    QVERIFY(!query.exec(insert.arg(shipment, u"10"_s, u"5"_s))); // one answer per shipment
}

void TestSurveyResponseStore::npsGroups()
{
    QCOMPARE(SurveyResponse::npsGroup(0), SurveyResponse::NpsGroup::Detractor);
    QCOMPARE(SurveyResponse::npsGroup(6), SurveyResponse::NpsGroup::Detractor);
    QCOMPARE(SurveyResponse::npsGroup(7), SurveyResponse::NpsGroup::Passive);
    QCOMPARE(SurveyResponse::npsGroup(8), SurveyResponse::NpsGroup::Passive);
    QCOMPARE(SurveyResponse::npsGroup(9), SurveyResponse::NpsGroup::Promoter);
    QCOMPARE(SurveyResponse::npsGroup(10), SurveyResponse::NpsGroup::Promoter);
}

QTEST_GUILESS_MAIN(TestSurveyResponseStore)
#include "tst_surveyresponsestore.moc"
