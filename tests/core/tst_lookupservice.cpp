#include "lookup/lookupservice.h"
#include "model/shipmentcolumns.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

// The index behind the lookup bar over the console's live columns: built at once when small, on a
// worker when large, and caught up with rows loaded, appended and changed afterwards.
class TestLookupService : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void smallStoreIsIndexedAtOnce();
    void largeStoreIsIndexedOnAWorker();
    void eachHalfAnswersAsSoonAsItIsBuilt();
    void oldIndexAnswersForTheHalfStillBuilding();
    void fewNewRowsAreFoundAtOnce();
    void manyNewRowsAreIndexedTogetherOnAWorker();
    void changedRowsAreFoundByTheirNewValues();
    void regionComesFromTheLocale();

private:
    void append(int count);
    QList<qsizetype> found(const LookupService &service, const QString &query) const;
    void checkFirstHalf(const LookupService &service, bool numbers, int *checked);

    ShipmentColumns m_columns;
};

void TestLookupService::init()
{
    m_columns.clear();
}

void TestLookupService::append(int count)
{
    for (int i = 0; i < count; ++i) {
        const qint64 id = m_columns.size() + 1;
        Shipment s;
        s.id = id;
        s.orderNumber = u"SO-%1"_s.arg(id);
        s.trackingNumber = u"TN%1"_s.arg(id, 8, 10, QChar(u'0'));
        s.recipientName = u"Kunde Nummer%1"_s.arg(id);
        s.email = u"kunde%1@shop.example"_s.arg(id);
        s.phone = u"+49 160 %1"_s.arg(1000000 + id);
        s.countryCode = u"DE"_s;
        m_columns.upsert(s);
    }
}

QList<qsizetype> TestLookupService::found(const LookupService &service, const QString &query) const
{
    QList<qsizetype> rows;
    for (const LookupHit &hit : service.lookup(query, 10).hits)
        rows.append(hit.row);
    return rows;
}

void TestLookupService::smallStoreIsIndexedAtOnce()
{
    append(10);
    LookupService service(m_columns, u"DE"_s);
    QSignalSpy ready(&service, &LookupService::indexReady);
    QVERIFY(found(service, u"SO-3"_s).isEmpty()); // nothing before it is built
    service.startBuilding();
    QVERIFY(service.isReady());
    QVERIFY(!service.isBuilding());
    QCOMPARE(ready.size(), 1);
    QCOMPARE(found(service, u"SO-3"_s), QList<qsizetype>{2});
    QVERIFY(service.memoryBytes() > 0);
}

void TestLookupService::largeStoreIsIndexedOnAWorker()
{
    append(int(LookupService::BackgroundThreshold) + 100);
    LookupService service(m_columns, u"DE"_s);
    QSignalSpy ready(&service, &LookupService::indexReady);
    service.startBuilding();
    QVERIFY(service.isBuilding());
    QVERIFY(!service.isReady());
    QVERIFY(ready.wait(10000));
    QVERIFY(!service.isBuilding());
    QCOMPARE(found(service, u"tn00005000"_s), QList<qsizetype>{4999});
    QCOMPARE(found(service, u"0160 1005100"_s), QList<qsizetype>{5099});
}

// Called when the first half of a build over 20,010 rows is published (numbersReady or
// namesReady): the newest row is found by that half's fields (its order number, or its name and
// phone), not yet by the other's.
void TestLookupService::checkFirstHalf(const LookupService &service, bool numbers, int *checked)
{
    QVERIFY(service.isReady());
    QVERIFY(service.isBuilding());
    QCOMPARE(service.hasNumbers(), numbers);
    QCOMPARE(service.hasNames(), !numbers);
    const qsizetype newest = m_columns.size() - 1;
    const QString order = m_columns.orderNumber(newest);
    const QString name = m_columns.recipientName(newest);
    QCOMPARE(found(service, order), numbers ? QList<qsizetype>{newest} : QList<qsizetype>{});
    QCOMPARE(found(service, m_columns.email(newest)), numbers ? QList<qsizetype>{newest} : QList<qsizetype>{});
    QCOMPARE(found(service, u"0160 %1"_s.arg(1000000 + newest + 1)), numbers ? QList<qsizetype>{} : QList<qsizetype>{newest});
    QCOMPARE(found(service, name), numbers ? QList<qsizetype>{} : QList<qsizetype>{newest});
    ++*checked;
}

