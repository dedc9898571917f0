// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#ifndef SIEVE_PLATFORM_KEYCHAINSECRETSTORE_H
#define SIEVE_PLATFORM_KEYCHAINSECRETSTORE_H

#include <app/platform/secretstore.h>

#include <chrono>

namespace QKeychain {
class Job;
}

namespace Sieve::Platform {

// Secrets in the system keychain (Secret Service on Linux, Keychain on macOS, Credential Manager
// on Windows) through qtkeychain. Never falls back to storing secrets in a plain file. Secrets
// are never logged; keys are.
class KeychainSecretStore : public SecretStore
{
    Q_OBJECT

public:
    static constexpr std::chrono::milliseconds DefaultTimeout{std::chrono::seconds(10)};

    explicit KeychainSecretStore(QObject *parent = nullptr);

    // How long a job may wait for the keychain, for example on an unlock prompt nobody answers,
    // before it fails instead of hanging. A late answer after that is dropped.
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }

    std::chrono::milliseconds timeout() const { return m_timeout; }

    SecretJob *read(const QString &key) override;
    SecretJob *write(const QString &key, const QString &secret) override;
    SecretJob *remove(const QString &key) override;

private:
    enum class Operation { Read, Write, Remove };

    SecretJob *start(QKeychain::Job *keychainJob, Operation operation);
    static const char *operationName(Operation operation);
    static void complete(SecretJob *job, QKeychain::Job *keychainJob, Operation operation);

    std::chrono::milliseconds m_timeout = DefaultTimeout;
};

} // namespace Sieve::Platform

#endif // SIEVE_PLATFORM_KEYCHAINSECRETSTORE_H
