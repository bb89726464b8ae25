// The detail pane shows the promise beside the expected delivery: the carrier's date, or one
// learned from past deliveries with its window, confidence and what it was learned from; and the
// messages sent to the recipient and their survey answer, or plainly that there are none.

#include "communication/messagelog.h"
#include "communication/surveyresponsestore.h"
#include "problems/deliverypredictor.h"
#include "shipmentdetailpane.h"
#include "storage/database.h"
#include "storage/shipmentrepository.h"
#include "storage/trackingstore.h"
#include "testdatabases.h"

#include <QHeaderView>
#include <QLabel>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

class TestShipmentDetailPane : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void predictionShowsWindowConfidenceAndBasis();
    void carriersEstimateWins();
    void predictionAfterThePromiseIsAtRisk();
    void promiseOnlyTheQuickOnesKeepIsTight();
    void beforeThePredictorHasLearned();
    void deliveredShowsTheDayItCame();
    void showsWhenTheCarrierLastAnswered();
    void eventsDetectionSetAsideAreGreyedWithTheReason();
    void messagesAndSurveyAnswerAreShown();
    void withoutMessagesOrAnswerSaysSo();
    void keyboardReachesMessagesAndSurvey();
    void messageAddressStaysInSightInANarrowPane();

private:
    QString text(const char *objectName) const;
    void show(const Shipment &shipment);

    std::unique_ptr<ScratchDatabase> m_scratch;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ShipmentRepository> m_repository;
    std::unique_ptr<MessageLog> m_messageLog;
    std::unique_ptr<SurveyResponseStore> m_surveys;
    std::unique_ptr<ShipmentDetailPane> m_pane;
    std::shared_ptr<DeliveryPredictor> m_predictor = std::make_shared<DeliveryPredictor>();
};

namespace {

const QDate monday(2026, 11, 23);
const ManualClock paneClock(QDateTime(monday, QTime(10, 0))); // local time: the pane's "today"

Shipment parcel()
{
    Shipment s;
    s.id = 1;
    s.trackingNumber = u"JJD0001"_s;
    s.carrier = u"dhl"_s;
    s.service = u"Paket"_s;
    s.countryCode = u"DE"_s;
    s.postalCode = u"10115"_s;
    s.shipDate = monday;
    s.promisedDate = QDate(2026, 12, 2);
    s.subStatus = SubStatus::InTransit;
    return s;
}

} // namespace

void TestShipmentDetailPane::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    m_scratch = std::make_unique<ScratchDatabase>(u"sqlite"_s);
    QVERIFY2(m_scratch->problem().isEmpty(), qPrintable(m_scratch->problem()));
    m_db = std::make_unique<Database>(m_scratch->config());
    QVERIFY(m_db->open().ok());
    m_repository = std::make_unique<ShipmentRepository>(*m_db);
    m_pane = std::make_unique<ShipmentDetailPane>(*m_repository);
    m_pane->setClock(paneClock);
    m_messageLog = std::make_unique<MessageLog>(*m_db);
    m_surveys = std::make_unique<SurveyResponseStore>(*m_db);
    m_pane->setCommunication(*m_messageLog, *m_surveys);
    // 412 past parcels on the lane: 60 took two business days, 300 three, 52 four.
    const Shipment like = parcel();
    for (const auto &[count, days] : {std::pair{60, 2}, {300, 3}, {52, 4}}) {
        for (int i = 0; i < count; ++i)
            QVERIFY(m_predictor->learn(like, DeliveryPredictor::addBusinessDays(like.shipDate, days)));
    }
}

QString TestShipmentDetailPane::text(const char *objectName) const
{
    const auto *label = m_pane->findChild<QLabel *>(QString::fromLatin1(objectName));
    return label ? label->text() : u"(no label %1)"_s.arg(QString::fromLatin1(objectName));
}

void TestShipmentDetailPane::show(const Shipment &shipment)
{
    m_pane->showShipment(shipment);
    m_pane->setDeliveryPredictor(m_predictor);
}

