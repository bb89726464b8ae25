#include "mainwindow.h"
#include "model/shipmentcolumns.h"
#include "shipmentdetailpane.h"
#include "shipmenttablemodel.h"
#include "storage/database.h"
#include "storage/shipmentrepository.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

QDateTime at(QDate date, QTime time, int offsetHours)
{
    return QDateTime(date, time, Qt::OffsetFromUTC, offsetHours * 3600);
}

TrackingEvent event(QDateTime occurredAt, const QString &location, const QString &code, const QString &text,
                    SubStatus subStatus)
{
    TrackingEvent e;
    e.occurredAt = occurredAt;
    e.location = location;
    e.carrierCode = code;
    e.carrierText = text;
    e.subStatus = subStatus;
    return e;
}

ShipmentRecord record(const QString &order, const QString &tracking, const QString &carrier, const QString &recipient,
                      const QString &country, QDate promised, QList<TrackingEvent> events)
{
    ShipmentRecord r;
    Shipment &s = r.shipment;
    s.orderNumber = order;
    s.trackingNumber = tracking;
    s.carrier = carrier;
    s.service = u"Standard"_s;
    s.recipientName = recipient;
    s.email = u"someone@example.com"_s;
    s.language = u"en"_s;
    s.countryCode = country;
    s.postalCode = u"10115"_s;
    s.shipDate = QDate(2025, 3, 3);
    s.promisedDate = promised;
    s.subStatus = events.isEmpty() ? SubStatus::NoInformation : events.last().subStatus;
    s.lastEventAt = events.isEmpty() ? QDateTime() : events.last().occurredAt.toUTC();
    r.events = std::move(events);
    return r;
}

QList<ShipmentRecord> sampleRecords()
{
    const QDate d(2025, 3, 3);
    return {
        record(u"SO-1002"_s, u"JJD000111"_s, u"dhl"_s, u"Anna Schmidt"_s, u"DE"_s, d.addDays(3),
               {event(at(d, QTime(17, 5), 1), u"Leipzig"_s, u"PU"_s, u"Shipment picked up"_s, SubStatus::PickedUp),
                event(at(d.addDays(1), QTime(2, 40), 1), u"Leipzig Hub"_s, u"AA"_s, u"Arrived at hub"_s,
                      SubStatus::ArrivedAtHub),
                event(at(d.addDays(1), QTime(6, 15), 2), u"Berlin"_s, u"PL"_s, u"Processed at delivery base"_s,
                      SubStatus::DepartedHub)}),
        record(u"SO-1001"_s, u"1Z999AA10000002"_s, u"ups"_s, u"Bob Miller"_s, u"US"_s, d.addDays(4),
               {event(at(d, QTime(9, 0), -5), u"Louisville, KY"_s, u"OR"_s, u"Origin scan"_s, SubStatus::PickedUp),
                event(at(d.addDays(2), QTime(14, 30), -5), u"New York, NY"_s, u"KB"_s, u"Delivered"_s,
                      SubStatus::Delivered)}),
        record(u"SO-1004"_s, u"GLS555000333"_s, u"gls"_s, u"Carla Rossi"_s, u"IT"_s, d.addDays(1),
               {event(at(d, QTime(11, 0), 1), u"Milano"_s, u"IN"_s, u"Parcel received"_s, SubStatus::PickedUp),
                event(at(d.addDays(2), QTime(8, 0), 1), u"Milano"_s, u"LS"_s, u"Parcel lost"_s, SubStatus::Lost)}),
        record(u"SO-1003"_s, u"DPD0444"_s, u"dpd"_s, u"Dan Okafor"_s, u"GB"_s, d.addDays(5), {}),
    };
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void titleAndMenus();
    void opensOnFirstShipmentThenTheLastShown();
    void clickingRowShowsEvents();
    void keyboardMovesSelection();
    void clickingHeaderSorts();
    void statusBarShowsCounts();
    void countsFollowNewShipments();
    void overduePromiseIsFlagged();
    void pollerUpdatesReachTableAndPane();
    void unknownCarrierCodesStandOut();
    void layoutIsRestored();

private:
    std::unique_ptr<MainWindow> makeWindow();
    int viewRowOf(const MainWindow &window, const QString &trackingNumber) const;
    void clickRow(MainWindow &window, int row);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ShipmentRepository> m_repository;
    std::unique_ptr<QSettings> m_settings;
    ShipmentColumns m_columns;
    QList<ShipmentRecord> m_records;
};

