#include "shipmentdetailpane.h"

#include "carriername.h"
#include "columnfitter.h"
#include "communication/messagelog.h"
#include "communication/surveyresponsestore.h"
#include "deliverypromise.h"
#include "model/countrynames.h"
#include "predictionbasis.h"
#include "problems/deliverypredictor.h"
#include "problems/shipmentfacts.h"
#include "storage/shipmentrepository.h"

#include <QBrush>
#include <QCoreApplication>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QRegularExpression>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

QLabel *fieldName(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setForegroundRole(QPalette::PlaceholderText); // quieter than the values
    return label;
}

QLabel *fieldValue(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse); // people copy these into e-mails
    return label;
}

// A read-only list of rows in the order given: the timeline and the messages look alike.
QTreeWidget *newList(const QString &objectName, const QStringList &headers)
{
    auto *list = new QTreeWidget;
    list->setObjectName(objectName);
    list->setHeaderLabels(headers);
    list->setRootIsDecorated(false);
    list->setUniformRowHeights(true);
    list->setAlternatingRowColors(true);
    list->setAllColumnsShowFocus(true);
    list->setSortingEnabled(false);
    return list;
}

// The rows, or when there are none a greyed line in `column` saying so.
void fillList(QTreeWidget *list, const QList<QTreeWidgetItem *> &items, int column, const QString &whenNone)
{
    list->addTopLevelItems(items);
    if (!items.isEmpty())
        return;
    auto *none = new QTreeWidgetItem;
    none->setText(column, whenNone);
    none->setFlags(Qt::NoItemFlags);
    list->addTopLevelItem(none);
}

void setBold(QTreeWidgetItem *item, int column)
{
    QFont font = item->font(column);
    font.setBold(true);
    item->setFont(column, font);
}

QString offsetText(int offsetSeconds)
{
    if (offsetSeconds == 0)
        return u"UTC"_s;
    const QChar sign = offsetSeconds < 0 ? u'\u2212' : u'+';
    const int minutes = std::abs(offsetSeconds) / 60;
    return u"UTC%1%2:%3"_s.arg(sign).arg(minutes / 60, 2, 10, QChar(u'0')).arg(minutes % 60, 2, 10, QChar(u'0'));
}

// "Tue 2 Dec": promised and expected days side by side, with their weekdays (deliveries stop at weekends).
QString dayFormat()
{
    return QCoreApplication::translate("ShipmentDetailPane", "ddd d MMM", "format of promised and expected days");
}

QString dateText(const QDate &date, const QLocale &locale, const QString &whenMissing)
{
    return date.isValid() ? locale.toString(date, QLocale::ShortFormat) : whenMissing;
}

// "25/11/2026 12:31 (14 min ago)": when the carrier last answered, and how long ago that is.
QString checkedText(const QDateTime &checkedAt, const QDateTime &now, const QLocale &locale)
{
    const qint64 minutes = std::max<qint64>(0, checkedAt.secsTo(now) / 60);
    const QString ago = minutes < 120 ? ShipmentDetailPane::tr("%n min ago", nullptr, int(minutes))
        : minutes < 48 * 60           ? ShipmentDetailPane::tr("%n h ago", nullptr, int(minutes / 60))
                                      : ShipmentDetailPane::tr("%n day(s) ago", nullptr, int(minutes / (24 * 60)));
    // To the minute: seconds are noise here (some locales' short time format has them).
    QString timeFormat = locale.timeFormat(QLocale::ShortFormat);
    timeFormat.remove(QRegularExpression(u"[:.]ss"_s));
    const QDateTime local = checkedAt.toLocalTime();
    return u"%1 %2 (%3)"_s.arg(locale.toString(local.date(), QLocale::ShortFormat), locale.toString(local.time(), timeFormat), ago);
}

} // namespace

ShipmentDetailPane::ShipmentDetailPane(const ShipmentRepository &repository, QWidget *parent)
    : QWidget(parent), m_repository(repository)
{
    m_pages = new QStackedWidget(this);
    m_pages->addWidget(createEmptyPage());
    m_pages->addWidget(createDetailsPage());
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);
    clear();
}

void ShipmentDetailPane::setClock(const Clock &clock)
{
    m_clock = &clock;
}

void ShipmentDetailPane::setProblemThresholds(const ProblemThresholds &thresholds)
{
    m_thresholds = thresholds;
    if (m_shipment.id != 0)
        showEvents();
}

