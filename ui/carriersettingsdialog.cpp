#include "carriersettingsdialog.h"

#include "carriers/carrierregistry.h"
#include "tracking/connectiontester.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <limits>

using namespace Qt::StringLiterals;

CarrierSettingsDialog::CarrierSettingsDialog(const CarrierRegistry &carriers, QSettings &settings,
                                             CredentialStore &credentials, QNetworkAccessManager &network,
                                             QWidget *parent)
    : QDialog(parent)
    , m_carriers(carriers)
    , m_settings(settings)
    , m_credentials(credentials)
    , m_network(network)
{
    setWindowTitle(tr("Carrier Settings"));
    buildLayout();
    connect(&m_credentials, &CredentialStore::credentialsRead, this, &CarrierSettingsDialog::showSecrets);
    connect(&m_credentials, &CredentialStore::credentialsWritten, this, &CarrierSettingsDialog::secretsWritten);
    connect(&m_credentials, &CredentialStore::failed, this, &CarrierSettingsDialog::keyringFailed);
    loadSecrets();
}

void CarrierSettingsDialog::buildLayout()
{
    m_list = new QListWidget(this);
    m_list->setObjectName(u"carriers"_s);
    m_list->setAccessibleName(tr("Carriers"));
    m_list->setMaximumWidth(180);
    m_stack = new QStackedWidget(this);
    for (const QString &key : m_carriers.keys()) {
        auto page = std::make_unique<Page>();
        page->key = key;
        page->adapter = m_carriers.adapter(key);
        m_stack->addWidget(buildPage(*page));
        m_list->addItem(page->adapter->displayName());
        showConfig(*page, CarrierConfig::read(*page->adapter, m_settings));
        m_pages.push_back(std::move(page));
    }
    connect(m_list, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);
    m_list->setCurrentRow(0);

    m_error = new QLabel(this);
    m_error->setObjectName(u"error"_s);
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_error->setStyleSheet(u"color: #b00020;"_s);
    m_error->hide();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CarrierSettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &CarrierSettingsDialog::reject);

    auto *columns = new QHBoxLayout;
    columns->addWidget(m_list);
    columns->addWidget(m_stack, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    m_list->setFocus();
}

QWidget *CarrierSettingsDialog::buildPage(Page &page)
{
    auto *widget = new QWidget;
    widget->setObjectName(page.key);
    page.enabled = new QCheckBox(tr("&Use %1").arg(page.adapter->displayName()), widget);
    page.enabled->setObjectName(page.key + u"/enabled"_s);
    page.baseUrl = new QLineEdit(widget);
    page.baseUrl->setObjectName(page.key + u"/baseUrl"_s);
    page.baseUrl->setPlaceholderText(page.adapter->defaultBaseUrl().toString());
    auto *baseUrlLabel = new QLabel(tr("Base UR&L:"), widget);
    baseUrlLabel->setBuddy(page.baseUrl);

    auto *form = new QFormLayout;
    form->addRow(page.enabled);
    form->addRow(baseUrlLabel, page.baseUrl);
    auto *layout = new QVBoxLayout(widget);
    layout->addLayout(form);
    layout->addWidget(buildSecrets(page));
    layout->addWidget(buildLimits(page));
    layout->addWidget(buildTestRow(page));
    layout->addStretch(1);
    return widget;
}

QWidget *CarrierSettingsDialog::buildSecrets(Page &page)
{
    auto *group = new QGroupBox(tr("Credentials (kept in the system keyring)"));
    auto *form = new QFormLayout(group);
    page.usesApiKey = CarrierConfig::acceptsApiKey(*page.adapter);
    page.usesClientCredentials = CarrierConfig::acceptsClientCredentials(*page.adapter);
    const bool apiKey = page.usesApiKey;
    const bool clientCredentials = page.usesClientCredentials;
    QString how = tr("%1 signs in with an API key.").arg(page.adapter->displayName());
    if (apiKey && clientCredentials)
        how = tr("%1 signs in with an API key, or with a client id and a client secret.").arg(page.adapter->displayName());
    else if (clientCredentials)
        how = tr("%1 signs in with a client id and a client secret.").arg(page.adapter->displayName());
    auto *hint = new QLabel(how, group);
    hint->setWordWrap(true);
    form->addRow(hint);

    const auto addSecret = [&](QLineEdit *&edit, const QString &name, const QString &label, bool used) {
        edit = new QLineEdit(group);
        edit->setObjectName(page.key + u'/' + name);
        edit->setEchoMode(QLineEdit::Password);
        // Fields a carrier does not use stay visible but off, so every page has the same shape.
        edit->setEnabled(used);
        edit->setPlaceholderText(used ? tr("reading the keyring…") : tr("not used by %1").arg(page.adapter->displayName()));
        auto *caption = new QLabel(label, group);
        caption->setBuddy(edit);
        form->addRow(caption, edit);
    };
    addSecret(page.apiKey, u"apiKey"_s, tr("API &key:"), apiKey);
    addSecret(page.clientId, u"clientId"_s, tr("Client &id:"), clientCredentials);
    addSecret(page.clientSecret, u"clientSecret"_s, tr("Client &secret:"), clientCredentials);
    return group;
}

