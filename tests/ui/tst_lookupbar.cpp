#include "lookup/lookupservice.h"
#include "lookupbar.h"
#include "mainwindow.h"
#include "model/shipmentcolumns.h"
#include "shipmentdetailpane.h"
#include "shipmenttablemodel.h"
#include "storage/database.h"
#include "storage/shipmentrepository.h"

#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <memory>

using namespace Qt::StringLiterals;

// An agent with a caller on the line, keyboard only: type what the caller gives, see the ranked
// matches drop down, move with Down/Up, open one with Enter, close with Escape. Then the same in
// the console: Ctrl+K, type, Enter, and the table and detail pane show the shipment.
class TestLookupBar : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void typingShowsRankedResults();
    void downUpAndEnterOpenTheHighlighted();
    void enterBeforeThePauseAnswersWhatIsTyped();
    void phoneTheGermanWay();
    void escapeClosesThenClears();
    void noMatchSaysSo();
    void predictedDeliveryShowsInItalics();
    void lookupWaitsForTheIndex();
    void consoleCtrlKTypeEnterShowsShipment();
    void searchFilterFollowsPollerUpdates();
    void searchFilterTakesInUpdatesHeldWhileIndexing();

private:
    void addShipment(const QString &order, const QString &tracking, const QString &name, const QString &email,
                     const QString &phone, const QString &country, SubStatus status);
    void showBar(LookupService &service);
    QStringList resultColumn(int column) const;
    // The list floats over the window, so the summary is the window's child, not the bar's.
    QString summaryText() const { return m_bar->window()->findChild<QLabel *>(u"lookupSummary"_s)->text(); }

    ShipmentColumns m_columns;
    std::unique_ptr<LookupService> m_service;
    std::unique_ptr<QWidget> m_window;
    LookupBar *m_bar = nullptr;
};

namespace {

// The console over `columns`, with a database and settings of its own, searching for "muller"
// (two of the shipments) once its lookup index is ready.
struct MullerSearch {
    explicit MullerSearch(ShipmentColumns &columns)
        : columns(columns)
        , db(DatabaseConfig::sqlite(dir.filePath(u"shipdeck.sqlite"_s)))
        , repository(db)
        , settings(dir.filePath(u"settings.ini"_s), QSettings::IniFormat)
    {
    }
    void show()
    {
        QVERIFY(db.open().ok());
        window = std::make_unique<MainWindow>(columns, repository, settings);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        QTRY_VERIFY(window->lookupService()->isReady());
        window->lookupBar()->setQuery(u"muller"_s);
        QTRY_COMPARE(window->shipmentModel()->rowCount(), 2);
    }

    ShipmentColumns &columns;
    QTemporaryDir dir;
    Database db;
    ShipmentRepository repository;
    QSettings settings;
    std::unique_ptr<MainWindow> window;
};

} // namespace

void TestLookupBar::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany)); // an agent in Germany, for phone numbers
}

void TestLookupBar::addShipment(const QString &order, const QString &tracking, const QString &name, const QString &email,
                                const QString &phone, const QString &country, SubStatus status)
{
    Shipment s;
    s.id = m_columns.size() + 1;
    s.orderNumber = order;
    s.trackingNumber = tracking;
    s.carrier = u"dhl"_s;
    s.service = u"Paket"_s;
    s.recipientName = name;
    s.email = email;
    s.phone = phone;
    s.language = u"de"_s;
    s.countryCode = country;
    s.postalCode = u"10115"_s;
    s.shipDate = QDate(2026, 11, 20);
    s.promisedDate = QDate(2026, 11, 23);
    s.subStatus = status;
    m_columns.upsert(s);
}

void TestLookupBar::init()
{
    m_columns.clear();
    addShipment(u"SO-100001"_s, u"JJD0001234567890"_s, u"Jürgen Müller"_s, u"juergen.mueller@web.example"_s,
                u"+49 170 1234567"_s, u"DE"_s, SubStatus::InTransit);
    addShipment(u"SO-100002"_s, u"1Z999AA10123456784"_s, u"Anna Schmidt"_s, u"anna.schmidt@gmx.example"_s,
                u"0151 23456789"_s, u"DE"_s, SubStatus::OutForDelivery);
    addShipment(u"SO-100003"_s, u"00340434161094042557"_s, u"Anna Müller"_s, u"a.mueller@web.example"_s,
                u"+43 660 1234567"_s, u"AT"_s, SubStatus::Delivered);
    m_service = std::make_unique<LookupService>(m_columns, u"DE"_s);
}