void ShipmentDetailPane::setDeliveryPredictor(std::shared_ptr<const DeliveryPredictor> predictor)
{
    m_predictor = std::move(predictor);
    if (m_shipment.id != 0)
        showPromise();
}

QWidget *ShipmentDetailPane::createEmptyPage()
{
    auto *label = new QLabel(tr("No shipment selected.\nSelect a row in the table to see where the parcel is "
                                "and every scan the carrier reported."));
    label->setObjectName(u"emptyState"_s);
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    label->setMargin(24);
    return label;
}

QWidget *ShipmentDetailPane::createDetailsPage()
{
    auto *page = new QWidget;
    m_statusIcon = new QLabel(page);
    m_statusIcon->setAlignment(Qt::AlignTop);
    m_title = fieldValue(page);
    m_title->setObjectName(u"trackingNumber"_s);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_subtitle = fieldValue(page);
    m_status = new QLabel(page);
    m_status->setObjectName(u"statusText"_s);
    m_status->setWordWrap(true);

    m_recipient = fieldValue(page);
    m_destination = fieldValue(page);
    m_shipped = fieldValue(page);
    m_checked = fieldValue(page);
    m_checked->setObjectName(u"checkedWithCarrier"_s);
    m_promised = fieldValue(page);
    m_expected = fieldValue(page);
    m_expected->setObjectName(u"expectedDelivery"_s);
    m_expectedBasis = fieldName(QString(), page);
    m_expectedBasis->setObjectName(u"expectedBasis"_s);
    m_expectedBasis->setWordWrap(true);
    m_promiseVerdict = new QLabel(page);
    m_promiseVerdict->setObjectName(u"promiseVerdict"_s);
    m_promiseVerdict->setWordWrap(true);
    m_loadError = new QLabel(page);
    m_loadError->setWordWrap(true);
    m_loadError->setStyleSheet(u"color: %1"_s.arg(StatusStyle::colour(Status::Exception).name()));
    // What went wrong the last time Shipdeck asked the carrier: the parcel's data may be stale.
    m_pollError = new QLabel(page);
    m_pollError->setObjectName(u"pollError"_s);
    m_pollError->setWordWrap(true);
    m_pollError->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_pollError->setStyleSheet(m_loadError->styleSheet());

    auto *header = new QGridLayout;
    header->setColumnStretch(2, 1);
    header->addWidget(m_statusIcon, 0, 0, 3, 1);
    header->addWidget(m_title, 0, 1, 1, 2);
    header->addWidget(m_subtitle, 1, 1, 1, 2);
    header->addWidget(m_status, 2, 1, 1, 2);

    // Two columns of facts: who and where on the left, the dates on the right.
    auto *facts = new QGridLayout;
    facts->setHorizontalSpacing(12);
    facts->setColumnStretch(1, 1);
    facts->setColumnStretch(3, 1);
    facts->addWidget(fieldName(tr("Recipient"), page), 0, 0);
    facts->addWidget(m_recipient, 0, 1);
    facts->addWidget(fieldName(tr("Destination"), page), 1, 0);
    facts->addWidget(m_destination, 1, 1);
    facts->addWidget(fieldName(tr("Shipped"), page), 2, 0);
    facts->addWidget(m_shipped, 2, 1);
    facts->addWidget(fieldName(tr("Last checked"), page), 3, 0);
    facts->addWidget(m_checked, 3, 1);
    facts->addWidget(fieldName(tr("Promised"), page), 0, 2);
    facts->addWidget(m_promised, 0, 3);
    facts->addWidget(fieldName(tr("Expected"), page), 1, 2);
    facts->addWidget(m_expected, 1, 3);
    facts->addWidget(m_expectedBasis, 2, 2, 1, 2);
    facts->addWidget(m_promiseVerdict, 3, 2, 1, 2);

    // The parcel's story in three tabs, so a caller's question about any of them is one keystroke
    // away (Alt+T, Alt+M, Alt+R) without squeezing the timeline.
    m_tabs = new QTabWidget(page);
    m_tabs->setObjectName(u"detailTabs"_s);
    m_tabs->setDocumentMode(true);
    m_tabs->insertTab(TimelineTab, createTimeline(), tr("&Tracking history"));
    m_tabs->insertTab(MessagesTab, createMessageList(), tr("&Messages"));
    m_tabs->insertTab(SurveyTab, createSurveyPage(), tr("Su&rvey"));
    m_tabs->setTabVisible(MessagesTab, false);
    m_tabs->setTabVisible(SurveyTab, false);
    m_communicationError = new QLabel(page);
    m_communicationError->setObjectName(u"communicationError"_s);
    m_communicationError->setWordWrap(true);
    m_communicationError->setStyleSheet(m_loadError->styleSheet());
    m_communicationError->hide();

    auto *layout = new QVBoxLayout(page);
    layout->addLayout(header);
    layout->addSpacing(4);
    layout->addLayout(facts);
    layout->addWidget(m_loadError);
    layout->addWidget(m_pollError);
    layout->addWidget(m_communicationError);
    layout->addSpacing(4);
    layout->addWidget(m_tabs, 1);
    return page;
}

