#include "problemjson.h"

using namespace Qt::StringLiterals;

namespace ProblemJson {

QJsonObject toJson(const DetectedProblem &problem)
{
    QJsonObject json{
        {u"type"_s, ProblemTypes::key(problem.type)},
        {u"label"_s, ProblemTypes::label(problem.type)},
        {u"since"_s, problem.since.toUTC().toString(Qt::ISODate)},
        {u"rule"_s, problem.rule},
        {u"evidence"_s, problem.evidence},
    };
    if (problem.deadline.isValid())
        json.insert(u"deadline"_s, problem.deadline.toUTC().toString(Qt::ISODate));
    if (problem.remindAt.isValid())
        json.insert(u"remind_at"_s, problem.remindAt.toUTC().toString(Qt::ISODate));
    return json;
}

QJsonObject toJson(const DeliveryEstimate &estimate)
{
    QJsonObject json{{u"source"_s, DeliveryEstimate::sourceKey(estimate.source)}, {u"basis"_s, estimate.basis}};
    if (!estimate.isValid())
        return json;
    json.insert(u"date"_s, estimate.date.toString(Qt::ISODate));
    json.insert(u"earliest"_s, estimate.earliest.toString(Qt::ISODate));
    json.insert(u"latest"_s, estimate.latest.toString(Qt::ISODate));
    if (estimate.source == DeliveryEstimate::Source::History) {
        json.insert(u"confidence"_s, estimate.confidence);
        json.insert(u"samples"_s, estimate.samples);
    }
    return json;
}

QJsonArray notesToJson(const QList<EventNote> &notes)
{
    QJsonArray array;
    for (const EventNote &note : notes)
        array.append(QJsonObject{{u"event"_s, qint64(note.index)}, {u"set_aside"_s, note.setAside}, {u"reason"_s, note.reason}});
    return array;
}

} // namespace ProblemJson
