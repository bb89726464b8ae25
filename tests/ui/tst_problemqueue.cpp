#include "lookupbar.h"
#include "lookup/lookupservice.h"
#include "model/clock.h"
#include "mainwindow.h"
#include "model/shipmentcolumns.h"
#include "problembulkactions.h"
#include "problemcasepanel.h"
#include "problemqueue.h"
#include "problemqueuesidebar.h"
#include "problems/problemcasestore.h"
#include "shipmentdetailpane.h"
#include "shipmenttablemodel.h"
#include "storage/database.h"
#include "storage/shipmentrepository.h"
#include "tasks/taskprogress.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSemaphore>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <memory>

using namespace Qt::StringLiterals;

// The problem queue in the console: sidebar counts and filters, the case panel's actions, bulk
// actions on the selected rows, all against a real database.
class TestProblemQueue : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void sidebarCountsFollowChanges();
    void clickingTypesFiltersTogetherWithSearch();
    void cancelingAFilterPutsTheWidgetsBack();
    void panelAcknowledgesAssignsAndResolves();
    void pickupCaseShowsWhenItGoesBack();
    void bulkActionsWorkTheSelectedRows();
    void savedViewsKeepTheChosenTypes();
    void onlyMyCasesCombineWithTypes();
    void reloadReadsOnAWorkerAndCatchesWhatRefreshMisses();

private:
    QTreeWidgetItem *sidebarItem(ProblemType type) const;
    void clickSidebar(ProblemType type);
    void selectShipment(int index);
    ProblemCase storedCase(int shipmentIndex, ProblemType type) const;
    template<typename T>
    T *panelChild(const QString &name) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ShipmentRepository> m_repository;
    std::unique_ptr<ProblemCaseStore> m_store;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ProblemQueue> m_queue;
    std::unique_ptr<MainWindow> m_window;
    ShipmentColumns m_columns;
    QList<ShipmentRecord> m_records;
};

namespace {

const QDateTime now(QDate(2026, 11, 25), QTime(12, 0), Qt::UTC);

DetectedProblem problem(ProblemType type)
{
    return {type, now.addSecs(-3600), ProblemTypes::key(type) + u".rule"_s,
            u"Evidence for %1"_s.arg(ProblemTypes::label(type)), {}, {}, {}};
}

} // namespace

void TestProblemQueue::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestProblemQueue::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>(DatabaseConfig::sqlite(m_dir->filePath(u"shipdeck.sqlite"_s)));
    QVERIFY(m_db->open().ok());
    m_records.clear();
    for (int i = 0; i < 4; ++i) {
        ShipmentRecord r;
        r.shipment.orderNumber = u"SO-%1"_s.arg(i);
        r.shipment.trackingNumber = u"JJD%1"_s.arg(i);
        r.shipment.carrier = u"dhl"_s;
        r.shipment.subStatus = SubStatus::InTransit;
        m_records.append(r);
    }
    m_repository = std::make_unique<ShipmentRepository>(*m_db);
    QVERIFY(m_repository->saveShipments(m_records).ok());
    m_columns.clear();
    QVERIFY(m_repository->loadShipments(m_columns).ok());

    // Shipment 0: a failed attempt; 1: stalled; 2: a failed attempt and lost; 3: fine.
    m_store = std::make_unique<ProblemCaseStore>(*m_db);
    QList<ProblemCaseChange> opens;
    for (const auto &[index, type] : {std::pair{0, ProblemType::FailedAttempt}, {1, ProblemType::Stalled},
                                      {2, ProblemType::FailedAttempt}, {2, ProblemType::Lost}})
        opens.append({ProblemCaseChange::Kind::Open, 0, m_records[index].shipment.id, problem(type), {}});
    QList<ProblemCase> opened;
    QVERIFY(m_store->applyChanges(opens, now, opened).ok());
    QCOMPARE(opened.size(), 4);

    m_settings = std::make_unique<QSettings>(m_dir->filePath(u"settings.ini"_s), QSettings::IniFormat);
    m_settings->setValue(u"ProblemQueue/Me"_s, u"tester"_s);
    m_queue = std::make_unique<ProblemQueue>(*m_store);
    m_window = std::make_unique<MainWindow>(m_columns, *m_repository, *m_settings);
    m_window->setProblemQueue(m_queue.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    // The lookup index builds on a worker; a lookup typed while it builds is asked again when it is
    // ready, which would start a filter of its own in the middle of a test.
    const LookupService *lookup = m_window->lookupService();
    QTRY_VERIFY(lookup->isReady() && !lookup->isBuilding());
}