void TestShipmentDetailPane::predictionShowsWindowConfidenceAndBasis()
{
    show(parcel());
    // Median three business days: Thursday; 10th to 90th percentile Wednesday to Friday; 360 of
    // the 412 had arrived by Thursday.
    QCOMPARE(text("expectedDelivery"), u"Thu 26 Nov (25–27 Nov, 87%)"_s);
    QCOMPARE(text("expectedBasis"), u"from 412 DHL Paket parcels to DE 10…"_s);
    QCOMPARE(text("promiseVerdict"), u"On track for the promised date"_s);
}

void TestShipmentDetailPane::carriersEstimateWins()
{
    Shipment s = parcel();
    s.carrierEstimate = QDate(2026, 11, 30);
    show(s);
    QCOMPARE(text("expectedDelivery"), u"Mon 30 Nov"_s);
    QCOMPARE(text("expectedBasis"), u"the carrier's estimate"_s);
}

void TestShipmentDetailPane::predictionAfterThePromiseIsAtRisk()
{
    Shipment s = parcel();
    s.promisedDate = QDate(2026, 11, 24); // Tuesday; even the earliest parcels arrived Wednesday
    show(s);
    const auto *verdict = m_pane->findChild<QLabel *>(u"promiseVerdict"_s);
    QVERIFY(verdict->property("broken").toBool());
    QVERIFY2(verdict->text().startsWith(u"\u26A0 At risk: past deliveries like it suggest 26/11/2026"_s), qPrintable(verdict->text()));
}

void TestShipmentDetailPane::promiseOnlyTheQuickOnesKeepIsTight()
{
    Shipment s = parcel();
    s.promisedDate = QDate(2026, 11, 25); // Wednesday: the quickest tenth arrived then, most on Thursday
    show(s);
    const auto *verdict = m_pane->findChild<QLabel *>(u"promiseVerdict"_s);
    QVERIFY(!verdict->property("broken").toBool()); // the engine opens no at-risk case for it either
    QVERIFY2(verdict->text().startsWith(u"Tight: past deliveries like it suggest 26/11/2026"_s), qPrintable(verdict->text()));
}

void TestShipmentDetailPane::beforeThePredictorHasLearned()
{
    m_pane->setDeliveryPredictor(nullptr);
    m_pane->showShipment(parcel());
    QCOMPARE(text("expectedDelivery"), u"no estimate yet"_s);
    QCOMPARE(text("expectedBasis"), u"still learning from past deliveries"_s);
}

void TestShipmentDetailPane::deliveredShowsTheDayItCame()
{
    ShipmentRecord record{parcel(), {}};
    record.shipment.id = 0;
    record.shipment.subStatus = SubStatus::Delivered;
    TrackingEvent delivered;
    delivered.occurredAt = QDateTime(QDate(2026, 11, 25), QTime(0, 30), Qt::OffsetFromUTC, 3600); // still the 24th in UTC
    delivered.subStatus = SubStatus::Delivered;
    delivered.carrierCode = u"dlvrd"_s;
    record.events = {delivered};
    QList<ShipmentRecord> records{record};
    QVERIFY(m_repository->saveShipments(records).ok());
    show(records.first().shipment);
    QCOMPARE(text("expectedDelivery"), u"delivered Wed 25 Nov"_s);
    QCOMPARE(text("expectedBasis"), QString());
}