void TestMainWindow::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestMainWindow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = std::make_unique<Database>(DatabaseConfig::sqlite(m_dir->filePath(u"shipdeck.sqlite"_s)));
    const Outcome opened = m_db->open();
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    m_repository = std::make_unique<ShipmentRepository>(*m_db);
    m_records = sampleRecords();
    const Outcome saved = m_repository->saveShipments(m_records);
    QVERIFY2(saved.ok(), qPrintable(saved.error()));
    m_columns.clear();
    const Outcome loaded = m_repository->loadShipments(m_columns);
    QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
    QCOMPARE(m_columns.size(), 4);
    m_settings = std::make_unique<QSettings>(m_dir->filePath(u"settings.ini"_s), QSettings::IniFormat);
}

void TestMainWindow::cleanup()
{
    m_settings.reset();
    m_repository.reset();
    m_db.reset();
    m_dir.reset();
}

std::unique_ptr<MainWindow> TestMainWindow::makeWindow()
{
    auto window = std::make_unique<MainWindow>(m_columns, *m_repository, *m_settings);
    window->resize(1400, 800);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        qWarning("window not exposed");
    return window;
}

int TestMainWindow::viewRowOf(const MainWindow &window, const QString &trackingNumber) const
{
    const ShipmentTableModel *model = window.shipmentModel();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, ShipmentTableModel::TrackingNumberColumn).data().toString() == trackingNumber)
            return row;
    }
    return -1;
}

void TestMainWindow::clickRow(MainWindow &window, int row)
{
    QTableView *table = window.shipmentTable();
    const QRect cell = table->visualRect(window.shipmentModel()->index(row, ShipmentTableModel::RecipientColumn));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
}

void TestMainWindow::titleAndMenus()
{
    const auto window = makeWindow();
    QCOMPARE(window->windowTitle(), u"Shipdeck"_s);
    QStringList menus;
    for (QAction *menu : window->menuBar()->actions())
        menus.append(menu->text());
    QCOMPARE(menus, (QStringList{u"&File"_s, u"&Edit"_s, u"&View"_s, u"&Settings"_s, u"&Help"_s}));
    QAction *quit = nullptr;
    QAction *carriers = nullptr;
    for (QAction *action : window->findChildren<QAction *>()) {
        if (action->text() == u"&Quit"_s)
            quit = action;
        if (action->text().startsWith(u"&Carrier Accounts"_s))
            carriers = action;
    }
    QVERIFY(carriers);
    QSignalSpy requested(window.get(), &MainWindow::carrierSettingsRequested);
    carriers->trigger();
    QCOMPARE(requested.count(), 1);
    QVERIFY(quit);
    QVERIFY(quit->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_Q)));
    quit->trigger();
    QVERIFY(!window->isVisible());
}

void TestMainWindow::opensOnFirstShipmentThenTheLastShown()
{
    qint64 shownLast = 0;
    {
        const auto window = makeWindow();
        const ShipmentTableModel *model = window->shipmentModel();
        QCOMPARE(window->detailPane()->shipmentId(), model->index(0, 0).data(ShipmentTableModel::ShipmentIdRole).toLongLong());
        QVERIFY(!window->detailPane()->findChild<QLabel *>(u"emptyState"_s)->isVisible());
        clickRow(*window, 2);
        shownLast = window->detailPane()->shipmentId();
        QCOMPARE(shownLast, model->index(2, 0).data(ShipmentTableModel::ShipmentIdRole).toLongLong());
        window->saveSettings();
    }
    const auto reopened = makeWindow();
    QCOMPARE(reopened->detailPane()->shipmentId(), shownLast);
}