void TestLookupBar::cleanup()
{
    m_window.reset();
    m_service.reset();
}

void TestLookupBar::showBar(LookupService &service)
{
    m_window = std::make_unique<QWidget>();
    auto *layout = new QVBoxLayout(m_window.get());
    m_bar = new LookupBar(m_columns, service, m_window.get());
    layout->addWidget(m_bar);
    layout->addStretch();
    m_window->resize(1000, 500);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_bar->focusLookup();
}

QStringList TestLookupBar::resultColumn(int column) const
{
    QStringList texts;
    const QTreeWidget *list = m_bar->resultList();
    for (int i = 0; i < list->topLevelItemCount(); ++i)
        texts.append(list->topLevelItem(i)->text(column));
    return texts;
}

void TestLookupBar::typingShowsRankedResults()
{
    m_service->startBuilding();
    showBar(*m_service);
    QTest::keyClicks(m_bar->lineEdit(), u"SO-100001"_s);
    QVERIFY(!m_bar->resultsShown()); // not on every key: after a pause
    QTRY_VERIFY(m_bar->resultsShown());
    QCOMPARE(resultColumn(0), QStringList{u"SO-100001"_s});
    QCOMPARE(resultColumn(1), QStringList{u"JJD0001234567890"_s});
    QCOMPARE(resultColumn(2), QStringList{u"Jürgen Müller"_s});
    QCOMPARE(resultColumn(3), QStringList{Taxonomy::subStatusLabel(SubStatus::InTransit)});
    QCOMPARE(resultColumn(4), QStringList{QLocale().toString(QDate(2026, 11, 23), QLocale::ShortFormat)});
    QCOMPARE(resultColumn(5), QStringList{u"order number"_s});

    m_bar->lineEdit()->clear();
    QTest::keyClicks(m_bar->lineEdit(), u"muller"_s);
    m_bar->lookUpNow();
    QCOMPARE(resultColumn(2), (QStringList{u"Anna Müller"_s, u"Jürgen Müller"_s})); // newest first
    QCOMPARE(resultColumn(4).first(), QString()); // delivered: nothing to expect any more
    QVERIFY(summaryText().contains(u"2"_s));
}

void TestLookupBar::predictedDeliveryShowsInItalics()
{
    // Anna Schmidt's parcel has no carrier date: the prediction stands in for it, marked as the table marks it.
    QVERIFY(m_columns.setPredictedDelivery(1, QDate(2026, 11, 24), QDate(2026, 11, 23)));
    m_service->startBuilding();
    showBar(*m_service);
    for (const auto &[order, expected, italic] : {std::tuple{u"SO-100002"_s, QDate(2026, 11, 24), true},
                                                  std::tuple{u"SO-100001"_s, QDate(2026, 11, 23), false}}) {
        m_bar->lineEdit()->setText(order);
        m_bar->lookUpNow();
        QTRY_COMPARE(resultColumn(0), QStringList{order});
        QCOMPARE(resultColumn(4), QStringList{QLocale().toString(expected, QLocale::ShortFormat)});
        QCOMPARE(m_bar->resultList()->topLevelItem(0)->font(4).italic(), italic);
    }
}

void TestLookupBar::downUpAndEnterOpenTheHighlighted()
{
    m_service->startBuilding();
    showBar(*m_service);
    QSignalSpy chosen(m_bar, &LookupBar::shipmentChosen);
    QTest::keyClicks(m_bar->lineEdit(), u"anna"_s);
    QTRY_VERIFY(m_bar->resultsShown());
    QCOMPARE(resultColumn(0), (QStringList{u"SO-100003"_s, u"SO-100002"_s}));
    QTest::keyClick(m_bar->lineEdit(), Qt::Key_Down);
    QTest::keyClick(m_bar->lineEdit(), Qt::Key_Down); // stays on the last
    QTest::keyClick(m_bar->lineEdit(), Qt::Key_Up);
    QTest::keyClick(m_bar->lineEdit(), Qt::Key_Down);
    QCOMPARE(m_bar->resultList()->currentItem()->text(0), u"SO-100002"_s);
    QTest::keyClick(m_bar->lineEdit(), Qt::Key_Return);
    QCOMPARE(chosen.size(), 1);
    QCOMPARE(chosen.first().first().toLongLong(), m_columns.id(1));
    QVERIFY(!m_bar->resultsShown());
    QCOMPARE(m_bar->lineEdit()->text(), u"anna"_s);
}

