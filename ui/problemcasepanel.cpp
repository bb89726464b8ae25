#include "problemcasepanel.h"

#include "problemqueue.h"
#include "statusstyle.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

constexpr int CaseIdRole = Qt::UserRole + 1;

QString timeText(const QDateTime &utc)
{
    return utc.isValid() ? QLocale().toString(utc.toLocalTime(), QLocale::ShortFormat) : QString();
}

} // namespace

ProblemCasePanel::ProblemCasePanel(ProblemQueue &queue, QWidget *parent)
    : QWidget(parent)
    , m_queue(queue)
{
    setObjectName(u"problemCasePanel"_s);
    m_empty = new QLabel(this);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setEnabled(false);
    m_pages = new QStackedWidget(this);
    m_pages->addWidget(m_empty);
    m_pages->addWidget(createCasesPage());
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);

    // Whoever changed them (this panel, a bulk action, the poller, another console): show them as they are.
    connect(&m_queue, &ProblemQueue::casesChanged, this, [this](const QList<ProblemCase> &changed) {
        if (std::any_of(changed.cbegin(), changed.cend(), [this](const ProblemCase &c) { return c.shipmentId == m_shipmentId; }))
            reload();
    });
    connect(&m_queue, &ProblemQueue::reloaded, this, [this] {
        if (m_shipmentId != 0)
            reload();
    });
    clear();
}

QString ProblemCasePanel::dueText(const ProblemCase &c, const QDateTime &now)
{
    if (!c.isActive() || !c.dueAt.isValid())
        return {};
    const QString day = QLocale().toString(c.dueAt.toLocalTime().date(), u"ddd d MMM"_s);
    // Short: the pane is narrow; the tooltip says it in full.
    if (now >= c.dueAt)
        return tr("passed · %1").arg(day);
    if (c.remindAt.isValid() && now >= c.remindAt)
        return tr("⚠ remind · %1").arg(day);
    return day;
}

// Bold, with the dates in words, once the customer should hear about it.
void ProblemCasePanel::showReminder(QTreeWidgetItem *item, const ProblemCase &c, const QDateTime &now)
{
    if (!c.isActive() || !c.dueAt.isValid())
        return;
    QString tip = tr("The pickup point sends the parcel back to the sender on %1.").arg(timeText(c.dueAt));
    if (c.remindAt.isValid())
        tip += u' ' + tr("Remind the customer from %1.").arg(timeText(c.remindAt));
    item->setToolTip(DueColumn, tip);
    if (c.remindAt.isValid() && now >= c.remindAt) {
        QFont font = item->font(DueColumn);
        font.setBold(true);
        item->setFont(DueColumn, font);
    }
}

QWidget *ProblemCasePanel::createCasesPage()
{
    auto *page = new QWidget(this);
    auto *title = new QLabel(tr("Problem cases"), page);
    QFont sectionFont = title->font();
    sectionFont.setBold(true);
    title->setFont(sectionFont);
    m_caseList = new QTreeWidget(page);
    m_caseList->setObjectName(u"problemCases"_s);
    m_caseList->setRootIsDecorated(false);
    m_caseList->setUniformRowHeights(true);
    m_caseList->setHeaderLabels({tr("Problem"), tr("State"), tr("Assigned to"), tr("Since"), tr("Due")});
    m_caseList->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    connect(m_caseList, &QTreeWidget::currentItemChanged, this, &ProblemCasePanel::showChosenCase);

    m_evidence = new QLabel(page);
    m_evidence->setObjectName(u"problemEvidence"_s);
    m_evidence->setWordWrap(true);
    m_evidence->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_history = new QTreeWidget(page);
    m_history->setObjectName(u"problemHistory"_s);
    m_history->setRootIsDecorated(false);
    m_history->setWordWrap(true);
    m_history->setHeaderLabels({tr("When"), tr("What"), tr("Who"), tr("Note")});
    m_history->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_history->header()->setStretchLastSection(true);

    m_message = new QLabel(page);
    m_message->setObjectName(u"problemActionMessage"_s);
    m_message->setWordWrap(true);

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title);
    layout->addWidget(m_caseList, 2);
    layout->addWidget(m_evidence);
    layout->addWidget(m_history, 3);
    layout->addWidget(createActions());
    layout->addWidget(m_message);
    return page;
}

