#pragma once

#include "communication/customermessage.h"
#include "communication/surveyresponse.h"
#include "model/clock.h"
#include "model/shipment.h"
#include "model/trackingevent.h"
#include "problems/deliveryestimate.h"
#include "problems/problemthresholds.h"
#include "statusstyle.h"

#include <QList>
#include <QWidget>

#include <memory>
#include <optional>

class QLabel;
class QStackedWidget;
class QTabWidget;
class QTreeWidget;
class QTreeWidgetItem;
class ColumnFitter;
class DeliveryPredictor;
class MessageLog;
class ShipmentRepository;
class SurveyResponseStore;

// The shipment the user selected: who and where it goes, its status in words, the promised date
// beside the expected one (the carrier's or learned from past deliveries) and whether the promise
// still holds; below, in tabs, every carrier scan (newest first), the messages sent to the
// recipient and their survey answer. Shows a hint when nothing is selected.
class ShipmentDetailPane : public QWidget
{
    Q_OBJECT

public:
    // Timeline columns, for tests and for anyone reading the tree's items.
    enum TimelineColumn : int { TimeColumn, StatusColumn, LocationColumn, DescriptionColumn, CodeColumn };
    enum MessageColumn : int { SentColumn, ChannelColumn, AboutColumn, MessageStatusColumn, RecipientColumn };
    enum Tab : int { TimelineTab, MessagesTab, SurveyTab };

    explicit ShipmentDetailPane(const ShipmentRepository &repository, QWidget *parent = nullptr);

    // Where "today" comes from when judging the promised date; the system clock unless set.
    void setClock(const Clock &clock);
    // Where expected deliveries come from when the carrier gave none; until one is set (it learns
    // off the GUI thread at start), only the carrier's dates are shown. Shows the current shipment anew.
    void setDeliveryPredictor(std::shared_ptr<const DeliveryPredictor> predictor);
    // The detection thresholds in force: the timeline greys the events problem detection sets
    // aside (a repeated scan, a time in the future) as they decide, with the reason. Defaults until set.
    void setProblemThresholds(const ProblemThresholds &thresholds);
    // Where the messages sent and the survey answers are read from; both must outlive the pane.
    // Until set, the Messages and Survey tabs are hidden. Shows the current shipment anew.
    void setCommunication(const MessageLog &messages, const SurveyResponseStore &surveys);

    // Shows the shipment and loads its events, messages and survey answer from storage.
    void showShipment(const Shipment &shipment);
    // Back to the empty state.
    void clear();
    // 0 when nothing is shown.
    qint64 shipmentId() const { return m_shipment.id; }
    // The shown shipment's events, newest first.
    const QList<TrackingEvent> &events() const { return m_events; }
    // The shown shipment's messages, oldest first, and its survey answer.
    const QList<CustomerMessage> &messages() const { return m_messages; }
    const std::optional<SurveyResponse> &survey() const { return m_survey; }

    // An event's date and time in the offset the carrier gave, e.g. "3/4/25 6:15 AM UTC+02:00".
    static QString eventTimeText(const QDateTime &occurredAt, const QLocale &locale);

    // "★★★★☆ 4/5": the stars read without colour, the number for screen readers and exports.
    static QString starsText(int csat);

signals:
    // Loading the events failed; the pane shows the message too.
    void eventsLoadFailed(const QString &message);
    // Loading the messages or the survey answer failed; the pane shows the message too.
    void communicationLoadFailed(const QString &message);

private:
    QWidget *createEmptyPage();
    QWidget *createDetailsPage();
    QTreeWidget *createTimeline();
    QTreeWidget *createMessageList();
    QWidget *createSurveyPage();
    void showChecked(const QLocale &locale);
    void showHeader();
    void showPromise();
    DeliveryEstimate estimate() const;
    QDate deliveredOn() const;
    static QString expectedText(const DeliveryEstimate &estimate, const QLocale &locale);
    QString basisText(const DeliveryEstimate &estimate) const;
    void loadEvents();
    void showEvents();
    void markUnusedEvents(const QList<QTreeWidgetItem *> &items) const;
    void loadCommunication();
    void showMessages();
    void showSurvey();
    static QString messageStatusText(const CustomerMessage &message);
    QDate today() const;

    const ShipmentRepository &m_repository;
    SystemClock m_systemClock;
    const Clock *m_clock = &m_systemClock;
    std::shared_ptr<const DeliveryPredictor> m_predictor;
    ProblemThresholds m_thresholds = ProblemThresholds::defaults();
    StatusStyle m_statusStyle;
    Shipment m_shipment;
    QList<TrackingEvent> m_events;
    const MessageLog *m_messageLog = nullptr;
    const SurveyResponseStore *m_surveys = nullptr;
    QList<CustomerMessage> m_messages;
    std::optional<SurveyResponse> m_survey;

    QStackedWidget *m_pages = nullptr;
    QLabel *m_statusIcon = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_subtitle = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_recipient = nullptr;
    QLabel *m_destination = nullptr;
    QLabel *m_shipped = nullptr;
    QLabel *m_checked = nullptr; // when the carrier last answered: how current the history is
    QLabel *m_promised = nullptr;
    QLabel *m_expected = nullptr;
    QLabel *m_expectedBasis = nullptr;
    QLabel *m_promiseVerdict = nullptr;
    QLabel *m_loadError = nullptr;
    QLabel *m_pollError = nullptr;
    QTreeWidget *m_timeline = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTreeWidget *m_messageList = nullptr;
    ColumnFitter *m_messageColumns = nullptr;
    QLabel *m_communicationError = nullptr;
    QStackedWidget *m_surveyPages = nullptr;
    QLabel *m_nps = nullptr;
    QLabel *m_csat = nullptr;
    QLabel *m_comment = nullptr;
    QLabel *m_answered = nullptr;
};
