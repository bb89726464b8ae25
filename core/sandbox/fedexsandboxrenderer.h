#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

class ScanView;

// FedEx Track API v1, POST /track/v1/trackingnumbers, as FedEx's samples show it: one
// completeTrackResults entry per number asked for, each with trackResults holding scanEvents newest
// first (ISO 8601 with the scan's offset, eventType, eventDescription and exceptionDescription
// apart, cities in capitals), latestStatusDetail, dateAndTimes (ACTUAL_PICKUP, SHIP,
// ESTIMATED_DELIVERY, ACTUAL_DELIVERY) and the standard transit window; an unknown number gets a
// trackResult with error TRACKING.TRACKINGNUMBER.NOTFOUND. Errors about the whole request use
// {"transactionId", "errors": [{"code", "message"}]}.
class FedexSandboxRenderer
{
public:
    struct Result {
        QString trackingNumber;
        const ScanView *view = nullptr; // nullptr: FedEx does not know the number
    };

    static QByteArray track(const QList<Result> &results, const QString &transactionId);
    static QByteArray errors(const QString &transactionId, const QString &code, const QString &message);
    static QByteArray token(const QString &accessToken, int expiresInSecs);
};
