#pragma once

#include "faultkind.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

// A fault injected at a rate for one carrier ("*": every carrier).
struct FaultRule {
    QString carrier;
    Fault fault;
    double rate = 0; // 0..1, share of that carrier's requests
};

// Which faults the sandbox injects: rules with a rate, drawn from the fault seed and the number of
// the carrier's request (the same seed and the same sequence of requests give the same faults),
// and faults queued for a carrier's next requests. Configured by --fault, POST /sandbox/faults and,
// per request, the X-Sandbox-Fault header (which the server reads itself).
class FaultPlan
{
public:
    explicit FaultPlan(quint64 seed = 1)
        : m_seed(seed)
    { }

    // "ups:429:0.05", "dhl:slow:0.1:2000", "*:500:0.01"; nullopt and `error` set when unreadable.
    static std::optional<FaultRule> parseRule(QStringView spec, QString *error);

    void addRule(const FaultRule &rule) { m_rules.append(rule); }
    void queue(const QString &carrier, const Fault &fault) { m_queued[carrier].append(fault); }
    // The fault for the carrier's next request, if any: a queued one first, else the rules' draw.
    std::optional<Fault> next(const QString &carrier);

    QJsonObject toJson() const;
    // {"seed": n, "clear": true, "rules": [{"carrier", "kind", "rate", "param"}], "once": [{"carrier", "kind",
    // "param"}]}
    bool apply(const QJsonObject &json, QString *error);

private:
    quint64 m_seed;
    QList<FaultRule> m_rules;
    QHash<QString, QList<Fault>> m_queued;
    QHash<QString, quint64> m_drawn; // requests per carrier that have drawn so far
};