// Numbers and names are indexed on two threads at once. Whichever half is done first answers at
// once, while the other is still being built: exactly one of numbersReady() and namesReady() comes
// before indexReady(), and the build ends with both.
void TestLookupService::eachHalfAnswersAsSoonAsItIsBuilt()
{
    append(int(LookupService::BackgroundThreshold) * 4 + 10);
    LookupService service(m_columns, u"DE"_s);
    QSignalSpy numbers(&service, &LookupService::numbersReady);
    QSignalSpy names(&service, &LookupService::namesReady);
    QSignalSpy ready(&service, &LookupService::indexReady);
    int checked = 0;
    connect(&service, &LookupService::numbersReady, this, [&] { checkFirstHalf(service, true, &checked); });
    connect(&service, &LookupService::namesReady, this, [&] { checkFirstHalf(service, false, &checked); });
    service.startBuilding();
    QVERIFY(service.isBuilding());
    QVERIFY(!service.isReady());
    QVERIFY(ready.wait(20000));
    QCOMPARE(numbers.size() + names.size(), 1);
    QCOMPARE(checked, 1);
    QVERIFY(!service.isBuilding());
    QVERIFY(service.hasNames());
    QVERIFY(service.hasNumbers());
    QCOMPARE(found(service, u"nummer20010"_s), QList<qsizetype>{20009});
    QCOMPARE(found(service, u"SO-20010"_s), QList<qsizetype>{20009});
}

// A rebuild in halves over an index of fewer rows (a start-up load after its first chunk): the
// rows indexed before stay found by numbers and names all along, whichever half is published first.
void TestLookupService::oldIndexAnswersForTheHalfStillBuilding()
{
    append(10);
    LookupService service(m_columns, u"DE"_s);
    service.startBuilding();
    append(int(LookupService::BackgroundThreshold) * 4);
    QSignalSpy ready(&service, &LookupService::indexReady);
    int checked = 0;
    const auto oldRowsFound = [&] {
        QCOMPARE(found(service, u"SO-5"_s).value(0), 4); // the exact number before SO-50, SO-500, ...
        QCOMPARE(found(service, u"kunde5@shop.example"_s), QList<qsizetype>{4});
        QCOMPARE(found(service, u"nummer5"_s).value(0), 4);
        ++checked;
    };
    connect(&service, &LookupService::numbersReady, this, oldRowsFound);
    connect(&service, &LookupService::namesReady, this, oldRowsFound);
    service.startBuilding();
    QVERIFY(service.isBuilding());
    oldRowsFound(); // the old index, before either half is done
    QVERIFY(ready.wait(20000));
    QCOMPARE(checked, 2);
    QCOMPARE(found(service, u"nummer20010"_s), QList<qsizetype>{20009});
    QCOMPARE(found(service, u"SO-20010"_s), QList<qsizetype>{20009});
}

void TestLookupService::fewNewRowsAreFoundAtOnce()
{
    append(10);
    LookupService service(m_columns, u"DE"_s);
    service.startBuilding();
    append(3);
    service.shipmentsAppended();
    QVERIFY(!service.isBuilding());
    QCOMPARE(found(service, u"nummer13"_s), QList<qsizetype>{12});
}

void TestLookupService::manyNewRowsAreIndexedTogetherOnAWorker()
{
    append(10);
    LookupService service(m_columns, u"DE"_s);
    service.startBuilding();
    QSignalSpy ready(&service, &LookupService::indexReady);
    // A start-up load: chunk after chunk, each more than is indexed at once.
    for (int chunk = 0; chunk < 2; ++chunk) {
        append(int(LookupService::BackgroundThreshold) + 1);
        service.shipmentsAppended();
    }
    QVERIFY(!service.isBuilding()); // waits for the load to pause
    QCOMPARE(found(service, u"SO-5"_s), QList<qsizetype>{4}); // what was indexed is still found
    QVERIFY(found(service, u"SO-10012"_s).isEmpty());
    QVERIFY(ready.wait(10000)); // the pause, then the worker
    QCOMPARE(found(service, u"SO-10012"_s), QList<qsizetype>{10011});
    QCOMPARE(found(service, u"SO-5"_s).first(), 4); // the exact number before SO-50, SO-500, ...
}

void TestLookupService::changedRowsAreFoundByTheirNewValues()
{
    append(10);
    LookupService service(m_columns, u"DE"_s);
    service.startBuilding();
    Shipment changed = m_columns.shipment(4);
    changed.recipientName = u"Zoë Neuname"_s;
    m_columns.upsert(changed);
    service.shipmentsChanged({4});
    QCOMPARE(found(service, u"neuname"_s), QList<qsizetype>{4});
    QVERIFY(found(service, u"nummer5"_s).isEmpty());
}

void TestLookupService::regionComesFromTheLocale()
{
    QCOMPARE(LookupService::regionOf(QLocale(QLocale::German, QLocale::Germany)), u"DE"_s);
    QCOMPARE(LookupService::regionOf(QLocale(QLocale::German, QLocale::Austria)), u"AT"_s);
    QCOMPARE(LookupService::regionOf(QLocale::c()), QString());
}

QTEST_GUILESS_MAIN(TestLookupService)
#include "tst_lookupservice.moc"
