#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

// The numbers the detection rules compare against. One set applies to a shipment: the defaults,
// overlaid by its carrier's values, overlaid by its carrier-and-service values (core/problems/README.md).
struct RuleThresholds {
    int stalledHours = 48;       // working hours (Monday to Friday) without any scan
    // ... or longer, if the learned gaps after the last scan say so: the working hours within
    // which this percentage of delivered parcels were scanned again (ScanGapNorms); 0: not used.
    int stalledNormPercent = 97;
    int lostDays = 12;           // calendar days without any scan: presumed lost
    int lateGraceHours = 6;      // after the end of the promised day (destination's calendar)
    int unconfirmedGraceHours = 36; // instead, when last seen out for delivery by the promised day
    int promisedDayScanHour = 15;      // local hour of the promised day by which a parcel due that day has been scanned that day
    int promisedDayCollectionHour = 20; // the same for a parcel waiting at a pickup point: collections go on all day
    int pickupHoldDays = 7;      // how long the pickup point keeps a parcel before it goes back
    int pickupReminderDays = 2;  // remind the customer this long before the hold ends
    int duplicateMinutes = 30;   // the same scan again within this time is a duplicate
    int futureToleranceMinutes = 60; // scanner clocks run fast: later than this after now is impossible

    friend bool operator==(const RuleThresholds &, const RuleThresholds &) = default;
};

// Thresholds per carrier and service over defaults, loadable from and savable to JSON:
// {"defaults": {"stalled_hours": 48, ...}, "overrides": {"gls": {...}, "fedex/International Economy": {...}}}
class ProblemThresholds
{
public:
    // Shipdeck's defaults, with the carriers' published pickup hold times.
    static ProblemThresholds defaults();

    // The set for one shipment; an unknown carrier or service gets the defaults. The service
    // matches in any of its spellings (ServiceNames): "FedEx International Economy" as the API
    // says it finds the override "fedex/International Economy".
    const RuleThresholds &forShipment(const QString &carrier, const QString &service) const;

    const RuleThresholds &base() const { return m_base; }
    void setBase(const RuleThresholds &values) { m_base = values; rebuild(); }
    // Only the named fields of `fields` ({"stalled_hours": 72}) change for `key` ("gls" or "gls/BusinessParcel").
    bool setOverride(const QString &key, const QJsonObject &fields, QStringList *errors);

    QJsonObject toJson() const;
    // Reads what toJson() writes; anything unusable is named in `errors` (with where it is) and
    // leaves the defaults in place for that field.
    static ProblemThresholds fromJson(const QJsonObject &json, QStringList *errors);

private:
    static bool apply(RuleThresholds &values, const QJsonObject &fields, const QString &where, QStringList *errors);
    static QJsonObject fieldsToJson(const RuleThresholds &values);
    void rebuild();
    // The configured fields for `key`, or for a key naming the same carrier and service in
    // another spelling, so each service has one entry and the value set last wins.
    QJsonObject &overrideFor(const QString &key);

    RuleThresholds m_base;
    QHash<QString, QJsonObject> m_overrides; // as configured, by key
    // Resolved sets: per carrier, and per carrier then service (ServiceNames::key; a carrier has
    // a handful, so a list compared without building keys beats hashing a folded copy each time).
    QHash<QString, RuleThresholds> m_byCarrier;
    QHash<QString, QList<std::pair<QString, RuleThresholds>>> m_byService;
};
