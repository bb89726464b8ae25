#include "lookupbar.h"

#include "lookup/lookupservice.h"

#include <QApplication>
#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

enum ResultColumn { OrderColumn, TrackingColumn, RecipientColumn, StatusColumn, ExpectedColumn, MatchedColumn, ColumnCount };
constexpr int IdRole = Qt::UserRole + 1;
constexpr int VisibleRows = 12;

} // namespace

LookupBar::LookupBar(const ShipmentColumns &shipments, const LookupService &lookup, QWidget *parent)
    : QWidget(parent)
    , m_shipments(shipments)
    , m_lookup(lookup)
{
    m_edit = new QLineEdit(this);
    m_edit->setObjectName(u"lookupField"_s);
    m_edit->setClearButtonEnabled(true);
    m_edit->setPlaceholderText(tr("Find a shipment: order or tracking number, e-mail, phone, name (Ctrl+K)"));
    m_edit->installEventFilter(this);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit);
    setFocusProxy(m_edit);
    // Wide enough for a long e-mail address or a tracking number read out in groups.
    m_edit->setMinimumWidth(m_edit->fontMetrics().horizontalAdvance(m_edit->placeholderText()) + 32);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);

    createPopup();
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(DebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &LookupBar::lookUpNow);
    connect(m_edit, &QLineEdit::textChanged, this, &LookupBar::scheduleLookup);
    // A lookup typed while the index was still being built is answered once it is there: by
    // numbers and e-mails or by names and phones first (a big store's two halves are built at the
    // same time and answer as each is done), then fully.
    const auto lookUpAgain = [this] {
        if (!m_edit->text().trimmed().isEmpty())
            lookUpNow();
    };
    connect(&m_lookup, &LookupService::numbersReady, this, lookUpAgain);
    connect(&m_lookup, &LookupService::namesReady, this, lookUpAgain);
    connect(&m_lookup, &LookupService::indexReady, this, lookUpAgain);
}

void LookupBar::createPopup()
{
    m_popup = new QFrame(this);
    m_popup->setObjectName(u"lookupResults"_s);
    m_popup->setFrameShape(QFrame::StyledPanel);
    m_popup->setAutoFillBackground(true);
    m_popup->hide();
    m_results = new QTreeWidget(m_popup);
    m_results->setObjectName(u"lookupResultList"_s);
    m_results->setColumnCount(ColumnCount);
    m_results->setHeaderLabels({tr("Order"), tr("Tracking number"), tr("Recipient"), tr("Status"),
                                tr("Expected delivery"), tr("Matched by")});
    m_results->setRootIsDecorated(false);
    m_results->setUniformRowHeights(true);
    m_results->setAlternatingRowColors(true);
    m_results->setFocusPolicy(Qt::NoFocus); // the keys stay in the field and move through the list from there
    m_results->header()->setStretchLastSection(true);
    connect(m_results, &QTreeWidget::itemClicked, this, &LookupBar::chooseCurrent);
    m_summary = new QLabel(m_popup);
    m_summary->setObjectName(u"lookupSummary"_s);
    auto *layout = new QVBoxLayout(m_popup);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_results);
    layout->addWidget(m_summary);
}

// Floating over the window needs the window as the parent: it is not known before the bar is shown.
void LookupBar::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_popup->parentWidget() != window() && window() != this) {
        m_popup->setParent(window());
        m_popup->hide();
        window()->installEventFilter(this);
    }
}

bool LookupBar::resultsShown() const
{
    return m_popup->isVisible();
}

void LookupBar::focusLookup()
{
    m_edit->setFocus(Qt::ShortcutFocusReason);
    m_edit->selectAll();
}

void LookupBar::scheduleLookup()
{
    if (m_edit->text().trimmed().isEmpty()) {
        m_debounce.stop();
        hidePopup();
        m_lookedUp.clear();
        emit queryChanged(QString());
        return;
    }
    m_debounce.start();
}