// "Is this current?" is the agent's first question: when the carrier last answered, and how long ago.
void TestShipmentDetailPane::showsWhenTheCarrierLastAnswered()
{
    ShipmentRecord record{parcel(), {}};
    record.shipment.id = 0;
    record.shipment.trackingNumber = u"JJD0077"_s;
    QList<ShipmentRecord> records{record};
    QVERIFY(m_repository->saveShipments(records).ok());
    const Shipment stored = records.first().shipment;
    show(stored);
    QCOMPARE(text("checkedWithCarrier"), u"not yet"_s);

    TrackingUpdate answer;
    answer.shipmentId = stored.id;
    answer.answered = true;
    answer.subStatus = stored.subStatus;
    answer.checkedAt = paneClock.now().addSecs(-14 * 60);
    answer.nextPoll = paneClock.now().addSecs(3 * 3600);
    TrackingStore tracking(*m_db);
    QVERIFY(tracking.saveUpdates({answer}).ok());
    show(stored);
    QCOMPARE(text("checkedWithCarrier"), u"23/11/2026 09:46 (14 min ago)"_s);
    // To the minute in every locale, also where the short time format has seconds.
    QLocale::setDefault(QLocale::c());
    show(stored);
    QVERIFY2(!text("checkedWithCarrier").contains(u"09:46:00"_s), qPrintable(text("checkedWithCarrier")));
    QVERIFY2(text("checkedWithCarrier").contains(u"09:46 (14 min ago)"_s), qPrintable(text("checkedWithCarrier")));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    const auto *checked = m_pane->findChild<QLabel *>(u"checkedWithCarrier"_s);
    QVERIFY2(checked->toolTip().contains(u"When DHL last answered"_s), qPrintable(checked->toolTip()));

    answer.checkedAt = paneClock.now().addDays(-3);
    QVERIFY(tracking.saveUpdates({answer}).ok());
    show(stored);
    QVERIFY2(text("checkedWithCarrier").startsWith(u"20/11/2026 10:00 (3 day"_s), qPrintable(text("checkedWithCarrier"))); // "days" from the English catalogue
}

void TestShipmentDetailPane::eventsDetectionSetAsideAreGreyedWithTheReason()
{
    // A hub scan, the same scan sent again ten minutes later, and one dated tomorrow (the pane's
    // today is Monday 23 November): detection counts the first and sets the other two aside.
    ShipmentRecord record{parcel(), {}};
    record.shipment.id = 0;
    record.shipment.trackingNumber = u"JJD0042"_s;
    TrackingEvent hub;
    hub.occurredAt = QDateTime(monday, QTime(6, 0), Qt::OffsetFromUTC, 3600);
    hub.subStatus = SubStatus::ArrivedAtHub;
    hub.location = u"Leipzig, DE"_s;
    hub.carrierCode = u"hub"_s;
    TrackingEvent again = hub;
    again.occurredAt = hub.occurredAt.addSecs(600);
    TrackingEvent tomorrow = hub;
    tomorrow.occurredAt = hub.occurredAt.addDays(1);
    tomorrow.location = u"Berlin, DE"_s;
    record.events = {hub, again, tomorrow};
    QList<ShipmentRecord> records{record};
    QVERIFY(m_repository->saveShipments(records).ok());
    show(records.first().shipment);

    const auto *timeline = m_pane->findChild<QTreeWidget *>(u"timeline"_s);
    QCOMPARE(timeline->topLevelItemCount(), 3);
    const QColor grey = m_pane->palette().color(QPalette::Disabled, QPalette::Text);
    const QTreeWidgetItem *future = timeline->topLevelItem(0); // newest first
    const QTreeWidgetItem *repeat = timeline->topLevelItem(1);
    const QTreeWidgetItem *used = timeline->topLevelItem(2);
    QVERIFY2(future->toolTip(ShipmentDetailPane::StatusColumn).contains(u"Not used to detect problems"_s)
                 && future->toolTip(ShipmentDetailPane::StatusColumn).contains(u"later than now"_s),
             qPrintable(future->toolTip(ShipmentDetailPane::StatusColumn)));
    QVERIFY2(repeat->toolTip(ShipmentDetailPane::StatusColumn).contains(u"counted once"_s),
             qPrintable(repeat->toolTip(ShipmentDetailPane::StatusColumn)));
    QCOMPARE(future->foreground(ShipmentDetailPane::LocationColumn).color(), grey);
    QCOMPARE(repeat->foreground(ShipmentDetailPane::TimeColumn).color(), grey);
    QVERIFY(!used->toolTip(ShipmentDetailPane::StatusColumn).contains(u"Not used"_s));
    QVERIFY(used->foreground(ShipmentDetailPane::TimeColumn).color() != grey);

    // With a shorter window for repeats, the second scan counts too.
    ProblemThresholds strict = ProblemThresholds::defaults();
    RuleThresholds base = strict.base();
    base.duplicateMinutes = 5;
    strict.setBase(base);
    m_pane->setProblemThresholds(strict);
    QVERIFY(!timeline->topLevelItem(1)->toolTip(ShipmentDetailPane::StatusColumn).contains(u"Not used"_s));
    m_pane->setProblemThresholds(ProblemThresholds::defaults());
}

