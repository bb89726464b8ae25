#include "problemthresholds.h"

#include "model/servicenames.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <array>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

struct Field {
    const char16_t *key;
    int RuleThresholds::*member;
    int minimum;
    int maximum;
};

// Durations stop at 10,000 of their unit (416 days in hours): beyond it no rule means anything,
// and the rules' arithmetic in seconds stays far from overflowing.
constexpr int MaxDuration = 10000;

// Every configurable number with its JSON key and range; zero is allowed only where it means "none".
constexpr std::array<Field, 11> fields{{
    {u"stalled_hours", &RuleThresholds::stalledHours, 1, MaxDuration},
    {u"stalled_norm_percent", &RuleThresholds::stalledNormPercent, 0, 100},
    {u"lost_days", &RuleThresholds::lostDays, 1, MaxDuration},
    {u"late_grace_hours", &RuleThresholds::lateGraceHours, 0, MaxDuration},
    {u"unconfirmed_grace_hours", &RuleThresholds::unconfirmedGraceHours, 0, MaxDuration},
    {u"promised_day_scan_hour", &RuleThresholds::promisedDayScanHour, 0, 24},
    {u"promised_day_collection_hour", &RuleThresholds::promisedDayCollectionHour, 0, 24},
    {u"pickup_hold_days", &RuleThresholds::pickupHoldDays, 1, MaxDuration},
    {u"pickup_reminder_days", &RuleThresholds::pickupReminderDays, 0, MaxDuration},
    {u"duplicate_minutes", &RuleThresholds::duplicateMinutes, 0, MaxDuration},
    {u"future_tolerance_minutes", &RuleThresholds::futureToleranceMinutes, 0, MaxDuration},
}};

// A JSON value as it was written, for error messages: "\"two\"", "-3", "null".
QString jsonText(const QJsonValue &value)
{
    const QByteArray array = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(array.mid(1, array.size() - 2));
}

} // namespace

ProblemThresholds ProblemThresholds::defaults()
{
    ProblemThresholds thresholds;
    // The carriers' published hold times at their pickup points and lockers.
    const std::array<std::pair<const char16_t *, int>, 5> holdDays{{
        {u"dhl", 7}, {u"ups", 7}, {u"fedex", 5}, {u"gls", 10}, {u"dpd", 7}}};
    for (const auto &[carrier, days] : holdDays)
        thresholds.m_overrides.insert(QString::fromUtf16(carrier), {{u"pickup_hold_days"_s, days}});
    // International road and economy services scan only every day or two on the long legs abroad.
    for (const char16_t *service : {u"dhl/Paket International", u"gls/EuroBusinessParcel", u"fedex/International Economy",
                                    u"fedex/Regional Economy"})
        thresholds.overrideFor(QString::fromUtf16(service)).insert(u"stalled_hours"_s, 72);
    // Road services that cross borders as well as serve Germany: half-way.
    for (const char16_t *service : {u"ups/Standard", u"dpd/Classic"})
        thresholds.overrideFor(QString::fromUtf16(service)).insert(u"stalled_hours"_s, 60);
    thresholds.rebuild();
    return thresholds;
}

const RuleThresholds &ProblemThresholds::forShipment(const QString &carrier, const QString &service) const
{
    if (const auto byService = m_byService.constFind(carrier); byService != m_byService.cend()) {
        const QStringView plain = ServiceNames::withoutCarrier(carrier, service);
        for (const auto &[key, values] : *byService) {
            if (plain.compare(key, Qt::CaseInsensitive) == 0)
                return values;
        }
    }
    if (const auto values = m_byCarrier.constFind(carrier); values != m_byCarrier.cend())
        return *values;
    return m_base;
}

bool ProblemThresholds::setOverride(const QString &key, const QJsonObject &values, QStringList *errors)
{
    RuleThresholds probe;
    if (key.isEmpty() || key.count(u'/') > 1 || !apply(probe, values, u"overrides."_s + key, errors))
        return false;
    QJsonObject &stored = overrideFor(key);
    for (auto it = values.constBegin(); it != values.constEnd(); ++it)
        stored.insert(it.key(), it.value());
    rebuild();
    return true;
}

bool ProblemThresholds::apply(RuleThresholds &values, const QJsonObject &json, const QString &where, QStringList *errors)
{
    bool ok = true;
    for (auto it = json.constBegin(); it != json.constEnd(); ++it) {
        const Field *field = nullptr;
        for (const Field &f : fields) {
            if (it.key() == QStringView(f.key))
                field = &f;
        }
        const QString path = where + u'.' + it.key();
        if (!field) {
            errors->append(QCoreApplication::translate("ProblemThresholds", "%1: unknown threshold").arg(path));
            ok = false;
            continue;
        }
        const double number = it.value().toDouble(-1);
        // The range first: converting a number beyond int's range to int is undefined.
        if (!it.value().isDouble() || number < field->minimum || number > field->maximum || number != std::floor(number)) {
            errors->append(QCoreApplication::translate("ProblemThresholds", "%1: %2 is not a whole number from %3 to %4")
                               .arg(path, jsonText(it.value()), QString::number(field->minimum), QString::number(field->maximum)));
            ok = false;
            continue;
        }
        values.*(field->member) = int(number);
    }
    return ok;
}

