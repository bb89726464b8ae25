#pragma once

#include <QList>
#include <QObject>
#include <QString>

#include <memory>

class ShipmentTableModel;
class TaskProgress;

// Edit > Copy Rows: shipments as tab-separated text with a header line, the way spreadsheets paste
// it, cells as the table shows them. Rows are formatted in slices of SliceRows between events, so
// copying a million selected rows keeps the window responsive and can be canceled via progress().
class RowCopier : public QObject
{
    Q_OBJECT

public:
    static constexpr qsizetype SliceRows = 5000; // per event: short slices, yet only 200 for a million rows

    // `storageRows` in the order to copy; `columns` are ShipmentTableModel columns, in order.
    RowCopier(const ShipmentTableModel &model, QList<qsizetype> storageRows, QList<int> columns,
              QObject *parent = nullptr);

    std::shared_ptr<TaskProgress> progress() const { return m_progress; }
    // Formats the first slice now (all of a small selection) and the rest from the event loop.
    void start();

signals:
    // All rows are formatted; not emitted when canceled.
    void copied(const QString &text);
    // Canceled or done: the copier may be deleted.
    void finished();

private:
    void formatSlice();
    void appendCell(const QString &cell);

    const ShipmentTableModel &m_model;
    const QList<qsizetype> m_rows;
    const QList<int> m_columns;
    std::shared_ptr<TaskProgress> m_progress;
    qsizetype m_next = 0;
    QString m_text;
};
