#include "credentialstore.h"

#include <QCoreApplication>

#include <QEventLoop>
#include <QStringList>

#include <qt6keychain/keychain.h>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

const QList<CredentialStore::Field> allFields = {CredentialStore::Field::ApiKey, CredentialStore::Field::ClientId,
                                                 CredentialStore::Field::ClientSecret};

QString fieldName(CredentialStore::Field field)
{
    switch (field) {
    case CredentialStore::Field::ApiKey: return u"apiKey"_s;
    case CredentialStore::Field::ClientId: return u"clientId"_s;
    case CredentialStore::Field::ClientSecret: return u"clientSecret"_s;
    }
    return {};
}

QString &fieldOf(CarrierAccount &account, CredentialStore::Field field)
{
    switch (field) {
    case CredentialStore::Field::ApiKey: return account.apiKey;
    case CredentialStore::Field::ClientId: return account.clientId;
    case CredentialStore::Field::ClientSecret: break;
    }
    return account.clientSecret;
}

// QtKeychain's libsecret backend reports D-Bus failures as OtherError, not NoBackendAvailable:
// no session bus ("Cannot autolaunch D-Bus without X11 $DISPLAY", "Could not connect: ..."), no
// Secret Service on it ("The name org.freedesktop.secrets was not provided by any .service files").
bool meansNoSecretService(const QKeychain::Job &job)
{
    if (job.error() == QKeychain::NoBackendAvailable)
        return true;
    if (job.error() != QKeychain::OtherError)
        return false;
    static const QStringList transportFailures = {u"D-Bus"_s, u"DBus"_s, u"org.freedesktop.secrets"_s,
                                                  u"Could not connect"_s, u"autolaunch"_s, u"ServiceUnknown"_s};
    return std::any_of(transportFailures.cbegin(), transportFailures.cend(),
                       [&](const QString &words) { return job.errorString().contains(words, Qt::CaseInsensitive); });
}

QString causeOf(const QKeychain::Job &job)
{
    if (meansNoSecretService(job))
        return QCoreApplication::translate("CredentialStore", "No Secret Service is running (install and unlock gnome-keyring or KWallet)");
    switch (job.error()) {
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return QCoreApplication::translate("CredentialStore", "The keyring refused access, probably because it is locked "
                                                        "(unlock it, e.g. in Seahorse or KWallet Manager)");
    case QKeychain::CouldNotDeleteEntry:
        return QCoreApplication::translate("CredentialStore", "The keyring could not delete the entry");
    default:
        return QCoreApplication::translate("CredentialStore", "The keyring failed");
    }
}

QString consequenceOf(CredentialStore::Operation operation)
{
    switch (operation) {
    case CredentialStore::Operation::Read: return u"the secret could not be read"_s;
    case CredentialStore::Operation::Write: return u"the secret was NOT stored"_s;
    case CredentialStore::Operation::Remove: break;
    }
    return u"the secret was NOT removed"_s;
}

} // namespace

CredentialStore::CredentialStore(QString service, QObject *parent)
    : QObject(parent)
    , m_service(std::move(service))
{
}

QString CredentialStore::defaultService() { return u"Shipdeck"_s; }

QString CredentialStore::entryKey(const QString &carrier, Field field)
{
    return u"carrier/"_s + carrier + u'/' + fieldName(field);
}

void CredentialStore::read(const QString &carrier) { runAsync(carrier, Operation::Read, {}); }
void CredentialStore::write(const QString &carrier, const CarrierAccount &secrets)
{
    runAsync(carrier, Operation::Write, secrets);
}
void CredentialStore::remove(const QString &carrier) { runAsync(carrier, Operation::Remove, {}); }

Outcome CredentialStore::readNow(const QString &carrier, CarrierAccount &secrets)
{
    return runNow(carrier, Operation::Read, {}, &secrets);
}

Outcome CredentialStore::writeNow(const QString &carrier, const CarrierAccount &secrets)
{
    return runNow(carrier, Operation::Write, secrets, nullptr);
}

Outcome CredentialStore::removeNow(const QString &carrier) { return runNow(carrier, Operation::Remove, {}, nullptr); }