void LookupBar::lookUpNow()
{
    m_debounce.stop();
    const QString text = m_edit->text().trimmed();
    if (text.isEmpty())
        return;
    m_lookedUp = text;
    if (!m_lookup.isReady()) {
        showMessage(tr("Preparing the lookup over %1 shipments…").arg(QLocale().toString(m_shipments.size())));
        return;
    }
    showResults(m_lookup.lookup(text, MaxResults));
    emit queryChanged(text);
}

void LookupBar::setQuery(const QString &text)
{
    if (text.trimmed() == m_edit->text().trimmed())
        return;
    m_edit->setText(text); // an empty text reports itself through scheduleLookup()
    m_debounce.stop();
    if (!text.trimmed().isEmpty()) {
        m_lookedUp = text.trimmed();
        emit queryChanged(m_lookedUp);
    }
}

void LookupBar::showQuery(const QString &text)
{
    const QSignalBlocker silent(this);
    m_edit->setText(text);
    m_debounce.stop();
    m_lookedUp = text.trimmed();
    hidePopup();
}

void LookupBar::showResults(const LookupResult &result)
{
    m_results->clear();
    if (result.hits.isEmpty()) {
        if (!m_lookup.hasNames())
            showMessage(tr("No order, tracking number or e-mail matches “%1”; names and phones are still being prepared…")
                            .arg(m_lookedUp));
        else if (!m_lookup.hasNumbers())
            showMessage(tr("No name or phone matches “%1”; order and tracking numbers and e-mails are still being prepared…")
                            .arg(m_lookedUp));
        else
            showMessage(tr("No shipment matches “%1”.").arg(m_lookedUp));
        return;
    }
    for (const LookupHit &hit : result.hits)
        addResult(hit);
    for (int column = 0; column < MatchedColumn; ++column) // at most MaxResults rows to measure
        m_results->resizeColumnToContents(column);
    m_results->setCurrentItem(m_results->topLevelItem(0));
    const QLocale locale;
    m_summary->setText(result.matchCount > result.hits.size()
                           ? tr("The best %1 of %2 matching shipments. Enter opens the highlighted one.")
                                 .arg(locale.toString(result.hits.size()), locale.toString(result.matchCount))
                           : tr("%n matching shipment(s). Enter opens the highlighted one.", nullptr, int(result.matchCount)));
    m_results->show();
    placePopup();
}

void LookupBar::addResult(const LookupHit &hit)
{
    const qsizetype row = hit.row;
    // The table's current estimate (the carrier's date, else the predicted one), else the promise.
    const QDate expected = m_shipments.expectedDelivery(row).isValid() ? m_shipments.expectedDelivery(row)
                                                                        : m_shipments.promisedDate(row);
    const Status status = m_shipments.status(row);
    auto *item = new QTreeWidgetItem(m_results, {m_shipments.orderNumber(row), m_shipments.trackingNumber(row),
                                                 m_shipments.recipientName(row),
                                                 Taxonomy::subStatusLabel(m_shipments.subStatus(row)),
                                                 status == Status::Delivered ? QString()
                                                                             : QLocale().toString(expected, QLocale::ShortFormat),
                                                 whyMatched(hit)});
    item->setData(0, IdRole, m_shipments.id(row));
    if (m_shipments.isExpectedDeliveryPredicted(row)) { // in italics, as in the table
        QFont predicted = item->font(ExpectedColumn);
        predicted.setItalic(true);
        item->setFont(ExpectedColumn, predicted);
    }
}

