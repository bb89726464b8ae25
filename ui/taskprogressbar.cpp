#include "taskprogressbar.h"

#include "tasks/taskprogress.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QToolButton>

#include <algorithm>

using namespace Qt::StringLiterals;

TaskProgressBar::TaskProgressBar(QWidget *parent) : QWidget(parent)
{
    setObjectName(u"taskProgress"_s);
    m_description = new QLabel(this);
    m_bar = new QProgressBar(this);
    m_bar->setMaximumWidth(180);
    m_bar->setMaximumHeight(fontMetrics().height() + 4);
    m_bar->setTextVisible(false);
    m_cancel = new QToolButton(this);
    m_cancel->setObjectName(u"cancelTask"_s);
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop this task and keep things as they were"));
    connect(m_cancel, &QToolButton::clicked, this, &TaskProgressBar::cancelShown);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_description);
    layout->addWidget(m_bar);
    layout->addWidget(m_cancel);

    m_refreshTimer.setInterval(RefreshMs);
    connect(&m_refreshTimer, &QTimer::timeout, this, &TaskProgressBar::refresh);
    hide();
}

void TaskProgressBar::track(std::shared_ptr<TaskProgress> task)
{
    if (!task)
        return;
    Tracked tracked{std::move(task), {}};
    tracked.running.start();
    m_tasks.append(std::move(tracked));
    m_refreshTimer.start();
    // Without this the bar would show up to RefreshMs late, past the promised half second.
    QTimer::singleShot(ShowDelayMs, this, &TaskProgressBar::refresh);
}

const TaskProgress *TaskProgressBar::shownTask() const
{
    return m_shown;
}

void TaskProgressBar::refresh()
{
    m_tasks.removeIf([](const Tracked &tracked) { return tracked.task->isFinished(); });
    const auto due = std::find_if(m_tasks.cbegin(), m_tasks.cend(), [](const Tracked &tracked) {
        return tracked.running.elapsed() >= ShowDelayMs && !tracked.task->isCanceled();
    });
    if (m_tasks.isEmpty())
        m_refreshTimer.stop();
    if (due == m_tasks.cend()) {
        m_shown = nullptr;
        hide();
        return;
    }
    const TaskProgress &task = *due->task;
    m_shown = &task;
    const qsizetype others = m_tasks.size() - 1;
    m_description->setText(others > 0 ? tr("%1 (and %n more)", nullptr, int(others)).arg(task.description())
                                      : task.description());
    const qint64 total = task.total();
    // QProgressBar counts in int: scale large totals down to per-mille.
    m_bar->setRange(0, total > 0 ? 1000 : 0);
    if (total > 0)
        m_bar->setValue(int(std::clamp<qint64>(task.done() * 1000 / total, 0, 1000)));
    show();
}

void TaskProgressBar::cancelShown()
{
    const auto shown = std::find_if(m_tasks.cbegin(), m_tasks.cend(),
                                    [this](const Tracked &tracked) { return tracked.task.get() == m_shown; });
    if (shown != m_tasks.cend())
        shown->task->cancel();
    refresh();
}
