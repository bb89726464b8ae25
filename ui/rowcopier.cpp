#include "rowcopier.h"

#include "shipmenttablemodel.h"
#include "tasks/taskprogress.h"

#include <QTimer>

using namespace Qt::StringLiterals;

RowCopier::RowCopier(const ShipmentTableModel &model, QList<qsizetype> storageRows, QList<int> columns, QObject *parent)
    : QObject(parent), m_model(model), m_rows(std::move(storageRows)), m_columns(std::move(columns)),
      m_progress(std::make_shared<TaskProgress>(tr("Copying %Ln shipment(s)", nullptr, int(m_rows.size()))))
{
    m_progress->setTotal(m_rows.size());
}

void RowCopier::start()
{
    for (qsizetype i = 0; i < m_columns.size(); ++i) {
        if (i > 0)
            m_text += u'\t';
        appendCell(m_model.headerData(m_columns[i], Qt::Horizontal).toString());
    }
    m_text += u'\n';
    formatSlice();
}

// A tab or line break inside a cell would split it: they become spaces.
void RowCopier::appendCell(const QString &cell)
{
    const qsizetype from = m_text.size();
    m_text += cell;
    for (qsizetype i = from; i < m_text.size(); ++i) {
        if (m_text[i] == u'\t' || m_text[i] == u'\n' || m_text[i] == u'\r')
            m_text[i] = u' ';
    }
}

void RowCopier::formatSlice()
{
    if (m_progress->isCanceled()) {
        m_progress->finish();
        emit finished();
        return;
    }
    const qsizetype end = std::min(m_rows.size(), m_next + SliceRows);
    for (; m_next < end; ++m_next) {
        // Shipments that reached the store after the copy began are not in it; rows never vanish.
        for (qsizetype i = 0; i < m_columns.size(); ++i) {
            if (i > 0)
                m_text += u'\t';
            appendCell(m_model.displayText(m_rows[m_next], m_columns[i]));
        }
        m_text += u'\n';
    }
    m_progress->setDone(m_next);
    if (m_next < m_rows.size()) {
        QTimer::singleShot(0, this, &RowCopier::formatSlice);
        return;
    }
    m_progress->finish();
    emit copied(m_text);
    emit finished();
}