QWidget *CarrierSettingsDialog::buildLimits(Page &page)
{
    auto *group = new QGroupBox(tr("Limits"));
    auto *form = new QFormLayout(group);
    const CarrierLimits documented = page.adapter->defaultLimits();
    const auto add = [&](auto *spin, const QString &name, const QString &label) {
        spin->setObjectName(page.key + u'/' + name);
        auto *caption = new QLabel(label, group);
        caption->setBuddy(spin);
        form->addRow(caption, spin);
        return spin;
    };
    page.requestsPerSecond = add(new QDoubleSpinBox(group), u"requestsPerSecond"_s, tr("&Requests per second:"));
    page.requestsPerSecond->setDecimals(3);
    page.requestsPerSecond->setRange(0.001, 1000000);
    page.burst = add(new QSpinBox(group), u"burst"_s, tr("&Burst:"));
    page.burst->setRange(1, 1000000);
    page.maxConcurrent = add(new QSpinBox(group), u"maxConcurrent"_s, tr("Requests at &once:"));
    page.maxConcurrent->setRange(1, 1000);
    page.numbersPerRequest = add(new QSpinBox(group), u"numbersPerRequest"_s, tr("&Numbers per request:"));
    // The API rejects larger batches than it documents.
    page.numbersPerRequest->setRange(1, documented.maxNumbersPerRequest);
    page.dailyQuota = add(new QSpinBox(group), u"dailyQuota"_s, tr("&Daily quota:"));
    page.dailyQuota->setRange(0, std::numeric_limits<int>::max());
    page.dailyQuota->setSpecialValueText(tr("none"));
    return group;
}

QWidget *CarrierSettingsDialog::buildTestRow(Page &page)
{
    auto *row = new QWidget;
    page.test = new QPushButton(tr("&Test connection"), row);
    page.test->setObjectName(page.key + u"/test"_s);
    page.test->setAutoDefault(false); // Enter in a field means OK, not a network request
    page.testResult = new QLabel(row);
    page.testResult->setObjectName(page.key + u"/testResult"_s);
    page.testResult->setWordWrap(true);
    page.testResult->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    page.tester = new ConnectionTester(m_network, this);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(page.test, 0, Qt::AlignTop);
    layout->addWidget(page.testResult, 1);
    const QString key = page.key;
    connect(page.test, &QPushButton::clicked, this, [this, key] { testConnection(*pageFor(key)); });
    connect(page.tester, &ConnectionTester::finished, this,
            [this, key](bool ok, const QString &message) { showTestResult(*pageFor(key), ok, message); });
    return row;
}

void CarrierSettingsDialog::showConfig(Page &page, const CarrierConfig &config)
{
    page.enabled->setChecked(config.enabled);
    page.baseUrl->setText(config.baseUrl.toString());
    page.requestsPerSecond->setValue(config.limits.requestsPerSecond);
    page.burst->setValue(config.limits.burst);
    page.maxConcurrent->setValue(config.limits.maxConcurrent);
    page.numbersPerRequest->setValue(config.limits.maxNumbersPerRequest);
    page.dailyQuota->setValue(int(qMin<qint64>(config.limits.dailyQuota, std::numeric_limits<int>::max())));
}

void CarrierSettingsDialog::loadSecrets()
{
    for (const auto &page : m_pages)
        m_credentials.read(page->key);
}

void CarrierSettingsDialog::showSecrets(const QString &carrier, const CarrierAccount &secrets)
{
    Page *page = pageFor(carrier);
    if (!page)
        return;
    page->stored = secrets;
    // What the user typed while the keyring was answering wins.
    const auto fill = [](QLineEdit *edit, const QString &value, bool used) {
        if (!used)
            return;
        edit->setPlaceholderText({});
        if (!edit->isModified())
            edit->setText(value);
    };
    fill(page->apiKey, secrets.apiKey, page->usesApiKey);
    fill(page->clientId, secrets.clientId, page->usesClientCredentials);
    fill(page->clientSecret, secrets.clientSecret, page->usesClientCredentials);
}

void CarrierSettingsDialog::keyringFailed(const QString &carrier, CredentialStore::Operation operation,
                                          const QString &message)
{
    Page *page = pageFor(carrier);
    if (!page)
        return;
    const QString name = page->adapter->displayName();
    if (operation == CredentialStore::Operation::Read) {
        for (QLineEdit *edit : {page->apiKey, page->clientId, page->clientSecret}) {
            if (edit->isEnabled())
                edit->setPlaceholderText(tr("not readable from the keyring"));
        }
        // Every carrier's read fails alike when the keyring is missing: one message says it.
        if (errorText().isEmpty())
            showError(tr("%1: %2").arg(name, message));
        return;
    }
    if (operation != CredentialStore::Operation::Write || !m_pendingWrites.remove(carrier))
        return;
    m_writeErrors.append(tr("%1: %2").arg(name, message));
    finishSaving();
}

void CarrierSettingsDialog::secretsWritten(const QString &carrier)
{
    Page *page = pageFor(carrier);
    if (!page || !m_pendingWrites.remove(carrier))
        return;
    page->stored = accountOf(*page);
    finishSaving();
}

