// The table tools of the main window: the status filter, copying rows, saved views, the column
// chooser and the start-up load's chunks, through the window's own actions and widgets.

#include "columnchooserdialog.h"
#include "mainwindow.h"
#include "model/shipmentcolumns.h"
#include "shipmenttablemodel.h"
#include "storage/database.h"
#include "storage/shipmentrepository.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QHeaderView>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

Shipment makeShipment(qint64 id, SubStatus subStatus, const QString &recipient)
{
    Shipment s;
    s.id = id;
    s.orderNumber = u"SO-%1"_s.arg(id);
    s.trackingNumber = u"TRK%1"_s.arg(id);
    s.carrier = u"dhl"_s;
    s.service = u"Paket"_s;
    s.recipientName = recipient;
    s.countryCode = u"DE"_s;
    s.postalCode = u"1000%1"_s.arg(id);
    s.shipDate = QDate(2025, 3, 1);
    s.subStatus = subStatus;
    return s;
}

} // namespace

class TestTableTools : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void statusFilterShowsOneStatus();
    void filterStateRoundTrips();
    void copyRowsIsTabSeparatedWithHeader();
    void savedViewRestoresFilterColumnsAndSort();
    void columnChooserHidesAndReorders();
    void loadedChunksAppendToTheTable();
    void updatesKeepTheTopRowInPlace();

private:
    QStringList shownRecipients() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ShipmentRepository> m_repository;
    std::unique_ptr<QSettings> m_settings;
    ShipmentColumns m_columns;
    std::unique_ptr<MainWindow> m_window;
};

void TestTableTools::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestTableTools::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>(DatabaseConfig::sqlite(m_dir->filePath(u"shipdeck.sqlite"_s)));
    QVERIFY(m_db->open().ok());
    m_repository = std::make_unique<ShipmentRepository>(*m_db);
    m_settings = std::make_unique<QSettings>(m_dir->filePath(u"settings.ini"_s), QSettings::IniFormat);
    m_columns.clear();
    m_columns.upsert(makeShipment(1, SubStatus::Delivered, u"Anna\tSchmidt"_s));
    m_columns.upsert(makeShipment(2, SubStatus::InTransit, u"Bob Miller"_s));
    m_columns.upsert(makeShipment(3, SubStatus::Delivered, u"Carla Rossi"_s));
    m_window = std::make_unique<MainWindow>(m_columns, *m_repository, *m_settings);
    m_window->resize(1200, 700);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestTableTools::cleanup()
{
    m_window.reset();
    m_settings.reset();
    m_repository.reset();
    m_db.reset();
}

QStringList TestTableTools::shownRecipients() const
{
    const ShipmentTableModel *model = m_window->shipmentModel();
    QStringList names;
    for (int row = 0; row < model->rowCount(); ++row)
        names.append(model->index(row, ShipmentTableModel::RecipientColumn).data().toString());
    return names;
}

void TestTableTools::statusFilterShowsOneStatus()
{
    auto *combo = m_window->findChild<QComboBox *>(u"statusFilter"_s);
    QVERIFY(combo);
    combo->setFocus();
    const int delivered = combo->findText(Taxonomy::statusLabel(Status::Delivered));
    QVERIFY(delivered > 0);
    QVERIFY(!combo->itemIcon(delivered).isNull()); // the status shape, as in the table
    for (int i = 0; i < delivered; ++i)
        QTest::keyClick(combo, Qt::Key_Down);
    QCOMPARE(shownRecipients(), (QStringList{u"Anna\tSchmidt"_s, u"Carla Rossi"_s}));
    QVERIFY(m_window->countsText().startsWith(u"Shown: 2"_s));

    // A shipment the poller moves out of the status leaves the table.
    Shipment moved = m_columns.shipment(0);
    moved.subStatus = SubStatus::ReturnedToSender;
    m_window->applyShipmentUpdates({moved});
    QTRY_COMPARE(shownRecipients(), QStringList{u"Carla Rossi"_s});

    m_window->setStatusFilter(std::nullopt);
    QCOMPARE(combo->currentIndex(), 0);
    QCOMPARE(m_window->shipmentModel()->rowCount(), 3);
}

void TestTableTools::filterStateRoundTrips()
{
    QVERIFY(m_window->currentFilterState().isEmpty());
    m_window->setStatusFilter(Status::InTransit);
    const QVariantMap state = m_window->currentFilterState();
    QCOMPARE(state.value(u"status"_s).toString(), Taxonomy::statusKey(Status::InTransit));
    m_window->applyFilterState({});
    QCOMPARE(m_window->shipmentModel()->rowCount(), 3);
    m_window->applyFilterState(state);
    QCOMPARE(shownRecipients(), QStringList{u"Bob Miller"_s});
}

