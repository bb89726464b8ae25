#include "problembulkactions.h"

#include "model/shipmentcolumns.h"
#include "problemqueue.h"
#include "shipmenttablemodel.h"

#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QTableView>

using namespace Qt::StringLiterals;

ProblemBulkActions::ProblemBulkActions(ProblemQueue &queue, const QTableView &table, const ShipmentTableModel &model,
                                       const ShipmentColumns &shipments, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_queue(queue)
    , m_table(table)
    , m_model(model)
    , m_shipments(shipments)
    , m_dialogParent(dialogParent)
{
}

QMenu *ProblemBulkActions::createMenu(QWidget *parent)
{
    auto *menu = new QMenu(tr("&Cases"), parent);
    menu->setObjectName(u"casesMenu"_s);
    menu->addAction(tr("Assign Selected to &Me"), this, [this] { assignSelected(m_queue.me()); });
    menu->addAction(tr("&Assign Selected To…"), this, &ProblemBulkActions::askAndAssign);
    menu->addAction(tr("A&cknowledge Selected"), this, [this] { acknowledgeSelected(); });
    menu->addAction(tr("&Resolve Selected…"), this, &ProblemBulkActions::askAndResolve);
    menu->addSeparator();
    menu->addAction(tr("My &Name in Cases…"), this, &ProblemBulkActions::askMyName);
    return menu;
}

QList<qint64> ProblemBulkActions::selectedShipmentIds() const
{
    QList<qint64> ids;
    // Ranges, not selectedRows(): Ctrl+A on a million rows is one range, not a million indexes.
    for (const QItemSelectionRange &range : m_table.selectionModel()->selection()) {
        for (int viewRow = range.top(); viewRow <= range.bottom(); ++viewRow) {
            const qsizetype row = m_model.storageRow(viewRow);
            if (row >= 0)
                ids.append(m_shipments.id(row));
        }
    }
    return ids;
}

QList<qint64> ProblemBulkActions::selectedCaseIds() const
{
    const ProblemCaseIndex::TypeMask types = m_types != 0 ? m_types : ProblemCaseIndex::TypeMask(~0u);
    QList<qint64> caseIds;
    for (qint64 shipmentId : selectedShipmentIds())
        caseIds += m_queue.index().caseIds(shipmentId, types);
    return caseIds;
}

void ProblemBulkActions::run(const std::function<Outcome(const QList<qint64> &, int *)> &action,
                                const std::function<QString(const QString &count)> &doneText)
{
    const QList<qint64> caseIds = selectedCaseIds();
    if (caseIds.isEmpty()) {
        emit finished(tr("The selected shipments have no working problem cases."));
        return;
    }
    int applied = 0;
    if (Outcome done = action(caseIds, &applied); !done) {
        emit finished(done.error());
        return;
    }
    const QLocale locale;
    QString message = doneText(locale.toString(applied));
    if (applied < caseIds.size())
        message += u' ' + tr("%1 were already so, or closed meanwhile.").arg(locale.toString(caseIds.size() - applied));
    emit finished(message);
}

void ProblemBulkActions::assignSelected(const QString &assignee)
{
    run([this, assignee](const QList<qint64> &ids, int *applied) { return m_queue.assign(ids, assignee, applied); },
               [assignee](const QString &count) { return tr("%1 cases assigned to %2.").arg(count, assignee); });
}

void ProblemBulkActions::acknowledgeSelected()
{
    run([this](const QList<qint64> &ids, int *applied) { return m_queue.acknowledge(ids, applied); },
               [](const QString &count) { return tr("%1 cases acknowledged.").arg(count); });
}

void ProblemBulkActions::resolveSelected(const QString &note)
{
    run([this, note](const QList<qint64> &ids, int *applied) { return m_queue.resolve(ids, note, applied); },
               [](const QString &count) { return tr("%1 cases resolved.").arg(count); });
}

void ProblemBulkActions::askAndAssign()
{
    const int count = int(selectedCaseIds().size());
    bool ok = false;
    const QString name = QInputDialog::getText(m_dialogParent, tr("Assign Cases"),
                                               tr("Assign %n working case(s) of the selected shipments to:", nullptr, count),
                                               QLineEdit::Normal, QString(), &ok);
    if (ok && !name.trimmed().isEmpty())
        assignSelected(name.trimmed());
}

void ProblemBulkActions::askAndResolve()
{
    const int count = int(selectedCaseIds().size());
    if (count == 0) {
        emit finished(tr("The selected shipments have no working problem cases."));
        return;
    }
    bool ok = false;
    const QString note = QInputDialog::getMultiLineText(
        m_dialogParent, tr("Resolve Cases"),
        tr("Resolve %n working case(s) of the selected shipments. What was done?", nullptr, count), QString(), &ok);
    if (!ok)
        return;
    if (note.trimmed().isEmpty()) {
        QMessageBox::information(m_dialogParent, tr("Resolve Cases"),
                                 tr("Nothing was resolved: a note that says what was done is needed."));
        return;
    }
    resolveSelected(note);
}

void ProblemBulkActions::askMyName()
{
    bool ok = false;
    const QString name = QInputDialog::getText(m_dialogParent, tr("My Name in Cases"),
                                               tr("Cases you act on record this name (empty: your user name, %1):")
                                                   .arg(ProblemQueue::osUserName()),
                                               QLineEdit::Normal, m_queue.me(), &ok);
    if (!ok)
        return;
    m_queue.setMe(name);
    emit myNameChanged(name.trimmed());
}