void TestMainWindow::clickingRowShowsEvents()
{
    const auto window = makeWindow();
    const int row = viewRowOf(*window, u"JJD000111"_s);
    QVERIFY(row >= 0);
    clickRow(*window, row);

    ShipmentDetailPane *pane = window->detailPane();
    QCOMPARE(pane->shipmentId(), m_records[0].shipment.id);
    QVERIFY(!pane->findChild<QLabel *>(u"emptyState"_s)->isVisible());
    QCOMPARE(pane->findChild<QLabel *>(u"trackingNumber"_s)->text(), u"JJD000111"_s);
    QVERIFY(pane->findChild<QLabel *>(u"statusText"_s)->text().contains(u"Left sorting centre"_s));

    const auto *timeline = pane->findChild<QTreeWidget *>(u"timeline"_s);
    QVERIFY(timeline);
    QCOMPARE(timeline->topLevelItemCount(), 3);
    const QTreeWidgetItem *newest = timeline->topLevelItem(0);
    QCOMPARE(newest->text(ShipmentDetailPane::DescriptionColumn), u"Processed at delivery base"_s);
    QCOMPARE(newest->text(ShipmentDetailPane::LocationColumn), u"Berlin"_s);
    QCOMPARE(newest->text(ShipmentDetailPane::CodeColumn), u"PL"_s);
    QCOMPARE(newest->text(ShipmentDetailPane::StatusColumn), Taxonomy::subStatusLabel(SubStatus::DepartedHub));
    // The carrier's local time and offset, not converted to ours.
    const QString newestTime = newest->text(ShipmentDetailPane::TimeColumn);
    QVERIFY2(newestTime.startsWith(u"3/4/25 6:15"_s), qPrintable(newestTime));
    QVERIFY2(newestTime.endsWith(u"UTC+02:00"_s), qPrintable(newestTime));
    QVERIFY(timeline->topLevelItem(2)->text(ShipmentDetailPane::TimeColumn).endsWith(u"UTC+01:00"_s));
    QCOMPARE(timeline->topLevelItem(2)->text(ShipmentDetailPane::DescriptionColumn), u"Shipment picked up"_s);
}

void TestMainWindow::keyboardMovesSelection()
{
    const auto window = makeWindow();
    clickRow(*window, 0);
    const ShipmentTableModel *model = window->shipmentModel();
    QCOMPARE(window->detailPane()->shipmentId(), model->index(0, 0).data(ShipmentTableModel::ShipmentIdRole).toLongLong());
    QTest::keyClick(window->shipmentTable(), Qt::Key_Down);
    QCOMPARE(window->shipmentTable()->currentIndex().row(), 1);
    QCOMPARE(window->detailPane()->shipmentId(), model->index(1, 0).data(ShipmentTableModel::ShipmentIdRole).toLongLong());
    QTest::keyClick(window->shipmentTable(), Qt::Key_Down);
    QTest::keyClick(window->shipmentTable(), Qt::Key_Down);
    QCOMPARE(window->detailPane()->shipmentId(), model->index(3, 0).data(ShipmentTableModel::ShipmentIdRole).toLongLong());
    // The pending shipment has no events yet: the timeline says so rather than staying blank.
    const auto *timeline = window->detailPane()->findChild<QTreeWidget *>(u"timeline"_s);
    QCOMPARE(timeline->topLevelItemCount(), 1);
    QVERIFY(!timeline->topLevelItem(0)->text(ShipmentDetailPane::DescriptionColumn).isEmpty());
    // Ctrl+Up moves the cursor but leaves the selection: the pane stays with the highlighted row.
    const qint64 selectedId = window->detailPane()->shipmentId();
    QTest::keyClick(window->shipmentTable(), Qt::Key_Up, Qt::ControlModifier);
    QCOMPARE(window->detailPane()->shipmentId(), selectedId);
    // Nothing selected: the pane says so.
    window->shipmentTable()->clearSelection();
    QCOMPARE(window->detailPane()->shipmentId(), 0);
    QVERIFY(window->detailPane()->findChild<QLabel *>(u"emptyState"_s)->isVisible());
}

void TestMainWindow::clickingHeaderSorts()
{
    const auto window = makeWindow();
    QHeaderView *header = window->shipmentTable()->horizontalHeader();
    const int column = ShipmentTableModel::TrackingNumberColumn;
    const auto clickHeader = [&] {
        const QPoint centre(header->sectionViewportPosition(column) + header->sectionSize(column) / 2,
                            header->height() / 2);
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, centre);
    };
    const auto trackingNumbers = [&] {
        QStringList shown;
        for (int row = 0; row < window->shipmentModel()->rowCount(); ++row)
            shown.append(window->shipmentModel()->index(row, column).data().toString());
        return shown;
    };
    clickRow(*window, viewRowOf(*window, u"GLS555000333"_s));

    clickHeader();
    QCOMPARE(window->shipmentModel()->sortColumn(), column);
    const QStringList ascending{u"1Z999AA10000002"_s, u"DPD0444"_s, u"GLS555000333"_s, u"JJD000111"_s};
    QStringList reversed = ascending;
    std::reverse(reversed.begin(), reversed.end());
    const QStringList first = trackingNumbers();
    QVERIFY2(first == ascending || first == reversed, qPrintable(first.join(u' ')));
    clickHeader();
    QCOMPARE(trackingNumbers(), first == ascending ? reversed : ascending);
    // The selection stayed on the same shipment while the rows moved.
    QCOMPARE(window->shipmentTable()->currentIndex().row(), viewRowOf(*window, u"GLS555000333"_s));
    QCOMPARE(window->detailPane()->shipmentId(), m_records[2].shipment.id);
}