namespace {

Shipment stored(ShipmentRepository &repository, const QString &trackingNumber)
{
    QList<ShipmentRecord> records{{parcel(), {}}};
    records[0].shipment.id = 0;
    records[0].shipment.trackingNumber = trackingNumber;
    const Outcome saved = repository.saveShipments(records);
    return saved.ok() ? records[0].shipment : Shipment();
}

CustomerMessage sentMessage(qint64 shipmentId, MessageChannel channel, const QString &trigger, const QDateTime &at)
{
    CustomerMessage m;
    m.shipmentId = shipmentId;
    m.channel = channel;
    m.trigger = trigger;
    m.recipient = channel == MessageChannel::Email ? u"lena.weber@gmx.de.example"_s : u"+49 170 1234567"_s;
    m.subject = u"Ihre Bestellung SO-100001 ist unterwegs"_s;
    m.status = MessageStatus::Delivered;
    m.createdAt = at;
    m.sentAt = at.addSecs(4);
    return m;
}

// The e-mail about the failed attempt of 24 November, bounced because the mailbox was full.
CustomerMessage bouncedEmail(qint64 shipmentId, const QDateTime &at)
{
    CustomerMessage m = sentMessage(shipmentId, MessageChannel::Email, u"failed_attempt"_s, at);
    m.occurrence = u"2026-11-24"_s;
    m.status = MessageStatus::Failed;
    m.error = u"552 5.2.2 mailbox full"_s;
    return m;
}

} // namespace

void TestShipmentDetailPane::messagesAndSurveyAnswerAreShown()
{
    const Shipment shipment = stored(*m_repository, u"JJD0002"_s);
    QVERIFY(shipment.id > 0);
    const QDateTime shipped(QDate(2026, 11, 23), QTime(16, 5), Qt::UTC);
    const CustomerMessage missed = bouncedEmail(shipment.id, shipped.addDays(1));
    int added = 0;
    QVERIFY(m_messageLog->recordAll({missed, sentMessage(shipment.id, MessageChannel::Email, u"shipped"_s, shipped),
                                     sentMessage(shipment.id, MessageChannel::Sms, u"out_for_delivery"_s, shipped.addDays(1).addSecs(-3600))},
                                    added).ok());
    QCOMPARE(added, 3);
    SurveyResponse answer;
    answer.shipmentId = shipment.id;
    answer.answeredAt = shipped.addDays(3);
    answer.nps = 9;
    answer.csat = 4;
    answer.comment = u"Schnell da, gerne wieder."_s;
    answer.language = u"de"_s;
    SurveyResponseStore::Recorded recorded = SurveyResponseStore::Recorded::AlreadyAnswered;
    QVERIFY(m_surveys->record(answer, recorded).ok());

    show(shipment);
    const auto *tabs = m_pane->findChild<QTabWidget *>(u"detailTabs"_s);
    QCOMPARE(tabs->tabText(ShipmentDetailPane::MessagesTab), u"&Messages (3)"_s);
    QCOMPARE(tabs->tabText(ShipmentDetailPane::SurveyTab), u"Su&rvey (NPS 9)"_s);
    const auto *list = m_pane->findChild<QTreeWidget *>(u"messages"_s);
    QCOMPARE(list->topLevelItemCount(), 3);
    // In the order the customer got them, in the user's locale and time zone.
    const QLocale locale;
    const QTreeWidgetItem *first = list->topLevelItem(0);
    QCOMPARE(first->text(ShipmentDetailPane::SentColumn), locale.toString(shipped.addSecs(4).toLocalTime(), QLocale::ShortFormat));
    QCOMPARE(first->text(ShipmentDetailPane::ChannelColumn), u"E-mail"_s);
    QCOMPARE(first->text(ShipmentDetailPane::AboutColumn), u"Shipping confirmation"_s);
    QCOMPARE(first->text(ShipmentDetailPane::RecipientColumn), u"lena.weber@gmx.de.example"_s);
    QCOMPARE(first->text(ShipmentDetailPane::MessageStatusColumn), u"Delivered"_s);
    QCOMPARE(first->toolTip(ShipmentDetailPane::AboutColumn), u"Ihre Bestellung SO-100001 ist unterwegs"_s);
    const QTreeWidgetItem *second = list->topLevelItem(1);
    QCOMPARE(second->text(ShipmentDetailPane::ChannelColumn), u"SMS"_s);
    QCOMPARE(second->text(ShipmentDetailPane::AboutColumn), u"Out for delivery today"_s);
    QCOMPARE(second->text(ShipmentDetailPane::RecipientColumn), u"+49 170 1234567"_s);
    const QTreeWidgetItem *third = list->topLevelItem(2);
    QCOMPARE(third->text(ShipmentDetailPane::AboutColumn), u"Missed delivery"_s);
    QCOMPARE(third->text(ShipmentDetailPane::MessageStatusColumn), u"\u26A0 Failed: 552 5.2.2 mailbox full"_s);
    QVERIFY(third->font(ShipmentDetailPane::MessageStatusColumn).bold());

    const auto *survey = m_pane->findChild<QStackedWidget *>(u"survey"_s);
    QCOMPARE(survey->currentIndex(), 1);
    QCOMPARE(text("surveyNps"), u"9 of 10 (promoter)"_s);
    QCOMPARE(text("surveyCsat"), u"\u2605\u2605\u2605\u2605\u2606  4/5"_s);
    QCOMPARE(text("surveyComment"), u"“Schnell da, gerne wieder.” (Deutsch)"_s);
    QCOMPARE(text("surveyAnswered"), locale.toString(answer.answeredAt.toLocalTime(), QLocale::ShortFormat));
    QCOMPARE(m_pane->messages().size(), 3);
    QCOMPARE(m_pane->survey(), std::optional(answer));
}

