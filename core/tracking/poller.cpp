#include "poller.h"

#include <QCoreApplication>

#include "carriers/carrieradapter.h"
#include "carriers/carrierregistry.h"
#include "storage/database.h"
#include "problems/scangaphistory.h"
#include "storage/deliveryhistory.h"
#include "storage/trackingstore.h"

#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcPoller, "shipdeck.poller")

namespace {

constexpr int MaxAttempts = 3;       // sends of one batch per cycle after failures
constexpr int MaxRateLimited = 10;   // 429s one batch may meet in a cycle before it waits for the next
constexpr int FlushEvery = 200;      // shipments per write transaction
constexpr qint64 ErrorRetrySecs = 30 * 60;

// Retry-After is either seconds or an HTTP date (RFC 9110).
std::optional<qint64> retryAfterMsecs(QNetworkReply *reply, const QDateTime &now)
{
    const QByteArray value = reply->rawHeader("Retry-After").trimmed();
    if (value.isEmpty())
        return std::nullopt;
    bool isNumber = false;
    const qint64 secs = value.toLongLong(&isNumber);
    if (isNumber)
        return std::max<qint64>(0, secs) * 1000;
    const QDateTime when = QDateTime::fromString(QString::fromLatin1(value), Qt::RFC2822Date);
    if (!when.isValid())
        return std::nullopt;
    return std::max<qint64>(0, now.msecsTo(when));
}

} // namespace

Poller::Poller(const CarrierRegistry &carriers, QMap<QString, CarrierSettings> settings, DatabaseConfig database,
               const Clock &domainClock, const Clock &wallClock, QObject *parent)
    : QObject(parent)
    , m_carriers(carriers)
    , m_settings(std::move(settings))
    , m_databaseConfig(std::move(database))
    , m_domainClock(domainClock)
    , m_wallClock(wallClock)
    , m_wakeTimer(this)
    , m_cycleTimer(this)
    , m_flushTimer(this)
{
    m_wakeTimer.setSingleShot(true);
    connect(&m_wakeTimer, &QTimer::timeout, this, &Poller::pump);
    connect(&m_cycleTimer, &QTimer::timeout, this, &Poller::runCycle);
    // Answers trickle in at the carriers' pace: write what arrived at least twice a second.
    m_flushTimer.setInterval(500);
    connect(&m_flushTimer, &QTimer::timeout, this, &Poller::flushUpdates);
}

Poller::~Poller() = default;

void Poller::setProblemDetector(ProblemDetector detector, int sliceSize)
{
    m_problemDetector = std::move(detector);
    m_problemSliceSize = sliceSize;
}

void Poller::setDeliveryPredictor(std::shared_ptr<DeliveryPredictor> predictor, int refreshSecs)
{
    m_predictor = std::move(predictor);
    m_predictorRefreshSecs = refreshSecs;
    m_predictorAge.invalidate();
}

void Poller::setScanGapNorms(std::shared_ptr<ScanGapNorms> norms, int refreshSecs)
{
    m_scanGapNorms = std::move(norms);
    m_predictorRefreshSecs = refreshSecs;
    m_predictorAge.invalidate();
}

void Poller::detectProblemsLearningFromHistory(const ProblemThresholds &thresholds)
{
    // At-risk detection expects parcels when the carrier said, else when past deliveries suggest;
    // the stalled rule knows the usual gaps between past deliveries' scans. Both are trained and
    // read on the poller's thread only.
    auto predictor = std::make_shared<DeliveryPredictor>();
    auto norms = std::make_shared<ScanGapNorms>();
    setProblemDetector(ProblemCaseKeeper::engineDetector(ProblemEngine(thresholds, norms), predictor));
    setDeliveryPredictor(std::move(predictor));
    setScanGapNorms(std::move(norms));
}

void Poller::start(int intervalMsecs)
{
    m_cycleTimer.start(intervalMsecs);
    runCycle();
}

void Poller::stop()
{
    m_cycleTimer.stop();
    m_wakeTimer.stop();
}

bool Poller::ensureOpen()
{
    if (m_database)
        return true;
    auto database = std::make_unique<Database>(m_databaseConfig);
    if (Outcome opened = database->open(); !opened) {
        qCWarning(lcPoller).noquote() << opened.error();
        emit failed(opened.error());
        return false;
    }
    m_database = std::move(database);
    m_store = std::make_unique<TrackingStore>(*m_database);
    if (m_problemDetector)
        m_problemKeeper = std::make_unique<ProblemCaseKeeper>(*m_database, m_problemDetector);
    m_network = new QNetworkAccessManager(this);
    return true;
}

