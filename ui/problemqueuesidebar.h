#pragma once

#include "problems/problemcaseindex.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QPushButton;
class QTreeWidget;

// The problem queue at a glance: working cases per type, live. Each type is a one-click filter:
// a click chooses it, another click drops it, and several chosen types show shipments with any
// of them. The chosen types combine with every other table filter (search, ...).
class ProblemQueueSidebar : public QWidget
{
    Q_OBJECT

public:
    enum Column : int { TypeColumn, CountColumn, ColumnCount };

    // `index` must outlive the sidebar; call refreshCounts() when it changed.
    explicit ProblemQueueSidebar(const ProblemCaseIndex &index, QWidget *parent = nullptr);

    void refreshCounts();
    ProblemCaseIndex::TypeMask chosenTypes() const { return m_chosen; }
    // Chooses exactly these types (0: none), as if clicked.
    void chooseTypes(ProblemCaseIndex::TypeMask types);
    // Whether only shipments with cases assigned to "me" are shown.
    bool mineOnly() const;
    void setMineOnly(bool mineOnly);
    // Shows this choice without reporting it: the table went back to it (a canceled filter).
    void showChoice(ProblemCaseIndex::TypeMask types, bool mineOnly);

    QTreeWidget *typeList() const { return m_types; }
    // Wide enough for the longest type name beside a five-digit count, so none is cut off.
    QSize sizeHint() const override;

signals:
    // The user chose other types; 0: no problem filter.
    void typesChosen(ProblemCaseIndex::TypeMask types);
    // The user ticked or cleared "only my cases".
    void mineOnlyChanged(bool mineOnly);

private:
    void readChoice();

    const ProblemCaseIndex &m_index;
    ProblemCaseIndex::TypeMask m_chosen = 0;
    QLabel *m_summary = nullptr;
    QTreeWidget *m_types = nullptr;
    QCheckBox *m_mineOnly = nullptr;
    QPushButton *m_clear = nullptr;
};
