#include "secretleakcheck.h"
#include "tracking/credentialstore.h"

#include <QFile>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// Runs against the real Secret Service: scripts/test starts a D-Bus session with an unlocked
// gnome-keyring. By hand:
//   dbus-run-session -- sh -c 'echo -n pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null;
//                              ./tst_credentialstore'
// The no-keyring case runs this binary again with no reachable session bus.
class TestCredentialStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void entryKeysNameCarrierAndField();
    void writesAndReadsBack();
    void asyncSignalsCarryTheSecrets();
    void overwritesAndEmptyFieldRemoves();
    void removesEverySecret();
    void carriersAreSeparate();
    void neverUsesThePlainTextFallbackFile();
    void withoutKeyringSaysWhatIsMissingAndStoresNothing_data();
    void withoutKeyringSaysWhatIsMissingAndStoresNothing();

private:
    static bool isNoKeyringChild() { return qEnvironmentVariableIsSet("SHIPDECK_TEST_NO_KEYRING_CHILD"); }
    void runWithoutKeyring(bool withBus);

    const QString m_service = u"Shipdeck-test"_s; // never the real "Shipdeck" entries
    std::unique_ptr<CredentialStore> m_store;
};

void TestCredentialStore::initTestCase()
{
    if (isNoKeyringChild())
        return;
    // Fail loudly, with the way out, rather than letting each test fail obscurely.
    // A locked keyring reads as empty, so only a write shows whether the tests can work at all.
    CredentialStore probe(m_service);
    const Outcome writable = probe.writeNow(u"probe"_s, {{}, u"probe"_s, {}, {}});
    if (!writable || !probe.removeNow(u"probe"_s))
        QFAIL(qPrintable(u"An unlocked Secret Service is needed (run scripts/test, or dbus-run-session with "
                         u"gnome-keyring-daemon --unlock given the keyring's password): "_s
                         + writable.error()));
}

void TestCredentialStore::init() { m_store = std::make_unique<CredentialStore>(m_service); }

void TestCredentialStore::cleanup()
{
    if (isNoKeyringChild())
        return;
    for (const QString &carrier : {u"dhl"_s, u"ups"_s, u"nokeyring"_s})
        QVERIFY2(m_store->removeNow(carrier), "cleanup");
    m_store.reset();
}

void TestCredentialStore::entryKeysNameCarrierAndField()
{
    QCOMPARE(CredentialStore::defaultService(), u"Shipdeck"_s);
    QCOMPARE(CredentialStore::entryKey(u"dhl"_s, CredentialStore::Field::ApiKey), u"carrier/dhl/apiKey"_s);
    QCOMPARE(CredentialStore::entryKey(u"ups"_s, CredentialStore::Field::ClientId), u"carrier/ups/clientId"_s);
    QCOMPARE(CredentialStore::entryKey(u"ups"_s, CredentialStore::Field::ClientSecret), u"carrier/ups/clientSecret"_s);
}

void TestCredentialStore::writesAndReadsBack()
{
    const CarrierAccount written{QUrl(u"https://ignored.example"_s), SecretLeakCheck::uniqueSecret(), u"id-ä€"_s, SecretLeakCheck::uniqueSecret()};
    const Outcome write = m_store->writeNow(u"dhl"_s, written);
    QVERIFY2(write, qPrintable(write.error()));

    CredentialStore fresh(m_service); // nothing cached: it comes from the keyring
    CarrierAccount read;
    const Outcome outcome = fresh.readNow(u"dhl"_s, read);
    QVERIFY2(outcome, qPrintable(outcome.error()));
    QCOMPARE(read.apiKey, written.apiKey);
    QCOMPARE(read.clientId, written.clientId);
    QCOMPARE(read.clientSecret, written.clientSecret);
    QVERIFY(read.baseUrl.isEmpty()); // not a secret, not stored
}

