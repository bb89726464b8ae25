#include "taskprogressbar.h"
#include "tasks/taskprogress.h"

#include <QElapsedTimer>
#include <QLabel>
#include <QProgressBar>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;

class TestTaskProgressBar : public QObject
{
    Q_OBJECT

private slots:
    void showsOnlyAfterHalfASecond();
    void cancelButtonCancelsTheShownTask();
    void showsTheOldestOfSeveral();
};

void TestTaskProgressBar::showsOnlyAfterHalfASecond()
{
    QWidget window;
    auto *bar = new TaskProgressBar(&window);
    window.show();
    auto task = std::make_shared<TaskProgress>(u"Importing orders.csv"_s);
    task->setTotal(200);
    task->setDone(50);
    QElapsedTimer since;
    since.start();
    bar->track(task);
    QVERIFY(bar->isHidden());
    QTRY_VERIFY_WITH_TIMEOUT(!bar->isHidden(), 2000);
    QVERIFY(since.elapsed() >= TaskProgressBar::ShowDelayMs);
    QCOMPARE(bar->shownTask(), task.get());
    QCOMPARE(bar->findChild<QLabel *>()->text(), u"Importing orders.csv"_s);
    const QProgressBar *progress = bar->findChild<QProgressBar *>();
    QCOMPARE(progress->value() * 4, progress->maximum());

    task->finish();
    QTRY_VERIFY(bar->isHidden());
    QCOMPARE(bar->shownTask(), nullptr);
}

void TestTaskProgressBar::cancelButtonCancelsTheShownTask()
{
    QWidget window;
    auto *bar = new TaskProgressBar(&window);
    window.show();
    auto task = std::make_shared<TaskProgress>(u"Exporting"_s);
    bar->track(task);
    QTRY_VERIFY(!bar->isHidden());
    QTest::mouseClick(bar->findChild<QToolButton *>(u"cancelTask"_s), Qt::LeftButton);
    QVERIFY(task->isCanceled());
    QVERIFY(bar->isHidden()); // gone at once, even if the worker takes a moment to stop
}

void TestTaskProgressBar::showsTheOldestOfSeveral()
{
    QWidget window;
    auto *bar = new TaskProgressBar(&window);
    window.show();
    auto first = std::make_shared<TaskProgress>(u"Importing"_s);
    auto second = std::make_shared<TaskProgress>(u"Filtering"_s);
    bar->track(first);
    bar->track(second);
    QTRY_VERIFY(!bar->isHidden());
    QCOMPARE(bar->shownTask(), first.get());
    QCOMPARE(bar->findChild<QLabel *>()->text(), u"Importing (and 1 more)"_s);
    first->finish();
    QTRY_COMPARE(bar->shownTask(), second.get());
    second->finish();
    QTRY_VERIFY(bar->isHidden());
}

QTEST_MAIN(TestTaskProgressBar)
#include "tst_taskprogressbar.moc"
