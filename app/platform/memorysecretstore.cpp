// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "memorysecretstore.h"

namespace Sieve::Platform {

SecretJob *MemorySecretStore::read(const QString &key)
{
    auto *job = new SecretJob(this);
    const auto it = m_secrets.constFind(key);
    job->finish(it == m_secrets.cend() ? std::nullopt : std::optional<QString>(*it));
    return job;
}

SecretJob *MemorySecretStore::write(const QString &key, const QString &secret)
{
    auto *job = new SecretJob(this);
    m_secrets.insert(key, secret);
    job->finish();
    return job;
}

SecretJob *MemorySecretStore::remove(const QString &key)
{
    auto *job = new SecretJob(this);
    m_secrets.remove(key);
    job->finish();
    return job;
}

} // namespace Sieve::Platform
