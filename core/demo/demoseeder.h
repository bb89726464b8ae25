#pragma once

#include "model/outcome.h"
#include "model/shipmentrecord.h"
#include "storage/databaseconfig.h"

#include <QDateTime>

#include <functional>

class DemoCommunication;
class MessageLog;
class SurveyResponseStore;

// Fills a database with demo shipments from the journey simulator, with the messages sent about
// them and their recipients' survey answers, in batches, on its own connection so it can run on
// a worker thread. Deterministic for a given seed and "now"; running it twice adds nothing, since
// shipments are saved by (carrier, tracking number) and messages and answers by their unique keys.
class DemoSeeder
{
public:
    using Progress = std::function<bool(int done, int total)>; // return false to stop

    DemoSeeder(DatabaseConfig config, quint64 seed, QDateTime now);

    Outcome seed(int count, const Progress &progress = {}) const;

private:
    static Outcome saveCommunication(const QList<ShipmentRecord> &batch, const DemoCommunication &communication,
                                     MessageLog &messages, SurveyResponseStore &surveys);

    DatabaseConfig m_config;
    quint64 m_seed;
    QDateTime m_now;
};