void TestLookupBar::enterBeforeThePauseAnswersWhatIsTyped()
{
    m_service->startBuilding();
    showBar(*m_service);
    QSignalSpy chosen(m_bar, &LookupBar::shipmentChosen);
    QTest::keyClicks(m_bar->lineEdit(), u"ANNA.SCHMIDT@GMX.EXAMPLE"_s);
    QTest::keyClick(m_bar->lineEdit(), Qt::Key_Enter);
    QCOMPARE(chosen.size(), 1);
    QCOMPARE(chosen.first().first().toLongLong(), m_columns.id(1));
}

void TestLookupBar::phoneTheGermanWay()
{
    m_service->startBuilding();
    showBar(*m_service);
    QSignalSpy chosen(m_bar, &LookupBar::shipmentChosen);
    QTest::keyClicks(m_bar->lineEdit(), u"0170/1234567"_s);
    QTest::keyClick(m_bar->lineEdit(), Qt::Key_Return);
    QCOMPARE(chosen.size(), 1);
    QCOMPARE(chosen.first().first().toLongLong(), m_columns.id(0));
}

void TestLookupBar::escapeClosesThenClears()
{
    m_service->startBuilding();
    showBar(*m_service);
    QSignalSpy query(m_bar, &LookupBar::queryChanged);
    QTest::keyClicks(m_bar->lineEdit(), u"schmidt"_s);
    QTRY_VERIFY(m_bar->resultsShown());
    QCOMPARE(query.last().first().toString(), u"schmidt"_s);
    QTest::keyClick(m_bar->lineEdit(), Qt::Key_Escape);
    QVERIFY(!m_bar->resultsShown());
    QCOMPARE(m_bar->lineEdit()->text(), u"schmidt"_s);
    QTest::keyClick(m_bar->lineEdit(), Qt::Key_Down); // the list again
    QVERIFY(m_bar->resultsShown());
    QTest::keyClick(m_bar->lineEdit(), Qt::Key_Escape);
    QTest::keyClick(m_bar->lineEdit(), Qt::Key_Escape);
    QVERIFY(m_bar->lineEdit()->text().isEmpty());
    QCOMPARE(query.last().first().toString(), QString());
}

void TestLookupBar::noMatchSaysSo()
{
    m_service->startBuilding();
    showBar(*m_service);
    QSignalSpy chosen(m_bar, &LookupBar::shipmentChosen);
    QTest::keyClicks(m_bar->lineEdit(), u"Zzyzx"_s);
    QTest::keyClick(m_bar->lineEdit(), Qt::Key_Return);
    QCOMPARE(chosen.size(), 0);
    QVERIFY(m_bar->resultsShown());
    QCOMPARE(m_bar->resultList()->topLevelItemCount(), 0);
    QVERIFY(summaryText().contains(u"Zzyzx"_s));
}

void TestLookupBar::lookupWaitsForTheIndex()
{
    showBar(*m_service);
    QTest::keyClicks(m_bar->lineEdit(), u"jurgen"_s);
    m_bar->lookUpNow();
    QCOMPARE(m_bar->resultList()->topLevelItemCount(), 0);
    QVERIFY(summaryText().contains(u"3"_s)); // preparing 3 shipments
    m_service->startBuilding();
    QCOMPARE(resultColumn(0), QStringList{u"SO-100001"_s});
}

