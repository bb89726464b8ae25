#include "tracking/backoff.h"
#include "tracking/dailyquota.h"
#include "tracking/tokenbucket.h"

#include <QTest>

class TestTokenBucket : public QObject
{
    Q_OBJECT

private slots:
    void burstThenRate();
    void neverMoreThanRateOverAnyWindow();
    void clockGoingBackMintsNothing();
    void backoffDoublesWithJitterUpToCap();
    void quotaCountsPerUtcDay();
};

namespace {
const QDateTime t0(QDate(2026, 11, 25), QTime(10, 0), Qt::UTC);
}

void TestTokenBucket::burstThenRate()
{
    TokenBucket bucket(2.0, 3); // 2 per second, 3 at once
    QVERIFY(bucket.tryTake(t0));
    QVERIFY(bucket.tryTake(t0));
    QVERIFY(bucket.tryTake(t0));
    QVERIFY(!bucket.tryTake(t0));
    QCOMPARE(bucket.msecsUntilAvailable(t0), 500);
    QVERIFY(!bucket.tryTake(t0.addMSecs(499)));
    QVERIFY(bucket.tryTake(t0.addMSecs(500)));
    QVERIFY(!bucket.tryTake(t0.addMSecs(500)));
    // A long pause refills to the burst, not beyond.
    const QDateTime later = t0.addSecs(60);
    for (int i = 0; i < 3; ++i)
        QVERIFY(bucket.tryTake(later));
    QVERIFY(!bucket.tryTake(later));
}

void TestTokenBucket::neverMoreThanRateOverAnyWindow()
{
    // A greedy client asking every 10 ms for 20 s gets at most burst + rate × elapsed.
    TokenBucket bucket(5.0, 2);
    QList<qint64> granted;
    for (qint64 ms = 0; ms <= 20000; ms += 10) {
        if (bucket.tryTake(t0.addMSecs(ms)))
            granted.append(ms);
    }
    QCOMPARE(granted.size(), 2 + 100);
    for (qsizetype i = 0; i < granted.size(); ++i) {
        for (qsizetype j = i; j < granted.size(); ++j) {
            const double window = (granted[j] - granted[i]) / 1000.0;
            QVERIFY(double(j - i + 1) <= 2 + 5.0 * window + 1e-9);
        }
    }
}

void TestTokenBucket::clockGoingBackMintsNothing()
{
    TokenBucket bucket(1.0, 1);
    QVERIFY(bucket.tryTake(t0));
    QVERIFY(!bucket.tryTake(t0.addSecs(-3600)));
    QVERIFY(!bucket.tryTake(t0.addMSecs(999)));
    QVERIFY(bucket.tryTake(t0.addSecs(1)));
}

void TestTokenBucket::backoffDoublesWithJitterUpToCap()
{
    Backoff backoff(1000, 60000, 42);
    qint64 cap = 1000;
    for (int failure = 0; failure < 12; ++failure) {
        QCOMPARE(backoff.currentCapMsecs(), cap);
        const qint64 delay = backoff.nextDelayMsecs();
        QVERIFY2(delay >= cap / 2 && delay <= cap, qPrintable(QString::number(delay)));
        cap = std::min<qint64>(cap * 2, 60000);
    }
    backoff.reset();
    QCOMPARE(backoff.currentCapMsecs(), 1000);
    // Two pollers failing together wait different times.
    Backoff a(1000, 60000, 1), b(1000, 60000, 2);
    QList<qint64> da, db;
    for (int i = 0; i < 5; ++i) {
        da.append(a.nextDelayMsecs());
        db.append(b.nextDelayMsecs());
    }
    QVERIFY(da != db);
}

void TestTokenBucket::quotaCountsPerUtcDay()
{
    DailyQuota quota(3);
    const QDateTime lateEvening(QDate(2026, 11, 25), QTime(23, 59), Qt::UTC);
    for (int i = 0; i < 3; ++i) {
        QVERIFY(quota.canSpend(lateEvening));
        quota.spend(lateEvening);
    }
    QVERIFY(!quota.canSpend(lateEvening));
    QCOMPARE(quota.renewsAt(lateEvening), QDateTime(QDate(2026, 11, 26), QTime(0, 0), Qt::UTC));
    QVERIFY(quota.canSpend(lateEvening.addSecs(60)));
    // A poller that restarts continues today's count.
    DailyQuota restarted(3);
    restarted.restore(QDate(2026, 11, 25), 3);
    QVERIFY(!restarted.canSpend(lateEvening));
    QVERIFY(DailyQuota(0).canSpend(lateEvening)); // no documented quota: unlimited
}

QTEST_APPLESS_MAIN(TestTokenBucket)
#include "tst_tokenbucket.moc"