void TestMainWindow::statusBarShowsCounts()
{
    const auto window = makeWindow();
    const auto *counts = window->statusBar()->findChild<QLabel *>(u"shipmentCounts"_s);
    QVERIFY(counts);
    QVERIFY(counts->isVisible());
    const QString text = counts->text();
    QVERIFY2(text.contains(u"Shipments: 4"_s), qPrintable(text));
    QVERIFY2(text.contains(u"Delivered: 1"_s), qPrintable(text));
    QVERIFY2(text.contains(u"In transit: 1"_s), qPrintable(text));
    QVERIFY2(text.contains(u"Exception: 1"_s), qPrintable(text));
    QVERIFY2(text.contains(u"Pending: 1"_s), qPrintable(text));
    QVERIFY2(!text.contains(u"Expired"_s), qPrintable(text)); // statuses nobody is in are left out
}

void TestMainWindow::countsFollowNewShipments()
{
    const auto window = makeWindow();
    const auto *counts = window->statusBar()->findChild<QLabel *>(u"shipmentCounts"_s);
    ShipmentColumns &columns = m_columns;
    const qsizetype first = columns.size();
    for (qint64 i = 0; i < 1500; ++i) {
        Shipment s = m_records[1].shipment;
        s.id = 1000 + i;
        s.trackingNumber = u"1Z%1"_s.arg(i);
        columns.upsert(s);
    }
    window->shipmentModel()->shipmentsAppended(first, 1500);
    QTRY_VERIFY2(counts->text().contains(u"Shipments: 1,504"_s), qPrintable(counts->text()));
    QVERIFY(counts->text().contains(u"Delivered: 1,501"_s));
    QCOMPARE(window->shipmentTable()->model()->rowCount(), 1504);
}

void TestMainWindow::pollerUpdatesReachTableAndPane()
{
    const auto window = makeWindow();
    const int row = viewRowOf(*window, u"JJD000111"_s);
    clickRow(*window, row);
    const qint64 shownId = window->detailPane()->shipmentId();

    // The poller learned something about the shown shipment and failed on it the next time...
    Shipment moved = m_columns.shipment(m_columns.rowOfId(shownId));
    moved.subStatus = SubStatus::OutForDelivery;
    moved.pollError = u"DHL's answer is not valid JSON: unterminated object at byte 700"_s;
    // ...and a shipment the table has not seen yet arrived (imported by another console).
    Shipment fresh = moved;
    fresh.id = 9001;
    fresh.trackingNumber = u"JJD999"_s;
    fresh.pollError.clear();
    window->applyShipmentUpdates({moved, fresh});

    QTRY_COMPARE(window->shipmentTable()->model()->rowCount(), 5);
    const QModelIndex status = window->shipmentModel()->index(viewRowOf(*window, u"JJD000111"_s), ShipmentTableModel::StatusColumn);
    QTRY_VERIFY2(status.data().toString().contains(Taxonomy::statusLabel(Status::OutForDelivery)), qPrintable(status.data().toString()));
    QCOMPARE(window->detailPane()->shipmentId(), shownId); // the selection stayed with its shipment
    const auto *pollError = window->detailPane()->findChild<QLabel *>(u"pollError"_s);
    QTRY_VERIFY(pollError->isVisible());
    QVERIFY2(pollError->text().contains(u"byte 700"_s), qPrintable(pollError->text()));

    PollReport report;
    report.shipmentsDue = 40;
    report.shipmentsUpdated = 38;
    report.errors = 1;
    report.notYetKnown = 1;
    window->showPollReport(report);
    const QString pollText = window->statusBar()->findChild<QLabel *>(u"pollStatus"_s)->text();
    QVERIFY2(pollText.contains(u"38 of 40"_s) && pollText.contains(u"1 with errors"_s)
                 && pollText.contains(u"1 not known to the carrier yet"_s),
             qPrintable(pollText));
    window->showPollReport(PollReport());
    const QString quiet = window->statusBar()->findChild<QLabel *>(u"pollStatus"_s)->text();
    QVERIFY2(quiet.contains(u"no shipment was due"_s), qPrintable(quiet));
}