void TestLookupBar::consoleCtrlKTypeEnterShowsShipment()
{
    QTemporaryDir dir;
    Database db(DatabaseConfig::sqlite(dir.filePath(u"shipdeck.sqlite"_s)));
    QVERIFY(db.open().ok());
    ShipmentRepository repository(db);
    QList<ShipmentRecord> records;
    for (qsizetype row = 0; row < m_columns.size(); ++row)
        records.append({m_columns.shipment(row), {}});
    for (ShipmentRecord &record : records)
        record.shipment.id = 0;
    QVERIFY(repository.saveShipments(records).ok());
    ShipmentColumns stored;
    QVERIFY(repository.loadShipments(stored).ok());
    QSettings settings(dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
    MainWindow window(stored, repository, settings);
    window.resize(1400, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_VERIFY(window.lookupService()->isReady()); // a small store is indexed when the window shows

    QTest::keyClick(&window, Qt::Key_K, Qt::ControlModifier);
    QTRY_VERIFY(window.lookupBar()->lineEdit()->hasFocus());
    QTest::keyClicks(window.lookupBar()->lineEdit(), u"1z999aa10123456784"_s);
    QTRY_VERIFY(window.lookupBar()->resultsShown());
    // While there is text in the field, the table shows what matches.
    QTRY_COMPARE(window.shipmentModel()->rowCount(), 1);
    QTest::keyClick(window.lookupBar()->lineEdit(), Qt::Key_Return);
    QTRY_VERIFY(window.shipmentTable()->hasFocus());
    const qsizetype row = window.shipmentModel()->storageRow(window.shipmentTable()->currentIndex().row());
    QCOMPARE(stored.trackingNumber(row), u"1Z999AA10123456784"_s);
    QCOMPARE(window.detailPane()->shipmentId(), stored.id(row));

    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(window.lookupBar()->lineEdit()->hasFocus());
    // Saved views keep what was looked up.
    const QVariantMap view = window.currentFilterState();
    QCOMPARE(view.value(u"search"_s).toString(), u"1z999aa10123456784"_s);
    QTest::keyClick(window.lookupBar()->lineEdit(), Qt::Key_Escape); // no list open: clears the field
    QTRY_COMPARE(window.shipmentModel()->rowCount(), 3);
    QVERIFY(!window.currentFilterState().contains(u"search"_s));
    window.applyFilterState(view);
    QCOMPARE(window.lookupBar()->lineEdit()->text(), u"1z999aa10123456784"_s);
    QTRY_COMPARE(window.shipmentModel()->rowCount(), 1);
    QVERIFY(!window.lookupBar()->resultsShown());
    window.applyFilterState({});
    QTRY_COMPARE(window.shipmentModel()->rowCount(), 3);
}

void TestLookupBar::searchFilterFollowsPollerUpdates()
{
    MullerSearch search(m_columns);
    search.show();
    if (QTest::currentTestFailed())
        return;
    MainWindow &window = *search.window;

    // A new parcel for another Müller arrives from the poller while the search is shown: it joins.
    Shipment karl = m_columns.shipment(0);
    karl.id = 100;
    karl.orderNumber = u"SO-100100"_s;
    karl.trackingNumber = u"JJD0009999999999"_s;
    karl.recipientName = u"Karl Müller"_s;
    window.applyShipmentUpdates({karl});
    QTRY_COMPARE(window.shipmentModel()->rowCount(), 3);

    // A parcel whose recipient was corrected away from the search leaves it.
    Shipment corrected = m_columns.shipment(0);
    corrected.recipientName = u"Jürgen Meier"_s;
    window.applyShipmentUpdates({corrected});
    QTRY_COMPARE(window.shipmentModel()->rowCount(), 2);
}

// A poll that comes while the index is being built is held and written once it is ready: a parcel
// for another Müller then joins the search the table shows.
void TestLookupBar::searchFilterTakesInUpdatesHeldWhileIndexing()
{
    MullerSearch search(m_columns);
    search.show();
    if (QTest::currentTestFailed())
        return;
    MainWindow &window = *search.window;

    // An import of more rows than are indexed at once: built on workers, started here rather than
    // after the pause, so that the poll below surely comes while they work.
    QList<Shipment> imported;
    for (int i = 0; i <= LookupService::BackgroundThreshold; ++i) {
        Shipment s = m_columns.shipment(1);
        s.id = 1000 + i;
        s.orderNumber = u"WEB-%1"_s.arg(i);
        s.trackingNumber = u"TN%1"_s.arg(i, 8, 10, QChar(u'0'));
        s.recipientName = u"Kunde Nummer%1"_s.arg(i);
        imported.append(s);
    }
    window.applyShipmentUpdates(imported);
    window.startLookup();
    QVERIFY(window.lookupService()->isBuilding());

    Shipment karl = m_columns.shipment(0);
    karl.id = 100;
    karl.orderNumber = u"SO-100100"_s;
    karl.trackingNumber = u"JJD0009999999999"_s;
    karl.recipientName = u"Karl Müller"_s;
    window.applyShipmentUpdates({karl});
    QCOMPARE(window.shipmentModel()->rowCount(), 2); // held
    QTRY_VERIFY(!window.lookupService()->isBuilding());
    QTRY_COMPARE(window.shipmentModel()->rowCount(), 3);
    QCOMPARE(window.lookupBar()->lineEdit()->text(), u"muller"_s);
}

QTEST_MAIN(TestLookupBar)
#include "tst_lookupbar.moc"
