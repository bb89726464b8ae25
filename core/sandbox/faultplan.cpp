#include "faultplan.h"

#include "sim/simrandom.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {

std::optional<Fault> faultFromJson(const QJsonObject &json, QString *error)
{
    const QString kind = json.value(u"kind").toString();
    const auto parsed = FaultKinds::fromKey(kind);
    if (!parsed) {
        *error = QStringLiteral("unknown fault kind \"%1\"; known: %2").arg(kind, FaultKinds::keys().join(u", "_s));
        return std::nullopt;
    }
    return Fault { *parsed, json.value(u"param").toInt(-1) };
}

QJsonObject faultToJson(const QString &carrier, const Fault &fault)
{
    QJsonObject json { { u"carrier"_s, carrier }, { u"kind"_s, FaultKinds::key(fault.kind) } };
    if (fault.param >= 0)
        json.insert(u"param"_s, fault.param);
    return json;
}

} // namespace

std::optional<FaultRule> FaultPlan::parseRule(QStringView spec, QString *error)
{
    const QList<QStringView> parts = spec.split(u':');
    if (parts.size() < 3 || parts.size() > 4 || parts[0].isEmpty()) {
        *error = QStringLiteral("fault \"%1\" is not carrier:kind:rate[:param]").arg(spec);
        return std::nullopt;
    }
    FaultRule rule;
    rule.carrier = parts[0].toString().toLower();
    const auto kind = FaultKinds::fromKey(parts[1]);
    if (!kind) {
        *error = QStringLiteral("fault \"%1\": unknown kind \"%2\"; known: %3")
                     .arg(spec, parts[1], FaultKinds::keys().join(u", "_s));
        return std::nullopt;
    }
    bool ok = false;
    rule.rate = parts[2].toDouble(&ok);
    if (!ok || rule.rate < 0 || rule.rate > 1) {
        *error = QStringLiteral("fault \"%1\": the rate must be a number from 0 to 1").arg(spec);
        return std::nullopt;
    }
    rule.fault = { *kind, -1 };
    if (parts.size() == 4) {
        rule.fault.param = parts[3].toInt(&ok);
        if (!ok || rule.fault.param < 0) {
            *error = QStringLiteral("fault \"%1\": the parameter must be a whole number of 0 or more").arg(spec);
            return std::nullopt;
        }
    }
    return rule;
}

std::optional<Fault> FaultPlan::next(const QString &carrier)
{
    if (auto queued = m_queued.find(carrier); queued != m_queued.end() && !queued->isEmpty())
        return queued->takeFirst();
    const quint64 request = m_drawn[carrier]++;
    const quint64 stream = SimRandom::combine(SimRandom::combine(m_seed, SimRandom::hash(carrier)), request);
    for (qsizetype i = 0; i < m_rules.size(); ++i) {
        const FaultRule &rule = m_rules[i];
        if (rule.carrier != carrier && rule.carrier != u"*")
            continue;
        // One draw per rule and request, so adding a rule never changes what the others inject.
        SimRandom draw(SimRandom::combine(stream, quint64(i)));
        if (draw.chance(rule.rate))
            return rule.fault;
    }
    return std::nullopt;
}

QJsonObject FaultPlan::toJson() const
{
    QJsonArray rules;
    for (const FaultRule &rule : m_rules) {
        QJsonObject json = faultToJson(rule.carrier, rule.fault);
        json.insert(u"rate"_s, rule.rate);
        rules.append(json);
    }
    QJsonArray queued;
    for (auto it = m_queued.cbegin(); it != m_queued.cend(); ++it) {
        for (const Fault &fault : it.value())
            queued.append(faultToJson(it.key(), fault));
    }
    return { { u"seed"_s, QString::number(m_seed) }, { u"rules"_s, rules }, { u"once"_s, queued } };
}

bool FaultPlan::apply(const QJsonObject &json, QString *error)
{
    QList<FaultRule> rules;
    for (const QJsonValue &value : json.value(u"rules").toArray()) {
        const QJsonObject object = value.toObject();
        const auto fault = faultFromJson(object, error);
        if (!fault)
            return false;
        const double rate = object.value(u"rate").toDouble(-1);
        if (rate < 0 || rate > 1) {
            *error = u"every rule needs a \"rate\" from 0 to 1"_s;
            return false;
        }
        rules.append({ object.value(u"carrier").toString(u"*"_s).toLower(), *fault, rate });
    }
    QList<std::pair<QString, Fault>> once;
    for (const QJsonValue &value : json.value(u"once").toArray()) {
        const QJsonObject object = value.toObject();
        const auto fault = faultFromJson(object, error);
        if (!fault)
            return false;
        once.append({ object.value(u"carrier").toString().toLower(), *fault });
    }
    // Only a fully valid request changes anything.
    if (json.value(u"clear").toBool()) {
        m_rules.clear();
        m_queued.clear();
    }
    if (json.contains(u"seed")) {
        m_seed = json.value(u"seed").toVariant().toULongLong();
        m_drawn.clear();
    }
    m_rules.append(rules);
    for (const auto &[carrier, fault] : once)
        queue(carrier, fault);
    return true;
}
