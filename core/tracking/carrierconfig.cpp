#include "carrierconfig.h"

#include <QCoreApplication>

#include "carriers/carrierregistry.h"
#include "credentialstore.h"

#include <QSettings>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

const QString enabledKey = u"Enabled"_s;
const QString baseUrlKey = u"BaseUrl"_s;
const QString requestsPerSecondKey = u"RequestsPerSecond"_s;
const QString burstKey = u"Burst"_s;
const QString concurrentKey = u"MaxConcurrent"_s;
const QString numbersKey = u"NumbersPerRequest"_s;
const QString quotaKey = u"DailyQuota"_s;

// The sandbox runs on this machine and has no limits of its own; these only keep the demo from
// flooding it faster than it can be watched.
constexpr double sandboxRequestsPerSecond = 200;
constexpr int sandboxBurst = 50;
constexpr int sandboxConcurrent = 8;

const QString sandboxPlaceholder = u"sandbox"_s; // the sandbox accepts any non-empty credential

// A stored number, or `fallback` when it is missing, unreadable or outside [minimum, maximum].
template<typename T>
T readNumber(const QSettings &settings, const QString &key, T fallback, T minimum, T maximum)
{
    const QVariant stored = settings.value(key);
    if (!stored.isValid())
        return fallback;
    bool ok = false;
    const double value = stored.toDouble(&ok);
    if (!ok || !std::isfinite(value) || value < double(minimum) || value > double(maximum))
        return fallback;
    return T(value);
}

CarrierAccount probeAccount(const QString &apiKey, const QString &clientId)
{
    return {QUrl(u"https://localhost"_s), apiKey, clientId, clientId};
}

} // namespace

CarrierConfig CarrierConfig::defaults(const CarrierAdapter &adapter)
{
    CarrierConfig config;
    config.baseUrl = adapter.defaultBaseUrl();
    config.limits = adapter.defaultLimits();
    return config;
}

bool CarrierConfig::isUsableBaseUrl(const QUrl &url)
{
    return url.isValid() && !url.host().isEmpty() && (url.scheme() == u"https"_s || url.scheme() == u"http"_s);
}

QString CarrierConfig::settingsGroup(const QString &carrier) { return u"Carriers/"_s + carrier; }

CarrierConfig CarrierConfig::read(const CarrierAdapter &adapter, const QSettings &settings)
{
    const QString group = settingsGroup(adapter.key()) + u'/';
    CarrierConfig config = defaults(adapter);
    config.enabled = settings.value(group + enabledKey, false).toBool();
    const QUrl stored(settings.value(group + baseUrlKey).toString());
    if (isUsableBaseUrl(stored))
        config.baseUrl = stored;
    config.limits = readLimits(config.limits, settings, group);
    return config;
}

CarrierLimits CarrierConfig::readLimits(const CarrierLimits &defaults, const QSettings &settings, const QString &group)
{
    CarrierLimits limits;
    limits.requestsPerSecond = readNumber(settings, group + requestsPerSecondKey, defaults.requestsPerSecond, 0.001, 1e6);
    limits.burst = readNumber(settings, group + burstKey, defaults.burst, 1, 1000000);
    limits.maxConcurrent = readNumber(settings, group + concurrentKey, defaults.maxConcurrent, 1, 1000);
    // More numbers per request than the API documents would make the carrier reject the request.
    limits.maxNumbersPerRequest =
        readNumber(settings, group + numbersKey, defaults.maxNumbersPerRequest, 1, defaults.maxNumbersPerRequest);
    limits.dailyQuota = readNumber<qint64>(settings, group + quotaKey, defaults.dailyQuota, 0, qint64(1) << 40);
    return limits;
}

void CarrierConfig::write(const CarrierAdapter &adapter, QSettings &settings) const
{
    const QString group = settingsGroup(adapter.key()) + u'/';
    const CarrierConfig standard = defaults(adapter);
    settings.setValue(group + enabledKey, enabled);
    writeOrRemove(settings, group + baseUrlKey, baseUrl.toString(), baseUrl == standard.baseUrl);
    writeOrRemove(settings, group + requestsPerSecondKey, limits.requestsPerSecond,
                  qFuzzyCompare(limits.requestsPerSecond, standard.limits.requestsPerSecond));
    writeOrRemove(settings, group + burstKey, limits.burst, limits.burst == standard.limits.burst);
    writeOrRemove(settings, group + concurrentKey, limits.maxConcurrent,
                  limits.maxConcurrent == standard.limits.maxConcurrent);
    writeOrRemove(settings, group + numbersKey, limits.maxNumbersPerRequest,
                  limits.maxNumbersPerRequest == standard.limits.maxNumbersPerRequest);
    writeOrRemove(settings, group + quotaKey, limits.dailyQuota, limits.dailyQuota == standard.limits.dailyQuota);
}

