// The detection engine and the expected delivery against the simulator's physical truth, on a
// fixed seed the tuning never used (the thresholds were chosen on seed 11). The targets
// are checked where Shipdeck meets them; where it does not, the figure it reaches is held as a
// floor so that it cannot silently get worse, and core/problems/README.md says why it falls short.

#include "problems/problemevaluation.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestProblemEval : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void targetsMet_data();
    void targetsMet();
    void silenceAndPromiseCaughtAtTheNextPoll();
    void deliveryEstimateBeatsTheBaseline();
    void casesRarelyReopen();
    void sameSeedSameFigures();

private:
    ProblemEvaluation::Options m_options;
    ProblemEvaluation::Result m_result;
};

void TestProblemEval::initTestCase()
{
    m_options.seed = 20261125;
    m_options.count = 10000;
    m_result = ProblemEvaluation(m_options).run();
    QCOMPARE(m_result.journeys, m_options.count);
    for (const QString &line : ProblemEvaluation::jsonLines(m_result))
        qInfo("%s", qPrintable(line));
}

void TestProblemEval::targetsMet_data()
{
    QTest::addColumn<ProblemType>("type");
    QTest::addColumn<double>("minPrecision");
    QTest::addColumn<double>("minRecall");
    QTest::addColumn<double>("minVisibleRecall"); // over the real cases the carrier's scans told of
    QTest::addColumn<int>("minCases"); // the truth must hold enough of them for the figures to mean something
    // At the 0.95 target on both.
    QTest::newRow("late") << ProblemType::Late << 0.95 << 0.95 << 0.95 << 500;
    QTest::newRow("returned_to_sender") << ProblemType::ReturnedToSender << 0.95 << 0.95 << 0.95 << 150;
    QTest::newRow("delivered_to_neighbour") << ProblemType::DeliveredToNeighbour << 0.95 << 0.95 << 0.95 << 150;
    // No scan on the promised day by 15:00, a failed attempt that day, an estimate after the
    // promise or a presumed loss; a stall alone no longer counts (its skipped scans were the
    // false alarms), so precision reached the target too.
    QTest::newRow("at_risk") << ProblemType::AtRisk << 0.95 << 0.95 << 0.95 << 500;
    // Precision at target; recall capped by events the carrier never scans (5 % of failed
    // attempts, 7 % of refusals, 15 % of address problems, 20 % of customs holds, 30 % of damage):
    // of what it does scan, the engine catches 95 % or more. Address problems typed in a day late,
    // after the corrected address moved the parcel on, arrive already settled.
    QTest::newRow("failed_attempt") << ProblemType::FailedAttempt << 0.95 << 0.90 << 0.95 << 200;
    QTest::newRow("refused") << ProblemType::Refused << 0.95 << 0.85 << 0.95 << 25;
    QTest::newRow("waiting_at_pickup_point") << ProblemType::WaitingAtPickupPoint << 0.95 << 0.90 << 0.95 << 200;
    QTest::newRow("customs_hold") << ProblemType::CustomsHold << 0.95 << 0.75 << 0.95 << 50;
    QTest::newRow("address_problem") << ProblemType::AddressProblem << 0.95 << 0.60 << 0.90 << 40;
    QTest::newRow("damaged") << ProblemType::Damaged << 0.95 << 0.55 << 0.95 << 20;
    // Recall at target; precision below it: silence-based, so missed and late-reported scans
    // make false alarms (see README.md). Judged from time, so every case counts as visible.
    QTest::newRow("lost") << ProblemType::Lost << 0.80 << 0.95 << 0.95 << 20;
    // The stalled rule waits out the gaps that delivered parcels usually show after the same scan.
    QTest::newRow("stalled") << ProblemType::Stalled << 0.88 << 0.93 << 0.93 << 250;
}