CarrierLane *Poller::laneFor(const QString &carrier)
{
    if (const auto it = m_lanes.find(carrier); it != m_lanes.end())
        return it->second.get();
    const CarrierAdapter *adapter = m_carriers.adapter(carrier);
    if (!adapter || !m_settings.contains(carrier))
        return nullptr;
    auto lane = std::make_unique<CarrierLane>(*adapter, m_settings.value(carrier), qHash(carrier, 7));
    // A restarted poller continues today's count instead of starting afresh.
    const QDate today = m_wallClock.now().toUTC().date();
    qint64 used = 0;
    if (Outcome read = m_store->quotaUsed(carrier, today, used); read)
        lane->quota().restore(today, used);
    else
        qCWarning(lcPoller).noquote() << read.error();
    return m_lanes.emplace(carrier, std::move(lane)).first->second.get();
}

void Poller::runCycle()
{
    if (m_cycleRunning || !ensureOpen())
        return;
    refreshPredictor();
    QList<Shipment> due;
    if (Outcome loaded = m_store->loadDueShipments(m_domainClock.now(), m_shipmentsPerCycle, due); !loaded) {
        qCWarning(lcPoller).noquote() << loaded.error();
        emit failed(loaded.error());
        return;
    }
    m_cycleRunning = true;
    m_report = PollReport();
    m_report.shipmentsDue = int(due.size());
    m_cycleElapsed.start();
    m_flushTimer.start();
    for (const Shipment &shipment : std::as_const(due)) {
        if (CarrierLane *lane = laneFor(shipment.carrier)) {
            lane->enqueue(shipment);
            continue;
        }
        const QString why = m_carriers.adapter(shipment.carrier)
            ? QCoreApplication::translate("Poller", "no account is set up for carrier \"%1\"").arg(shipment.carrier)
            : QCoreApplication::translate("Poller", "Shipdeck has no adapter for carrier \"%1\"").arg(shipment.carrier);
        m_pendingErrors.append({CarrierError::Kind::Rejected, shipment.carrier, shipment.trackingNumber, why});
        TrackingUpdate update;
        update.shipmentId = shipment.id;
        update.pollError = why;
        update.nextPoll = m_domainClock.now().addSecs(m_schedule.intervals().waitingSecs);
        m_pendingUpdates.append(update);
        ++m_report.errors;
    }
    pump();
}

void Poller::pump()
{
    const QDateTime now = m_wallClock.now();
    qint64 wakeIn = -1;
    for (auto &[key, lanePtr] : m_lanes) {
        CarrierLane &lane = *lanePtr;
        while (lane.hasWork()) {
            if (lane.needsToken() && !lane.hasValidToken(now)) {
                if (!lane.tokenRequestInFlight())
                    sendToken(lane);
                break;
            }
            if (!lane.quotaAllows(now)) {
                deferForQuota(lane);
                break;
            }
            const qint64 wait = lane.msecsUntilSendable(now);
            if (wait != 0) {
                if (wait > 0)
                    wakeIn = wakeIn < 0 ? wait : std::min(wakeIn, wait);
                break; // -1: a reply in flight will pump again
            }
            sendBatch(lane, lane.takeBatch());
        }
    }
    if (wakeIn >= 0)
        m_wakeTimer.start(int(std::min<qint64>(wakeIn, 24 * 3600 * 1000LL)));
    finishCycleIfIdle();
}

QNetworkReply *Poller::send(const CarrierRequest &request)
{
    QNetworkRequest networkRequest(request.url);
    for (const auto &[name, value] : request.headers)
        networkRequest.setRawHeader(name, value);
    networkRequest.setTransferTimeout(m_transferTimeoutMsecs);
    return m_network->sendCustomRequest(networkRequest, request.method, request.body);
}

void Poller::sendToken(CarrierLane &lane)
{
    const auto request = lane.adapter().tokenRequest(lane.settings().account);
    if (!request)
        return;
    lane.setTokenRequestInFlight(true);
    ++m_report.tokenRequests;
    QNetworkReply *reply = send(*request);
    connect(reply, &QNetworkReply::finished, this, [this, &lane, reply] { handleTokenReply(lane, reply); });
}