void TestProblemQueue::cleanup()
{
    m_window.reset();
    m_queue.reset();
    m_store.reset();
    m_repository.reset();
    m_db.reset();
    m_settings.reset();
    m_dir.reset();
}

QTreeWidgetItem *TestProblemQueue::sidebarItem(ProblemType type) const
{
    const QTreeWidget *list = m_window->problemSidebar()->typeList();
    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        if (list->topLevelItem(i)->text(ProblemQueueSidebar::TypeColumn) == ProblemTypes::label(type))
            return list->topLevelItem(i);
    }
    return nullptr;
}

void TestProblemQueue::clickSidebar(ProblemType type)
{
    QTreeWidget *list = m_window->problemSidebar()->typeList();
    const QRect rect = list->visualItemRect(sidebarItem(type));
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, rect.center());
}

void TestProblemQueue::selectShipment(int index)
{
    QTableView *table = m_window->shipmentTable();
    const QModelIndex cell = m_window->shipmentModel()->indexForStorageRow(m_columns.rowOfId(m_records[index].shipment.id));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(cell).center());
}

ProblemCase TestProblemQueue::storedCase(int shipmentIndex, ProblemType type) const
{
    QList<ProblemCase> cases;
    if (!m_store->loadShipmentCases(m_records[shipmentIndex].shipment.id, cases).ok())
        return {};
    for (const ProblemCase &c : std::as_const(cases)) {
        if (c.type == type)
            return c;
    }
    return {};
}

template<typename T>
T *TestProblemQueue::panelChild(const QString &name) const
{
    return m_window->problemPanel()->findChild<T *>(name);
}

void TestProblemQueue::sidebarCountsFollowChanges()
{
    QCOMPARE(sidebarItem(ProblemType::FailedAttempt)->text(ProblemQueueSidebar::CountColumn), u"2"_s);
    QCOMPARE(sidebarItem(ProblemType::Stalled)->text(ProblemQueueSidebar::CountColumn), u"1"_s);
    QCOMPARE(sidebarItem(ProblemType::Lost)->text(ProblemQueueSidebar::CountColumn), u"1"_s);
    QCOMPARE(sidebarItem(ProblemType::Late)->text(ProblemQueueSidebar::CountColumn), u"0"_s);
    const QLabel *summary = m_window->problemSidebar()->findChild<QLabel *>(u"problemQueueSummary"_s);
    QCOMPARE(summary->text(), u"4 working cases on 3 shipments"_s);

    // The poller closes shipment 0's failed attempt (delivered) and opens a late case on shipment 3.
    const ProblemCase failed = storedCase(0, ProblemType::FailedAttempt);
    QList<ProblemCase> changed;
    QVERIFY(m_store->applyChanges({{ProblemCaseChange::Kind::Close, failed.id, failed.shipmentId, {}, u"Delivered."_s},
                                   {ProblemCaseChange::Kind::Open, 0, m_records[3].shipment.id, problem(ProblemType::Late), {}}},
                                  now.addSecs(600), changed).ok());
    m_queue->applyCaseChanges(changed);
    QCOMPARE(sidebarItem(ProblemType::FailedAttempt)->text(ProblemQueueSidebar::CountColumn), u"1"_s);
    QCOMPARE(sidebarItem(ProblemType::Late)->text(ProblemQueueSidebar::CountColumn), u"1"_s);
    QCOMPARE(summary->text(), u"4 working cases on 3 shipments"_s);

    // Another console's resolution shows up on the next refresh, and only its case is read (after
    // the poller's changes above, which the history holds too).
    QVERIFY(m_queue->refresh().ok());
    Database otherConsole(m_db->config());
    QVERIFY(otherConsole.open().ok());
    ProblemCaseStore::ActionResult result;
    QVERIFY(ProblemCaseStore(otherConsole)
                .resolve({storedCase(1, ProblemType::Stalled).id}, u"Carrier confirmed it moves."_s, u"ana"_s, now, result)
                .ok());
    QList<ProblemCase> heard;
    connect(m_queue.get(), &ProblemQueue::casesChanged, this, [&heard](const QList<ProblemCase> &cases) { heard += cases; });
    QVERIFY(m_queue->refresh().ok());
    QCOMPARE(heard.size(), 1);
    QCOMPARE(heard[0].state, ProblemCaseState::Resolved);
    QCOMPARE(sidebarItem(ProblemType::Stalled)->text(ProblemQueueSidebar::CountColumn), u"0"_s);
    QCOMPARE(summary->text(), u"3 working cases on 2 shipments"_s);
    QVERIFY(m_queue->refresh().ok()); // nothing new: nothing heard
    QCOMPARE(heard.size(), 1);
    // A full reload agrees with what the refreshes made of it.
    QVERIFY(m_queue->reload().ok());
    QCOMPARE(summary->text(), u"3 working cases on 2 shipments"_s);
}

