#include "columnchooserdialog.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ColumnChooserDialog::ColumnChooserDialog(QHeaderView &header, QWidget *parent) : QDialog(parent), m_header(header)
{
    setWindowTitle(tr("Columns"));
    m_list = new QListWidget(this);
    m_list->setObjectName(u"columnList"_s);
    const QAbstractItemModel *model = header.model();
    for (int visual = 0; visual < header.count(); ++visual) {
        const int logical = header.logicalIndex(visual);
        auto *item = new QListWidgetItem(model->headerData(logical, Qt::Horizontal).toString(), m_list);
        item->setData(Qt::UserRole, logical);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(header.isSectionHidden(logical) ? Qt::Unchecked : Qt::Checked);
    }
    m_list->setCurrentRow(0);

    m_up = new QPushButton(tr("Move &Up"), this);
    m_down = new QPushButton(tr("Move &Down"), this);
    m_up->setObjectName(u"moveUp"_s);
    m_down->setObjectName(u"moveDown"_s);
    connect(m_up, &QPushButton::clicked, this, [this] { moveCurrent(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveCurrent(1); });
    auto *moves = new QVBoxLayout;
    moves->addWidget(m_up);
    moves->addWidget(m_down);
    moves->addStretch();
    auto *body = new QHBoxLayout;
    body->addWidget(m_list);
    body->addLayout(moves);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Show these columns, in this order:"), this));
    layout->addLayout(body);
    layout->addWidget(buttons);

    connect(m_list, &QListWidget::currentRowChanged, this, &ColumnChooserDialog::updateButtons);
    connect(m_list, &QListWidget::itemChanged, this, &ColumnChooserDialog::updateButtons);
    updateButtons();
}

void ColumnChooserDialog::moveCurrent(int step)
{
    const int row = m_list->currentRow();
    const int target = row + step;
    if (row < 0 || target < 0 || target >= m_list->count())
        return;
    m_list->insertItem(target, m_list->takeItem(row));
    m_list->setCurrentRow(target);
}

void ColumnChooserDialog::updateButtons()
{
    const int row = m_list->currentRow();
    m_up->setEnabled(row > 0);
    m_down->setEnabled(row >= 0 && row < m_list->count() - 1);
    bool anyShown = false;
    for (int i = 0; i < m_list->count() && !anyShown; ++i)
        anyShown = m_list->item(i)->checkState() == Qt::Checked;
    m_ok->setEnabled(anyShown); // a table without columns could not be brought back from itself
}

void ColumnChooserDialog::apply()
{
    for (int row = 0; row < m_list->count(); ++row) {
        const QListWidgetItem *item = m_list->item(row);
        const int logical = item->data(Qt::UserRole).toInt();
        m_header.moveSection(m_header.visualIndex(logical), row);
        m_header.setSectionHidden(logical, item->checkState() != Qt::Checked);
    }
}