void TestTableTools::copyRowsIsTabSeparatedWithHeader()
{
    QTableView *table = m_window->shipmentTable();
    QHeaderView *header = table->horizontalHeader();
    for (int column = 0; column < ShipmentTableModel::ColumnCount; ++column)
        header->setSectionHidden(column, column != ShipmentTableModel::OrderColumn
                                             && column != ShipmentTableModel::RecipientColumn
                                             && column != ShipmentTableModel::StatusColumn);
    header->moveSection(header->visualIndex(ShipmentTableModel::RecipientColumn), 0);
    table->selectionModel()->clearSelection();
    const QItemSelectionModel::SelectionFlags rows = QItemSelectionModel::Select | QItemSelectionModel::Rows;
    table->selectionModel()->select(m_window->shipmentModel()->index(2, 0), rows);
    table->selectionModel()->select(m_window->shipmentModel()->index(0, 0), rows);
    table->setFocus();
    QTest::keyClick(table, Qt::Key_C, Qt::ControlModifier);
    const QString expected = u"Recipient\tOrder\tStatus\n"
                             "Anna Schmidt\tSO-1\tDelivered\n"
                             "Carla Rossi\tSO-3\tDelivered\n"_s;
    QCOMPARE(QGuiApplication::clipboard()->text(), expected);
}

void TestTableTools::savedViewRestoresFilterColumnsAndSort()
{
    QTableView *table = m_window->shipmentTable();
    QHeaderView *header = table->horizontalHeader();
    m_window->setStatusFilter(Status::Delivered);
    table->sortByColumn(ShipmentTableModel::RecipientColumn, Qt::DescendingOrder);
    header->setSectionHidden(ShipmentTableModel::ServiceColumn, true);
    m_window->saveView(u"Delivered / by name"_s);

    m_window->setStatusFilter(std::nullopt);
    table->sortByColumn(ShipmentTableModel::OrderColumn, Qt::AscendingOrder);
    header->setSectionHidden(ShipmentTableModel::ServiceColumn, false);
    QVERIFY(!m_window->applySavedView(u"no such view"_s));

    QVERIFY(m_window->applySavedView(u"Delivered / by name"_s));
    QCOMPARE(shownRecipients(), (QStringList{u"Carla Rossi"_s, u"Anna\tSchmidt"_s}));
    QVERIFY(header->isSectionHidden(ShipmentTableModel::ServiceColumn));
    QCOMPARE(m_window->shipmentModel()->sortColumn(), int(ShipmentTableModel::RecipientColumn));

    // Kept in the settings, listed in the menu by name.
    MainWindow again(m_columns, *m_repository, *m_settings);
    auto *menu = again.findChild<QMenu *>(u"savedViewsMenu"_s);
    QVERIFY(menu);
    QCOMPARE(menu->actions().first()->text(), u"Delivered / by name"_s);
}

void TestTableTools::columnChooserHidesAndReorders()
{
    QHeaderView *header = m_window->shipmentTable()->horizontalHeader();
    ColumnChooserDialog dialog(*header);
    auto *list = dialog.findChild<QListWidget *>(u"columnList"_s);
    QCOMPARE(list->count(), int(ShipmentTableModel::ColumnCount));
    list->item(ShipmentTableModel::CarrierColumn)->setCheckState(Qt::Unchecked);
    list->setCurrentRow(ShipmentTableModel::StatusColumn);
    QTest::mouseClick(dialog.findChild<QPushButton *>(u"moveUp"_s), Qt::LeftButton);
    dialog.apply();
    QVERIFY(header->isSectionHidden(ShipmentTableModel::CarrierColumn));
    QCOMPARE(header->visualIndex(ShipmentTableModel::StatusColumn), int(ShipmentTableModel::StatusColumn) - 1);
}

void TestTableTools::loadedChunksAppendToTheTable()
{
    auto chunk = std::make_shared<ShipmentColumns>();
    chunk->upsert(makeShipment(10, SubStatus::InTransit, u"Dan Okafor"_s));
    chunk->upsert(makeShipment(11, SubStatus::Delivered, u"Eve Adams"_s));
    m_window->setStatusFilter(Status::InTransit);
    m_window->appendLoadedShipments(chunk);
    QTRY_COMPARE(shownRecipients(), (QStringList{u"Bob Miller"_s, u"Dan Okafor"_s}));
    QCOMPARE(m_columns.size(), 5);
    QCOMPARE(m_columns.rowOfId(11), 4);
}

void TestTableTools::updatesKeepTheTopRowInPlace()
{
    for (qint64 id = 10; id < 300; ++id)
        m_columns.upsert(makeShipment(id, SubStatus::InTransit, u"Person %1"_s.arg(id)));
    m_window->shipmentModel()->reload();
    QTableView *table = m_window->shipmentTable();
    table->sortByColumn(ShipmentTableModel::OrderColumn, Qt::DescendingOrder);
    QApplication::processEvents(); // the view lays the sorted rows out
    table->scrollTo(m_window->shipmentModel()->index(100, 0), QAbstractItemView::PositionAtTop);
    QTRY_COMPARE(table->rowAt(0), 100);
    const qsizetype top = m_window->shipmentModel()->storageRow(100);

    // Newer orders sort above the rows in view; a changed row moves too. The top row stays.
    QList<Shipment> news;
    for (qint64 id = 900; id < 905; ++id)
        news.append(makeShipment(id, SubStatus::InfoReceived, u"New %1"_s.arg(id)));
    Shipment moved = m_columns.shipment(50);
    moved.orderNumber = u"SO-0"_s;
    news.append(moved);
    m_window->applyShipmentUpdates(news);
    QTRY_VERIFY(!m_window->shipmentModel()->hasPendingUpdates());
    QCOMPARE(m_window->shipmentModel()->rowCount(), 298);
    QCOMPARE(m_window->shipmentModel()->storageRow(table->rowAt(0)), top);
}

QTEST_MAIN(TestTableTools)
#include "tst_tabletools.moc"