void TestShipmentDetailPane::withoutMessagesOrAnswerSaysSo()
{
    const Shipment shipment = stored(*m_repository, u"JJD0003"_s);
    QVERIFY(shipment.id > 0);
    show(shipment);
    const auto *tabs = m_pane->findChild<QTabWidget *>(u"detailTabs"_s);
    QCOMPARE(tabs->tabText(ShipmentDetailPane::MessagesTab), u"&Messages"_s);
    QCOMPARE(tabs->tabText(ShipmentDetailPane::SurveyTab), u"Su&rvey"_s);
    const auto *list = m_pane->findChild<QTreeWidget *>(u"messages"_s);
    QCOMPARE(list->topLevelItemCount(), 1);
    QCOMPARE(list->topLevelItem(0)->text(ShipmentDetailPane::AboutColumn), u"No messages sent yet."_s);
    QCOMPARE(list->topLevelItem(0)->flags(), Qt::NoItemFlags);
    const auto *survey = m_pane->findChild<QStackedWidget *>(u"survey"_s);
    QCOMPARE(survey->currentIndex(), 0);
    QCOMPARE(text("noSurveyAnswer"), u"No survey answer yet."_s);
    QVERIFY(m_pane->messages().isEmpty());
    QVERIFY(!m_pane->survey().has_value());
}

// Alt+M and Alt+R bring up the messages and the survey answer, from wherever the focus is.
void TestShipmentDetailPane::keyboardReachesMessagesAndSurvey()
{
    show(stored(*m_repository, u"JJD0004"_s));
    m_pane->show();
    m_pane->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_pane.get()));
    auto *tabs = m_pane->findChild<QTabWidget *>(u"detailTabs"_s);
    tabs->setCurrentIndex(ShipmentDetailPane::TimelineTab);
    QTest::keyClick(m_pane.get(), Qt::Key_M, Qt::AltModifier);
    QCOMPARE(tabs->currentIndex(), int(ShipmentDetailPane::MessagesTab));
    QTest::keyClick(m_pane.get(), Qt::Key_R, Qt::AltModifier);
    QCOMPARE(tabs->currentIndex(), int(ShipmentDetailPane::SurveyTab));
    QTest::keyClick(m_pane.get(), Qt::Key_T, Qt::AltModifier);
    QCOMPARE(tabs->currentIndex(), int(ShipmentDetailPane::TimelineTab));
    m_pane->hide();
}

