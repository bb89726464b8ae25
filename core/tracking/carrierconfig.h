#pragma once

#include "carriersettings.h"

#include <QMap>
#include <QString>
#include <QStringList>
#include <QUrl>

class CarrierAdapter;
class CarrierRegistry;
class CredentialStore;
class QSettings;

// One carrier's settings that are not secret: whether it is used, where its API is and how hard
// it may be asked. Kept in QSettings under "Carriers/<key>/..."; only values that differ from the
// adapter's defaults are stored, so a carrier's documented defaults can change with a release.
// Secrets live in the keyring (CredentialStore) and are joined in only in memory, by load().
class CarrierConfig
{
public:
    // The adapter's production API and documented limits; not enabled until someone turns it on.
    static CarrierConfig defaults(const CarrierAdapter &adapter);
    // Stored values over the defaults; unreadable or out-of-range values fall back to them.
    static CarrierConfig read(const CarrierAdapter &adapter, const QSettings &settings);
    void write(const CarrierAdapter &adapter, QSettings &settings) const;

    static QString settingsGroup(const QString &carrier); // "Carriers/dhl"
    static bool isUsableBaseUrl(const QUrl &url); // http(s) with a host

    // The enabled carriers as the poller wants them, with the secrets given (by carrier key).
    static QMap<QString, CarrierSettings> merge(const CarrierRegistry &carriers, const QSettings &settings,
                                                const QMap<QString, CarrierAccount> &secrets);
    // The same with the secrets read from the keyring, waiting for it. An enabled carrier whose
    // secrets cannot be read or are missing is left out, and `problems` says why.
    static QMap<QString, CarrierSettings> load(const CarrierRegistry &carriers, const QSettings &settings,
                                               CredentialStore &credentials, QStringList *problems = nullptr);

    // Every carrier pointed at the local sandbox (http://127.0.0.1:<port>/<key>) with the
    // placeholder credentials "sandbox" and limits lifted. Nothing here is a secret, and nothing
    // is stored: the demo calls this instead of load().
    static QMap<QString, CarrierSettings> sandbox(const CarrierRegistry &carriers, quint16 port);
    static QUrl sandboxUrl(const QString &carrier, quint16 port);

    // How a carrier signs in: OAuth 2 client credentials (client id and secret), an API key, or
    // either (GLS takes a ready token as its key).
    static bool acceptsClientCredentials(const CarrierAdapter &adapter);
    static bool acceptsApiKey(const CarrierAdapter &adapter);
    // Why `account` cannot sign in to `adapter`, or empty when the needed secrets are there.
    static QString missingSecrets(const CarrierAdapter &adapter, const CarrierAccount &account);

    bool enabled = false;
    QUrl baseUrl;
    CarrierLimits limits;

private:
    static CarrierLimits readLimits(const CarrierLimits &defaults, const QSettings &settings, const QString &group);
    static void writeOrRemove(QSettings &settings, const QString &key, const QVariant &value, bool isDefault);
};