QWidget *ProblemCasePanel::createActions()
{
    auto *box = new QWidget(this);
    m_acknowledge = new QPushButton(tr("Acknowledge"), box);
    m_acknowledge->setObjectName(u"acknowledgeCase"_s);
    m_acknowledge->setToolTip(tr("Say that you have seen this case and are on it"));
    m_assignToMe = new QPushButton(tr("Assign to Me"), box);
    m_assignToMe->setObjectName(u"assignCaseToMe"_s);
    m_assignee = new QLineEdit(box);
    m_assignee->setObjectName(u"caseAssignee"_s);
    m_assignee->setPlaceholderText(tr("Colleague's name"));
    m_assign = new QPushButton(tr("Assign"), box);
    m_assign->setObjectName(u"assignCase"_s);
    m_note = new QLineEdit(box);
    m_note->setObjectName(u"resolutionNote"_s);
    m_note->setPlaceholderText(tr("What was done, e.g. \u201credelivery booked for Friday\u201d"));
    m_resolve = new QPushButton(tr("Resolve"), box);
    m_resolve->setObjectName(u"resolveCase"_s);
    m_resolve->setToolTip(tr("Close the case with your note; the engine will not reopen it for this episode"));

    connect(m_acknowledge, &QPushButton::clicked, this, [this] {
        act([this](const QList<qint64> &ids, int *applied) { return m_queue.acknowledge(ids, applied); }, tr("Acknowledged."));
    });
    connect(m_assignToMe, &QPushButton::clicked, this, [this] {
        act([this](const QList<qint64> &ids, int *applied) { return m_queue.assign(ids, m_queue.me(), applied); },
            tr("Assigned to you."));
    });
    const auto assignToNamed = [this] {
        const QString name = m_assignee->text().trimmed();
        act([this, name](const QList<qint64> &ids, int *applied) { return m_queue.assign(ids, name, applied); },
            name.isEmpty() ? tr("Unassigned.") : tr("Assigned to %1.").arg(name));
        m_assignee->clear();
    };
    connect(m_assign, &QPushButton::clicked, this, assignToNamed);
    connect(m_assignee, &QLineEdit::returnPressed, this, assignToNamed);
    const auto resolveWithNote = [this] {
        const QString note = m_note->text().trimmed();
        if (note.isEmpty()) {
            report(Outcome::failure(tr("Write what was done in the note first: the next person to look needs it.")));
            m_note->setFocus();
            return;
        }
        act([this, note](const QList<qint64> &ids, int *applied) { return m_queue.resolve(ids, note, applied); },
            tr("Resolved."));
        m_note->clear();
    };
    connect(m_resolve, &QPushButton::clicked, this, resolveWithNote);
    connect(m_note, &QLineEdit::returnPressed, this, resolveWithNote);

    auto *layout = new QGridLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_acknowledge, 0, 0);
    layout->addWidget(m_assignToMe, 0, 1);
    layout->addWidget(m_assignee, 0, 2);
    layout->addWidget(m_assign, 0, 3);
    layout->addWidget(m_note, 1, 0, 1, 3);
    layout->addWidget(m_resolve, 1, 3);
    layout->setColumnStretch(2, 1);
    return box;
}

void ProblemCasePanel::showShipment(qint64 shipmentId)
{
    if (shipmentId != m_shipmentId)
        m_message->clear();
    m_shipmentId = shipmentId;
    reload();
}

void ProblemCasePanel::clear()
{
    m_shipmentId = 0;
    m_cases.clear();
    m_empty->setText(tr("Select a shipment to see its problem cases."));
    m_pages->setCurrentWidget(m_empty);
}

void ProblemCasePanel::reload()
{
    const qint64 chosen = chosenCaseId();
    QList<ProblemCase> cases;
    if (Outcome loaded = m_queue.loadShipmentCases(m_shipmentId, cases); !loaded) {
        report(loaded);
        return;
    }
    m_cases = cases;
    showCases();
    if (chosen != 0)
        chooseCase(chosen);
}

void ProblemCasePanel::showCases()
{
    if (m_cases.isEmpty()) {
        m_empty->setText(tr("This shipment has no problem cases."));
        m_pages->setCurrentWidget(m_empty);
        return;
    }
    m_pages->setCurrentIndex(1);
    const QSignalBlocker blocker(m_caseList);
    m_caseList->clear();
    const QDateTime now = m_queue.now();
    QTreeWidgetItem *firstActive = nullptr;
    for (const ProblemCase &c : std::as_const(m_cases)) {
        auto *item = new QTreeWidgetItem(m_caseList, {ProblemTypes::label(c.type), stateLabel(c.state), c.assignee, timeText(c.since),
                                                      dueText(c, now)});
        item->setData(TypeColumn, CaseIdRole, c.id);
        item->setToolTip(TypeColumn, c.evidence);
        showReminder(item, c, now);
        if (!c.isActive()) {
            for (int column = 0; column < CaseColumnCount; ++column)
                item->setForeground(column, palette().brush(QPalette::Disabled, QPalette::Text));
        } else if (!firstActive) {
            firstActive = item;
        }
    }
    m_caseList->setCurrentItem(firstActive ? firstActive : m_caseList->topLevelItem(0));
    showChosenCase();
}

