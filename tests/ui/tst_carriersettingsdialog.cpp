#include "carriers/carrierregistry.h"
#include "carriersettingsdialog.h"
#include "demo/sandboxprocess.h"
#include "secretleakcheck.h"
#include "tracking/credentialstore.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

// Drives the dialog through its widgets, offscreen, against the real Secret Service (scripts/test
// starts one; see tst_credentialstore.cpp for running by hand) and real sockets.
class TestCarrierSettingsDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void showsStoredSecretsHidden();
    void okStoresSecretsInKeyringAndTheRestInSettings();
    void keyboardAlone();
    void cancelStoresNothing();
    void badBaseUrlKeepsTheDialogOpen();
    void testConnectionSaysWhenNothingAnswers_data();
    void testConnectionSaysWhenNothingAnswers();
    void testConnectionNamesMissingSecrets();
    void testConnectionSucceedsAgainstTheSandbox_data();
    void testConnectionSucceedsAgainstTheSandbox();
    void testConnectionReportsWhatTheCarrierSaid_data();
    void testConnectionReportsWhatTheCarrierSaid();
    void keyringMissingKeepsTheDialogOpen();

private:
    static bool isNoKeyringChild() { return qEnvironmentVariableIsSet("SHIPDECK_TEST_NO_KEYRING_CHILD"); }
    std::unique_ptr<CarrierSettingsDialog> openDialog();
    template<typename T>
    T *widget(const CarrierSettingsDialog &dialog, const QString &name)
    {
        T *found = dialog.findChild<T *>(name);
        if (!found)
            qFatal("no widget %s", qPrintable(name));
        return found;
    }
    static void retype(QWidget *field, const QString &text);
    static void selectCarrier(const CarrierSettingsDialog &dialog, const QString &carrier);
    static void click(QAbstractButton *button);
    static quint16 closedLoopbackPort();
    QString iniText() const;
    void runWithoutKeyring();
    QString sandboxProgram() const;
    void startSandbox();
    QString testAgainstSandbox(const QString &carrier);
    void queueSandboxFault(const QString &carrier, const QString &kind);

    const QString m_service = u"Shipdeck-test-dialog"_s; // never the real "Shipdeck" entries
    CarrierRegistry m_carriers;
    QNetworkAccessManager m_network;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<CredentialStore> m_store;
    std::unique_ptr<SandboxProcess> m_sandbox; // started by the first test that needs it
};

void TestCarrierSettingsDialog::initTestCase()
{
    QVERIFY(m_carriers.adapter(u"dhl"_s));
    if (isNoKeyringChild())
        return;
    // A locked keyring reads as empty, so only a write shows whether the tests can work at all.
    CredentialStore probe(m_service);
    const Outcome writable = probe.writeNow(u"probe"_s, {{}, u"probe"_s, {}, {}});
    if (!writable || !probe.removeNow(u"probe"_s))
        QFAIL(qPrintable(u"An unlocked Secret Service is needed (run scripts/test, or dbus-run-session with "
                         u"gnome-keyring-daemon --unlock given the keyring's password): "_s
                         + writable.error()));
}

void TestCarrierSettingsDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = std::make_unique<QSettings>(m_dir->filePath(u"settings.ini"_s), QSettings::IniFormat);
    m_store = std::make_unique<CredentialStore>(m_service);
}

void TestCarrierSettingsDialog::cleanup()
{
    if (!isNoKeyringChild()) {
        for (const QString &carrier : m_carriers.keys())
            QVERIFY(m_store->removeNow(carrier));
    }
    m_store.reset();
    m_settings.reset();
}

std::unique_ptr<CarrierSettingsDialog> TestCarrierSettingsDialog::openDialog()
{
    auto dialog = std::make_unique<CarrierSettingsDialog>(m_carriers, *m_settings, *m_store, m_network);
    dialog->show();
    if (!QTest::qWaitForWindowExposed(dialog.get()))
        qFatal("dialog not shown");
    return dialog;
}

void TestCarrierSettingsDialog::retype(QWidget *field, const QString &text)
{
    field->setFocus();
    QTest::keyClick(field, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(field, Qt::Key_Backspace);
    QTest::keyClicks(field, text);
}

void TestCarrierSettingsDialog::selectCarrier(const CarrierSettingsDialog &dialog, const QString &carrier)
{
    // With the arrow keys, as a user would, until the carrier's page is the one shown.
    auto *list = dialog.findChild<QListWidget *>(u"carriers"_s);
    auto *page = dialog.findChild<QWidget *>(carrier);
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Home);
    for (int i = 0; i < list->count() && !page->isVisible(); ++i)
        QTest::keyClick(list, Qt::Key_Down);
    if (!page->isVisible())
        qFatal("no page for %s", qPrintable(carrier));
}

