#pragma once

#include "carriers/carrieraccount.h"
#include "model/outcome.h"

#include <QObject>
#include <QString>

#include <functional>

namespace QKeychain {
class Job;
}

// Carrier secrets (API key, client id, client secret) in the system keyring (Secret Service:
// gnome-keyring or KWallet) through QtKeychain, one entry per secret, "carrier/<key>/<field>",
// under one service name. There is no other place for them: when no keyring can be reached the
// operation fails with a message saying what is missing, and nothing is written anywhere else.
// Secret values never appear in messages or logs.
//
// The keyring is asynchronous (a D-Bus service that may prompt to unlock), so every operation
// reports through signals; the *Now helpers wait in a local event loop for headless programs.
class CredentialStore : public QObject
{
    Q_OBJECT

public:
    enum class Field { ApiKey, ClientId, ClientSecret };
    Q_ENUM(Field)
    enum class Operation { Read, Write, Remove };
    Q_ENUM(Operation)

    // `service` groups the entries in the keyring; defaultService() in the applications, a name
    // of their own in tests so they never touch a user's real credentials.
    explicit CredentialStore(QString service, QObject *parent = nullptr);

    static QString defaultService(); // "Shipdeck"
    static QString entryKey(const QString &carrier, Field field); // "carrier/dhl/apiKey"
    const QString &service() const { return m_service; }

    // Reads the three secrets of `carrier`; a secret never stored reads as empty.
    void read(const QString &carrier);
    // Stores the secrets of `secrets` (baseUrl is not a secret and is ignored); an empty field
    // removes that secret from the keyring.
    void write(const QString &carrier, const CarrierAccount &secrets);
    // Removes every secret of `carrier`.
    void remove(const QString &carrier);

    // The same, waiting for the keyring; for command-line tools and startup, never in a GUI
    // event handler.
    Outcome readNow(const QString &carrier, CarrierAccount &secrets);
    Outcome writeNow(const QString &carrier, const CarrierAccount &secrets);
    Outcome removeNow(const QString &carrier);

signals:
    // Only the secret fields of `secrets` are filled.
    void credentialsRead(const QString &carrier, const CarrierAccount &secrets);
    void credentialsWritten(const QString &carrier);
    void credentialsRemoved(const QString &carrier);
    // `message` says what failed, why and what to do; it never contains a secret.
    void failed(const QString &carrier, CredentialStore::Operation operation, const QString &message);

private:
    struct Step {
        Operation operation;
        Field field;
        QString value; // what to write
    };
    using Finish = std::function<void(const CarrierAccount &secrets)>;
    using Fail = std::function<void(const QString &message)>;

    static QList<Step> stepsFor(Operation operation, const CarrierAccount &secrets);
    // Runs the steps one after the other (one keyring prompt at a time) and calls exactly one of
    // `finish` and `fail`, possibly before returning.
    void run(const QString &carrier, QList<Step> steps, CarrierAccount gathered, Finish finish, Fail fail);
    void runAsync(const QString &carrier, Operation operation, const CarrierAccount &secrets);
    Outcome runNow(const QString &carrier, Operation operation, const CarrierAccount &secrets, CarrierAccount *read);
    QKeychain::Job *jobFor(const QString &carrier, const Step &step);
    static bool succeeded(const QKeychain::Job &job, Operation operation);
    static QString describeFailure(const QKeychain::Job &job, Operation operation, const QString &entry);

    QString m_service;
};
