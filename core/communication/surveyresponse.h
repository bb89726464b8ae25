#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

// A recipient's answer to the survey after delivery: how likely they are to recommend the shop
// (NPS, 0-10) and how satisfied they were with the delivery (CSAT, 1-5 stars), either of which
// they may skip, and what they wrote.
struct SurveyResponse {
    qint64 id = 0; // storage id; 0 until recorded
    qint64 shipmentId = 0;
    QDateTime answeredAt; // UTC
    std::optional<int> nps;
    std::optional<int> csat;
    QString comment;
    QString language; // BCP 47 language the recipient answered in, e.g. "de"

    // Promoters answer 9 or 10, detractors 0 to 6 (Bain's definition, used by every NPS tool).
    enum class NpsGroup { Detractor, Passive, Promoter };
    static NpsGroup npsGroup(int score) { return score >= 9 ? NpsGroup::Promoter : score >= 7 ? NpsGroup::Passive : NpsGroup::Detractor; }

    friend bool operator==(const SurveyResponse &, const SurveyResponse &) = default;
};