void TestCarrierSettingsDialog::click(QAbstractButton *button)
{
    // A check box in a form row is wider than its indicator and text: click near its left edge.
    const QPoint where = qobject_cast<QCheckBox *>(button) ? QPoint(8, button->height() / 2) : button->rect().center();
    QTest::mouseClick(button, Qt::LeftButton, {}, where);
}

quint16 TestCarrierSettingsDialog::closedLoopbackPort()
{
    // A port the system just handed out and nobody listens on any more.
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        qFatal("cannot bind a loopback port");
    const quint16 port = server.serverPort();
    server.close();
    return port;
}

QString TestCarrierSettingsDialog::iniText() const
{
    m_settings->sync();
    QFile file(m_settings->fileName());
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

void TestCarrierSettingsDialog::showsStoredSecretsHidden()
{
    const QString secret = SecretLeakCheck::uniqueSecret();
    QVERIFY(m_store->writeNow(u"dhl"_s, {{}, secret, {}, {}}));
    m_settings->setValue(u"Carriers/dhl/Enabled"_s, true);
    m_settings->setValue(u"Carriers/dhl/BaseUrl"_s, u"https://api-test.dhl.com"_s);
    m_settings->setValue(u"Carriers/dhl/DailyQuota"_s, 42);
    const auto dialog = openDialog();
    QVERIFY(widget<QCheckBox>(*dialog, u"dhl/enabled"_s)->isChecked());
    QCOMPARE(widget<QLineEdit>(*dialog, u"dhl/baseUrl"_s)->text(), u"https://api-test.dhl.com"_s);
    QCOMPARE(widget<QSpinBox>(*dialog, u"dhl/dailyQuota"_s)->value(), 42);
    auto *apiKey = widget<QLineEdit>(*dialog, u"dhl/apiKey"_s);
    QTRY_COMPARE(apiKey->text(), secret);
    QCOMPARE(apiKey->echoMode(), QLineEdit::Password);
    QVERIFY(!apiKey->displayText().contains(secret));
    QVERIFY2(!widget<QLineEdit>(*dialog, u"dhl/clientSecret"_s)->isEnabled(), "DHL takes an API key only");
}

void TestCarrierSettingsDialog::okStoresSecretsInKeyringAndTheRestInSettings()
{
    const QString secret = SecretLeakCheck::uniqueSecret();
    const auto dialog = openDialog();
    auto *apiKey = widget<QLineEdit>(*dialog, u"dhl/apiKey"_s);
    QTRY_VERIFY2(apiKey->placeholderText().isEmpty(), "the keyring was read");

    click(widget<QCheckBox>(*dialog, u"dhl/enabled"_s));
    QVERIFY(widget<QCheckBox>(*dialog, u"dhl/enabled"_s)->isChecked());
    retype(widget<QLineEdit>(*dialog, u"dhl/baseUrl"_s), u"https://api-test.dhl.com"_s);
    retype(apiKey, secret);
    retype(widget<QDoubleSpinBox>(*dialog, u"dhl/requestsPerSecond"_s), u"0.1"_s);
    click(widget<QDialogButtonBox>(*dialog, {})->button(QDialogButtonBox::Ok));
    QTRY_VERIFY2(!dialog->isVisible(), qPrintable(dialog->errorText()));
    QCOMPARE(dialog->result(), int(QDialog::Accepted));

    CarrierAccount stored;
    QVERIFY(CredentialStore(m_service).readNow(u"dhl"_s, stored));
    QCOMPARE(stored.apiKey, secret);
    const QString ini = iniText();
    QVERIFY2(!ini.contains(secret), qPrintable(ini));
    const QSettings reread(m_settings->fileName(), QSettings::IniFormat);
    QCOMPARE(reread.value(u"Carriers/dhl/Enabled"_s).toBool(), true);
    QCOMPARE(reread.value(u"Carriers/dhl/BaseUrl"_s).toString(), u"https://api-test.dhl.com"_s);
    QCOMPARE(reread.value(u"Carriers/dhl/RequestsPerSecond"_s).toDouble(), 0.1);
}

void TestCarrierSettingsDialog::keyboardAlone()
{
    const QString secret = SecretLeakCheck::uniqueSecret();
    const auto dialog = openDialog();
    dialog->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(dialog.get()));
    auto *apiKey = widget<QLineEdit>(*dialog, u"dhl/apiKey"_s);
    QTRY_VERIFY(apiKey->placeholderText().isEmpty());
    QCOMPARE(QApplication::focusWidget(), widget<QListWidget>(*dialog, u"carriers"_s));

    QTest::keyClick(dialog.get(), Qt::Key_K, Qt::AltModifier); // API &key
    QCOMPARE(QApplication::focusWidget(), apiKey);
    QTest::keyClicks(QApplication::focusWidget(), secret);
    QTest::keyClick(dialog.get(), Qt::Key_U, Qt::AltModifier); // &Use DHL
    QTRY_VERIFY(widget<QCheckBox>(*dialog, u"dhl/enabled"_s)->isChecked());
    QTest::keyClick(dialog.get(), Qt::Key_D, Qt::AltModifier); // &Daily quota
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(QApplication::focusWidget(), u"100"_s);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return); // OK is the default button
    QTRY_VERIFY2(!dialog->isVisible(), qPrintable(dialog->errorText()));

    CarrierAccount stored;
    QVERIFY(m_store->readNow(u"dhl"_s, stored));
    QCOMPARE(stored.apiKey, secret);
    const QSettings reread(m_settings->fileName(), QSettings::IniFormat);
    QCOMPARE(reread.value(u"Carriers/dhl/DailyQuota"_s).toInt(), 100);
    QCOMPARE(reread.value(u"Carriers/dhl/Enabled"_s).toBool(), true);
    QVERIFY2(!reread.contains(u"Carriers/dhl/RequestsPerSecond"_s), "untouched limits stay defaults");
    QVERIFY(!reread.contains(u"Carriers/dhl/BaseUrl"_s));
}