QTreeWidget *ShipmentDetailPane::createTimeline()
{
    // Unsorted: the order is the point, newest first.
    m_timeline = newList(u"timeline"_s, {tr("Time (carrier's local)"), tr("Status"), tr("Location"),
                                         tr("Carrier's description"), tr("Code")});
    QHeaderView *header = m_timeline->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(TimeColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(StatusColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(LocationColumn, QHeaderView::Interactive);
    header->setSectionResizeMode(DescriptionColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(CodeColumn, QHeaderView::ResizeToContents);
    header->resizeSection(LocationColumn, fontMetrics().horizontalAdvance(u"Frankfurt am Main, DE"_s) + 16);
    return m_timeline;
}

QTreeWidget *ShipmentDetailPane::createMessageList()
{
    // Unsorted, in the order they were sent: the conversation as the customer saw it.
    m_messageList = newList(u"messages"_s, {tr("Time"), tr("Channel"), tr("About"), tr("Status"), tr("To")});
    // Sized to their texts, the first four columns would push the address out of a narrow pane:
    // all five share its width instead, the long ones elided in the middle (tooltips have them whole).
    m_messageColumns = new ColumnFitter(m_messageList);
    return m_messageList;
}

QWidget *ShipmentDetailPane::createSurveyPage()
{
    m_surveyPages = new QStackedWidget;
    m_surveyPages->setObjectName(u"survey"_s);
    auto *none = new QLabel(tr("No survey answer yet."));
    none->setObjectName(u"noSurveyAnswer"_s);
    none->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    none->setForegroundRole(QPalette::PlaceholderText);
    none->setMargin(8);
    m_surveyPages->addWidget(none);

    auto *answer = new QWidget;
    m_nps = fieldValue(answer);
    m_nps->setObjectName(u"surveyNps"_s);
    m_csat = fieldValue(answer);
    m_csat->setObjectName(u"surveyCsat"_s);
    m_comment = fieldValue(answer);
    m_comment->setObjectName(u"surveyComment"_s);
    m_comment->setWordWrap(true);
    m_answered = fieldValue(answer);
    m_answered->setObjectName(u"surveyAnswered"_s);
    auto *grid = new QGridLayout(answer);
    grid->setHorizontalSpacing(12);
    grid->setColumnStretch(1, 1);
    grid->setRowStretch(4, 1);
    grid->addWidget(fieldName(tr("Would recommend"), answer), 0, 0);
    grid->addWidget(m_nps, 0, 1);
    grid->addWidget(fieldName(tr("Delivery rating"), answer), 1, 0);
    grid->addWidget(m_csat, 1, 1);
    grid->addWidget(fieldName(tr("Comment"), answer), 2, 0, Qt::AlignTop);
    grid->addWidget(m_comment, 2, 1);
    grid->addWidget(fieldName(tr("Answered"), answer), 3, 0);
    grid->addWidget(m_answered, 3, 1);
    m_surveyPages->addWidget(answer);
    return m_surveyPages;
}

void ShipmentDetailPane::setCommunication(const MessageLog &messages, const SurveyResponseStore &surveys)
{
    m_messageLog = &messages;
    m_surveys = &surveys;
    m_tabs->setTabVisible(MessagesTab, true);
    m_tabs->setTabVisible(SurveyTab, true);
    if (m_shipment.id != 0)
        showShipment(m_shipment);
}

void ShipmentDetailPane::clear()
{
    m_shipment = Shipment();
    m_events.clear();
    m_timeline->clear();
    m_messages.clear();
    m_survey.reset();
    m_pages->setCurrentIndex(0);
}

void ShipmentDetailPane::showShipment(const Shipment &shipment)
{
    m_shipment = shipment;
    showHeader();
    loadEvents(); // the promise needs them: a delivered parcel's "expected" is the day it came
    showPromise();
    showEvents();
    loadCommunication();
    showMessages();
    showSurvey();
    m_pages->setCurrentIndex(1);
}

void ShipmentDetailPane::showHeader()
{
    const QLocale locale;
    const Status status = m_shipment.status();
    m_statusIcon->setPixmap(m_statusStyle.icon(status).pixmap(32, 32));
    m_title->setText(m_shipment.trackingNumber);
    QStringList parts{CarrierName::forKey(m_shipment.carrier)};
    if (!m_shipment.service.isEmpty())
        parts.append(m_shipment.service);
    if (!m_shipment.orderNumber.isEmpty())
        parts.append(tr("Order %1").arg(m_shipment.orderNumber));
    m_subtitle->setText(parts.join(u"  ·  "_s));
    const QString statusWords = Taxonomy::statusLabel(status);
    const QString detailWords = Taxonomy::subStatusLabel(m_shipment.subStatus);
    // "Delivered — Delivered" says nothing twice; the detail only when it adds something.
    m_status->setText(detailWords == statusWords
                          ? u"<b>%1</b>"_s.arg(statusWords.toHtmlEscaped())
                          : u"<b>%1</b> — %2"_s.arg(statusWords.toHtmlEscaped(), detailWords.toHtmlEscaped()));

    m_recipient->setText(m_shipment.recipientName);
    const QString countryName = CountryNames::displayName(m_shipment.countryCode);
    const QString country = countryName.isEmpty() ? m_shipment.countryCode
                                                  : u"%1 (%2)"_s.arg(countryName, m_shipment.countryCode);
    m_destination->setText(m_shipment.postalCode.isEmpty() ? country : u"%1, %2"_s.arg(m_shipment.postalCode, country));
    m_shipped->setText(dateText(m_shipment.shipDate, locale, tr("not yet")));
    showChecked(locale);
    m_pollError->setText(tr("⚠ Last tracking update failed: %1").arg(m_shipment.pollError));
    m_pollError->setVisible(!m_shipment.pollError.isEmpty());
}

void ShipmentDetailPane::showChecked(const QLocale &locale)
{
    QDateTime checkedAt;
    const Outcome loaded = m_repository.loadCheckedAt(m_shipment.id, checkedAt);
    if (!loaded)
        m_checked->setText(tr("unknown"));
    else
        m_checked->setText(checkedAt.isValid() ? checkedText(checkedAt, m_clock->now(), locale) : tr("not yet"));
    m_checked->setToolTip(loaded ? tr("When %1 last answered about this parcel: the tracking history is current as of then.")
                                       .arg(CarrierName::forKey(m_shipment.carrier))
                                 : loaded.error());
}

void ShipmentDetailPane::showPromise()
{
    const QLocale locale;
    const DeliveryEstimate expected = estimate();
    const auto verdict = DeliveryPromise::assess(m_shipment.promisedDate, expected, m_shipment.status(), today());
    const bool broken = DeliveryPromise::isBroken(verdict);
    m_promised->setText(m_shipment.promisedDate.isValid() ? locale.toString(m_shipment.promisedDate, dayFormat())
                                                          : tr("nothing promised"));
    if (const QDate arrived = deliveredOn(); arrived.isValid()) {
        m_expected->setText(tr("delivered %1").arg(locale.toString(arrived, dayFormat())));
        m_expected->setToolTip({});
        m_expectedBasis->clear();
    } else {
        m_expected->setText(expectedText(expected, locale));
        m_expected->setToolTip(expected.basis);
        m_expectedBasis->setText(basisText(expected));
    }
    // A broken promise gets a warning sign and bold red words: noticeable with and without colour.
    const QString colour = StatusStyle::colour(Status::Exception).name();
    const QString warning = broken ? u"font-weight: bold; color: %1"_s.arg(colour) : QString();
    m_promised->setStyleSheet(verdict == DeliveryPromise::Verdict::Overdue ? warning : QString());
    m_expected->setStyleSheet(verdict == DeliveryPromise::Verdict::ExpectedLate ? warning : QString());
    m_promiseVerdict->setStyleSheet(warning);
    const QString sentence = DeliveryPromise::describe(verdict, m_shipment.promisedDate, expected);
    m_promiseVerdict->setText(broken ? u"\u26A0 "_s + sentence : sentence);
    m_promiseVerdict->setVisible(!sentence.isEmpty());
    m_promiseVerdict->setProperty("broken", broken); // for tests and style sheets
}

// The day of the first delivery scan, in the carrier's offset (the destination's calendar).
QDate ShipmentDetailPane::deliveredOn() const
{
    for (auto it = m_events.crbegin(); it != m_events.crend(); ++it) { // m_events is newest first
        if (it->status() == Status::Delivered)
            return it->occurredAt.date();
    }
    return {};
}

DeliveryEstimate ShipmentDetailPane::estimate() const
{
    if (m_predictor)
        return m_predictor->estimate(m_shipment, today());
    DeliveryEstimate fromCarrier = DeliveryPredictor().estimate(m_shipment, today());
    if (fromCarrier.source != DeliveryEstimate::Source::Carrier)
        fromCarrier.basis = tr("still learning from past deliveries");
    return fromCarrier;
}

// "Thu 27 Nov (26–28 Nov, 85%)": the day, and for a prediction the window most comparable
// parcels arrived in and how many of them had arrived by that day.
QString ShipmentDetailPane::expectedText(const DeliveryEstimate &estimate, const QLocale &locale)
{
    if (!estimate.isValid())
        return tr("no estimate yet");
    const QString day = locale.toString(estimate.date, dayFormat());
    if (estimate.source != DeliveryEstimate::Source::History || estimate.samples == 0)
        return day;
    const bool sameMonth = estimate.earliest.month() == estimate.latest.month();
    const QString window = estimate.earliest == estimate.latest
        ? locale.toString(estimate.latest, tr("d MMM", "a day in a window of expected delivery"))
        : tr("%1–%2", "window of expected delivery")
              .arg(locale.toString(estimate.earliest, sameMonth ? tr("d", "first day of a window within one month")
                                                                : tr("d MMM", "a day in a window of expected delivery")),
                   locale.toString(estimate.latest, tr("d MMM", "a day in a window of expected delivery")));
    return tr("%1 (%2, %3%)", "expected day (window, confidence)")
        .arg(day, window, QString::number(qRound(estimate.confidence * 100)));
}

// Where the expected day comes from, in a few words: "from 412 DHL Paket parcels to DE 10…".
QString ShipmentDetailPane::basisText(const DeliveryEstimate &estimate) const
{
    if (estimate.source == DeliveryEstimate::Source::Carrier)
        return tr("the carrier's estimate");
    if (estimate.source != DeliveryEstimate::Source::History || estimate.samples == 0)
        return estimate.basis; // nothing learned yet, or later than all: the predictor's words say why
    const QString parcels = PredictionBasis::parcels(estimate, m_shipment.carrier, m_shipment.service,
                                                     m_shipment.countryCode, m_shipment.postalCode);
    return parcels.isEmpty() ? estimate.basis : tr("from %1").arg(parcels);
}

void ShipmentDetailPane::loadEvents()
{
    m_events.clear();
    const Outcome outcome = m_repository.loadEvents(m_shipment.id, m_events);
    m_loadError->setVisible(!outcome.ok());
    if (!outcome.ok()) {
        m_loadError->setText(tr("Could not load the tracking history: %1").arg(outcome.error()));
        emit eventsLoadFailed(outcome.error());
    }
    // Newest first; the repository gives oldest first, but do not rely on it for the display.
    std::stable_sort(m_events.begin(), m_events.end(),
                     [](const TrackingEvent &a, const TrackingEvent &b) { return a.occurredAt > b.occurredAt; });
}

void ShipmentDetailPane::showEvents()
{
    const QLocale locale;
    m_timeline->clear();
    QList<QTreeWidgetItem *> items;
    items.reserve(m_events.size());
    for (const TrackingEvent &event : std::as_const(m_events)) {
        auto *item = new QTreeWidgetItem;
        item->setText(TimeColumn, eventTimeText(event.occurredAt, locale));
        item->setToolTip(TimeColumn, tr("Your time: %1").arg(locale.toString(event.occurredAt.toLocalTime(),
                                                                               QLocale::LongFormat)));
        item->setIcon(StatusColumn, m_statusStyle.icon(event.status()));
        // A code we could not map is shown as such, with our best guess, so it can be mapped.
        item->setText(StatusColumn, event.mapped ? Taxonomy::subStatusLabel(event.subStatus)
                                                 : tr("Unknown code (perhaps: %1)").arg(Taxonomy::subStatusLabel(event.subStatus)));
        item->setToolTip(StatusColumn, event.evidence.isEmpty() ? QString() : tr("Why: %1").arg(event.evidence));
        if (!event.mapped) {
            setBold(item, CodeColumn);
            item->setToolTip(CodeColumn, tr("Shipdeck does not know this %1 code yet").arg(CarrierName::forKey(m_shipment.carrier)));
        }
        item->setText(LocationColumn, event.location);
        item->setToolTip(LocationColumn, event.location);
        item->setText(DescriptionColumn, event.carrierText);
        item->setToolTip(DescriptionColumn, event.carrierText);
        item->setText(CodeColumn, event.carrierCode);
        items.append(item);
    }
    markUnusedEvents(items);
    fillList(m_timeline, items, DescriptionColumn, tr("The carrier has not reported anything yet."));
}

// What problem detection could not use, and why (a repeated scan, a time in the future or before
// the ship date): greyed, the reason in the tooltip, so "why did Shipdeck (not) flag this
// parcel?" is answered where the agent looks. `items` are in the order of m_events.
void ShipmentDetailPane::markUnusedEvents(const QList<QTreeWidgetItem *> &items) const
{
    const ShipmentFacts facts = ShipmentFacts::build(m_shipment, m_events, m_clock->now(),
                                                     m_thresholds.forShipment(m_shipment.carrier, m_shipment.service));
    const QBrush grey = palette().brush(QPalette::Disabled, QPalette::Text);
    for (const EventNote &note : facts.notes) {
        QTreeWidgetItem *item = items.value(note.index);
        if (!item)
            continue;
        if (!note.setAside) { // used, with a caveat (no time zone): said where the time is
            item->setToolTip(TimeColumn, item->toolTip(TimeColumn) + u'\n' + note.reason);
            continue;
        }
        for (int column = TimeColumn; column <= CodeColumn; ++column)
            item->setForeground(column, grey);
        const QString why = item->toolTip(StatusColumn);
        item->setToolTip(StatusColumn, tr("Not used to detect problems: %1").arg(note.reason) + (why.isEmpty() ? QString() : u'\n' + why));
    }
}

// Read on the GUI thread like the events: two indexed look-ups by shipment id.
void ShipmentDetailPane::loadCommunication()
{
    m_messages.clear();
    m_survey.reset();
    if (!m_messageLog || !m_surveys)
        return;
    QStringList errors;
    if (Outcome loaded = m_messageLog->loadShipmentMessages(m_shipment.id, m_messages); !loaded)
        errors.append(tr("Could not load the messages: %1").arg(loaded.error()));
    if (Outcome loaded = m_surveys->loadShipmentResponse(m_shipment.id, m_survey); !loaded)
        errors.append(tr("Could not load the survey answer: %1").arg(loaded.error()));
    m_communicationError->setText(errors.join(u'\n'));
    m_communicationError->setVisible(!errors.isEmpty());
    for (const QString &error : std::as_const(errors))
        emit communicationLoadFailed(error);
}

void ShipmentDetailPane::showMessages()
{
    const QLocale locale;
    m_messageList->clear();
    m_tabs->setTabText(MessagesTab, m_messages.isEmpty() ? tr("&Messages") : tr("&Messages (%1)").arg(locale.toString(m_messages.size())));
    QList<QTreeWidgetItem *> items;
    items.reserve(m_messages.size());
    const QBrush failedColour(StatusStyle::colour(Status::Exception));
    for (const CustomerMessage &m : std::as_const(m_messages)) {
        auto *item = new QTreeWidgetItem;
        const QDateTime when = m.sentAt.isValid() ? m.sentAt : m.createdAt;
        item->setText(SentColumn, locale.toString(when.toLocalTime(), QLocale::ShortFormat));
        item->setToolTip(SentColumn, m.sentAt.isValid() ? tr("Sent %1").arg(locale.toString(m.sentAt.toLocalTime(), QLocale::LongFormat))
                                                        : tr("Proposed %1").arg(locale.toString(m.createdAt.toLocalTime(), QLocale::LongFormat)));
        item->setText(ChannelColumn, CustomerMessages::channelLabel(m.channel));
        item->setText(AboutColumn, CustomerMessages::triggerLabel(m.trigger));
        item->setToolTip(AboutColumn, m.subject);
        item->setText(RecipientColumn, m.recipient);
        item->setToolTip(RecipientColumn, m.recipient);
        const QString status = messageStatusText(m);
        item->setText(MessageStatusColumn, status);
        item->setToolTip(MessageStatusColumn, status);
        if (m.status == MessageStatus::Failed) {
            item->setForeground(MessageStatusColumn, failedColour);
            setBold(item, MessageStatusColumn);
        }
        items.append(item);
    }
    fillList(m_messageList, items, AboutColumn, tr("No messages sent yet."));
    m_messageColumns->fit();
}

// "Delivered", "⚠ Failed: 552 mailbox full", "Approved by ana.k, not sent yet".
QString ShipmentDetailPane::messageStatusText(const CustomerMessage &m)
{
    switch (m.status) {
    case MessageStatus::Failed:
        return tr("\u26A0 Failed: %1").arg(m.error);
    case MessageStatus::Approved:
        if (!m.approvedBy.isEmpty())
            return tr("Approved by %1, not sent yet").arg(m.approvedBy);
        break;
    case MessageStatus::Proposed:
    case MessageStatus::Sent:
    case MessageStatus::Delivered:
        break;
    }
    return CustomerMessages::statusLabel(m.status);
}

void ShipmentDetailPane::showSurvey()
{
    const QLocale locale;
    if (!m_survey) {
        m_tabs->setTabText(SurveyTab, tr("Su&rvey"));
        m_surveyPages->setCurrentIndex(0);
        return;
    }
    const SurveyResponse &r = *m_survey;
    m_tabs->setTabText(SurveyTab, r.nps ? tr("Su&rvey (NPS %1)").arg(*r.nps) : tr("Su&rvey (answered)"));
    if (r.nps) {
        QString group;
        switch (SurveyResponse::npsGroup(*r.nps)) {
        case SurveyResponse::NpsGroup::Promoter: group = tr("promoter"); break;
        case SurveyResponse::NpsGroup::Passive: group = tr("passive"); break;
        case SurveyResponse::NpsGroup::Detractor: group = tr("detractor"); break;
        }
        m_nps->setText(tr("%1 of 10 (%2)", "NPS score (promoter, passive or detractor)").arg(locale.toString(*r.nps), group));
    } else {
        m_nps->setText(tr("not answered"));
    }
    m_csat->setText(r.csat ? starsText(*r.csat) : tr("not answered"));
    m_csat->setAccessibleName(r.csat ? tr("%1 of 5 stars").arg(*r.csat) : QString());
    // The language by its own name ("Deutsch", "français"): Qt names languages in English only,
    // and an agent who reads the comment recognises its language's own word for itself.
    const QLocale written(r.language);
    const QString language = r.language.isEmpty() || written.language() == QLocale::C ? QString()
                                                                                      : written.nativeLanguageName();
    m_comment->setText(r.comment.isEmpty() ? tr("no comment")
                       : language.isEmpty() ? tr("“%1”").arg(r.comment)
                                            : tr("“%1” (%2)", "survey comment (the language it is written in)").arg(r.comment, language));
    m_answered->setText(locale.toString(r.answeredAt.toLocalTime(), QLocale::ShortFormat));
    m_surveyPages->setCurrentIndex(1);
}

QString ShipmentDetailPane::starsText(int csat)
{
    const int filled = std::clamp(csat, 0, 5);
    return QString(filled, QChar(0x2605)) + QString(5 - filled, QChar(0x2606)) + u"  %1/5"_s.arg(csat);
}

QString ShipmentDetailPane::eventTimeText(const QDateTime &occurredAt, const QLocale &locale)
{
    if (!occurredAt.isValid())
        return {};
    // Shown in the carrier's own offset: "14:05 UTC+02:00" is when the scan happened there.
    return u"%1 %2"_s.arg(locale.toString(occurredAt, QLocale::ShortFormat), offsetText(occurredAt.offsetFromUtc()));
}

QDate ShipmentDetailPane::today() const
{
    return m_clock->now().toLocalTime().date();
}
