#pragma once

#include <QDialog>

class QHeaderView;
class QListWidget;
class QPushButton;

// View > Columns…: which table columns show and in which order. Lists the columns in their
// current order with a check box each; Move Up / Move Down reorder them. OK applies the choice to
// the header (widths stay as they are); at least one column always stays visible.
class ColumnChooserDialog : public QDialog
{
    Q_OBJECT

public:
    ColumnChooserDialog(QHeaderView &header, QWidget *parent = nullptr);

    // Applies the order and visibility shown in the dialog to the header.
    void apply();

private:
    void moveCurrent(int step);
    void updateButtons();

    QHeaderView &m_header;
    QListWidget *m_list = nullptr;
    QPushButton *m_up = nullptr;
    QPushButton *m_down = nullptr;
    QPushButton *m_ok = nullptr;
};