void Poller::handleTokenReply(CarrierLane &lane, QNetworkReply *reply)
{
    reply->deleteLater();
    lane.setTokenRequestInFlight(false);
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    CarrierError error;
    const auto token = status ? lane.adapter().parseTokenResponse(reply->readAll(), status, &error) : std::nullopt;
    if (token) {
        lane.setToken(token->accessToken, token->expiresInSecs, m_wallClock.now());
        lane.resetBackoff();
    } else if (status == 0 || status >= 500 || status == 429) {
        // The token endpoint is down or busy: wait and ask again, the shipments stay queued.
        lane.pauseFor(retryAfterMsecs(reply, m_wallClock.now()).value_or(lane.nextBackoffMsecs()), m_wallClock.now());
        qCWarning(lcPoller).noquote() << lane.adapter().displayName() << "token request failed:" << reply->errorString();
    } else {
        // Refused credentials will not get better by asking again: every waiting shipment learns why.
        error.carrier = lane.adapter().key();
        if (error.message.isEmpty())
            error.message = QCoreApplication::translate("Poller", "%1 refused the sign-in (HTTP %2)").arg(lane.adapter().displayName()).arg(status);
        for (const QString &number : lane.takeAll()) {
            CarrierError perShipment = error;
            perShipment.trackingNumber = number;
            recordError(lane, perShipment);
        }
    }
    pump();
}

void Poller::sendBatch(CarrierLane &lane, CarrierLane::Batch batch)
{
    const QList<CarrierRequest> requests =
        lane.adapter().trackRequests(batch.trackingNumbers, lane.settings().account, lane.token());
    for (const CarrierRequest &request : requests) {
        CarrierLane::Batch part = batch;
        part.trackingNumbers = request.trackingNumbers;
        lane.recordSent(m_wallClock.now());
        ++m_report.requestsSent;
        ++m_report.requestsByCarrier[lane.adapter().key()];
        ++m_pendingQuota[lane.adapter().key()];
        QNetworkReply *reply = send(request);
        connect(reply, &QNetworkReply::finished, this,
                [this, &lane, part, reply] { handleTrackReply(lane, part, reply); });
    }
}

void Poller::handleTrackReply(CarrierLane &lane, const CarrierLane::Batch &batch, QNetworkReply *reply)
{
    reply->deleteLater();
    lane.recordFinished();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (!retryLater(lane, batch, reply, status)) {
        const QByteArray body = reply->readAll();
        applyResult(lane, batch, lane.adapter().parseTrackResponse(body, status, batch.trackingNumbers));
    }
    pump();
}

// Failures another try may mend: no answer, 5xx, 429, a token that expired meanwhile.
bool Poller::retryLater(CarrierLane &lane, CarrierLane::Batch batch, QNetworkReply *reply, int httpStatus)
{
    const QDateTime now = m_wallClock.now();
    const QString carrier = lane.adapter().displayName();
    if (httpStatus == 401 && lane.needsToken() && !batch.authRetried) {
        lane.dropToken();
        batch.authRetried = true;
        lane.requeueFront(batch);
        ++m_report.retried;
        return true;
    }
    if (httpStatus == 429) {
        ++m_report.rateLimited;
        const qint64 wait = retryAfterMsecs(reply, now).value_or(lane.nextBackoffMsecs());
        lane.pauseFor(wait, now);
        qCInfo(lcPoller).noquote() << carrier << "asks to slow down; next request in" << wait << "ms";
        if (++batch.attempt > MaxRateLimited)
            return false;
        lane.requeueFront(batch);
        ++m_report.retried;
        return true;
    }
    const bool noAnswer = httpStatus == 0;
    if (!noAnswer && httpStatus < 500)
        return false;
    const qint64 wait = lane.nextBackoffMsecs();
    lane.pauseFor(wait, now);
    qCWarning(lcPoller).noquote() << carrier << (noAnswer ? reply->errorString() : u"HTTP %1"_s.arg(httpStatus))
                                  << "for" << batch.trackingNumbers.join(u',') << "; retrying in" << wait << "ms";
    if (++batch.attempt >= MaxAttempts) {
        if (!noAnswer)
            return false; // the adapter turns the 5xx body into an error for each number
        for (const QString &number : std::as_const(batch.trackingNumbers)) {
            recordError(lane, {CarrierError::Kind::Temporary, lane.adapter().key(), number,
                               QCoreApplication::translate("Poller", "%1 did not answer after %2 tries: %3").arg(carrier).arg(MaxAttempts).arg(reply->errorString())});
        }
        return true;
    }
    lane.requeueFront(batch);
    ++m_report.retried;
    return true;
}