void TestProblemQueue::clickingTypesFiltersTogetherWithSearch()
{
    ShipmentTableModel *model = m_window->shipmentModel();
    QCOMPARE(model->rowCount(), 4);
    clickSidebar(ProblemType::FailedAttempt);
    QCOMPARE(m_window->problemSidebar()->chosenTypes(), ProblemCaseIndex::bit(ProblemType::FailedAttempt));
    QTRY_COMPARE(model->rowCount(), 2); // shipments 0 and 2

    // Another filter (as the search bar sets one) narrows it further: the filters combine.
    const ShipmentColumns snapshot = m_columns;
    model->setRowFilter(u"search"_s, [snapshot](qsizetype row) { return snapshot.trackingNumber(row) != u"JJD0"_s; });
    QTRY_COMPARE(model->rowCount(), 1);
    QCOMPARE(model->data(model->index(0, ShipmentTableModel::TrackingNumberColumn)).toString(), u"JJD2"_s);

    // A second type adds its shipments; clicking the first again drops it.
    clickSidebar(ProblemType::Stalled);
    QTRY_COMPARE(model->rowCount(), 2); // 1 (stalled) and 2
    clickSidebar(ProblemType::FailedAttempt);
    QTRY_COMPARE(model->rowCount(), 1);
    QCOMPARE(model->data(model->index(0, ShipmentTableModel::TrackingNumberColumn)).toString(), u"JJD1"_s);

    // A case that closes leaves the filtered table at once.
    const ProblemCase stalled = storedCase(1, ProblemType::Stalled);
    QList<ProblemCase> changed;
    QVERIFY(m_store->applyChanges({{ProblemCaseChange::Kind::Close, stalled.id, stalled.shipmentId, {}, u"Moved."_s}}, now, changed).ok());
    m_queue->applyCaseChanges(changed);
    QTRY_COMPARE(model->rowCount(), 0);

    QTest::mouseClick(m_window->problemSidebar()->findChild<QPushButton *>(u"clearProblemFilter"_s), Qt::LeftButton);
    QCOMPARE(m_window->problemSidebar()->chosenTypes(), ProblemCaseIndex::TypeMask(0));
    QTRY_COMPARE(model->rowCount(), 3); // only the search filter is left
}

