#pragma once

#include <QList>
#include <QObject>

class QTreeView;

// Shares a list's width among its columns, so every column stays in sight without scrolling
// sideways: each gets what its texts need while all of them fit; when they do not, the narrow ones
// keep their width and the wide ones give way equally, their texts elided in the middle (the start
// and end of an address or an error say the most; the items' tooltips should hold the whole text).
// Fits again when the list is resized; call fit() after filling it. The last column takes what is
// left over. Once the user drags a column's width, the widths are theirs: the fitter stops, and the
// list scrolls sideways if they need it to.
class ColumnFitter : public QObject
{
    Q_OBJECT

public:
    // Fits `view`'s columns from now on; the fitter belongs to the view.
    explicit ColumnFitter(QTreeView *view);

    // Measures the texts anew and shares the width.
    void fit();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void share();
    void leaveToUser();

    QTreeView *m_view;
    QList<int> m_wanted; // per column: the width its texts and header need
    bool m_pressedOnHeader = false; // a mouse button is down on the header: a resize now is the user's
    bool m_userSized = false;
};