// Beside the problem panel the pane is narrow: every message column, the address last, still
// shows (elided in the middle, whole in its tooltip); given the room, every text shows whole.
void TestShipmentDetailPane::messageAddressStaysInSightInANarrowPane()
{
    const Shipment shipment = stored(*m_repository, u"JJD0005"_s);
    QVERIFY(shipment.id > 0);
    const QDateTime shipped(QDate(2026, 11, 23), QTime(16, 5), Qt::UTC);
    CustomerMessage failed = bouncedEmail(shipment.id, shipped.addDays(1));
    failed.recipient = u"maximilian.mustermann-schneider@example-versand.de"_s;
    int added = 0;
    QVERIFY(m_messageLog->recordAll({sentMessage(shipment.id, MessageChannel::Email, u"shipped"_s, shipped), failed}, added).ok());
    show(shipment);
    auto *tabs = m_pane->findChild<QTabWidget *>(u"detailTabs"_s);
    tabs->setCurrentIndex(ShipmentDetailPane::MessagesTab);
    m_pane->resize(420, 500);
    m_pane->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_pane.get()));
    const auto *list = m_pane->findChild<QTreeWidget *>(u"messages"_s);
    const QHeaderView *header = list->header();
    const QTreeWidgetItem *item = list->topLevelItem(1);
    QCOMPARE(item->toolTip(ShipmentDetailPane::RecipientColumn), failed.recipient);
    QCOMPARE(list->textElideMode(), Qt::ElideMiddle);
    const auto fits = [&] {
        const int width = list->viewport()->width();
        for (int column = 0; column < header->count(); ++column) {
            if (header->sectionViewportPosition(column) + header->sectionSize(column) > width)
                return false; // cut off, or scrolled away
        }
        // The widest text gets an equal share at least.
        return header->sectionSize(ShipmentDetailPane::RecipientColumn) >= width / header->count();
    };
    QTRY_VERIFY(fits());
    const int addressWidth = list->fontMetrics().horizontalAdvance(failed.recipient);
    QVERIFY(header->sectionSize(ShipmentDetailPane::RecipientColumn) < addressWidth); // elided

    m_pane->resize(1400, 500);
    QTRY_VERIFY(header->sectionSize(ShipmentDetailPane::RecipientColumn) > addressWidth);
    QVERIFY(fits());
    const QFont bold = item->font(ShipmentDetailPane::MessageStatusColumn);
    QVERIFY(header->sectionSize(ShipmentDetailPane::MessageStatusColumn)
            > QFontMetrics(bold).horizontalAdvance(item->text(ShipmentDetailPane::MessageStatusColumn)));

    // The user drags the About column wider: from then on the widths are theirs, whatever the pane does.
    const int about = ShipmentDetailPane::AboutColumn;
    const int handle = header->sectionViewportPosition(about) + header->sectionSize(about) - 1;
    const int y = header->height() / 2;
    const int before = header->sectionSize(about);
    QTest::mousePress(header->viewport(), Qt::LeftButton, {}, QPoint(handle, y));
    QTest::mouseMove(header->viewport(), QPoint(handle + 80, y));
    QTest::mouseRelease(header->viewport(), Qt::LeftButton, {}, QPoint(handle + 80, y));
    const int dragged = header->sectionSize(about);
    QVERIFY2(dragged >= before + 60, qPrintable(u"%1 -> %2"_s.arg(before).arg(dragged)));
    m_pane->resize(700, 500);
    QTest::qWait(50);
    QCOMPARE(header->sectionSize(about), dragged);
    m_pane->hide();
}

QTEST_MAIN(TestShipmentDetailPane)
#include "tst_shipmentdetailpane.moc"
