#include "carriers/carrierregistry.h"
#include "tracking/carrierconfig.h"
#include "tracking/credentialstore.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// The keyring part (load) needs the Secret Service, as scripts/test provides; see
// tst_credentialstore.cpp for running it by hand.
class TestCarrierConfig : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void defaultsComeFromTheAdapter();
    void overridesAreReadBack();
    void onlyDifferencesAreStored();
    void unusableStoredValuesFallBackToDefaults();
    void mergeKeepsEnabledCarriersWithSecrets();
    void loadTakesSecretsFromTheKeyringOnly();
    void sandboxPointsEveryCarrierAtTheLocalSandbox();
    void signInKinds_data();
    void signInKinds();

private:
    QString iniText() const;
    const CarrierAdapter &dhl() const { return *m_carriers.adapter(u"dhl"_s); }

    CarrierRegistry m_carriers;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
};

void TestCarrierConfig::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = std::make_unique<QSettings>(m_dir->filePath(u"settings.ini"_s), QSettings::IniFormat);
}

QString TestCarrierConfig::iniText() const
{
    m_settings->sync();
    QFile file(m_settings->fileName());
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

void TestCarrierConfig::defaultsComeFromTheAdapter()
{
    QVERIFY(!m_carriers.keys().isEmpty());
    for (const QString &key : m_carriers.keys()) {
        const CarrierAdapter &adapter = *m_carriers.adapter(key);
        const CarrierConfig config = CarrierConfig::read(adapter, *m_settings);
        QVERIFY2(!config.enabled, qPrintable(key));
        QCOMPARE(config.baseUrl, adapter.defaultBaseUrl());
        const CarrierLimits expected = adapter.defaultLimits();
        QCOMPARE(config.limits.requestsPerSecond, expected.requestsPerSecond);
        QCOMPARE(config.limits.burst, expected.burst);
        QCOMPARE(config.limits.maxConcurrent, expected.maxConcurrent);
        QCOMPARE(config.limits.maxNumbersPerRequest, expected.maxNumbersPerRequest);
        QCOMPARE(config.limits.dailyQuota, expected.dailyQuota);
    }
    QVERIFY(CarrierConfig::merge(m_carriers, *m_settings, {}).isEmpty());
}

void TestCarrierConfig::overridesAreReadBack()
{
    CarrierConfig config = CarrierConfig::defaults(dhl());
    config.enabled = true;
    config.baseUrl = QUrl(u"https://api-test.dhl.com/sandbox"_s);
    config.limits = {0.1, 3, 2, 1, 100};
    config.write(dhl(), *m_settings);
    m_settings->sync();

    const QSettings reopened(m_settings->fileName(), QSettings::IniFormat);
    const CarrierConfig read = CarrierConfig::read(dhl(), reopened);
    QVERIFY(read.enabled);
    QCOMPARE(read.baseUrl, config.baseUrl);
    QCOMPARE(read.limits.requestsPerSecond, 0.1);
    QCOMPARE(read.limits.burst, 3);
    QCOMPARE(read.limits.maxConcurrent, 2);
    QCOMPARE(read.limits.maxNumbersPerRequest, 1);
    QCOMPARE(read.limits.dailyQuota, qint64(100));
    QCOMPARE(reopened.value(u"Carriers/dhl/BaseUrl"_s).toString(), u"https://api-test.dhl.com/sandbox"_s);
}

void TestCarrierConfig::onlyDifferencesAreStored()
{
    CarrierConfig config = CarrierConfig::defaults(dhl());
    config.enabled = true;
    config.limits.dailyQuota = 1000;
    config.write(dhl(), *m_settings);
    QCOMPARE(m_settings->value(u"Carriers/dhl/DailyQuota"_s).toLongLong(), 1000);
    QVERIFY2(!m_settings->contains(u"Carriers/dhl/BaseUrl"_s), "a default is not pinned");
    QVERIFY(!m_settings->contains(u"Carriers/dhl/RequestsPerSecond"_s));

    // Going back to the default forgets the override, so a later release's default applies.
    config.limits.dailyQuota = dhl().defaultLimits().dailyQuota;
    config.write(dhl(), *m_settings);
    QVERIFY(!m_settings->contains(u"Carriers/dhl/DailyQuota"_s));
    QCOMPARE(m_settings->value(u"Carriers/dhl/Enabled"_s).toBool(), true);
}

void TestCarrierConfig::unusableStoredValuesFallBackToDefaults()
{
    const CarrierLimits defaults = dhl().defaultLimits();
    m_settings->setValue(u"Carriers/dhl/BaseUrl"_s, u"ftp://example.com"_s);
    m_settings->setValue(u"Carriers/dhl/RequestsPerSecond"_s, u"fast"_s);
    m_settings->setValue(u"Carriers/dhl/Burst"_s, 0);
    m_settings->setValue(u"Carriers/dhl/MaxConcurrent"_s, -4);
    m_settings->setValue(u"Carriers/dhl/NumbersPerRequest"_s, defaults.maxNumbersPerRequest + 1);
    m_settings->setValue(u"Carriers/dhl/DailyQuota"_s, -1);
    const CarrierConfig config = CarrierConfig::read(dhl(), *m_settings);
    QCOMPARE(config.baseUrl, dhl().defaultBaseUrl());
    QCOMPARE(config.limits.requestsPerSecond, defaults.requestsPerSecond);
    QCOMPARE(config.limits.burst, defaults.burst);
    QCOMPARE(config.limits.maxConcurrent, defaults.maxConcurrent);
    QCOMPARE(config.limits.maxNumbersPerRequest, defaults.maxNumbersPerRequest);
    QCOMPARE(config.limits.dailyQuota, defaults.dailyQuota);
}

void TestCarrierConfig::mergeKeepsEnabledCarriersWithSecrets()
{
    CarrierConfig config = CarrierConfig::defaults(dhl());
    config.baseUrl = QUrl(u"https://dhl.internal.example/api"_s);
    config.write(dhl(), *m_settings);
    const QMap<QString, CarrierAccount> secrets = {{u"dhl"_s, {{}, u"key"_s, {}, {}}}};
    QVERIFY2(CarrierConfig::merge(m_carriers, *m_settings, secrets).isEmpty(), "disabled");

    config.enabled = true;
    config.write(dhl(), *m_settings);
    QVERIFY2(CarrierConfig::merge(m_carriers, *m_settings, {}).isEmpty(), "no secrets");
    const auto merged = CarrierConfig::merge(m_carriers, *m_settings, secrets);
    QCOMPARE(merged.keys(), QStringList{u"dhl"_s});
    QCOMPARE(merged[u"dhl"_s].account.baseUrl, config.baseUrl);
    QCOMPARE(merged[u"dhl"_s].account.apiKey, u"key"_s);
    QCOMPARE(merged[u"dhl"_s].limits.dailyQuota, dhl().defaultLimits().dailyQuota);
}

void TestCarrierConfig::loadTakesSecretsFromTheKeyringOnly()
{
    CredentialStore store(u"Shipdeck-test-config"_s);
    const QString secret = u"dhl-key-in-keyring-only"_s;
    const Outcome written = store.writeNow(u"dhl"_s, {{}, secret, {}, {}});
    QVERIFY2(written, qPrintable(written.error()));
    CarrierConfig config = CarrierConfig::defaults(dhl());
    config.enabled = true;
    config.write(dhl(), *m_settings);

    QStringList problems;
    const auto loaded = CarrierConfig::load(m_carriers, *m_settings, store, &problems);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    QCOMPARE(loaded[u"dhl"_s].account.apiKey, secret);
    QCOMPARE(loaded[u"dhl"_s].account.baseUrl, dhl().defaultBaseUrl());
    QVERIFY(!iniText().contains(secret));

    // Enabled without a key: left out, and the reason says what is missing.
    QVERIFY(store.removeNow(u"dhl"_s));
    const auto without = CarrierConfig::load(m_carriers, *m_settings, store, &problems);
    QVERIFY(without.isEmpty());
    QCOMPARE(problems, QStringList{u"DHL: DHL needs an API key"_s});
}

void TestCarrierConfig::sandboxPointsEveryCarrierAtTheLocalSandbox()
{
    const auto sandbox = CarrierConfig::sandbox(m_carriers, 18443);
    QStringList keys = m_carriers.keys();
    keys.sort();
    QCOMPARE(sandbox.keys(), keys);
    for (const QString &key : m_carriers.keys()) {
        const CarrierAdapter &adapter = *m_carriers.adapter(key);
        const CarrierSettings &carrier = sandbox[key];
        QCOMPARE(carrier.account.baseUrl, QUrl(u"http://127.0.0.1:18443/"_s + key));
        QCOMPARE(carrier.account.apiKey, u"sandbox"_s);
        QCOMPARE(carrier.account.clientId, u"sandbox"_s);
        QCOMPARE(carrier.account.clientSecret, u"sandbox"_s);
        QVERIFY2(CarrierConfig::missingSecrets(adapter, carrier.account).isEmpty(), qPrintable(key));
        QVERIFY(carrier.limits.requestsPerSecond >= 100);
        QVERIFY(carrier.limits.burst > 1);
        QVERIFY(carrier.limits.maxConcurrent > 1);
        QCOMPARE(carrier.limits.dailyQuota, qint64(0));
        QCOMPARE(carrier.limits.maxNumbersPerRequest, adapter.defaultLimits().maxNumbersPerRequest);
    }
    QVERIFY2(iniText().isEmpty(), "sandbox mode stores nothing");
}

void TestCarrierConfig::signInKinds_data()
{
    // How each carrier API signs in, as documented; a new carrier needs its row here.
    const QMap<QString, QPair<bool, bool>> documented = {
        {u"dhl"_s, {true, false}},  {u"aftership"_s, {true, false}}, {u"ups"_s, {false, true}},
        {u"fedex"_s, {false, true}}, {u"gls"_s, {true, true}},        {u"dpd"_s, {true, true}},
    };
    QTest::addColumn<QString>("key");
    QTest::addColumn<bool>("apiKey");
    QTest::addColumn<bool>("clientCredentials");
    for (const QString &key : m_carriers.keys()) {
        const auto kinds = documented.value(key, {false, false});
        QTest::newRow(qPrintable(key)) << key << kinds.first << kinds.second;
    }
}

void TestCarrierConfig::signInKinds()
{
    QFETCH(QString, key);
    QFETCH(bool, apiKey);
    QFETCH(bool, clientCredentials);
    const CarrierAdapter &adapter = *m_carriers.adapter(key);
    QCOMPARE(CarrierConfig::acceptsApiKey(adapter), apiKey);
    QCOMPARE(CarrierConfig::acceptsClientCredentials(adapter), clientCredentials);
    const CarrierAccount none{adapter.defaultBaseUrl(), {}, {}, {}};
    QVERIFY(CarrierConfig::missingSecrets(adapter, none).startsWith(adapter.displayName() + u" needs "_s));
}

QTEST_GUILESS_MAIN(TestCarrierConfig)
#include "tst_carrierconfig.moc"
