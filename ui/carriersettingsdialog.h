#pragma once

#include "tracking/carrierconfig.h"
#include "tracking/credentialstore.h"

#include <QDialog>
#include <QSet>
#include <QStringList>

#include <memory>
#include <vector>

class CarrierAdapter;
class CarrierRegistry;
class ConnectionTester;
class QCheckBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QNetworkAccessManager;
class QPushButton;
class QSettings;
class QSpinBox;
class QStackedWidget;

// Where and as whom Shipdeck reaches each carrier: a list of carriers, and for the selected one
// whether it is used, its base URL, its secrets and its limits, with a "Test connection" that
// asks the carrier for real. Secrets are read from the keyring when the dialog opens and written
// there on OK; if the keyring fails, its message is shown, the dialog stays open and nothing
// (not even the non-secret settings) is written. Non-secret settings go to `settings` only.
// Child widgets are named "<carrier>/<field>" (e.g. "dhl/apiKey") for tests and accessibility.
class CarrierSettingsDialog : public QDialog
{
    Q_OBJECT

public:
    // All four objects must outlive the dialog.
    CarrierSettingsDialog(const CarrierRegistry &carriers, QSettings &settings, CredentialStore &credentials,
                          QNetworkAccessManager &network, QWidget *parent = nullptr);

    void accept() override;

    // The keyring or validation problem shown above the buttons, empty when there is none.
    QString errorText() const;
    bool isSaving() const { return m_saving; }

private:
    // The widgets of one carrier's page.
    struct Page {
        QString key;
        const CarrierAdapter *adapter = nullptr;
        bool usesApiKey = false;
        bool usesClientCredentials = false;
        QCheckBox *enabled = nullptr;
        QLineEdit *baseUrl = nullptr;
        QLineEdit *apiKey = nullptr;
        QLineEdit *clientId = nullptr;
        QLineEdit *clientSecret = nullptr;
        QDoubleSpinBox *requestsPerSecond = nullptr;
        QSpinBox *burst = nullptr;
        QSpinBox *maxConcurrent = nullptr;
        QSpinBox *numbersPerRequest = nullptr;
        QSpinBox *dailyQuota = nullptr;
        QPushButton *test = nullptr;
        QLabel *testResult = nullptr;
        ConnectionTester *tester = nullptr;
        CarrierAccount stored; // the secrets as the keyring holds them, to write only changes
    };

    void buildLayout();
    QWidget *buildPage(Page &page);
    QWidget *buildSecrets(Page &page);
    QWidget *buildLimits(Page &page);
    QWidget *buildTestRow(Page &page);
    void showConfig(Page &page, const CarrierConfig &config);
    void loadSecrets();
    void showSecrets(const QString &carrier, const CarrierAccount &secrets);
    void keyringFailed(const QString &carrier, CredentialStore::Operation operation, const QString &message);
    void secretsWritten(const QString &carrier);
    void testConnection(Page &page);
    void showTestResult(Page &page, bool ok, const QString &message);
    CarrierAccount accountOf(const Page &page) const;
    CarrierConfig configOf(const Page &page) const;
    bool secretsChanged(const Page &page) const;
    bool validate();
    void finishSaving();
    void writeSettings();
    void setSaving(bool saving);
    void showError(const QString &message);
    Page *pageFor(const QString &carrier);

    const CarrierRegistry &m_carriers;
    QSettings &m_settings;
    CredentialStore &m_credentials;
    QNetworkAccessManager &m_network;
    std::vector<std::unique_ptr<Page>> m_pages;
    QListWidget *m_list = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    bool m_saving = false;
    QSet<QString> m_pendingWrites;
    QStringList m_writeErrors;
};