void Poller::applyResult(CarrierLane &lane, const CarrierLane::Batch &batch, const TrackingResult &result)
{
    QSet<QString> settled;
    for (const TrackedShipment &tracked : result.shipments) {
        if (!lane.shipment(tracked.trackingNumber) || settled.contains(tracked.trackingNumber))
            continue; // a number we did not ask about, or a second copy of one we did
        recordAnswer(lane, tracked);
        settled.insert(tracked.trackingNumber);
    }
    for (const CarrierError &error : result.errors) {
        const QStringList affected = error.trackingNumber.isEmpty() ? batch.trackingNumbers : QStringList{error.trackingNumber};
        for (const QString &number : affected) {
            if (settled.contains(number))
                continue; // answered despite a problem elsewhere in the payload: the answer stands
            CarrierError perShipment = error;
            perShipment.trackingNumber = number;
            recordError(lane, perShipment);
            settled.insert(number);
        }
    }
    if (!result.shipments.isEmpty())
        lane.resetBackoff();
    if (m_pendingUpdates.size() >= FlushEvery)
        flushUpdates();
}

void Poller::recordAnswer(CarrierLane &lane, const TrackedShipment &tracked)
{
    const Shipment *known = lane.shipment(tracked.trackingNumber);
    if (!known)
        return;
    Shipment shipment = *known;
    shipment.subStatus = tracked.subStatus;
    if (tracked.carrierEstimate.isValid())
        shipment.carrierEstimate = tracked.carrierEstimate;
    if (!tracked.service.isEmpty())
        shipment.service = tracked.service;
    if (!tracked.events.isEmpty())
        shipment.lastEventAt = tracked.events.last().occurredAt.toUTC();
    for (const TrackingEvent &event : tracked.events) {
        if (!event.mapped)
            countUnmapped(lane.adapter().key(), event);
    }
    TrackingUpdate update;
    update.shipmentId = shipment.id;
    update.answered = true;
    update.subStatus = shipment.subStatus;
    update.carrierEstimate = shipment.carrierEstimate;
    update.service = tracked.service;
    update.lastEventAt = shipment.lastEventAt;
    update.events = tracked.events;
    update.nextPoll = m_schedule.nextPoll(shipment, m_domainClock.now());
    update.checkedAt = m_domainClock.now();
    shipment.pollError.clear();
    m_pendingUpdates.append(update);
    m_pendingShipments.append(shipment);
    lane.forget(tracked.trackingNumber);
    ++m_report.shipmentsUpdated;
}

void Poller::recordError(CarrierLane &lane, const CarrierError &error)
{
    const Shipment *known = lane.shipment(error.trackingNumber);
    if (!known)
        return;
    qCWarning(lcPoller).noquote() << lane.adapter().displayName() << error.trackingNumber << error.message;
    TrackingUpdate update;
    update.shipmentId = known->id;
    update.pollError = error.message;
    // Not found yet is normal for a fresh label: ask again on the usual schedule.
    update.nextPoll = error.kind == CarrierError::Kind::NotFound ? m_schedule.nextPoll(*known, m_domainClock.now())
                                                                  : m_domainClock.now().addSecs(ErrorRetrySecs);
    m_pendingUpdates.append(update);
    Shipment shipment = *known;
    shipment.pollError = error.message;
    m_pendingShipments.append(shipment);
    m_pendingErrors.append(error);
    lane.forget(error.trackingNumber);
    ++(error.kind == CarrierError::Kind::NotFound ? m_report.notYetKnown : m_report.errors);
}

void Poller::deferForQuota(CarrierLane &lane)
{
    const QDateTime renews = lane.quota().renewsAt(m_wallClock.now());
    const QString why = QCoreApplication::translate("Poller", "%1's daily quota of %L2 requests is used up; next poll after it renews at %3 UTC")
                            .arg(lane.adapter().displayName()).arg(lane.quota().perDay()).arg(renews.toString(u"yyyy-MM-dd HH:mm"_s));
    for (const QString &number : lane.takeAll()) {
        const Shipment *known = lane.shipment(number);
        if (!known)
            continue;
        TrackingUpdate update;
        update.shipmentId = known->id;
        update.pollError = why;
        update.nextPoll = m_domainClock.now().addMSecs(m_wallClock.now().msecsTo(renews));
        m_pendingUpdates.append(update);
        lane.forget(number);
        ++m_report.deferredByQuota;
    }
    qCWarning(lcPoller).noquote() << why;
}

