#pragma once

#include "model/clock.h"
#include "problems/deliveryforecast.h"

#include <QFutureWatcher>
#include <QList>
#include <QObject>
#include <QSet>

#include <memory>

class ShipmentColumns;
class ShipmentTableModel;
class TaskProgress;

// Keeps the predicted delivery days in the column store (ShipmentColumns::setPredictedDelivery),
// which the table's Expected column shows where the carrier gave no date: every row when the
// predictor is (re)trained, and the rows written since. A few rows are predicted at once; more
// than backgroundThreshold() (a retrain, a loaded chunk) on a worker thread over a snapshot of
// the columns, with a TaskProgress, and written back in one go: the table updates once.
class ExpectedDeliveries : public QObject
{
    Q_OBJECT

public:
    static constexpr qsizetype DefaultBackgroundThreshold = 20000;

    // Both must outlive this object; `model` shows `shipments`.
    ExpectedDeliveries(ShipmentColumns &shipments, ShipmentTableModel &model, QObject *parent = nullptr);
    ~ExpectedDeliveries() override;

    // Where "today" comes from: a parcel on its way longer than some comparable ones is predicted
    // from those that took at least as long. The system clock unless set.
    void setClock(const Clock &clock);
    // A newly trained predictor: every row is predicted again.
    void setPredictor(std::shared_ptr<const DeliveryPredictor> predictor);
    void setBackgroundThreshold(qsizetype rows) { m_backgroundThreshold = rows; }

    // These rows were replaced / appended in the column store: their predictions follow. Call
    // before telling the model, so it shows the new values with the rest of the row.
    void rowsWritten(const QList<qsizetype> &rows);
    void rowsAppended(qsizetype first, qsizetype count);

    bool isPredicting() const { return bool(m_job); }

signals:
    // Rows went to a worker thread; `progress` reports it.
    void predictingStarted(std::shared_ptr<TaskProgress> progress);
    // The worker's predictions are in the columns and the table shows them.
    void predictingFinished();

private:
    struct Job;
    // What a worker found: only the rows whose prediction differs from the one stored, so a
    // retrain of a million rows hands back thousands of entries, not a million.
    struct Change {
        qsizetype row = 0;
        DeliveryForecast::Prediction prediction;
    };
    using Changes = QList<Change>;

    QDate today() const;
    void predictFrom(qsizetype first);
    void startJob(qsizetype first);
    void finishJob();
    void showChanges(std::shared_ptr<const DeliveryPredictor> predictor, const QList<qsizetype> &changed);

    ShipmentColumns &m_shipments;
    ShipmentTableModel &m_model;
    SystemClock m_systemClock;
    const Clock *m_clock = &m_systemClock;
    std::shared_ptr<const DeliveryPredictor> m_predictor;
    qsizetype m_backgroundThreshold = DefaultBackgroundThreshold;
    std::unique_ptr<Job> m_job;
    // Rows predicted on the GUI thread while the worker ran: its older answers for them are dropped.
    QSet<qsizetype> m_predictedMeanwhile;
    qsizetype m_waitingFrom = -1; // first row of a batch waiting for the running job; -1 if none
};