void TestProblemEval::targetsMet()
{
    QFETCH(ProblemType, type);
    QFETCH(double, minPrecision);
    QFETCH(double, minRecall);
    QFETCH(double, minVisibleRecall);
    QFETCH(int, minCases);
    const ProblemEvaluation::TypeScore &score = m_result.types[std::size_t(type)];
    const QString figures = u"%1: precision %2 (%3 alerts), recall %4 (%5 real), visible recall %6 (%7 scanned)"_s.arg(
        ProblemTypes::key(type), QString::number(score.precision()), QString::number(score.truePositives + score.falsePositives),
        QString::number(score.recall()), QString::number(score.truePositives + score.falseNegatives),
        QString::number(score.visibleRecall()), QString::number(score.visibleReal));
    QVERIFY2(score.truePositives + score.falseNegatives >= minCases, qPrintable(figures));
    QVERIFY2(score.precision() >= minPrecision, qPrintable(figures));
    QVERIFY2(score.recall() >= minRecall, qPrintable(figures));
    QVERIFY2(score.visibleRecall() >= minVisibleRecall, qPrintable(figures));
    // The scanned cases are a part of the real ones and their catches a part of all catches.
    QVERIFY2(score.visibleReal <= score.truePositives + score.falseNegatives, qPrintable(figures));
    QVERIFY2(score.visibleTruePositives <= score.truePositives, qPrintable(figures));
}

void TestProblemEval::silenceAndPromiseCaughtAtTheNextPoll()
{
    const auto caughtAtTheNextPoll = [this](ProblemType type) {
        const ProblemEvaluation::TypeScore &score = m_result.types[std::size_t(type)];
        QVERIFY(score.truePositives > 0);
        QVERIFY2(score.withinOnePoll >= score.truePositives * 99 / 100,
                 qPrintable(u"%1: %2 of %3"_s.arg(ProblemTypes::key(type)).arg(score.withinOnePoll).arg(score.truePositives)));
    };
    // The rules run on the poll timer too: a case that silence or the clock makes true is
    // raised at the first poll after it became true on what was visible.
    for (ProblemType type : {ProblemType::Stalled, ProblemType::Late, ProblemType::Lost})
        caughtAtTheNextPoll(type);
    // A case a scan opens is raised at the first poll after that scan reached the carrier's API.
    for (ProblemType type : {ProblemType::FailedAttempt, ProblemType::WaitingAtPickupPoint, ProblemType::ReturnedToSender,
                             ProblemType::DeliveredToNeighbour, ProblemType::CustomsHold})
        caughtAtTheNextPoll(type);
}

void TestProblemEval::deliveryEstimateBeatsTheBaseline()
{
    const ProblemEvaluation::EddScore &edd = m_result.edd;
    QVERIFY(edd.ourErrorHours.size() > m_options.count / 2);
    auto median = [](QList<double> values) {
        std::sort(values.begin(), values.end());
        return values.at(values.size() / 2);
    };
    // At least 30 % better than "ship date + the carrier's median transit days", both as shown
    // (carrier's estimate where given) and from history alone.
    const double baseline = median(edd.baselineErrorHours);
    QVERIFY2(median(edd.ourErrorHours) <= 0.7 * baseline, qPrintable(u"%1 h vs %2 h"_s.arg(median(edd.ourErrorHours)).arg(baseline)));
    QVERIFY2(median(edd.historyErrorHours) <= 0.7 * baseline, qPrintable(u"%1 h vs %2 h"_s.arg(median(edd.historyErrorHours)).arg(baseline)));
}

void TestProblemEval::casesRarelyReopen()
{
    // A case closed and opened again: a parcel that moved and then stalled anew, or an estimate
    // that moved twice. Noise alone (duplicates, late or out-of-order scans) must not do it.
    QVERIFY2(m_result.flaps * 100 <= m_result.journeys, qPrintable(QString::number(m_result.flaps)));
}

void TestProblemEval::sameSeedSameFigures()
{
    ProblemEvaluation::Options small = m_options;
    small.count = 300;
    const ProblemEvaluation::Result a = ProblemEvaluation(small).run();
    const ProblemEvaluation::Result b = ProblemEvaluation(small).run();
    QCOMPARE(ProblemEvaluation::jsonLines(a), ProblemEvaluation::jsonLines(b));
    small.seed += 1;
    QVERIFY(ProblemEvaluation::jsonLines(ProblemEvaluation(small).run()) != ProblemEvaluation::jsonLines(a));
}

QTEST_GUILESS_MAIN(TestProblemEval)
#include "tst_problemeval.moc"
