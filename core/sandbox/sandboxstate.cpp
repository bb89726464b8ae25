#include "sandboxstate.h"

using namespace Qt::StringLiterals;

SandboxState::SandboxState(const SandboxOptions &options, const Clock &wall)
    : m_wall(wall)
    , m_epoch(options.epoch.isValid() ? options.epoch.toUTC() : wall.now().toUTC())
    , m_clock(std::make_unique<ScaledClock>(m_epoch, options.speed, wall))
    , m_journeys(options.seed, m_epoch)
    , m_faults(options.faultSeed)
    , m_tokens(options.seed)
    , m_log(options.statsHistory)
    , m_aftership(options.seed)
    , m_tokenTtlSecs(options.tokenTtlSecs)
{
    if (options.demoCount > 0)
        m_journeys.setDemoSet(
            options.demoSeed, options.demoNow.isValid() ? options.demoNow : m_epoch, options.demoCount);
    for (const FaultRule &rule : options.faults)
        m_faults.addRule(rule);
    for (const QString &carrier : carriers()) {
        const SandboxLimit limit = options.limits.contains(carrier) ? options.limits.value(carrier)
            : options.liftLimits                                    ? SandboxLimit::lifted()
                                                                    : SandboxLimit::documented(carrier);
        m_gates.emplace(carrier, LimitGate(limit));
    }
}

void SandboxState::setClock(const QDateTime &now, double speed)
{
    m_clock = std::make_unique<ScaledClock>(now, speed, m_wall);
}

QStringList SandboxState::carriers()
{
    return { u"dhl"_s, u"ups"_s, u"fedex"_s, u"aftership"_s, u"gls"_s, u"dpd"_s };
}

QJsonObject SandboxState::limitsJson() const
{
    QJsonObject carriers;
    for (const auto &[carrier, gate] : m_gates)
        carriers.insert(carrier, gate.limit().toJson());
    return { { u"carriers"_s, carriers } };
}