QString LookupBar::whyMatched(const LookupHit &hit) const
{
    using Field = LookupHit::Field;
    using Match = LookupHit::Match;
    switch (hit.field) {
    case Field::TrackingNumber:
        return hit.match == Match::Exact ? tr("tracking number") : tr("start of tracking number");
    case Field::OrderNumber:
        return hit.match == Match::Exact ? tr("order number") : tr("start of order number");
    case Field::Email:
        return hit.match == Match::Exact ? tr("e-mail") : tr("start of e-mail");
    case Field::Phone:
        return hit.match == Match::Exact ? tr("phone %1").arg(m_shipments.phone(hit.row))
                                         : tr("phone %1 (same number, other country)").arg(m_shipments.phone(hit.row));
    case Field::Name:
        break;
    }
    return hit.match == Match::Exact ? tr("name") : hit.match == Match::Prefix ? tr("start of name") : tr("part of name");
}

void LookupBar::showMessage(const QString &message)
{
    m_results->clear();
    m_results->hide();
    m_summary->setText(message);
    placePopup();
}

void LookupBar::placePopup()
{
    QWidget *host = m_popup->parentWidget();
    const QPoint below = m_edit->mapTo(host, QPoint(0, m_edit->height()));
    const int rows = !m_results->isHidden() ? std::min(m_results->topLevelItemCount(), VisibleRows) : 0;
    const int rowHeight = rows > 0 ? m_results->sizeHintForRow(0) : 0;
    const int listHeight = rows > 0 ? m_results->header()->sizeHint().height() + rows * rowHeight + 2 * m_results->frameWidth() : 0;
    const int height = listHeight + m_summary->sizeHint().height() + 12;
    const int width = std::max(m_edit->width(), std::min(host->width() - below.x(), 900));
    const int room = std::max(host->height() - below.y(), 80);
    m_popup->setGeometry(below.x(), below.y(), width, std::min(height, room));
    m_popup->show();
    m_popup->raise();
    // The header and frames are only known once laid out: grow by what the rows still lack.
    if (rows > 0) {
        m_popup->layout()->activate();
        const int lacking = rows * rowHeight - m_results->viewport()->height();
        if (lacking > 0)
            m_popup->resize(width, std::min(m_popup->height() + lacking, room));
    }
}

void LookupBar::hidePopup()
{
    m_popup->hide();
}

void LookupBar::moveCurrent(int steps)
{
    const int count = m_results->topLevelItemCount();
    if (count == 0)
        return;
    if (!resultsShown()) { // Down on a closed list opens it again
        placePopup();
        return;
    }
    const int current = m_results->indexOfTopLevelItem(m_results->currentItem());
    const int next = std::clamp(current + steps, 0, count - 1);
    m_results->setCurrentItem(m_results->topLevelItem(next));
    m_results->scrollToItem(m_results->currentItem());
}

void LookupBar::chooseCurrent()
{
    if (m_edit->text().trimmed() != m_lookedUp || m_debounce.isActive())
        lookUpNow(); // Enter typed faster than the pause: answer what is in the field
    const QTreeWidgetItem *item = m_results->currentItem();
    if (!item || m_results->topLevelItemCount() == 0)
        return;
    hidePopup();
    emit shipmentChosen(item->data(0, IdRole).toLongLong());
}

bool LookupBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == window() && watched != this && (event->type() == QEvent::Resize || event->type() == QEvent::Move)) {
        if (resultsShown())
            placePopup();
        return false;
    }
    if (watched != m_edit)
        return false;
    if (event->type() == QEvent::FocusOut && !m_results->underMouse()) {
        hidePopup();
        return false;
    }
    if (event->type() != QEvent::KeyPress)
        return false;
    switch (static_cast<QKeyEvent *>(event)->key()) {
    case Qt::Key_Down: moveCurrent(1); return true;
    case Qt::Key_Up: moveCurrent(-1); return true;
    case Qt::Key_PageDown: moveCurrent(VisibleRows); return true;
    case Qt::Key_PageUp: moveCurrent(-VisibleRows); return true;
    case Qt::Key_Return:
    case Qt::Key_Enter: chooseCurrent(); return true;
    case Qt::Key_Escape:
        if (resultsShown())
            hidePopup();
        else
            m_edit->clear();
        return true;
    default: return false;
    }
}
