#pragma once

#include <QString>

#include <atomic>

// How far one long task (a load, an import, an export, a filter over a million rows) has come,
// shared between the thread doing the work and the widget showing it: the worker sets the
// figures and asks isCanceled() between steps; the widget reads them and may cancel. Every
// member is safe to call from any thread. Share it through a std::shared_ptr so that whichever
// side finishes last frees it.
class TaskProgress
{
public:
    explicit TaskProgress(QString description) : m_description(std::move(description)) {}
    TaskProgress(const TaskProgress &) = delete;
    TaskProgress &operator=(const TaskProgress &) = delete;

    // What the task does, in the user's words ("Importing orders.csv"); fixed at construction.
    const QString &description() const { return m_description; }

    // The amount of work in any unit; 0 while it is not known (a busy indicator is shown).
    void setTotal(qint64 total) { m_total.store(total, std::memory_order_relaxed); }
    void setDone(qint64 done) { m_done.store(done, std::memory_order_relaxed); }
    qint64 total() const { return m_total.load(std::memory_order_relaxed); }
    qint64 done() const { return m_done.load(std::memory_order_relaxed); }

    // Asked by the user; the worker stops at its next check and leaves things as they were.
    void cancel() { m_canceled.store(true, std::memory_order_relaxed); }
    bool isCanceled() const { return m_canceled.load(std::memory_order_relaxed); }

    // The worker is done (finished, failed or canceled): the widget stops showing the task.
    void finish() { m_finished.store(true, std::memory_order_release); }
    bool isFinished() const { return m_finished.load(std::memory_order_acquire); }

private:
    const QString m_description;
    std::atomic<qint64> m_total{0};
    std::atomic<qint64> m_done{0};
    std::atomic<bool> m_canceled{false};
    std::atomic<bool> m_finished{false};
};
