#pragma once

#include "carriersettings.h"
#include "carriers/carriererror.h"
#include "carrierlane.h"
#include "model/clock.h"
#include "pollreport.h"
#include "pollschedule.h"
#include "problems/problemcasekeeper.h"
#include "storage/databaseconfig.h"
#include "storage/trackingupdate.h"

#include <QElapsedTimer>
#include <QHash>
#include <QMap>
#include <QObject>
#include <QTimer>

#include <memory>

class CarrierRegistry;
class Database;
class QNetworkAccessManager;
class QNetworkReply;
class TrackingStore;
struct TrackedShipment;

// Asks carriers about the shipments that are due and stores what they say. Respects every limit
// of every carrier: token-bucket rate, requests in flight, the daily quota (kept in the database
// so a restart does not reset it), Retry-After after a 429, exponential backoff with jitter after
// failures, batching where the API allows it, and a fresh token after a refused one. Lives in its
// own thread in the console; opens its own database connection and network access there.
class Poller : public QObject
{
    Q_OBJECT

public:
    // `domainClock` decides what is due and when to look again (simulated time in the demo and
    // the tests); `wallClock` paces the requests (always real time towards a real server).
    Poller(const CarrierRegistry &carriers, QMap<QString, CarrierSettings> settings, DatabaseConfig database,
           const Clock &domainClock, const Clock &wallClock, QObject *parent = nullptr);
    ~Poller() override;

    void setSchedule(const PollSchedule &schedule) { m_schedule = schedule; }
    void setShipmentsPerCycle(int count) { m_shipmentsPerCycle = count; }
    void setTransferTimeoutMsecs(int msecs) { m_transferTimeoutMsecs = msecs; }
    // Keeps problem cases up to date: shipments a poll changed are reviewed once stored, and each
    // cycle reviews `sliceSize` more shipments under way, because silence is a signal too.
    // Without a detector, the poller leaves problem cases alone.
    void setProblemDetector(ProblemDetector detector, int sliceSize = 5000);
    // Trains `predictor` (the one the problem detector reads its expected deliveries from) on the
    // database's recent deliveries when a cycle starts and it is older than `refreshSecs` of real
    // time: here, on the poller's thread, the detector's only reader.
    void setDeliveryPredictor(std::shared_ptr<DeliveryPredictor> predictor, int refreshSecs = 3600);
    // Likewise trains `norms` (the scan gaps the detector's stalled rule reads) on the scans of
    // the database's recent deliveries, at the same moments.
    void setScanGapNorms(std::shared_ptr<ScanGapNorms> norms, int refreshSecs = 3600);
    // The detection engine at `thresholds` as the problem detector, with a delivery predictor and
    // scan-gap norms of the poller's own, trained as above: what the console and shipdeck-poller run.
    void detectProblemsLearningFromHistory(const ProblemThresholds &thresholds);
    bool isCycleRunning() const { return m_cycleRunning; }
    // How often each carrier code we could not map was seen: "carrier code" -> count.
    QHash<QString, int> unmappedCodes() const { return m_unmappedCodes; }

public slots:
    // One cycle over the shipments due now; cycleFinished() says when it is done.
    void runCycle();
    // A cycle every `intervalMsecs` (a running cycle is never overlapped).
    void start(int intervalMsecs);
    void stop();

signals:
    void shipmentsUpdated(const QList<Shipment> &shipments);
    void errorsOccurred(const QList<CarrierError> &errors);
    void cycleFinished(const PollReport &report);
    void failed(const QString &message); // the database could not be used at all
    // Cases the detector opened, updated or closed, as they are now.
    void problemCasesChanged(const QList<ProblemCase> &cases);
    // The predictor set with setDeliveryPredictor() was retrained: a copy of it, which other
    // threads may read (the console's table and detail pane), so they need not read the history too.
    void deliveryPredictorLearned(std::shared_ptr<const DeliveryPredictor> predictor);

private:
    bool ensureOpen();
    CarrierLane *laneFor(const QString &carrier);
    void pump();
    void sendToken(CarrierLane &lane);
    void sendBatch(CarrierLane &lane, CarrierLane::Batch batch);
    void handleTokenReply(CarrierLane &lane, QNetworkReply *reply);
    void handleTrackReply(CarrierLane &lane, const CarrierLane::Batch &batch, QNetworkReply *reply);
    bool retryLater(CarrierLane &lane, CarrierLane::Batch batch, QNetworkReply *reply, int httpStatus);
    void applyResult(CarrierLane &lane, const CarrierLane::Batch &batch, const struct TrackingResult &result);
    void recordAnswer(CarrierLane &lane, const TrackedShipment &tracked);
    void recordError(CarrierLane &lane, const CarrierError &error);
    void deferForQuota(CarrierLane &lane);
    void countUnmapped(const QString &carrier, const TrackingEvent &event);
    void flushUpdates();
    void reviewProblems(const QList<Shipment> &changedShipments);
    void refreshPredictor();
    void finishCycleIfIdle();
    QNetworkReply *send(const struct CarrierRequest &request);

    const CarrierRegistry &m_carriers;
    QMap<QString, CarrierSettings> m_settings;
    DatabaseConfig m_databaseConfig;
    const Clock &m_domainClock;
    const Clock &m_wallClock;
    PollSchedule m_schedule;
    int m_shipmentsPerCycle = 20000;
    int m_transferTimeoutMsecs = 30000;

    std::unique_ptr<Database> m_database;
    std::unique_ptr<TrackingStore> m_store;
    ProblemDetector m_problemDetector;
    int m_problemSliceSize = 0;
    std::unique_ptr<ProblemCaseKeeper> m_problemKeeper;
    std::shared_ptr<DeliveryPredictor> m_predictor;
    std::shared_ptr<ScanGapNorms> m_scanGapNorms;
    int m_predictorRefreshSecs = 0;
    QElapsedTimer m_predictorAge; // invalid until first trained
    QNetworkAccessManager *m_network = nullptr;
    std::map<QString, std::unique_ptr<CarrierLane>> m_lanes;
    QTimer m_wakeTimer;
    QTimer m_cycleTimer;
    QTimer m_flushTimer;
    bool m_cycleRunning = false;
    PollReport m_report;
    QElapsedTimer m_cycleElapsed;
    QList<TrackingUpdate> m_pendingUpdates;
    QList<Shipment> m_pendingShipments;
    QList<CarrierError> m_pendingErrors;
    QHash<QString, qint64> m_pendingQuota; // requests not yet added to the stored quota, by carrier
    QHash<QString, int> m_unmappedCodes;
};
