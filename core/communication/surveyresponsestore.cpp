#include "surveyresponsestore.h"

#include "storage/database.h"
#include "storage/shipmentrows.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;
using ShipmentRows::instantValue;
using ShipmentRows::textValue;

namespace {

// Long enough for what people write into a survey's comment box, short enough for the detail pane.
constexpr qsizetype MaxCommentLength = 2000;

const QString insertSql = u"INSERT INTO survey_responses (shipment_id, answered_utc_ms, nps, csat, comment, language) "
                          "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING RETURNING id"_s;

QVariant scoreValue(const std::optional<int> &score)
{
    return score ? QVariant(*score) : QVariant(QMetaType::fromType<int>());
}

std::optional<int> scoreFrom(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional(value.toInt());
}

} // namespace

QString SurveyResponseStore::invalidReason(const SurveyResponse &r)
{
    if (r.shipmentId <= 0)
        return QCoreApplication::translate("SurveyResponseStore", "shipment: the answer belongs to no stored shipment");
    if (!r.answeredAt.isValid())
        return QCoreApplication::translate("SurveyResponseStore", "answered: the time of the answer is missing");
    if (!r.nps && !r.csat)
        return QCoreApplication::translate("SurveyResponseStore", "nps, csat: the answer has neither score");
    if (r.nps && (*r.nps < 0 || *r.nps > 10))
        return QCoreApplication::translate("SurveyResponseStore", "nps: %1 is not a score from 0 to 10").arg(*r.nps);
    if (r.csat && (*r.csat < 1 || *r.csat > 5))
        return QCoreApplication::translate("SurveyResponseStore", "csat: %1 is not a rating from 1 to 5").arg(*r.csat);
    if (r.comment.size() > MaxCommentLength)
        return QCoreApplication::translate("SurveyResponseStore", "comment: %1 characters, more than the %2 allowed")
            .arg(r.comment.size())
            .arg(MaxCommentLength);
    return {};
}

Outcome SurveyResponseStore::insert(QSqlQuery &query, const SurveyResponse &response, bool &added, qint64 &id)
{
    // Made only when needed: the demo seeder records hundreds of thousands of answers through here.
    const auto doing = [&response] {
        return QCoreApplication::translate("SurveyResponseStore", "recording the survey answer of shipment %1")
            .arg(response.shipmentId);
    };
    if (const QString why = invalidReason(response); !why.isEmpty())
        return Outcome::failure(QCoreApplication::translate("SurveyResponseStore", "%1: %2").arg(doing(), why));
    query.bindValue(0, response.shipmentId);
    query.bindValue(1, instantValue(response.answeredAt));
    query.bindValue(2, scoreValue(response.nps));
    query.bindValue(3, scoreValue(response.csat));
    query.bindValue(4, textValue(response.comment.trimmed()));
    query.bindValue(5, textValue(response.language));
    if (!query.exec())
        return Outcome::failure(m_db.describeError(doing(), query.lastError()));
    added = query.next();
    id = added ? query.value(0).toLongLong() : 0;
    query.finish();
    return Outcome::success();
}

Outcome SurveyResponseStore::record(SurveyResponse &response, Recorded &result)
{
    QSqlQuery query(m_db.connection());
    if (!query.prepare(insertSql))
        return Outcome::failure(m_db.describeError(
            QCoreApplication::translate("SurveyResponseStore", "preparing to record a survey answer"), query.lastError()));
    bool added = false;
    qint64 id = 0;
    if (Outcome inserted = insert(query, response, added, id); !inserted)
        return inserted;
    result = added ? Recorded::Added : Recorded::AlreadyAnswered;
    if (added)
        response.id = id;
    return Outcome::success();
}

Outcome SurveyResponseStore::recordAll(const QList<SurveyResponse> &responses, int &added)
{
    added = 0;
    if (responses.isEmpty())
        return Outcome::success();
    QSqlDatabase db = m_db.connection();
    if (!db.transaction())
        return Outcome::failure(m_db.describeError(
            QCoreApplication::translate("SurveyResponseStore", "starting to record survey answers"), db.lastError()));
    const auto abort = [&db](Outcome failure) {
        db.rollback();
        return failure;
    };
    QSqlQuery query(db);
    if (!query.prepare(insertSql))
        return abort(Outcome::failure(m_db.describeError(
            QCoreApplication::translate("SurveyResponseStore", "preparing to record survey answers"), query.lastError())));
    for (const SurveyResponse &response : responses) {
        bool isNew = false;
        qint64 id = 0;
        if (Outcome inserted = insert(query, response, isNew, id); !inserted)
            return abort(inserted);
        added += isNew ? 1 : 0;
    }
    if (!db.commit()) {
        const QSqlError error = db.lastError();
        return abort(Outcome::failure(m_db.describeError(
            QCoreApplication::translate("SurveyResponseStore", "committing %n survey answers", nullptr, int(responses.size())),
            error)));
    }
    return Outcome::success();
}

Outcome SurveyResponseStore::loadShipmentResponse(qint64 shipmentId, std::optional<SurveyResponse> &into) const
{
    const QString doing = QCoreApplication::translate("SurveyResponseStore", "loading the survey answer of shipment %1")
                              .arg(shipmentId);
    into.reset();
    QSqlQuery query(m_db.connection());
    if (!query.prepare(u"SELECT id, answered_utc_ms, nps, csat, comment, language FROM survey_responses "
                       "WHERE shipment_id = ?"_s))
        return Outcome::failure(m_db.describeError(doing, query.lastError()));
    query.addBindValue(shipmentId);
    if (!query.exec())
        return Outcome::failure(m_db.describeError(doing, query.lastError()));
    if (!query.next())
        return Outcome::success();
    SurveyResponse r;
    r.id = query.value(0).toLongLong();
    r.shipmentId = shipmentId;
    r.answeredAt = QDateTime::fromMSecsSinceEpoch(query.value(1).toLongLong(), Qt::UTC);
    r.nps = scoreFrom(query.value(2));
    r.csat = scoreFrom(query.value(3));
    r.comment = query.value(4).toString();
    r.language = query.value(5).toString();
    into = r;
    return Outcome::success();
}
