// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#ifndef SIEVE_PLATFORM_MEMORYSECRETSTORE_H
#define SIEVE_PLATFORM_MEMORYSECRETSTORE_H

#include <app/platform/secretstore.h>

#include <QHash>

namespace Sieve::Platform {

// Secrets kept in this process's memory only and lost when it ends. For tests of classes that
// need a SecretStore, and for running with --no-keychain. Behaves like the keychain store,
// including answering asynchronously.
class MemorySecretStore : public SecretStore
{
    Q_OBJECT

public:
    using SecretStore::SecretStore;

    SecretJob *read(const QString &key) override;
    SecretJob *write(const QString &key, const QString &secret) override;
    SecretJob *remove(const QString &key) override;

private:
    QHash<QString, QString> m_secrets;
};

} // namespace Sieve::Platform

#endif // SIEVE_PLATFORM_MEMORYSECRETSTORE_H
