#pragma once

#include "model/outcome.h"
#include "surveyresponse.h"

#include <QList>

#include <optional>

class Database;

// Survey answers, one per shipment: the first answer stands (a second submission of the same form
// is refused, not merged). One code path for SQLite and PostgreSQL; a worker thread uses a
// Database of its own, as with every store.
class SurveyResponseStore
{
public:
    enum class Recorded { Added, AlreadyAnswered };

    explicit SurveyResponseStore(Database &database) : m_db(database) {}

    // Checks the answer and records it, setting its id. A bad answer fails with a message naming
    // the field (the database checks the same ranges, for anyone writing to it directly).
    Outcome record(SurveyResponse &response, Recorded &result);
    // Records many in one transaction, skipping shipments already answered; `added` counts the new ones.
    Outcome recordAll(const QList<SurveyResponse> &responses, int &added);
    // The shipment's answer; nullopt when it has none.
    Outcome loadShipmentResponse(qint64 shipmentId, std::optional<SurveyResponse> &into) const;

    // Why an answer cannot be recorded, naming the field; empty when it can.
    static QString invalidReason(const SurveyResponse &response);

private:
    Outcome insert(class QSqlQuery &query, const SurveyResponse &response, bool &added, qint64 &id);

    Database &m_db;
};
