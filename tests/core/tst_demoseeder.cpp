#include "demo/demoseeder.h"
#include "model/shipmentcolumns.h"
#include "storage/database.h"
#include "storage/shipmentrepository.h"
#include "testdatabases.h"

#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

class TestDemoSeeder : public QObject
{
    Q_OBJECT

private slots:
    void seedsRealisticVarietyOnce_data() { TestDatabases::addBackendRows(); }
    void seedsRealisticVarietyOnce();
    void stopsWhenAsked();
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

QTEST_GUILESS_MAIN(TestDemoSeeder)
#include "tst_demoseeder.moc"
