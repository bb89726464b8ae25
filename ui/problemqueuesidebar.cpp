#include "problemqueuesidebar.h"

#include <QCheckBox>
#include <QFontMetrics>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

constexpr int TypeRole = Qt::UserRole + 1;

// Operators work the urgent kinds first: the list follows that order, not the enum's.
constexpr ProblemType displayOrder[] = {
    ProblemType::Lost,          ProblemType::Damaged,         ProblemType::AddressProblem,
    ProblemType::FailedAttempt, ProblemType::Refused,         ProblemType::CustomsHold,
    ProblemType::Stalled,       ProblemType::Late,            ProblemType::AtRisk,
    ProblemType::WaitingAtPickupPoint, ProblemType::ReturnedToSender, ProblemType::DeliveredToNeighbour,
};
static_assert(std::size(displayOrder) == ProblemTypeCount, "every problem type is listed once");

} // namespace

ProblemQueueSidebar::ProblemQueueSidebar(const ProblemCaseIndex &index, QWidget *parent)
    : QWidget(parent)
    , m_index(index)
{
    setObjectName(u"problemQueueSidebar"_s);
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"problemQueueSummary"_s);
    m_summary->setWordWrap(true);

    m_types = new QTreeWidget(this);
    m_types->setObjectName(u"problemTypes"_s);
    m_types->setColumnCount(ColumnCount);
    m_types->setHeaderHidden(true);
    m_types->setRootIsDecorated(false);
    m_types->setUniformRowHeights(true);
    // A click toggles one type and leaves the others chosen: the filters combine in one click each.
    m_types->setSelectionMode(QAbstractItemView::MultiSelection);
    m_types->header()->setStretchLastSection(false);
    m_types->header()->setSectionResizeMode(TypeColumn, QHeaderView::Stretch);
    m_types->header()->setSectionResizeMode(CountColumn, QHeaderView::ResizeToContents);
    for (ProblemType type : displayOrder) {
        auto *item = new QTreeWidgetItem(m_types, {ProblemTypes::label(type), QString()});
        item->setData(TypeColumn, TypeRole, int(type));
        item->setTextAlignment(CountColumn, Qt::AlignRight | Qt::AlignVCenter);
        item->setToolTip(TypeColumn, tr("Show only shipments with a working \u201c%1\u201d case; click again to drop it")
                                         .arg(ProblemTypes::label(type)));
    }
    connect(m_types, &QTreeWidget::itemSelectionChanged, this, &ProblemQueueSidebar::readChoice);

    m_mineOnly = new QCheckBox(this);
    m_mineOnly->setObjectName(u"mineOnly"_s);
    m_mineOnly->setToolTip(tr("Show only shipments with a working case assigned to you; combines with the types chosen"));
    connect(m_mineOnly, &QCheckBox::toggled, this, [this](bool checked) {
        m_clear->setEnabled(m_chosen != 0 || checked);
        emit mineOnlyChanged(checked);
    });

    m_clear = new QPushButton(tr("Show All Shipments"), this);
    m_clear->setObjectName(u"clearProblemFilter"_s);
    m_clear->setEnabled(false);
    connect(m_clear, &QPushButton::clicked, this, [this] {
        chooseTypes(0);
        setMineOnly(false);
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_summary);
    layout->addWidget(m_types, 1);
    layout->addWidget(m_mineOnly);
    layout->addWidget(m_clear);
    refreshCounts();
}

void ProblemQueueSidebar::refreshCounts()
{
    const QLocale locale;
    int cases = 0;
    for (int i = 0; i < m_types->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_types->topLevelItem(i);
        const int count = m_index.count(ProblemType(item->data(TypeColumn, TypeRole).toInt()));
        cases += count;
        item->setText(CountColumn, locale.toString(count));
        // Empty types stay clickable (a case may arrive) but step back.
        const QPalette::ColorGroup group = count > 0 ? QPalette::Active : QPalette::Disabled;
        item->setForeground(TypeColumn, palette().brush(group, QPalette::Text));
        item->setForeground(CountColumn, palette().brush(group, QPalette::Text));
    }
    m_mineOnly->setText(tr("Only my cases (%1)").arg(locale.toString(m_index.mine())));
    m_summary->setText(m_index.shipmentsWithCases() == 0
                           ? tr("No shipment needs attention.")
                           : tr("%1 working cases on %2 shipments")
                                 .arg(locale.toString(cases), locale.toString(m_index.shipmentsWithCases())));
}

void ProblemQueueSidebar::chooseTypes(ProblemCaseIndex::TypeMask types)
{
    const QSignalBlocker blocker(m_types);
    for (int i = 0; i < m_types->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_types->topLevelItem(i);
        item->setSelected(types & ProblemCaseIndex::bit(ProblemType(item->data(TypeColumn, TypeRole).toInt())));
    }
    readChoice();
}

bool ProblemQueueSidebar::mineOnly() const
{
    return m_mineOnly->isChecked();
}

void ProblemQueueSidebar::setMineOnly(bool mineOnly)
{
    m_mineOnly->setChecked(mineOnly);
}

void ProblemQueueSidebar::showChoice(ProblemCaseIndex::TypeMask types, bool mineOnly)
{
    const QSignalBlocker silent(this);
    chooseTypes(types);
    setMineOnly(mineOnly);
}

void ProblemQueueSidebar::readChoice()
{
    ProblemCaseIndex::TypeMask chosen = 0;
    for (const QTreeWidgetItem *item : m_types->selectedItems())
        chosen |= ProblemCaseIndex::bit(ProblemType(item->data(TypeColumn, TypeRole).toInt()));
    m_clear->setEnabled(chosen != 0 || m_mineOnly->isChecked());
    if (chosen == m_chosen)
        return;
    m_chosen = chosen;
    emit typesChosen(chosen);
}

QSize ProblemQueueSidebar::sizeHint() const
{
    const QFontMetrics metrics = m_types->fontMetrics();
    int widestLabel = 0;
    for (int i = 0; i < m_types->topLevelItemCount(); ++i)
        widestLabel = std::max(widestLabel, metrics.horizontalAdvance(m_types->topLevelItem(i)->text(TypeColumn)));
    const int countWidth = metrics.horizontalAdvance(QLocale().toString(88888));
    const int padding = 4 * metrics.averageCharWidth() + m_types->frameWidth() * 2;
    return {widestLabel + countWidth + padding, QWidget::sizeHint().height()};
}