void TestCarrierSettingsDialog::cancelStoresNothing()
{
    const auto dialog = openDialog();
    auto *apiKey = widget<QLineEdit>(*dialog, u"dhl/apiKey"_s);
    QTRY_VERIFY(apiKey->placeholderText().isEmpty());
    retype(apiKey, u"typed-then-cancelled"_s);
    click(widget<QCheckBox>(*dialog, u"dhl/enabled"_s));
    QVERIFY(widget<QCheckBox>(*dialog, u"dhl/enabled"_s)->isChecked());
    QTest::keyClick(apiKey, Qt::Key_Escape);
    QTRY_VERIFY(!dialog->isVisible());
    QCOMPARE(dialog->result(), int(QDialog::Rejected));
    QVERIFY(iniText().isEmpty());
    CarrierAccount stored;
    QVERIFY(m_store->readNow(u"dhl"_s, stored));
    QVERIFY(stored.apiKey.isEmpty());
}

void TestCarrierSettingsDialog::badBaseUrlKeepsTheDialogOpen()
{
    const auto dialog = openDialog();
    retype(widget<QLineEdit>(*dialog, u"dhl/baseUrl"_s), u"ftp://api-eu.dhl.com"_s);
    click(widget<QDialogButtonBox>(*dialog, {})->button(QDialogButtonBox::Ok));
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->errorText(), u"DHL: the base URL \"ftp://api-eu.dhl.com\" is not an http:// or https:// address."_s);
    QVERIFY(widget<QLabel>(*dialog, u"error"_s)->isVisible());
    QVERIFY(iniText().isEmpty());
}

void TestCarrierSettingsDialog::testConnectionSaysWhenNothingAnswers_data()
{
    QTest::addColumn<QString>("carrier");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("expected");
    const QString refused = u"http://127.0.0.1:%1/"_s.arg(closedLoopbackPort());
    QTest::newRow("API key, closed loopback port")
        << u"dhl"_s << refused + u"dhl"_s
        << u"Cannot reach DHL at %1: the connection was refused (nothing answers at that address; check the base URL)"_s
               .arg(refused + u"dhl"_s);
    QTest::newRow("OAuth token, closed loopback port")
        << u"ups"_s << refused + u"ups"_s
        << u"Cannot reach UPS at %1: the connection was refused (nothing answers at that address; check the base URL)"_s
               .arg(refused + u"ups"_s);
    // .invalid never resolves (RFC 2606), with or without a network.
    QTest::newRow("unknown host") << u"dhl"_s << u"https://api.shipdeck.invalid"_s
                                  << u"Cannot reach DHL: the host \"api.shipdeck.invalid\" was not found (check the base "
                                     u"URL and the network)"_s;
}