void TestMainWindow::unknownCarrierCodesStandOut()
{
    ShipmentRecord record = m_records[0];
    record.shipment.id = 0;
    record.shipment.trackingNumber = u"JJD000777"_s;
    record.events.last().carrierCode = u"handover-x"_s;
    record.events.last().mapped = false;
    record.events.last().subStatus = SubStatus::ExceptionOther;
    record.events.last().evidence = u"unknown DHL statusCode \"handover-x\""_s;
    QList<ShipmentRecord> records{record};
    QVERIFY(m_repository->saveShipments(records).ok());
    m_columns.upsert(records[0].shipment);

    const auto window = makeWindow();
    clickRow(*window, viewRowOf(*window, u"JJD000777"_s));
    const auto *timeline = window->detailPane()->findChild<QTreeWidget *>(u"timeline"_s);
    QTreeWidgetItem *newest = timeline->topLevelItem(0);
    QCOMPARE(newest->text(ShipmentDetailPane::CodeColumn), u"handover-x"_s);
    QVERIFY2(newest->text(ShipmentDetailPane::StatusColumn).startsWith(u"Unknown code"_s),
             qPrintable(newest->text(ShipmentDetailPane::StatusColumn)));
    QVERIFY(newest->font(ShipmentDetailPane::CodeColumn).bold());
    QVERIFY(newest->toolTip(ShipmentDetailPane::StatusColumn).contains(u"handover-x"_s));
    QVERIFY(!timeline->topLevelItem(1)->font(ShipmentDetailPane::CodeColumn).bold());
}

void TestMainWindow::overduePromiseIsFlagged()
{
    const auto window = makeWindow();
    ManualClock clock(QDateTime(QDate(2025, 3, 6), QTime(10, 0), Qt::UTC));
    window->setClock(clock);
    clickRow(*window, viewRowOf(*window, u"GLS555000333"_s)); // lost, promised the 4th
    const auto *verdict = window->detailPane()->findChild<QLabel *>(u"promiseVerdict"_s);
    QVERIFY(verdict->property("broken").toBool());
    QVERIFY(verdict->text().contains(u"Overdue"_s));
    clickRow(*window, viewRowOf(*window, u"1Z999AA10000002"_s)); // delivered
    QVERIFY(!verdict->property("broken").toBool());
}

void TestMainWindow::layoutIsRestored()
{
    QByteArray geometry;
    QList<int> splitterSizes;
    {
        const auto window = makeWindow();
        window->resize(1100, 700);
        QHeaderView *header = window->shipmentTable()->horizontalHeader();
        header->resizeSection(ShipmentTableModel::RecipientColumn, 260);
        header->moveSection(header->visualIndex(ShipmentTableModel::StatusColumn), 0);
        window->shipmentTable()->sortByColumn(ShipmentTableModel::CarrierColumn, Qt::DescendingOrder);
        auto *splitter = window->findChild<QSplitter *>();
        splitter->setSizes({350, 250});
        splitterSizes = splitter->sizes();
        geometry = window->saveGeometry();
        window->close(); // closing saves
    }
    QSettings reread(m_dir->filePath(u"settings.ini"_s), QSettings::IniFormat);
    for (const QString &key : {u"MainWindow/Geometry"_s, u"MainWindow/State"_s, u"MainWindow/Splitter"_s,
                               u"MainWindow/TableHeader"_s})
        QVERIFY2(reread.contains(key), qPrintable(key));

    m_settings = std::make_unique<QSettings>(m_dir->filePath(u"settings.ini"_s), QSettings::IniFormat);
    const auto second = std::make_unique<MainWindow>(m_columns, *m_repository, *m_settings);
    second->show();
    QVERIFY(QTest::qWaitForWindowExposed(second.get()));
    QCOMPARE(second->size(), QSize(1100, 700));
    QHeaderView *header = second->shipmentTable()->horizontalHeader();
    QCOMPARE(header->sectionSize(ShipmentTableModel::RecipientColumn), 260);
    QCOMPARE(header->logicalIndex(0), int(ShipmentTableModel::StatusColumn));
    QCOMPARE(header->sortIndicatorSection(), int(ShipmentTableModel::CarrierColumn));
    QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
    QCOMPARE(second->shipmentModel()->sortColumn(), int(ShipmentTableModel::CarrierColumn));
    QCOMPARE(second->shipmentModel()->index(0, ShipmentTableModel::CarrierColumn).data().toString(), u"UPS"_s);
    QCOMPARE(second->findChild<QSplitter *>()->sizes(), splitterSizes);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
