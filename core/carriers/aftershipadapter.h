#pragma once

#include "carrieradapter.h"

class QJsonObject;

// AfterShip Tracking API v4 (https://api.aftership.com/v4), key in the "aftership-api-key"
// header: that is the header the v4 endpoints document; "as-api-key" belongs to the dated versions
// (/tracking/2023-10 and later), whose paths and payloads differ from these.
// AfterShip only answers for numbers created in the account first (createTrackingRequest), and it
// looks a number up by courier slug: "slug:number" ("postnl-3s:3SKAAG5995399") is read with
// GET /v4/trackings/{slug}/{number}, plain numbers in batches with GET /v4/trackings?tracking_numbers=.
// Tags and subtags are AfterShip's normalised statuses, so they map through Taxonomy::fromAfterShip.
class AfterShipAdapter final : public CarrierAdapter
{
public:
    QString key() const override;
    QString displayName() const override;
    CarrierLimits defaultLimits() const override;
    QUrl defaultBaseUrl() const override;
    QList<CarrierRequest> trackRequests(const QStringList &trackingNumbers, const CarrierAccount &account,
                                        const QString &accessToken) const override;
    TrackingResult parseTrackResponse(const QByteArray &body, int httpStatus, const QStringList &requested) const override;

    // POST /v4/trackings: AfterShip starts tracking the number (an empty slug lets it detect the courier).
    CarrierRequest createTrackingRequest(const QString &slug, const QString &trackingNumber,
                                         const CarrierAccount &account) const;
    // GET /v4/trackings?updated_at_min=: every tracking that changed since then, 200 a page.
    // parseTrackResponse(body, status, {}) reads the answer.
    CarrierRequest changedTrackingsRequest(const QDateTime &since, const CarrierAccount &account, int page = 1) const;

    // True when `signatureHeaderBase64` (the aftership-hmac-sha256 header) is the base64
    // HMAC-SHA256 of the raw body under the webhook secret. Compared in constant time.
    static bool verifyWebhook(const QByteArray &body, const QByteArray &signatureHeaderBase64, const QByteArray &secret);
    // A webhook body {"event": "tracking_update", "msg": <tracking>, ...}; verify it first.
    TrackingResult parseWebhook(const QByteArray &body) const;

    struct SlugAndNumber {
        QString slug; // empty for a plain number
        QString number;
    };
    static SlugAndNumber splitSlug(const QString &trackingNumber);

private:
    CarrierRequest request(const CarrierAccount &account, const QString &path) const;
    void readTrackings(const QJsonObject &data, const QStringList &requested, TrackingResult &result) const;
    std::optional<TrackedShipment> readTracking(const QJsonObject &tracking, const QString &where,
                                                const QStringList &requested, QList<CarrierError> &errors) const;
    std::optional<TrackingEvent> readCheckpoint(const QJsonObject &checkpoint, const QString &trackingNumber, int index,
                                                QList<CarrierError> &errors) const;
    void reportUnanswered(const QStringList &requested, TrackingResult &result) const;
    CarrierError errorFromMeta(const QJsonObject &meta, int httpStatus, const QStringList &requested) const;
};