void CarrierConfig::writeOrRemove(QSettings &settings, const QString &key, const QVariant &value, bool isDefault)
{
    if (isDefault)
        settings.remove(key);
    else
        settings.setValue(key, value);
}

QMap<QString, CarrierSettings> CarrierConfig::merge(const CarrierRegistry &carriers, const QSettings &settings,
                                                    const QMap<QString, CarrierAccount> &secrets)
{
    QMap<QString, CarrierSettings> merged;
    for (const QString &key : carriers.keys()) {
        const CarrierAdapter &adapter = *carriers.adapter(key);
        const CarrierConfig config = read(adapter, settings);
        if (!config.enabled || !secrets.contains(key))
            continue;
        CarrierSettings carrier;
        carrier.account = secrets.value(key);
        carrier.account.baseUrl = config.baseUrl;
        carrier.limits = config.limits;
        merged.insert(key, carrier);
    }
    return merged;
}

QMap<QString, CarrierSettings> CarrierConfig::load(const CarrierRegistry &carriers, const QSettings &settings,
                                                   CredentialStore &credentials, QStringList *problems)
{
    QMap<QString, CarrierAccount> secrets;
    for (const QString &key : carriers.keys()) {
        const CarrierAdapter &adapter = *carriers.adapter(key);
        const CarrierConfig config = read(adapter, settings);
        if (!config.enabled)
            continue;
        CarrierAccount account;
        account.baseUrl = config.baseUrl;
        QString problem;
        if (const Outcome outcome = credentials.readNow(key, account); !outcome)
            problem = outcome.error();
        else
            problem = missingSecrets(adapter, account);
        if (problem.isEmpty())
            secrets.insert(key, account);
        else if (problems)
            problems->append(adapter.displayName() + u": "_s + problem);
    }
    return merge(carriers, settings, secrets);
}

QUrl CarrierConfig::sandboxUrl(const QString &carrier, quint16 port)
{
    QUrl url;
    url.setScheme(u"http"_s);
    url.setHost(u"127.0.0.1"_s);
    url.setPort(port);
    url.setPath(u"/"_s + carrier);
    return url;
}

QMap<QString, CarrierSettings> CarrierConfig::sandbox(const CarrierRegistry &carriers, quint16 port)
{
    QMap<QString, CarrierSettings> all;
    for (const QString &key : carriers.keys()) {
        CarrierSettings carrier;
        carrier.account = {sandboxUrl(key, port), sandboxPlaceholder, sandboxPlaceholder, sandboxPlaceholder};
        // Batching stays as documented: the sandbox reads the same request shapes as the API.
        carrier.limits = carriers.adapter(key)->defaultLimits();
        carrier.limits.requestsPerSecond = sandboxRequestsPerSecond;
        carrier.limits.burst = sandboxBurst;
        carrier.limits.maxConcurrent = sandboxConcurrent;
        carrier.limits.dailyQuota = 0;
        all.insert(key, carrier);
    }
    return all;
}

bool CarrierConfig::acceptsClientCredentials(const CarrierAdapter &adapter)
{
    return adapter.tokenRequest(probeAccount({}, u"probe"_s)).has_value();
}

bool CarrierConfig::acceptsApiKey(const CarrierAdapter &adapter)
{
    return !adapter.tokenRequest(probeAccount(u"probe"_s, {})).has_value();
}

QString CarrierConfig::missingSecrets(const CarrierAdapter &adapter, const CarrierAccount &account)
{
    const bool usesToken = adapter.tokenRequest(account).has_value();
    if (usesToken && !account.clientId.isEmpty() && !account.clientSecret.isEmpty())
        return {};
    if (!usesToken && !account.apiKey.isEmpty())
        return {};
    const QString name = adapter.displayName();
    if (acceptsApiKey(adapter) && acceptsClientCredentials(adapter))
        return QCoreApplication::translate("CarrierConfig", "%1 needs an API key, or a client id and a client secret").arg(name);
    if (acceptsClientCredentials(adapter))
        return QCoreApplication::translate("CarrierConfig", "%1 needs a client id and a client secret").arg(name);
    return QCoreApplication::translate("CarrierConfig", "%1 needs an API key").arg(name);
}
