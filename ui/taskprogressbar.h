#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QTimer>
#include <QWidget>

#include <memory>

class QLabel;
class QProgressBar;
class QToolButton;
class TaskProgress;

// The status bar's view of long tasks: what runs, how far it is, and a Cancel button. A task
// shows only once it has run for ShowDelayMs, so quick work never flickers a bar. Several tasks
// may run; the oldest is shown, with how many more wait behind it. The widget reads the tasks'
// figures on a timer: workers never signal it, so any thread (and core/ code) can report.
class TaskProgressBar : public QWidget
{
    Q_OBJECT

public:
    static constexpr int ShowDelayMs = 500;
    static constexpr int RefreshMs = 100;

    explicit TaskProgressBar(QWidget *parent = nullptr);

    // Shows `task` until its worker calls finish(). The widget keeps its own share of the task.
    void track(std::shared_ptr<TaskProgress> task);
    // The task on show, if any (nullptr while none has run for ShowDelayMs).
    const TaskProgress *shownTask() const;

private:
    struct Tracked {
        std::shared_ptr<TaskProgress> task;
        QElapsedTimer running;
    };

    void refresh();
    void cancelShown();

    QList<Tracked> m_tasks;
    QTimer m_refreshTimer;
    QLabel *m_description = nullptr;
    QProgressBar *m_bar = nullptr;
    QToolButton *m_cancel = nullptr;
    const TaskProgress *m_shown = nullptr;
};