QJsonObject ProblemThresholds::fieldsToJson(const RuleThresholds &values)
{
    QJsonObject json;
    for (const Field &f : fields)
        json.insert(QString::fromUtf16(f.key), values.*(f.member));
    return json;
}

QJsonObject &ProblemThresholds::overrideFor(const QString &key)
{
    // "ups/UPS Standard" adds to "ups/Standard", whichever spelling came first.
    const qsizetype slash = key.indexOf(u'/');
    if (slash >= 0) {
        const QStringView carrier = QStringView(key).first(slash);
        const QString service = ServiceNames::key(carrier, QStringView(key).sliced(slash + 1));
        for (auto it = m_overrides.begin(); it != m_overrides.end(); ++it) {
            const QStringView existing(it.key());
            if (existing.startsWith(carrier) && existing.size() > slash && existing.at(slash) == u'/'
                && ServiceNames::key(carrier, existing.sliced(slash + 1)) == service)
                return it.value();
        }
    }
    return m_overrides[key];
}

QJsonObject ProblemThresholds::toJson() const
{
    QJsonObject overrides;
    for (auto it = m_overrides.constBegin(); it != m_overrides.constEnd(); ++it)
        overrides.insert(it.key(), it.value());
    return {{u"defaults"_s, fieldsToJson(m_base)}, {u"overrides"_s, overrides}};
}

ProblemThresholds ProblemThresholds::fromJson(const QJsonObject &json, QStringList *errors)
{
    ProblemThresholds thresholds = defaults();
    for (auto it = json.constBegin(); it != json.constEnd(); ++it) {
        if (it.key() != u"defaults" && it.key() != u"overrides")
            errors->append(QCoreApplication::translate("ProblemThresholds", "%1: unknown section (known: defaults, overrides)").arg(it.key()));
    }
    if (json.contains(u"defaults"_s)) {
        if (!json.value(u"defaults").isObject())
            errors->append(u"defaults: not an object of thresholds"_s);
        apply(thresholds.m_base, json.value(u"defaults").toObject(), u"defaults"_s, errors);
    }
    const QJsonValue overrides = json.value(u"overrides");
    if (!overrides.isUndefined() && !overrides.isObject())
        errors->append(u"overrides: not an object of carrier or carrier/service keys"_s);
    const QJsonObject byKey = overrides.toObject();
    for (auto it = byKey.constBegin(); it != byKey.constEnd(); ++it) {
        if (!it.value().isObject()) {
            errors->append(QCoreApplication::translate("ProblemThresholds", "overrides.%1: not an object of thresholds").arg(it.key()));
            continue;
        }
        if (it.key().isEmpty() || it.key().count(u'/') > 1) {
            errors->append(QCoreApplication::translate("ProblemThresholds", "overrides.%1: the key must be a carrier or carrier/service").arg(it.key()));
            continue;
        }
        // Keep the fields that are fine even when a neighbour is not.
        RuleThresholds probe;
        QJsonObject usable;
        const QJsonObject given = it.value().toObject();
        for (auto field = given.constBegin(); field != given.constEnd(); ++field) {
            if (apply(probe, {{field.key(), field.value()}}, u"overrides."_s + it.key(), errors))
                usable.insert(field.key(), field.value());
        }
        QJsonObject &stored = thresholds.overrideFor(it.key());
        for (auto field = usable.constBegin(); field != usable.constEnd(); ++field)
            stored.insert(field.key(), field.value());
    }
    thresholds.rebuild();
    return thresholds;
}

void ProblemThresholds::rebuild()
{
    m_byCarrier.clear();
    m_byService.clear();
    QStringList ignored;
    // Carriers first, so a carrier/service set starts from its carrier's values.
    for (auto it = m_overrides.constBegin(); it != m_overrides.constEnd(); ++it) {
        if (it.key().contains(u'/'))
            continue;
        RuleThresholds values = m_base;
        apply(values, it.value(), it.key(), &ignored);
        m_byCarrier.insert(it.key(), values);
    }
    for (auto it = m_overrides.constBegin(); it != m_overrides.constEnd(); ++it) {
        const qsizetype slash = it.key().indexOf(u'/');
        if (slash < 0)
            continue;
        const QString carrier = it.key().left(slash);
        RuleThresholds values = m_byCarrier.value(carrier, m_base);
        apply(values, it.value(), it.key(), &ignored);
        // One entry per service whatever its spellings: overrideFor() merged them.
        m_byService[carrier].append({ServiceNames::key(carrier, QStringView(it.key()).sliced(slash + 1)), values});
    }
}