void TestCarrierSettingsDialog::testConnectionSaysWhenNothingAnswers()
{
    QFETCH(QString, carrier);
    QFETCH(QString, url);
    QFETCH(QString, expected);
    if (!m_carriers.adapter(carrier))
        QFAIL(qPrintable(u"the registry has no "_s + carrier));
    const auto dialog = openDialog();
    selectCarrier(*dialog, carrier);
    retype(widget<QLineEdit>(*dialog, carrier + u"/baseUrl"_s), url);
    for (const QString &field : {u"apiKey"_s, u"clientId"_s, u"clientSecret"_s}) {
        if (auto *edit = widget<QLineEdit>(*dialog, carrier + u'/' + field); edit->isEnabled())
            retype(edit, u"some-"_s + field);
    }
    auto *test = widget<QPushButton>(*dialog, carrier + u"/test"_s);
    auto *result = widget<QLabel>(*dialog, carrier + u"/testResult"_s);
    click(test);
    QVERIFY2(!test->isEnabled(), "one test at a time");
    QTRY_VERIFY_WITH_TIMEOUT(test->isEnabled(), 20000);
    QCOMPARE(result->text(), expected);
    QVERIFY2(iniText().isEmpty(), "testing saves nothing");
}

void TestCarrierSettingsDialog::testConnectionNamesMissingSecrets()
{
    const auto dialog = openDialog();
    QTRY_VERIFY(widget<QLineEdit>(*dialog, u"dhl/apiKey"_s)->placeholderText().isEmpty());
    click(widget<QPushButton>(*dialog, u"dhl/test"_s));
    QTRY_COMPARE(widget<QLabel>(*dialog, u"dhl/testResult"_s)->text(), u"DHL needs an API key"_s);
}

void TestCarrierSettingsDialog::testConnectionSucceedsAgainstTheSandbox_data()
{
    QTest::addColumn<QString>("carrier");
    for (const QString &key : m_carriers.keys())
        QTest::newRow(qPrintable(key)) << key;
}

void TestCarrierSettingsDialog::testConnectionSucceedsAgainstTheSandbox()
{
    QFETCH(QString, carrier);
    startSandbox();
    const QString result = testAgainstSandbox(carrier);
    const QUrl url = CarrierConfig::sandboxUrl(carrier, quint16(m_sandbox->baseUrl().port()));
    const QString name = m_carriers.adapter(carrier)->displayName();
    QVERIFY2(result.startsWith(u"Connected to %1 at %2: "_s.arg(name, url.toString())), qPrintable(result));
    qInfo("%s", qPrintable(result));
}

void TestCarrierSettingsDialog::testConnectionReportsWhatTheCarrierSaid_data()
{
    QTest::addColumn<QString>("carrier");
    QTest::addColumn<QString>("fault");
    QTest::addColumn<QString>("expected");
    QTest::newRow("DHL down") << u"dhl"_s << u"503"_s << u"DHL failed on its side (HTTP 503)"_s;
    QTest::newRow("UPS token service down") << u"ups"_s << u"503"_s << u"; the client id and client secret could not be "
                                                                        u"checked, try again later"_s;
    QTest::newRow("DHL garbled") << u"dhl"_s << u"malformed"_s << u"Unexpected answer from DHL at "_s;
}

void TestCarrierSettingsDialog::testConnectionReportsWhatTheCarrierSaid()
{
    QFETCH(QString, carrier);
    QFETCH(QString, fault);
    QFETCH(QString, expected);
    startSandbox();
    queueSandboxFault(carrier, fault);
    const QString result = testAgainstSandbox(carrier);
    QVERIFY2(result.contains(expected), qPrintable(result));
    QVERIFY2(!result.startsWith(u"Connected"_s), qPrintable(result));
    qInfo("%s", qPrintable(result));
}

void TestCarrierSettingsDialog::startSandbox()
{
    if (m_sandbox)
        return;
    const QString program = sandboxProgram();
    if (program.isEmpty())
        QFAIL("shipdeck-sandbox is not built (scripts/build all builds it)");
    auto sandbox = std::make_unique<SandboxProcess>();
    SandboxProcess::Options options;
    options.program = program;
    options.demoNow = options.epoch = QDateTime::currentDateTimeUtc();
    const Outcome started = sandbox->start(options);
    QVERIFY2(started, qPrintable(started.error()));
    m_sandbox = std::move(sandbox);
}