void CarrierSettingsDialog::testConnection(Page &page)
{
    page.test->setEnabled(false);
    page.testResult->setStyleSheet({});
    page.testResult->setText(tr("Testing…"));
    page.tester->test(*page.adapter, accountOf(page));
}

void CarrierSettingsDialog::showTestResult(Page &page, bool ok, const QString &message)
{
    page.test->setEnabled(true);
    page.testResult->setStyleSheet(ok ? u"color: #1b5e20;"_s : u"color: #b00020;"_s);
    page.testResult->setText(message);
}

CarrierAccount CarrierSettingsDialog::accountOf(const Page &page) const
{
    CarrierAccount account;
    account.baseUrl = configOf(page).baseUrl;
    if (const QUrl typed(page.baseUrl->text().trimmed()); !page.baseUrl->text().trimmed().isEmpty())
        account.baseUrl = typed; // a bad URL is tested as typed, so the tester can say what is wrong
    account.apiKey = page.usesApiKey ? page.apiKey->text() : QString();
    account.clientId = page.usesClientCredentials ? page.clientId->text() : QString();
    account.clientSecret = page.usesClientCredentials ? page.clientSecret->text() : QString();
    return account;
}

CarrierConfig CarrierSettingsDialog::configOf(const Page &page) const
{
    CarrierConfig config = CarrierConfig::defaults(*page.adapter);
    config.enabled = page.enabled->isChecked();
    const QUrl typed(page.baseUrl->text().trimmed());
    if (!page.baseUrl->text().trimmed().isEmpty())
        config.baseUrl = typed;
    // The spin box rounds to its decimals; an untouched default must not become an override.
    const double shownDefault = QString::number(config.limits.requestsPerSecond, 'f', page.requestsPerSecond->decimals()).toDouble();
    if (!qFuzzyCompare(page.requestsPerSecond->value(), shownDefault))
        config.limits.requestsPerSecond = page.requestsPerSecond->value();
    config.limits.burst = page.burst->value();
    config.limits.maxConcurrent = page.maxConcurrent->value();
    config.limits.maxNumbersPerRequest = page.numbersPerRequest->value();
    config.limits.dailyQuota = page.dailyQuota->value();
    return config;
}

bool CarrierSettingsDialog::secretsChanged(const Page &page) const
{
    const CarrierAccount typed = accountOf(page);
    return typed.apiKey != page.stored.apiKey || typed.clientId != page.stored.clientId
        || typed.clientSecret != page.stored.clientSecret;
}

void CarrierSettingsDialog::accept()
{
    if (m_saving || !validate())
        return;
    m_writeErrors.clear();
    // Only changed secrets are written: a carrier whose secrets could not be read must not have
    // them replaced by the empty fields.
    for (const auto &page : m_pages) {
        if (secretsChanged(*page))
            m_pendingWrites.insert(page->key);
    }
    if (m_pendingWrites.isEmpty()) {
        writeSettings();
        QDialog::accept();
        return;
    }
    setSaving(true);
    const QSet<QString> writes = m_pendingWrites; // a failing keyring may answer at once
    for (const auto &page : m_pages) {
        if (writes.contains(page->key))
            m_credentials.write(page->key, accountOf(*page));
    }
}

bool CarrierSettingsDialog::validate()
{
    for (std::size_t i = 0; i < m_pages.size(); ++i) {
        const Page &page = *m_pages[i];
        const QString typed = page.baseUrl->text().trimmed();
        if (typed.isEmpty() || CarrierConfig::isUsableBaseUrl(QUrl(typed)))
            continue;
        m_list->setCurrentRow(int(i));
        page.baseUrl->setFocus();
        showError(tr("%1: the base URL \"%2\" is not an http:// or https:// address.")
                      .arg(page.adapter->displayName(), typed));
        return false;
    }
    return true;
}

void CarrierSettingsDialog::finishSaving()
{
    if (!m_saving || !m_pendingWrites.isEmpty())
        return;
    setSaving(false);
    if (!m_writeErrors.isEmpty()) {
        showError(m_writeErrors.join(u'\n') + u'\n' + tr("Nothing else was saved; the dialog stays open."));
        return;
    }
    writeSettings();
    QDialog::accept();
}

void CarrierSettingsDialog::writeSettings()
{
    for (const auto &page : m_pages)
        configOf(*page).write(*page->adapter, m_settings);
    m_settings.sync();
}

void CarrierSettingsDialog::setSaving(bool saving)
{
    m_saving = saving;
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!saving);
    m_stack->setEnabled(!saving);
    if (saving) {
        m_error->setText(tr("Saving to the keyring…"));
        m_error->show();
    }
}

void CarrierSettingsDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

QString CarrierSettingsDialog::errorText() const { return m_error->isHidden() ? QString() : m_error->text(); }

CarrierSettingsDialog::Page *CarrierSettingsDialog::pageFor(const QString &carrier)
{
    for (const auto &page : m_pages) {
        if (page->key == carrier)
            return page.get();
    }
    return nullptr;
}
