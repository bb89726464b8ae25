#pragma once

#include "communication/customermessage.h"
#include "communication/surveyresponse.h"
#include "model/shipmentrecord.h"

#include <QDateTime>
#include <QList>

#include <optional>

// The messages a shop would have sent about a demo shipment, and the survey answer its recipient
// gave, derived from what the carrier reported by `now`: a shipping confirmation for nearly all,
// an SMS or WhatsApp on the day of delivery for those who asked for one, a message for every
// missed delivery and problem, a delivery confirmation, and a survey invitation the day after
// delivery that about a quarter of recipients answer, worse when the parcel was late or had a
// problem, in the recipient's language. Depends only on (seed, now, the shipment), so seeding
// again makes the same messages, which the message log's key then refuses to store twice.
class DemoCommunication
{
public:
    struct Story {
        QList<CustomerMessage> messages; // oldest first, each created no later than `now`
        std::optional<SurveyResponse> survey;

        friend bool operator==(const Story &, const Story &) = default;
    };

    DemoCommunication(quint64 seed, const QDateTime &now);

    // `record` must be stored (have its id) and hold its events oldest first.
    Story story(const ShipmentRecord &record) const;

private:
    quint64 m_seed;
    QDateTime m_now;
};