void TestCredentialStore::asyncSignalsCarryTheSecrets()
{
    QSignalSpy written(m_store.get(), &CredentialStore::credentialsWritten);
    QSignalSpy read(m_store.get(), &CredentialStore::credentialsRead);
    QSignalSpy failed(m_store.get(), &CredentialStore::failed);
    const QString key = SecretLeakCheck::uniqueSecret();

    m_store->write(u"ups"_s, {{}, {}, u"client"_s, key});
    QVERIFY(written.wait(10000));
    QCOMPARE(written.at(0).at(0).toString(), u"ups"_s);

    m_store->read(u"ups"_s);
    QVERIFY(read.wait(10000));
    QCOMPARE(read.at(0).at(0).toString(), u"ups"_s);
    const auto secrets = read.at(0).at(1).value<CarrierAccount>();
    QCOMPARE(secrets.clientId, u"client"_s);
    QCOMPARE(secrets.clientSecret, key);
    QVERIFY(secrets.apiKey.isEmpty());
    QCOMPARE(failed.size(), 0);
}

void TestCredentialStore::overwritesAndEmptyFieldRemoves()
{
    QVERIFY(m_store->writeNow(u"dhl"_s, {{}, u"first"_s, u"id"_s, u"secret"_s}));
    QVERIFY(m_store->writeNow(u"dhl"_s, {{}, u"second"_s, u"id"_s, {}}));
    CarrierAccount read;
    QVERIFY(m_store->readNow(u"dhl"_s, read));
    QCOMPARE(read.apiKey, u"second"_s);
    QCOMPARE(read.clientId, u"id"_s);
    QVERIFY2(read.clientSecret.isEmpty(), "an emptied field removes the old secret");
}

void TestCredentialStore::removesEverySecret()
{
    QVERIFY(m_store->writeNow(u"dhl"_s, {{}, u"key"_s, u"id"_s, u"secret"_s}));
    QSignalSpy removed(m_store.get(), &CredentialStore::credentialsRemoved);
    m_store->remove(u"dhl"_s);
    QVERIFY(removed.wait(10000));

    CarrierAccount read{{}, u"stale"_s, u"stale"_s, u"stale"_s};
    QVERIFY(m_store->readNow(u"dhl"_s, read));
    QVERIFY(read.apiKey.isEmpty() && read.clientId.isEmpty() && read.clientSecret.isEmpty());
    QVERIFY2(m_store->removeNow(u"dhl"_s), "removing what is not there is not an error");
}

void TestCredentialStore::carriersAreSeparate()
{
    QVERIFY(m_store->writeNow(u"dhl"_s, {{}, u"dhl-key"_s, {}, {}}));
    QVERIFY(m_store->writeNow(u"ups"_s, {{}, {}, u"ups-id"_s, u"ups-secret"_s}));
    CarrierAccount dhl;
    CarrierAccount ups;
    QVERIFY(m_store->readNow(u"dhl"_s, dhl));
    QVERIFY(m_store->readNow(u"ups"_s, ups));
    QCOMPARE(dhl.apiKey, u"dhl-key"_s);
    QVERIFY(dhl.clientId.isEmpty());
    QVERIFY(ups.apiKey.isEmpty());
    QCOMPARE(ups.clientSecret, u"ups-secret"_s);
}

void TestCredentialStore::neverUsesThePlainTextFallbackFile()
{
    // QtKeychain's insecure fallback would write QSettings(service); it must not exist or hold it.
    const QString secret = SecretLeakCheck::uniqueSecret();
    QVERIFY(m_store->writeNow(u"dhl"_s, {{}, secret, {}, {}}));
    const QSettings fallback(m_service);
    QFile file(fallback.fileName());
    if (file.open(QIODevice::ReadOnly))
        QVERIFY(!file.readAll().contains(secret.toUtf8()));
    const QSettings application;
    QFile applicationFile(application.fileName());
    if (applicationFile.open(QIODevice::ReadOnly))
        QVERIFY(!applicationFile.readAll().contains(secret.toUtf8()));
}

void TestCredentialStore::withoutKeyringSaysWhatIsMissingAndStoresNothing_data()
{
    QTest::addColumn<bool>("withBus");
    if (isNoKeyringChild()) {
        QTest::newRow("child") << false;
        return;
    }
    QTest::newRow("no session bus") << false;
    QTest::newRow("session bus without Secret Service") << true;
}

