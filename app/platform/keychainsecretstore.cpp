// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "keychainsecretstore.h"

#include <app/platform/logging.h>

#include <QTimer>
#include <qt6keychain/keychain.h>

namespace Sieve::Platform {

namespace {

Sieve::Error keychainFailure(const QString &userMessage, const QString &detail)
{
    return Sieve::Error(Sieve::Error::Code::Storage, userMessage, detail);
}

// The one place where keychain failures become sentences for the user.
// tr() is fully qualified so that lupdate files the texts under the class's real context.
Sieve::Error keychainError(QKeychain::Error code, const QString &reason)
{
    switch (code) {
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return keychainFailure(
            Sieve::Platform::KeychainSecretStore::tr("The system keychain refused access: %1. "
                                                     "Unlock it or allow PaperSieve to use it, "
                                                     "then try again.")
                .arg(reason),
            reason);
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return keychainFailure(
            Sieve::Platform::KeychainSecretStore::tr("The system keychain is not available: "
                                                     "%1. Keys cannot be stored on this "
                                                     "machine until it is.")
                .arg(reason),
            reason);
    default:
        return keychainFailure(
            Sieve::Platform::KeychainSecretStore::tr("The system keychain failed: %1.").arg(reason),
            reason);
    }
}

Sieve::Error timeoutError(std::chrono::milliseconds timeout)
{
    const auto seconds = std::chrono::ceil<std::chrono::seconds>(timeout).count();
    return keychainFailure(
        Sieve::Platform::KeychainSecretStore::tr("The system keychain did not answer within %n "
                                                 "second(s). It may be locked and waiting for "
                                                 "a password; unlock it and try again.",
                                                 nullptr,
                                                 int(seconds)),
        QStringLiteral("keychain timeout after %1 ms").arg(timeout.count()));
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QObject *parent)
    : SecretStore(parent)
{
}

SecretJob *KeychainSecretStore::read(const QString &key)
{
    auto *keychainJob = new QKeychain::ReadPasswordJob(ServiceName);
    keychainJob->setKey(key);
    return start(keychainJob, Operation::Read);
}

SecretJob *KeychainSecretStore::write(const QString &key, const QString &secret)
{
    auto *keychainJob = new QKeychain::WritePasswordJob(ServiceName);
    keychainJob->setKey(key);
    keychainJob->setTextData(secret);
    return start(keychainJob, Operation::Write);
}

SecretJob *KeychainSecretStore::remove(const QString &key)
{
    auto *keychainJob = new QKeychain::DeletePasswordJob(ServiceName);
    keychainJob->setKey(key);
    return start(keychainJob, Operation::Remove);
}

SecretJob *KeychainSecretStore::start(QKeychain::Job *keychainJob, Operation operation)
{
    auto *job = new SecretJob(this);
    // The keychain job has no parent: deleting it while the backend's callback is pending is
    // unsafe, so it always runs to its end and then deletes itself, even after a timeout.
    keychainJob->setAutoDelete(true);
    keychainJob->setInsecureFallback(false);

    // The job is the context: once it has timed out and gone, a late answer is dropped.
    connect(keychainJob, &QKeychain::Job::finished, job, [job, operation](QKeychain::Job *done) {
        complete(job, done, operation);
    });

    const auto timeout = m_timeout;
    const QString key = keychainJob->key();
    QTimer::singleShot(timeout, job, [job, timeout, key] {
        qCWarning(lcPlatform) << "keychain timed out for key" << key;
        job->fail(timeoutError(timeout));
    });

    keychainJob->start();
    return job;
}

const char *KeychainSecretStore::operationName(Operation operation)
{
    switch (operation) {
    case Operation::Read:
        return "read";
    case Operation::Write:
        return "write";
    case Operation::Remove:
        return "remove";
    }
    return "use";
}

void KeychainSecretStore::complete(SecretJob *job, QKeychain::Job *keychainJob, Operation operation)
{
    const QKeychain::Error code = keychainJob->error();
    const char *name = operationName(operation);

    if (code == QKeychain::NoError) {
        qCDebug(lcPlatform) << "keychain" << name << "succeeded for key" << keychainJob->key();
        if (operation == Operation::Read) {
            job->finish(static_cast<QKeychain::ReadPasswordJob *>(keychainJob)->textData());
        } else {
            job->finish();
        }
        return;
    }

    // Not found is an answer, not a failure: a read has nothing, a remove has nothing to do.
    if (code == QKeychain::EntryNotFound && operation != Operation::Write) {
        qCDebug(lcPlatform) << "keychain has no secret for key" << keychainJob->key();
        job->finish();
        return;
    }

    qCWarning(lcPlatform) << "keychain" << name << "failed for key" << keychainJob->key() << ":"
                          << code << keychainJob->errorString();
    job->fail(keychainError(code, keychainJob->errorString()));
}

} // namespace Sieve::Platform