QList<CredentialStore::Step> CredentialStore::stepsFor(Operation operation, const CarrierAccount &secrets)
{
    QList<Step> steps;
    QList<Step> removals;
    CarrierAccount values = secrets;
    for (const Field field : allFields) {
        const QString &value = fieldOf(values, field);
        // Writing an empty secret means "none": the entry goes, rather than an empty one staying.
        // Removals come last, so a keyring that is not there fails on (and names) a real write.
        if (operation == Operation::Write && value.isEmpty())
            removals.append({Operation::Remove, field, {}});
        else
            steps.append({operation, field, value});
    }
    return steps + removals;
}

void CredentialStore::runAsync(const QString &carrier, Operation operation, const CarrierAccount &secrets)
{
    run(
        carrier, stepsFor(operation, secrets), {},
        [this, carrier, operation](const CarrierAccount &gathered) {
            switch (operation) {
            case Operation::Read: emit credentialsRead(carrier, gathered); break;
            case Operation::Write: emit credentialsWritten(carrier); break;
            case Operation::Remove: emit credentialsRemoved(carrier); break;
            }
        },
        [this, carrier, operation](const QString &message) { emit failed(carrier, operation, message); });
}

Outcome CredentialStore::runNow(const QString &carrier, Operation operation, const CarrierAccount &secrets,
                                CarrierAccount *read)
{
    QEventLoop loop;
    bool done = false;
    QString error;
    run(
        carrier, stepsFor(operation, secrets), {},
        [&](const CarrierAccount &gathered) {
            if (read)
                *read = gathered;
            done = true;
            loop.quit();
        },
        [&](const QString &message) {
            error = message;
            done = true;
            loop.quit();
        });
    // A keyring that cannot even be asked answers before run() returns.
    if (!done)
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    return error.isEmpty() ? Outcome::success() : Outcome::failure(error);
}

void CredentialStore::run(const QString &carrier, QList<Step> steps, CarrierAccount gathered, Finish finish, Fail fail)
{
    if (steps.isEmpty()) {
        finish(gathered);
        return;
    }
    const Step step = steps.takeFirst();
    QKeychain::Job *job = jobFor(carrier, step);
    connect(job, &QKeychain::Job::finished, this,
            [this, carrier, step, steps, gathered, finish, fail](QKeychain::Job *finished) mutable {
                if (!succeeded(*finished, step.operation)) {
                    fail(describeFailure(*finished, step.operation, entryKey(carrier, step.field)));
                    return;
                }
                if (step.operation == Operation::Read)
                    fieldOf(gathered, step.field) = static_cast<QKeychain::ReadPasswordJob *>(finished)->textData();
                run(carrier, steps, gathered, finish, fail);
            });
    job->start();
}

QKeychain::Job *CredentialStore::jobFor(const QString &carrier, const Step &step)
{
    // No parent: a job deleted while the keyring still works on it would be called back after its
    // death. It deletes itself when done; the connection in run() ends with this store.
    QKeychain::Job *job = nullptr;
    switch (step.operation) {
    case Operation::Read:
        job = new QKeychain::ReadPasswordJob(m_service);
        break;
    case Operation::Write: {
        auto *write = new QKeychain::WritePasswordJob(m_service);
        write->setTextData(step.value);
        job = write;
        break;
    }
    case Operation::Remove:
        job = new QKeychain::DeletePasswordJob(m_service);
        break;
    }
    job->setKey(entryKey(carrier, step.field));
    // QtKeychain can fall back to a plain-text QSettings file when no keyring is there; a secret
    // must never end up in one, so that stays off whatever the library's default.
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    return job;
}

bool CredentialStore::succeeded(const QKeychain::Job &job, Operation operation)
{
    // A secret that was never stored is not an error: it reads as empty and is already removed.
    return job.error() == QKeychain::NoError
        || (job.error() == QKeychain::EntryNotFound && operation != Operation::Write);
}

QString CredentialStore::describeFailure(const QKeychain::Job &job, Operation operation, const QString &entry)
{
    // QtKeychain's own words name the missing piece (no D-Bus, no org.freedesktop.secrets, a
    // locked collection); they never contain the secret itself.
    QString message = causeOf(job) + u"; "_s + consequenceOf(operation) + u" (keyring entry \""_s + entry
        + u"\" of service \""_s + job.service() + u'"';
    if (!job.errorString().isEmpty())
        message += u": "_s + job.errorString();
    return message + u')';
}
