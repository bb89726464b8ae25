#pragma once

#include "problemengine.h"
#include "problemtype.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

class DeliveryPredictor;
class ScanGapNorms;
struct SimulatedJourney;

// Measures the detection engine and the delivery prediction against what physically happened in
// simulated journeys (core/sim). The engine only ever sees the carrier's scans, replayed as a
// poller would receive them: each scan visible from its report time, polled on PollSchedule's
// intervals. The truth comes from the physical steps and problems of ParcelTruth:
// - a problem kind the simulator recorded (failed attempt, address problem, ..., lost) with its onset;
// - stalled: the parcel physically did not move for longer than the stalled threshold (working
//   hours) while not waiting on purpose (pickup point, customs, address) and not delivered or back;
// - late: not delivered by the end of the promised day (destination's calendar) and not already
//   refused or on its way back; at risk: the same parcels, flagged before the promised day ended.
// Recall is over all of them; visible recall over those the carrier's scans said anything of.
class ProblemEvaluation
{
public:
    struct Options {
        quint64 seed = 1;
        int count = 10000;
        quint64 trainSeed = 0; // journeys the EDD history and the scan-gap norms are learned from; 0: seed + 1
        QDateTime generatedAt = QDateTime(QDate(2026, 11, 25), QTime(12, 0), Qt::UTC);
        int horizonDays = 45; // how long a parcel is watched at most
        // Between polls the poller's round reviews every shipment under way (ProblemCaseKeeper):
        // at least hourly for up to 300,000 of them at its default slice and cycle. 0: polls only.
        int reviewMinutes = 60;
        // Explain the false alarms and misses of this type: the journey's truth, the scans as they
        // were reported and each change of the engine's verdict on the type, for tuning the rules.
        std::optional<ProblemType> explain;
    };

    struct TypeScore {
        int truePositives = 0;
        int falsePositives = 0;
        int falseNegatives = 0;
        QList<double> onsetDelayHours; // alert minus true onset, per true positive
        QList<double> ruleDelayHours;  // alert minus the moment the rule became true on what was visible
        int withinOnePoll = 0;         // true positives alerted at the first poll after the rule became true
                                       // (for a rule dated by a scan: after that scan was reported)
        // The real cases whose own scan (a failed attempt's, a customs hold's) reached the engine
        // within the watch, and how many of those it caught: what is the engine's to catch, as
        // against what the carrier never said. Types judged from time alone count every case.
        int visibleReal = 0;
        int visibleTruePositives = 0;

        double precision() const;
        double recall() const;
        double visibleRecall() const;
    };

    struct EddScore {
        QList<double> ourErrorHours;      // estimate as Shipdeck shows it: the carrier's, else history
        QList<double> historyErrorHours;  // history alone, never the carrier's estimate
        QList<double> baselineErrorHours; // ship date + the carrier's median transit days
        int carrierEstimates = 0;
    };

    struct Result {
        std::array<TypeScore, ProblemTypeCount> types;
        EddScore edd;
        int journeys = 0;
        qint64 evaluations = 0; // engine runs (polls and reviews)
        qint64 polls = 0;       // questions to the carrier, those that confirm a silence included
        int flaps = 0;          // a case closed and opened again within one journey
        // With Options::explain: each false alarm and miss of that type, in words (see explain()).
        QStringList explanations;
    };

    // `engine` gives the thresholds; its scan-gap norms are the ones learned from the training journeys.
    explicit ProblemEvaluation(Options options, ProblemEngine engine = ProblemEngine());
    Result run() const;

    // The evaluation's figures as lines of the benchmark format ({"bench","metric",...}).
    static QList<QString> jsonLines(const Result &result);

private:
    void train(DeliveryPredictor &predictor, ScanGapNorms &norms) const;
    void replay(const ProblemEngine &engine, int index, const SimulatedJourney &journey, const QDate &promised, const DeliveryPredictor &predictor, Result &result) const;

    Options m_options;
    ProblemEngine m_engine;
};
