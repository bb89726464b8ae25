#include "demoseeder.h"

#include "communication/messagelog.h"
#include "communication/surveyresponsestore.h"
#include "democommunication.h"
#include "sim/demodatagenerator.h"
#include "storage/database.h"
#include "storage/shipmentrepository.h"

DemoSeeder::DemoSeeder(DatabaseConfig config, quint64 seed, QDateTime now)
    : m_config(std::move(config))
    , m_seed(seed)
    , m_now(std::move(now))
{
}

Outcome DemoSeeder::seed(int count, const Progress &progress) const
{
    Database db(m_config);
    if (Outcome opened = db.open(); !opened)
        return opened;
    ShipmentRepository repository(db);
    MessageLog messages(db);
    SurveyResponseStore surveys(db);
    const DemoDataGenerator generator(m_seed, m_now);
    const DemoCommunication communication(m_seed, m_now);
    // Big enough that commits do not dominate, small enough that progress moves smoothly.
    constexpr int batchSize = 2000;
    for (int first = 0; first < count; first += batchSize) {
        QList<ShipmentRecord> batch = generator.generate(first, std::min(batchSize, count - first));
        if (Outcome saved = repository.saveShipments(batch); !saved)
            return saved;
        if (Outcome told = saveCommunication(batch, communication, messages, surveys); !told)
            return told;
        if (progress && !progress(std::min(first + batchSize, count), count))
            return Outcome::success();
    }
    return Outcome::success();
}

// The batch's messages and survey answers, now that its shipments have their ids. Seeding again
// stores none twice: the message log and the survey store refuse what is already there.
Outcome DemoSeeder::saveCommunication(const QList<ShipmentRecord> &batch, const DemoCommunication &communication,
                                      MessageLog &messages, SurveyResponseStore &surveys)
{
    QList<CustomerMessage> sent;
    QList<SurveyResponse> answers;
    sent.reserve(batch.size() * 4);
    for (const ShipmentRecord &record : batch) {
        DemoCommunication::Story story = communication.story(record);
        sent.append(std::move(story.messages));
        if (story.survey)
            answers.append(*story.survey);
    }
    int added = 0;
    if (Outcome recorded = messages.recordAll(sent, added); !recorded)
        return recorded;
    return surveys.recordAll(answers, added);
}