qint64 ProblemCasePanel::chosenCaseId() const
{
    const QTreeWidgetItem *item = m_caseList->currentItem();
    return item && m_shipmentId != 0 ? item->data(TypeColumn, CaseIdRole).toLongLong() : 0;
}

void ProblemCasePanel::chooseCase(qint64 caseId)
{
    for (int i = 0; i < m_caseList->topLevelItemCount(); ++i) {
        if (m_caseList->topLevelItem(i)->data(TypeColumn, CaseIdRole).toLongLong() == caseId)
            m_caseList->setCurrentItem(m_caseList->topLevelItem(i));
    }
}

void ProblemCasePanel::showChosenCase()
{
    m_history->clear();
    const qint64 id = chosenCaseId();
    const auto found = std::find_if(m_cases.cbegin(), m_cases.cend(), [id](const ProblemCase &c) { return c.id == id; });
    if (found == m_cases.cend()) {
        m_evidence->clear();
        updateActions();
        return;
    }
    m_evidence->setText(tr("<b>Why:</b> %1").arg(found->evidence.toHtmlEscaped()));
    m_evidence->setToolTip(tr("Rule %1").arg(found->rule));
    // Newest first: what happened last is what the operator needs to know.
    for (auto entry = found->history.crbegin(); entry != found->history.crend(); ++entry) {
        auto *item = new QTreeWidgetItem(m_history, {timeText(entry->at), actionLabel(entry->action), entry->actor, entry->note});
        item->setToolTip(NoteColumn, entry->note);
    }
    updateActions();
}

void ProblemCasePanel::updateActions()
{
    const qint64 id = chosenCaseId();
    const auto found = std::find_if(m_cases.cbegin(), m_cases.cend(), [id](const ProblemCase &c) { return c.id == id; });
    const bool active = found != m_cases.cend() && found->isActive();
    m_acknowledge->setEnabled(active && found->state == ProblemCaseState::Open);
    m_assignToMe->setEnabled(active && found->assignee != m_queue.me());
    for (QWidget *widget : std::initializer_list<QWidget *>{m_assignee, m_assign, m_note, m_resolve})
        widget->setEnabled(active);
}

void ProblemCasePanel::act(const std::function<Outcome(const QList<qint64> &, int *)> &action, const QString &doneText)
{
    const qint64 id = chosenCaseId();
    if (id == 0)
        return;
    int applied = 0;
    const Outcome done = action({id}, &applied);
    if (!done) {
        report(done);
        return;
    }
    m_message->setStyleSheet(QString());
    // Someone else may have closed or resolved the case a moment ago: say so rather than pretend.
    m_message->setText(applied > 0 ? doneText : tr("Nothing changed: the case was already closed, resolved or so."));
    reload();
}

void ProblemCasePanel::report(const Outcome &outcome)
{
    m_message->setStyleSheet(u"color: %1"_s.arg(StatusStyle::colour(Status::Exception).name()));
    m_message->setText(outcome.error());
    emit failed(outcome.error());
}

QString ProblemCasePanel::stateLabel(ProblemCaseState state)
{
    switch (state) {
    case ProblemCaseState::Open: return tr("Open");
    case ProblemCaseState::Acknowledged: return tr("Acknowledged");
    case ProblemCaseState::Resolved: return tr("Resolved");
    case ProblemCaseState::Closed: return tr("Closed: moved on");
    }
    return QString();
}

QString ProblemCasePanel::actionLabel(const QString &action)
{
    static const QHash<QString, const char *> labels{
        {u"opened"_s, QT_TR_NOOP("Opened")},          {u"updated"_s, QT_TR_NOOP("Evidence updated")},
        {u"assigned"_s, QT_TR_NOOP("Assigned")},      {u"unassigned"_s, QT_TR_NOOP("Unassigned")},
        {u"acknowledged"_s, QT_TR_NOOP("Acknowledged")}, {u"resolved"_s, QT_TR_NOOP("Resolved")},
        {u"closed"_s, QT_TR_NOOP("Closed")},          {u"reopened"_s, QT_TR_NOOP("Reopened")},
    };
    const char *label = labels.value(action);
    return label ? tr(label) : action; // from a newer build: its key is better than nothing
}
