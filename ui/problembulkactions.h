#pragma once

#include "model/outcome.h"
#include "problems/problemcaseindex.h"

#include <QObject>

#include <functional>

class ProblemQueue;
class QMenu;
class QTableView;
class QWidget;
class ShipmentColumns;
class ShipmentTableModel;

// The problem actions for the table's selected rows: assign, acknowledge or resolve every working
// case of the selected shipments at once (only those of the types chosen in the sidebar, when any
// are), each action in one transaction.
class ProblemBulkActions : public QObject
{
    Q_OBJECT

public:
    // All must outlive this object; `dialogParent` hosts the dialogs that ask for a name or a note.
    ProblemBulkActions(ProblemQueue &queue, const QTableView &table, const ShipmentTableModel &model,
                       const ShipmentColumns &shipments, QWidget *dialogParent);

    // The "Cases" menu: the bulk actions and where "me" comes from.
    QMenu *createMenu(QWidget *parent);
    void setTypes(ProblemCaseIndex::TypeMask types) { m_types = types; }

    QList<qint64> selectedShipmentIds() const;
    // The working cases the actions would apply to now.
    QList<qint64> selectedCaseIds() const;

    // Each says what it did, or why it failed, through finished().
    void assignSelected(const QString &assignee);
    void acknowledgeSelected();
    void resolveSelected(const QString &note);

signals:
    // What an action did, in words for the status bar.
    void finished(const QString &message);
    // The user set the name actions are recorded under.
    void myNameChanged(const QString &name);

private:
    void askAndAssign();
    void askAndResolve();
    void askMyName();
    void run(const std::function<Outcome(const QList<qint64> &, int *)> &action,
                const std::function<QString(const QString &count)> &doneText);

    ProblemQueue &m_queue;
    const QTableView &m_table;
    const ShipmentTableModel &m_model;
    const ShipmentColumns &m_shipments;
    QWidget *m_dialogParent;
    ProblemCaseIndex::TypeMask m_types = 0;
};