// Cancel (the status bar's button cancels the task's progress) leaves the table as it was; the sidebar and the lookup field go back to
// what it shows instead of the choices that were canceled.
void TestProblemQueue::cancelingAFilterPutsTheWidgetsBack()
{
    ShipmentTableModel *model = m_window->shipmentModel();
    model->setBackgroundThreshold(0); // every filter on a worker, as on a big table
    QLineEdit *lookupField = m_window->lookupBar()->lineEdit();
    auto *mineOnly = m_window->problemSidebar()->findChild<QCheckBox *>(u"mineOnly"_s);
    clickSidebar(ProblemType::FailedAttempt);
    m_window->lookupBar()->setQuery(u"JJD2"_s);
    QTRY_VERIFY(!model->isArranging());
    QCOMPARE(model->rowCount(), 1);

    // A slow filter holds the worker while the agent asks for more, then cancels. Every step
    // below must leave a row for it to hold on: a step that filtered out every row would finish
    // at once and rightly become what the table shows (shipment 2's case is the tester's for that).
    QVERIFY(m_queue->assign({storedCase(2, ProblemType::FailedAttempt).id}, u"tester"_s).ok());
    auto gate = std::make_shared<QSemaphore>();
    model->setRowFilter(u"slow"_s, [gate](qsizetype) {
        gate->acquire();
        gate->release();
        return true;
    });
    QSignalSpy started(model, &ShipmentTableModel::arrangingStarted);
    clickSidebar(ProblemType::Stalled);
    QTest::mouseClick(mineOnly, Qt::LeftButton);
    lookupField->selectAll();
    QTest::keyClicks(lookupField, u"SO-"_s);
    m_window->lookupBar()->lookUpNow();
    QVERIFY(model->isArranging());
    QCOMPARE(started.count(), 3);
    started.last().at(0).value<std::shared_ptr<TaskProgress>>()->cancel();
    gate->release();
    QTRY_VERIFY(!model->isArranging());

    QVERIFY(!model->hasRowFilter(u"slow"_s));
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(lookupField->text(), u"JJD2"_s);
    QVERIFY(!m_window->lookupBar()->resultsShown());
    QCOMPARE(m_window->problemSidebar()->chosenTypes(), ProblemCaseIndex::bit(ProblemType::FailedAttempt));
    QVERIFY(sidebarItem(ProblemType::FailedAttempt)->isSelected());
    QVERIFY(!sidebarItem(ProblemType::Stalled)->isSelected());
    QVERIFY(!mineOnly->isChecked());
    QCOMPARE(m_window->currentFilterState().value(u"search"_s).toString(), u"JJD2"_s);

    // The widgets work on from there: another click filters what they show.
    clickSidebar(ProblemType::Lost);
    QTRY_VERIFY(!model->isArranging());
    QCOMPARE(m_window->problemSidebar()->chosenTypes(),
             ProblemCaseIndex::bit(ProblemType::FailedAttempt) | ProblemCaseIndex::bit(ProblemType::Lost));
    QCOMPARE(model->rowCount(), 1); // shipment 2 has both; the lookup still narrows to it
}