QString TestCarrierSettingsDialog::testAgainstSandbox(const QString &carrier)
{
    // The demo's own settings, the sandbox URL and the "sandbox" placeholders, typed in.
    const CarrierSettings demo = CarrierConfig::sandbox(m_carriers, quint16(m_sandbox->baseUrl().port()))[carrier];
    const auto dialog = openDialog();
    selectCarrier(*dialog, carrier);
    retype(widget<QLineEdit>(*dialog, carrier + u"/baseUrl"_s), demo.account.baseUrl.toString());
    for (const QString &field : {u"apiKey"_s, u"clientId"_s, u"clientSecret"_s}) {
        if (auto *edit = widget<QLineEdit>(*dialog, carrier + u'/' + field); edit->isEnabled())
            retype(edit, demo.account.apiKey);
    }
    auto *test = widget<QPushButton>(*dialog, carrier + u"/test"_s);
    click(test);
    if (!QTest::qWaitFor([&] { return test->isEnabled(); }, 20000))
        return u"(no verdict within 20 s)"_s;
    return widget<QLabel>(*dialog, carrier + u"/testResult"_s)->text();
}

void TestCarrierSettingsDialog::queueSandboxFault(const QString &carrier, const QString &kind)
{
    // The sandbox's control endpoint: the carrier's next request gets this fault.
    QNetworkRequest request(m_sandbox->baseUrl().resolved(QUrl(u"/sandbox/faults"_s)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    const QJsonObject once{{u"carrier"_s, carrier}, {u"kind"_s, kind}};
    QNetworkReply *reply = m_network.post(request, QJsonDocument(QJsonObject{{u"once"_s, QJsonArray{once}}}).toJson());
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(10000));
    QVERIFY2(reply->error() == QNetworkReply::NoError, qPrintable(reply->errorString() + QString::fromUtf8(reply->readAll())));
    reply->deleteLater();
}

QString TestCarrierSettingsDialog::sandboxProgram() const
{
    // The build tree keeps executables under app/, next to tests/.
    const QString inBuildTree = QCoreApplication::applicationDirPath() + u"/../app/shipdeck-sandbox"_s;
    if (QFileInfo(inBuildTree).isExecutable())
        return QFileInfo(inBuildTree).canonicalFilePath();
    return SandboxProcess::besideThisProgram();
}

void TestCarrierSettingsDialog::keyringMissingKeepsTheDialogOpen()
{
    if (!isNoKeyringChild()) {
        runWithoutKeyring();
        return;
    }
    const QString secret = qEnvironmentVariable("SHIPDECK_TEST_SECRET");
    const QString missing = u"No Secret Service is running (install and unlock gnome-keyring or KWallet)"_s;
    const auto dialog = openDialog();
    QTRY_VERIFY2(dialog->errorText().contains(missing), qPrintable(dialog->errorText()));

    click(widget<QCheckBox>(*dialog, u"dhl/enabled"_s));
    retype(widget<QLineEdit>(*dialog, u"dhl/apiKey"_s), secret);
    click(widget<QDialogButtonBox>(*dialog, {})->button(QDialogButtonBox::Ok));
    QTRY_VERIFY2(dialog->errorText().contains(missing + u"; the secret was NOT stored"_s), qPrintable(dialog->errorText()));
    QVERIFY(!dialog->isSaving());
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->result() != QDialog::Accepted);
    QVERIFY(!dialog->errorText().contains(secret));
    QVERIFY2(iniText().isEmpty(), "nothing is written elsewhere, not even the non-secret settings");
    qInfo("dialog says: %s", qPrintable(dialog->errorText()));
}

void TestCarrierSettingsDialog::runWithoutKeyring()
{
    QTemporaryDir home;
    QVERIFY(home.isValid());
    const QString secret = SecretLeakCheck::uniqueSecret();
    QProcessEnvironment environment = SecretLeakCheck::childEnvironment(home.path(), secret);
    environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);

    QProcess child;
    child.setProcessEnvironment(environment);
    child.setProcessChannelMode(QProcess::MergedChannels);
    child.start(QCoreApplication::applicationFilePath(), {u"keyringMissingKeepsTheDialogOpen"_s});
    QVERIFY(child.waitForFinished(60000));
    const QString output = QString::fromUtf8(child.readAll());
    QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0, qPrintable(output));
    QVERIFY2(output.contains(u"the secret was NOT stored"_s), qPrintable(output));
    QVERIFY2(!output.contains(secret), "the secret was logged");
    QVERIFY2(SecretLeakCheck::filesContaining(home.path(), secret).isEmpty(), qPrintable(SecretLeakCheck::filesContaining(home.path(), secret).join(u' ')));
}

QTEST_MAIN(TestCarrierSettingsDialog)
#include "tst_carriersettingsdialog.moc"
