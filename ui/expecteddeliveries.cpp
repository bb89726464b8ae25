#include "expecteddeliveries.h"

#include "shipmenttablemodel.h"
#include "tasks/taskprogress.h"

#include <QtConcurrent>

namespace {

constexpr qsizetype ProgressStep = 1 << 14;
// More changed rows than this are shown as one change of the whole column (one re-sort if the
// table is sorted by it) rather than row by row.
constexpr qsizetype RowByRowLimit = 1000;

} // namespace

struct ExpectedDeliveries::Job {
    QFutureWatcher<Changes> watcher;
    std::shared_ptr<TaskProgress> progress;
    std::shared_ptr<const DeliveryPredictor> predictor;
};

ExpectedDeliveries::ExpectedDeliveries(ShipmentColumns &shipments, ShipmentTableModel &model, QObject *parent)
    : QObject(parent), m_shipments(shipments), m_model(model)
{
}

ExpectedDeliveries::~ExpectedDeliveries()
{
    // The worker reads only its own snapshot: let it stop early and finish alone.
    if (m_job)
        m_job->progress->cancel();
}

void ExpectedDeliveries::setClock(const Clock &clock)
{
    m_clock = &clock;
}

QDate ExpectedDeliveries::today() const
{
    return m_clock->now().toLocalTime().date();
}

void ExpectedDeliveries::setPredictor(std::shared_ptr<const DeliveryPredictor> predictor)
{
    m_predictor = std::move(predictor);
    predictFrom(0);
}

void ExpectedDeliveries::rowsAppended(qsizetype first, qsizetype count)
{
    if (count > 0)
        predictFrom(first);
}

void ExpectedDeliveries::rowsWritten(const QList<qsizetype> &rows)
{
    if (!m_predictor)
        return;
    if (rows.size() > m_backgroundThreshold) {
        predictFrom(0);
        return;
    }
    DeliveryForecast forecast(m_predictor, today());
    for (const qsizetype row : rows) {
        const DeliveryForecast::Prediction predicted = forecast.predict(m_shipments, row);
        m_shipments.setPredictedDelivery(row, predicted.day, predicted.earliest);
        if (m_job)
            m_predictedMeanwhile.insert(row);
    }
}

// Rows [first, end of the columns) need predictions: at once when they are few, else on a
// worker; while one runs, the batch waits for it (a retrain waits from row 0).
void ExpectedDeliveries::predictFrom(qsizetype first)
{
    if (!m_predictor)
        return;
    if (m_job) {
        m_waitingFrom = m_waitingFrom < 0 ? first : std::min(m_waitingFrom, first);
        return;
    }
    const qsizetype count = m_shipments.size() - first;
    if (count > m_backgroundThreshold) {
        startJob(first);
        return;
    }
    QList<qsizetype> changed;
    DeliveryForecast forecast(m_predictor, today());
    for (qsizetype row = first; row < m_shipments.size(); ++row) {
        const DeliveryForecast::Prediction predicted = forecast.predict(m_shipments, row);
        if (m_shipments.setPredictedDelivery(row, predicted.day, predicted.earliest) && changed.size() <= RowByRowLimit)
            changed.append(row);
    }
    showChanges(m_predictor, changed);
}

// `changed` holds the rows whose prediction changed, or RowByRowLimit + 1 of them when there were more.
void ExpectedDeliveries::showChanges(std::shared_ptr<const DeliveryPredictor> predictor, const QList<qsizetype> &changed)
{
    m_model.setDeliveryPredictor(std::move(predictor));
    if (changed.size() > RowByRowLimit)
        m_model.expectedDeliveriesChanged();
    else if (!changed.isEmpty())
        m_model.shipmentsChanged(changed);
}

void ExpectedDeliveries::startJob(qsizetype first)
{
    m_job = std::make_unique<Job>();
    m_job->predictor = m_predictor;
    m_job->progress = std::make_shared<TaskProgress>(tr("Predicting deliveries of %L1 shipments")
                                                         .arg(m_shipments.size() - first));
    connect(&m_job->watcher, &QFutureWatcher<Changes>::finished, this, &ExpectedDeliveries::finishJob);
    // The snapshot shares the columns' data; the GUI thread's next write detaches its own copy.
    m_job->watcher.setFuture(QtConcurrent::run([snapshot = m_shipments, forecast = DeliveryForecast(m_predictor, today()),
                                                first, progress = m_job->progress]() mutable {
        Changes changes;
        const qsizetype end = snapshot.size();
        progress->setTotal(end - first);
        for (qsizetype row = first; row < end && !progress->isCanceled(); ++row) {
            const DeliveryForecast::Prediction predicted = forecast.predict(snapshot, row);
            if (predicted.day != snapshot.predictedDelivery(row) || predicted.earliest != snapshot.predictedEarliest(row))
                changes.append({row, predicted});
            if ((row - first) % ProgressStep == 0)
                progress->setDone(row - first);
        }
        progress->finish();
        return changes;
    }));
    emit predictingStarted(m_job->progress);
}

void ExpectedDeliveries::finishJob()
{
    const std::unique_ptr<Job> job = std::move(m_job);
    const Changes changes = job->watcher.result();
    const QSet<qsizetype> meanwhile = std::exchange(m_predictedMeanwhile, {});
    if (!job->progress->isCanceled()) {
        QList<qsizetype> changed;
        for (const Change &change : changes) {
            if (meanwhile.contains(change.row))
                continue;
            const DeliveryForecast::Prediction &p = change.prediction;
            if (m_shipments.setPredictedDelivery(change.row, p.day, p.earliest) && changed.size() <= RowByRowLimit)
                changed.append(change.row);
        }
        showChanges(job->predictor, changed);
    }
    if (m_waitingFrom >= 0)
        predictFrom(std::exchange(m_waitingFrom, -1));
    emit predictingFinished();
}
