#pragma once

#include "model/outcome.h"
#include "problems/problemcase.h"

#include <QWidget>

#include <functional>

class ProblemQueue;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTreeWidget;
class QTreeWidgetItem;

// The problem cases of the shipment on show, current and past: why each was opened (the engine's
// evidence), what happened to it since (its history), and the operator's actions on the chosen
// case: acknowledge, assign to me or to someone, resolve with a note.
class ProblemCasePanel : public QWidget
{
    Q_OBJECT

public:
    enum CaseColumn : int { TypeColumn, StateColumn, AssigneeColumn, SinceColumn, DueColumn, CaseColumnCount };
    enum HistoryColumn : int { WhenColumn, ActionColumn, ActorColumn, NoteColumn, HistoryColumnCount };

    // `queue` must outlive the panel.
    explicit ProblemCasePanel(ProblemQueue &queue, QWidget *parent = nullptr);

    void showShipment(qint64 shipmentId);
    void clear();
    qint64 shipmentId() const { return m_shipmentId; }
    const QList<ProblemCase> &cases() const { return m_cases; }
    // The case the actions apply to; 0 when none.
    qint64 chosenCaseId() const;
    void chooseCase(qint64 caseId);

    static QString stateLabel(ProblemCaseState state);
    // "Tue 24 Nov": when a working case runs out (a pickup point sends the parcel back), marked once
    // it is time to remind the customer; empty for cases without a deadline and for closed ones.
    static QString dueText(const ProblemCase &c, const QDateTime &now);
    static QString actionLabel(const QString &action);

signals:
    // Something failed (loading, an action); the panel shows the message too.
    void failed(const QString &message);

private:
    void showReminder(QTreeWidgetItem *item, const ProblemCase &c, const QDateTime &now);
    QWidget *createCasesPage();
    QWidget *createActions();
    void reload();
    void showCases();
    void showChosenCase();
    void updateActions();
    void act(const std::function<Outcome(const QList<qint64> &, int *)> &action, const QString &doneText);
    void report(const Outcome &outcome);

    ProblemQueue &m_queue;
    qint64 m_shipmentId = 0;
    QList<ProblemCase> m_cases;

    QStackedWidget *m_pages = nullptr;
    QLabel *m_empty = nullptr;
    QTreeWidget *m_caseList = nullptr;
    QLabel *m_evidence = nullptr;
    QTreeWidget *m_history = nullptr;
    QPushButton *m_acknowledge = nullptr;
    QPushButton *m_assignToMe = nullptr;
    QLineEdit *m_assignee = nullptr;
    QPushButton *m_assign = nullptr;
    QLineEdit *m_note = nullptr;
    QPushButton *m_resolve = nullptr;
    QLabel *m_message = nullptr;
};