void TestCredentialStore::withoutKeyringSaysWhatIsMissingAndStoresNothing()
{
    if (!isNoKeyringChild()) {
        QFETCH(bool, withBus);
        runWithoutKeyring(withBus);
        return;
    }
    const QString secret = qEnvironmentVariable("SHIPDECK_TEST_SECRET");
    QVERIFY(!secret.isEmpty());
    const QString missing = u"No Secret Service is running (install and unlock gnome-keyring or KWallet); "_s;

    const Outcome write = m_store->writeNow(u"nokeyring"_s, {{}, secret, {}, {}});
    QVERIFY(!write);
    QVERIFY2(write.error().startsWith(missing + u"the secret was NOT stored"_s), qPrintable(write.error()));
    QVERIFY(write.error().contains(u"carrier/nokeyring/apiKey"_s));
    QVERIFY(!write.error().contains(secret));

    QSignalSpy failed(m_store.get(), &CredentialStore::failed);
    m_store->write(u"nokeyring"_s, {{}, secret, {}, {}});
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 10000);
    QCOMPARE(failed.at(0).at(0).toString(), u"nokeyring"_s);
    QCOMPARE(failed.at(0).at(1).value<CredentialStore::Operation>(), CredentialStore::Operation::Write);
    QVERIFY(failed.at(0).at(2).toString().startsWith(missing));

    CarrierAccount read;
    const Outcome outcome = m_store->readNow(u"nokeyring"_s, read);
    QVERIFY(!outcome);
    QVERIFY2(outcome.error().startsWith(missing + u"the secret could not be read"_s), qPrintable(outcome.error()));
    qInfo("no-keyring message: %s", qPrintable(write.error()));
}

void TestCredentialStore::runWithoutKeyring(bool withBus)
{
    QTemporaryDir home;
    QVERIFY(home.isValid());
    QString program = QCoreApplication::applicationFilePath();
    QStringList arguments = {u"withoutKeyringSaysWhatIsMissingAndStoresNothing"_s};
    if (withBus) {
        // A private session bus that can start no services: nothing provides org.freedesktop.secrets.
        QFile config(home.filePath(u"bus.conf"_s));
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write("<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN\" "
                     "\"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n"
                     "<busconfig><type>session</type><listen>unix:tmpdir=/tmp</listen><auth>EXTERNAL</auth>"
                     "<policy context=\"default\"><allow send_destination=\"*\" eavesdrop=\"true\"/>"
                     "<allow eavesdrop=\"true\"/><allow own=\"*\"/></policy>"
                     "</busconfig>\n");
        config.close();
        arguments = QStringList{u"--config-file="_s + config.fileName(), u"--"_s, program} + arguments;
        program = u"dbus-run-session"_s;
    }
    const QString secret = SecretLeakCheck::uniqueSecret();
    // dbus-run-session, when used, replaces the bus address with its own bus.
    const QProcessEnvironment environment = SecretLeakCheck::childEnvironment(home.path(), secret);

    QProcess child;
    child.setProcessEnvironment(environment);
    child.setProcessChannelMode(QProcess::MergedChannels);
    child.start(program, arguments);
    QVERIFY(child.waitForFinished(60000));
    const QString output = QString::fromUtf8(child.readAll());
    QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0, qPrintable(output));
    QVERIFY2(output.contains(u"No Secret Service is running"_s), qPrintable(output));
    QVERIFY2(!output.contains(secret), "the secret was logged");
    QVERIFY2(SecretLeakCheck::filesContaining(home.path(), secret).isEmpty(), qPrintable(SecretLeakCheck::filesContaining(home.path(), secret).join(u' ')));

    // And the real keyring did not get it by some other road.
    CarrierAccount read;
    QVERIFY(m_store->readNow(u"nokeyring"_s, read));
    QVERIFY(read.apiKey.isEmpty());
}

QTEST_GUILESS_MAIN(TestCredentialStore)
#include "tst_credentialstore.moc"