void TestProblemQueue::panelAcknowledgesAssignsAndResolves()
{
    selectShipment(2);
    ProblemCasePanel *panel = m_window->problemPanel();
    QCOMPARE(panel->shipmentId(), m_records[2].shipment.id);
    QCOMPARE(panel->cases().size(), 2);
    const ProblemCase failed = storedCase(2, ProblemType::FailedAttempt);
    panel->chooseCase(failed.id);
    QCOMPARE(panel->findChild<QLabel *>(u"problemEvidence"_s)->text(), u"<b>Why:</b> Evidence for Failed delivery attempt"_s);

    QTest::mouseClick(panelChild<QPushButton>(u"acknowledgeCase"_s), Qt::LeftButton);
    QCOMPARE(storedCase(2, ProblemType::FailedAttempt).state, ProblemCaseState::Acknowledged);
    QVERIFY(!panelChild<QPushButton>(u"acknowledgeCase"_s)->isEnabled());

    QTest::mouseClick(panelChild<QPushButton>(u"assignCaseToMe"_s), Qt::LeftButton);
    QCOMPARE(storedCase(2, ProblemType::FailedAttempt).assignee, u"tester"_s);
    QTest::keyClicks(panelChild<QLineEdit>(u"caseAssignee"_s), u"ana"_s);
    QTest::mouseClick(panelChild<QPushButton>(u"assignCase"_s), Qt::LeftButton);
    QCOMPARE(storedCase(2, ProblemType::FailedAttempt).assignee, u"ana"_s);
    QCOMPARE(panel->chosenCaseId(), failed.id); // the choice survives the refresh

    // Resolving asks for a note first.
    QTest::mouseClick(panelChild<QPushButton>(u"resolveCase"_s), Qt::LeftButton);
    QVERIFY(panelChild<QLabel>(u"problemActionMessage"_s)->text().contains(u"note"_s));
    QVERIFY(storedCase(2, ProblemType::FailedAttempt).isActive());
    QTest::keyClicks(panelChild<QLineEdit>(u"resolutionNote"_s), u"Redelivery booked for Friday"_s);
    QTest::mouseClick(panelChild<QPushButton>(u"resolveCase"_s), Qt::LeftButton);
    const ProblemCase resolved = storedCase(2, ProblemType::FailedAttempt);
    QCOMPARE(resolved.state, ProblemCaseState::Resolved);

    // The history shows it all, newest first, under the operator's name.
    const QTreeWidget *history = panelChild<QTreeWidget>(u"problemHistory"_s);
    QCOMPARE(history->topLevelItemCount(), 5);
    QCOMPARE(history->topLevelItem(0)->text(ProblemCasePanel::ActionColumn), u"Resolved"_s);
    QCOMPARE(history->topLevelItem(0)->text(ProblemCasePanel::ActorColumn), u"tester"_s);
    QCOMPARE(history->topLevelItem(0)->text(ProblemCasePanel::NoteColumn), u"Redelivery booked for Friday"_s);
    QCOMPARE(history->topLevelItem(4)->text(ProblemCasePanel::ActionColumn), u"Opened"_s);
    QVERIFY(!panelChild<QPushButton>(u"resolveCase"_s)->isEnabled());
    if (const QString dir = qEnvironmentVariable("SHIPDECK_SCREENSHOT_DIR"); !dir.isEmpty()) {
        m_window->resize(1400, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(m_window->grab().save(dir + u"/problemqueue-resolved.png"_s));
    }
    // And the queue counts it out.
    QCOMPARE(sidebarItem(ProblemType::FailedAttempt)->text(ProblemQueueSidebar::CountColumn), u"1"_s);
}

void TestProblemQueue::pickupCaseShowsWhenItGoesBack()
{
    // Shipment 3 waits at a pickup point that sends it back on Monday 30 November; remind from Saturday.
    DetectedProblem waiting = problem(ProblemType::WaitingAtPickupPoint);
    waiting.deadline = QDateTime(QDate(2026, 11, 30), QTime(10, 0), Qt::UTC);
    waiting.remindAt = QDateTime(QDate(2026, 11, 28), QTime(10, 0), Qt::UTC);
    QList<ProblemCase> opened;
    QVERIFY(m_store->applyChanges({{ProblemCaseChange::Kind::Open, 0, m_records[3].shipment.id, waiting, {}}}, now, opened).ok());
    ManualClock clock(now);
    m_queue->setClock(clock);
    QVERIFY(m_queue->reload().ok());
    selectShipment(3);
    ProblemCasePanel *panel = m_window->problemPanel();
    QTRY_COMPARE(panel->cases().size(), 1);
    const auto dueCell = [&] { return panelChild<QTreeWidget>(u"problemCases"_s)->topLevelItem(0); };
    QCOMPARE(dueCell()->text(ProblemCasePanel::DueColumn), u"Mon 30 Nov"_s);
    QVERIFY(!dueCell()->font(ProblemCasePanel::DueColumn).bold());
    QVERIFY2(dueCell()->toolTip(ProblemCasePanel::DueColumn).contains(u"back to the sender on"_s)
                 && dueCell()->toolTip(ProblemCasePanel::DueColumn).contains(u"Remind the customer from"_s),
             qPrintable(dueCell()->toolTip(ProblemCasePanel::DueColumn)));

    // Saturday: time to remind the customer.
    clock.set(waiting.remindAt);
    panel->showShipment(m_records[3].shipment.id);
    QCOMPARE(dueCell()->text(ProblemCasePanel::DueColumn), u"⚠ remind · Mon 30 Nov"_s);
    QVERIFY(dueCell()->font(ProblemCasePanel::DueColumn).bold());
    if (const QString dir = qEnvironmentVariable("SHIPDECK_SCREENSHOT_DIR"); !dir.isEmpty()) {
        m_window->resize(1400, 900);
        QVERIFY(m_window->grab().save(dir + u"/problemqueue-pickup-remind.png"_s));
    }
    clock.set(waiting.deadline);
    panel->showShipment(m_records[3].shipment.id);
    QCOMPARE(dueCell()->text(ProblemCasePanel::DueColumn), u"passed · Mon 30 Nov"_s);

    // Cases without a deadline, and closed ones, show none.
    ProblemCase plain = opened.first();
    plain.dueAt = {};
    QVERIFY(ProblemCasePanel::dueText(plain, now).isEmpty());
    ProblemCase closed = opened.first();
    closed.state = ProblemCaseState::Closed;
    QVERIFY(ProblemCasePanel::dueText(closed, now).isEmpty());
}

void TestProblemQueue::bulkActionsWorkTheSelectedRows()
{
    m_window->shipmentTable()->selectAll();
    ProblemBulkActions *actions = m_window->problemActions();
    QCOMPARE(actions->selectedShipmentIds().size(), 4);
    QCOMPARE(actions->selectedCaseIds().size(), 4);
    QString said;
    connect(actions, &ProblemBulkActions::finished, this, [&said](const QString &message) { said = message; });

    actions->acknowledgeSelected();
    QCOMPARE(said, u"4 cases acknowledged."_s);
    QCOMPARE(storedCase(1, ProblemType::Stalled).state, ProblemCaseState::Acknowledged);
    QCOMPARE(storedCase(2, ProblemType::Lost).state, ProblemCaseState::Acknowledged);

    // With a type chosen in the sidebar, only those cases of the selected rows are worked.
    clickSidebar(ProblemType::FailedAttempt);
    QTRY_COMPARE(m_window->shipmentModel()->rowCount(), 2);
    m_window->shipmentTable()->selectAll();
    actions->assignSelected(u"ana"_s);
    QCOMPARE(said, u"2 cases assigned to ana."_s);
    actions->resolveSelected(u"Both customers called back."_s);
    QCOMPARE(said, u"2 cases resolved."_s);
    QCOMPARE(storedCase(0, ProblemType::FailedAttempt).state, ProblemCaseState::Resolved);
    QCOMPARE(storedCase(2, ProblemType::FailedAttempt).assignee, u"ana"_s);
    QCOMPARE(storedCase(2, ProblemType::Lost).state, ProblemCaseState::Acknowledged);
    QCOMPARE(storedCase(2, ProblemType::Lost).assignee, QString());
    QCOMPARE(sidebarItem(ProblemType::FailedAttempt)->text(ProblemQueueSidebar::CountColumn), u"0"_s);
    QTRY_COMPARE(m_window->shipmentModel()->rowCount(), 0);
}

void TestProblemQueue::savedViewsKeepTheChosenTypes()
{
    clickSidebar(ProblemType::Lost);
    clickSidebar(ProblemType::Stalled);
    QCOMPARE(m_window->currentFilterState().value(u"problems"_s).toStringList(), (QStringList{u"stalled"_s, u"lost"_s}));
    m_window->saveView(u"Gone quiet"_s);
    QTest::mouseClick(m_window->problemSidebar()->findChild<QPushButton *>(u"clearProblemFilter"_s), Qt::LeftButton);
    QTRY_COMPARE(m_window->shipmentModel()->rowCount(), 4);

    QVERIFY(m_window->applySavedView(u"Gone quiet"_s));
    QCOMPARE(m_window->problemSidebar()->chosenTypes(),
             ProblemCaseIndex::bit(ProblemType::Lost) | ProblemCaseIndex::bit(ProblemType::Stalled));
    QVERIFY(sidebarItem(ProblemType::Lost)->isSelected());
    QTRY_COMPARE(m_window->shipmentModel()->rowCount(), 2); // shipments 1 and 2
    // A view saved by a newer build with a type this one does not know keeps the rest.
    m_window->applyFilterState({{u"problems"_s, QStringList{u"lost"_s, u"teleported"_s}}});
    QCOMPARE(m_window->problemSidebar()->chosenTypes(), ProblemCaseIndex::bit(ProblemType::Lost));
}

void TestProblemQueue::onlyMyCasesCombineWithTypes()
{
    ShipmentTableModel *model = m_window->shipmentModel();
    auto *mineOnly = m_window->problemSidebar()->findChild<QCheckBox *>(u"mineOnly"_s);
    QCOMPARE(mineOnly->text(), u"Only my cases (0)"_s);
    int applied = 0;
    QVERIFY(m_queue->assign({storedCase(2, ProblemType::Lost).id}, u"tester"_s, &applied).ok());
    QCOMPARE(applied, 1);
    QCOMPARE(mineOnly->text(), u"Only my cases (1)"_s);

    QTest::mouseClick(mineOnly, Qt::LeftButton, {}, QPoint(4, mineOnly->height() / 2));
    QVERIFY(m_window->problemSidebar()->mineOnly());
    QTRY_COMPARE(model->rowCount(), 1);
    QCOMPARE(model->data(model->index(0, ShipmentTableModel::TrackingNumberColumn)).toString(), u"JJD2"_s);
    // With a type: my cases of that type only.
    clickSidebar(ProblemType::FailedAttempt);
    QTRY_COMPARE(model->rowCount(), 0);
    clickSidebar(ProblemType::Lost);
    QTRY_COMPARE(model->rowCount(), 1);
    QCOMPARE(m_window->currentFilterState().value(u"problems_mine"_s).toBool(), true);

    // Handed over to a colleague: no longer mine, gone from the filtered table at once.
    QVERIFY(m_queue->assign({storedCase(2, ProblemType::Lost).id}, u"ana"_s).ok());
    QCOMPARE(mineOnly->text(), u"Only my cases (0)"_s);
    QTRY_COMPARE(model->rowCount(), 0);
    // The colleague's console sees it as theirs.
    m_queue->setMe(u"ana"_s);
    QCOMPARE(mineOnly->text(), u"Only my cases (1)"_s);
    QTRY_COMPARE(model->rowCount(), 1);
}

// The periodic full read: on a worker with its own connection, so the GUI thread keeps working
// meanwhile, and it brings in what no history entry announced (an entry committed late).
void TestProblemQueue::reloadReadsOnAWorkerAndCatchesWhatRefreshMisses()
{
    const QLabel *summary = m_window->problemSidebar()->findChild<QLabel *>(u"problemQueueSummary"_s);
    QCOMPARE(summary->text(), u"4 working cases on 3 shipments"_s);
    // Another console resolves shipment 1's stalled case, but its history entry is not there (yet).
    Database otherConsole(m_db->config());
    QVERIFY(otherConsole.open().ok());
    QSqlQuery resolve(otherConsole.connection());
    QVERIFY(resolve.exec(u"UPDATE problem_cases SET state = 'resolved' WHERE id = %1"_s.arg(storedCase(1, ProblemType::Stalled).id)));
    QVERIFY(m_queue->refresh().ok());
    QCOMPARE(summary->text(), u"4 working cases on 3 shipments"_s); // the refresh cannot know

    QSignalSpy reloaded(m_queue.get(), &ProblemQueue::reloaded);
    m_queue->startReload();
    QVERIFY(m_queue->isReloading());
    // startReload() returned without reading: the sidebar changes only when the worker's result
    // comes back through the event loop, and the GUI thread's own connection stays free meanwhile.
    QCOMPARE(summary->text(), u"4 working cases on 3 shipments"_s);
    QCOMPARE(m_queue->index().mine(), 0);
    int assigned = 0;
    QVERIFY(m_queue->assign({storedCase(2, ProblemType::Lost).id}, m_queue->me(), &assigned).ok());
    QCOMPARE(assigned, 1);
    QCOMPARE(m_queue->index().mine(), 1);
    m_queue->startReload(); // one at a time
    QVERIFY(reloaded.wait(30000));
    QCOMPARE(reloaded.size(), 1);
    QVERIFY(!m_queue->isReloading());
    QCOMPARE(summary->text(), u"3 working cases on 2 shipments"_s);
    QCOMPARE(sidebarItem(ProblemType::Stalled)->text(ProblemQueueSidebar::CountColumn), u"0"_s);
    // The assignment made meanwhile holds, whether the worker read it or the refresh after it did.
    QCOMPARE(m_queue->index().mine(), 1);
}

QTEST_MAIN(TestProblemQueue)
#include "tst_problemqueue.moc"
