#pragma once

#include "model/status.h"

#include <QString>
#include <QStringView>

#include <optional>

// Reads a carrier's free-text event description (English or German) into a sub-status, for
// carriers whose codes are coarse (DHL's statusCode is only pre-transit, transit, delivered,
// failure or unknown) and as the fallback for codes we do not know. Rules are ordered from the
// most specific situation to the most general, so "could not be delivered: address incomplete"
// is an address problem, not a delivery.
class EventTextClassifier
{
public:
    struct Reading {
        SubStatus subStatus;
        QString evidence; // e.g. words "Nachbar" (German)
    };

    static std::optional<Reading> classify(QStringView text);
};
