#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

class ScanView;

// AfterShip Tracking API v4, as the recorded PostNL tracking shows it: the {"meta": {"code"},
// "data": {...}} envelope, a tracking object with tag, subtag and subtag_message, checkpoints
// oldest first with checkpoint_time in the scan's local time and offset, country_iso3, and the
// courier's own code as raw_tag; lists of trackings for GET /v4/trackings; errors as meta codes
// (4004 NotFound, 4003 already exists, ...); the tracking_update webhook body.
class AfterShipSandboxRenderer
{
public:
    // AfterShip's own side of a tracking: created in the account with an id, under a courier slug.
    struct Account {
        QString id;
        QString slug;
        QDateTime createdAt; // UTC
    };

    static QJsonObject tracking(const ScanView &view, const Account &account);
    // When a tracking last changed for AfterShip: its creation or its newest checkpoint.
    static QDateTime updatedAt(const ScanView &view, const Account &account);

    static QByteArray single(const QJsonObject &tracking, int metaCode = 200);
    // One page of a list; `count` is how many trackings matched in all.
    static QByteArray list(const QList<QJsonObject> &trackings, int page, int limit, qsizetype count);
    static QByteArray error(int metaCode, const QString &type, const QString &message, const QJsonObject &data = {});
    static QByteArray webhook(const QJsonObject &tracking, const QString &eventId, const QDateTime &at);
};