void Poller::countUnmapped(const QString &carrier, const TrackingEvent &event)
{
    const QString key = carrier + u' ' + event.carrierCode;
    if (m_unmappedCodes[key]++ == 0) {
        qCWarning(lcPoller).noquote() << "unmapped" << carrier << "code" << event.carrierCode << "("
                                      << event.carrierText << "); kept verbatim:" << event.evidence;
    }
}

void Poller::flushUpdates()
{
    if (!m_store)
        return;
    for (auto it = m_pendingQuota.constBegin(); it != m_pendingQuota.constEnd(); ++it) {
        if (Outcome added = m_store->addQuotaUsed(it.key(), m_wallClock.now().toUTC().date(), it.value()); !added)
            qCWarning(lcPoller).noquote() << added.error();
    }
    m_pendingQuota.clear();
    if (!m_pendingUpdates.isEmpty()) {
        if (Outcome saved = m_store->saveUpdates(m_pendingUpdates); !saved) {
            // Kept for the next flush: nothing the carriers said is dropped for a busy database.
            qCWarning(lcPoller).noquote() << saved.error();
            emit failed(saved.error());
            return;
        }
        m_pendingUpdates.clear();
    }
    if (!m_pendingShipments.isEmpty()) {
        const QList<Shipment> stored = std::exchange(m_pendingShipments, {});
        reviewProblems(stored);
        emit shipmentsUpdated(stored);
    }
    if (!m_pendingErrors.isEmpty())
        emit errorsOccurred(std::exchange(m_pendingErrors, {}));
}

// The shipments just stored, or (none given) the next slice of those under way.
void Poller::reviewProblems(const QList<Shipment> &changedShipments)
{
    if (!m_problemKeeper)
        return;
    QList<ProblemCase> changed;
    const QDateTime now = m_domainClock.now();
    const Outcome reviewed = changedShipments.isEmpty() ? m_problemKeeper->reviewNextSlice(now, m_problemSliceSize, changed)
                                                        : m_problemKeeper->reviewShipments(changedShipments, now, changed);
    // The shipments themselves are stored: the next review catches up on their cases.
    if (!reviewed)
        qCWarning(lcPoller).noquote() << reviewed.error();
    if (!changed.isEmpty())
        emit problemCasesChanged(changed);
}

void Poller::refreshPredictor()
{
    if ((!m_predictor && !m_scanGapNorms) || (m_predictorAge.isValid() && m_predictorAge.elapsed() < m_predictorRefreshSecs * 1000LL))
        return;
    // Started before training: a failure waits for the next refresh as well, rather than
    // costing every cycle a full read; the previous predictor stays in use meanwhile.
    m_predictorAge.start();
    qint64 learned = 0;
    if (m_predictor) {
        DeliveryPredictor fresh;
        if (Outcome trained = DeliveryHistory(*m_database).train(fresh, m_domainClock.now(), &learned); !trained) {
            qCWarning(lcPoller).noquote() << trained.error();
        } else {
            *m_predictor = std::move(fresh);
            qCInfo(lcPoller) << "expected delivery learned from" << learned << "deliveries in" << m_predictorAge.elapsed() << "ms";
            emit deliveryPredictorLearned(std::make_shared<const DeliveryPredictor>(*m_predictor));
        }
    }
    if (m_scanGapNorms) {
        ScanGapNorms fresh;
        if (Outcome trained = ScanGapHistory(*m_database).train(fresh, m_domainClock.now(), &learned); !trained) {
            qCWarning(lcPoller).noquote() << trained.error();
        } else {
            *m_scanGapNorms = std::move(fresh);
            qCInfo(lcPoller) << "scan gaps learned from" << learned << "deliveries;" << m_predictorAge.elapsed() << "ms in all";
        }
    }
}

void Poller::finishCycleIfIdle()
{
    if (!m_cycleRunning)
        return;
    for (const auto &[key, lane] : m_lanes) {
        if (lane->hasWork() || lane->inFlight() > 0 || lane->tokenRequestInFlight())
            return;
    }
    flushUpdates();
    m_flushTimer.stop();
    reviewProblems({});
    m_cycleRunning = false;
    m_report.elapsedMsecs = m_cycleElapsed.elapsed();
    emit cycleFinished(m_report);
}
