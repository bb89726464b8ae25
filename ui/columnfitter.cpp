#include "columnfitter.h"

#include <QEvent>
#include <QHeaderView>
#include <QTreeView>

#include <algorithm>
#include <numeric>

ColumnFitter::ColumnFitter(QTreeView *view)
    : QObject(view)
    , m_view(view)
{
    m_view->setTextElideMode(Qt::ElideMiddle);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // every column fits
    QHeaderView *header = m_view->header();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    m_view->viewport()->installEventFilter(this);
    header->viewport()->installEventFilter(this);
    connect(header, &QHeaderView::sectionResized, this, [this] {
        if (m_pressedOnHeader)
            leaveToUser();
    });
}

void ColumnFitter::leaveToUser()
{
    m_userSized = true;
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_view->header()->setStretchLastSection(false); // else a window resize would change their last column
}

void ColumnFitter::fit()
{
    if (m_userSized)
        return;
    // What resizeColumnToContents() would set, without stretching the last column first.
    const QAbstractItemView *view = m_view;
    const QHeaderView *header = m_view->header();
    m_wanted.resize(header->count());
    for (int column = 0; column < header->count(); ++column)
        m_wanted[column] = std::max(view->sizeHintForColumn(column), header->sectionSizeHint(column));
    share();
}

bool ColumnFitter::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->header()->viewport()) {
        if (event->type() == QEvent::MouseButtonPress)
            m_pressedOnHeader = true;
        else if (event->type() == QEvent::MouseButtonRelease)
            m_pressedOnHeader = false;
    } else if (event->type() == QEvent::Resize && !m_wanted.isEmpty() && !m_userSized) {
        share();
    }
    return QObject::eventFilter(watched, event);
}

// Narrowest first: each column takes what it wants if that is no more than an equal share of the
// width still left, else the share.
void ColumnFitter::share()
{
    const int columns = int(m_wanted.size());
    QList<int> narrowestFirst(columns);
    std::iota(narrowestFirst.begin(), narrowestFirst.end(), 0);
    std::stable_sort(narrowestFirst.begin(), narrowestFirst.end(),
                     [this](int a, int b) { return m_wanted.at(a) < m_wanted.at(b); });
    int left = m_view->viewport()->width();
    for (qsizetype i = 0; i < columns; ++i) {
        const int column = narrowestFirst.at(i);
        const int width = std::min(m_wanted.at(column), left / int(columns - i));
        m_view->header()->resizeSection(column, width);
        left -= width;
    }
}
