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
    void firstBuildFindsNumbersBeforeNames();
    void fewNewRowsAreFoundAtOnce();
    void manyNewRowsAreIndexedTogetherOnAWorker();
    void changedRowsAreFoundByTheirNewValues();
    void regionComesFromTheLocale();

private:
    void append(int count);
    QList<qsizetype> found(const LookupService &service, const QString &query) const;

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

// Numbers and names are indexed on two threads at once; whichever comes first, the build ends
// with both, and numbers published early are found at once (names not yet).
void TestLookupService::firstBuildFindsNumbersBeforeNames()
{
    append(int(LookupService::BackgroundThreshold) * 4);
    LookupService service(m_columns, u"DE"_s);
    QSignalSpy numbers(&service, &LookupService::numbersReady);
    QSignalSpy ready(&service, &LookupService::indexReady);
    QList<qsizetype> numberFoundEarly;
    QList<qsizetype> nameFoundEarly;
    connect(&service, &LookupService::numbersReady, this, [&] {
        QVERIFY(service.isReady());
        QVERIFY(service.isBuilding());
        QVERIFY(!service.hasNames());
        numberFoundEarly = found(service, u"SO-19999"_s);
        nameFoundEarly = found(service, u"nummer19999"_s);
    });
    service.startBuilding();
    QVERIFY(ready.wait(20000));
    QVERIFY(numbers.size() <= 1);
    if (numbers.size() == 1) {
        QCOMPARE(numberFoundEarly, QList<qsizetype>{19998});
        QVERIFY(nameFoundEarly.isEmpty());
    }
    QVERIFY(!service.isBuilding());
    QVERIFY(service.hasNames());
    QCOMPARE(found(service, u"nummer19999"_s), QList<qsizetype>{19998});
    QCOMPARE(found(service, u"SO-19999"_s), QList<qsizetype>{19998});
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
