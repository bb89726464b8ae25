#include "storage/database.h"
#include "storage/shipmentrepository.h"
#include "testdatabases.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace Qt::StringLiterals;

// shipdeck-poller --parse CARRIER FILE --now TIME --database URL: the expected delivery is
// predicted from the database's delivery history and the stored shipment's lane, ship date and
// promise, as the running poller predicts it.
class TestPollerParse : public QObject
{
    Q_OBJECT

private slots:
    void predictsFromStoredHistory_data() { TestDatabases::addBackendRows(); }
    void predictsFromStoredHistory();
};

namespace {

const QString Tracking = u"JJD000390007777654321"_s; // the parcel in tests/data/problems/dhl_noisy_silent.json
const QDate Monday(2026, 11, 16);

using TestDatabases::scan;

ShipmentRecord parcel(const QString &number, const QDate &shipped)
{
    ShipmentRecord r;
    r.shipment.orderNumber = u"SO-"_s + number;
    r.shipment.trackingNumber = number;
    r.shipment.carrier = u"dhl"_s;
    r.shipment.service = u"DHL Paket"_s; // as the DHL adapter names the product
    r.shipment.countryCode = u"DE"_s;
    r.shipment.postalCode = u"80331"_s;
    r.shipment.shipDate = shipped;
    r.shipment.subStatus = SubStatus::InTransit;
    r.events.append(scan(QDateTime(shipped, QTime(18, 0), Qt::UTC), SubStatus::PickedUp, u"pu"_s));
    return r;
}

QString urlOf(const DatabaseConfig &config)
{
    if (config.backend == DatabaseConfig::Backend::Sqlite)
        return config.sqlitePath;
    return u"postgresql://%1@%2:%3/%4"_s.arg(config.userName, config.host).arg(config.port).arg(config.databaseName);
}

QJsonObject expectedDelivery(const QStringList &extraArguments)
{
    QProcess poller;
    poller.start(QStringLiteral(SHIPDECK_POLLER),
                 QStringList{u"--parse"_s, u"dhl"_s, TestDatabases::testDataPath(u"problems/dhl_noisy_silent.json"_s),
                             u"--now"_s, u"2026-11-20T12:00:00Z"_s}
                     + extraArguments);
    if (!poller.waitForFinished(60000) || poller.exitCode() != 0) {
        qWarning().noquote() << poller.readAllStandardError();
        return {};
    }
    const QJsonObject json = QJsonDocument::fromJson(poller.readAllStandardOutput()).object();
    return json.value(u"shipments").toArray().first().toObject().value(u"expected_delivery").toObject();
}

} // namespace

void TestPollerParse::predictsFromStoredHistory()
{
    QFETCH(QString, backend);
    SHIPDECK_SCRATCH_DATABASE(scratch, backend);
    Database db(scratch.config());
    QVERIFY(db.open().ok());
    // 30 parcels on the parcel's lane took five business days; the parcel itself is stored with
    // its ship date and promise.
    QList<ShipmentRecord> records;
    const QDate shipped = Monday.addDays(-14);
    for (int i = 0; i < 30; ++i) {
        ShipmentRecord r = parcel(u"H%1"_s.arg(i), shipped);
        r.events.append(scan(QDateTime(shipped.addDays(7), QTime(11, 0), Qt::OffsetFromUTC, 3600), SubStatus::Delivered, u"dlvrd"_s));
        r.shipment.subStatus = SubStatus::Delivered;
        records.append(r);
    }
    ShipmentRecord stored = parcel(Tracking, Monday);
    stored.shipment.promisedDate = Monday.addDays(3);
    records.append(stored);
    QVERIFY(ShipmentRepository(db).saveShipments(records).ok());

    const QJsonObject withHistory = expectedDelivery({u"--database"_s, urlOf(scratch.config())});
    QCOMPARE(withHistory.value(u"source").toString(), u"history"_s);
    QCOMPARE(withHistory.value(u"samples").toInt(), 30);
    QCOMPARE(withHistory.value(u"history_deliveries").toInt(), 30);
    QCOMPARE(withHistory.value(u"date").toString(), u"2026-11-23"_s); // Monday + 5 business days
    QVERIFY(withHistory.value(u"basis").toString().contains(u"DE 80"_s));
    QCOMPARE(withHistory.value(u"ship_date_from").toString(), u"database"_s);
    QCOMPARE(withHistory.value(u"promised").toString(), u"2026-11-19"_s);

    // Without the database the same response has nothing to predict from.
    const QJsonObject withoutHistory = expectedDelivery({});
    QCOMPARE(withoutHistory.value(u"source").toString(), u"none"_s);
    QVERIFY(!withoutHistory.contains(u"promised"));
}

QTEST_GUILESS_MAIN(TestPollerParse)
#include "tst_pollerparse.moc"
