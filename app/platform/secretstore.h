// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#ifndef SIEVE_PLATFORM_SECRETSTORE_H
#define SIEVE_PLATFORM_SECRETSTORE_H

#include <app/core/error.h>

#include <QObject>
#include <QString>

#include <optional>

namespace Sieve::Platform {

// One pending secret operation. It ends with exactly one of finished() or failed(), always after
// the call that created it has returned (so connecting right after the call is safe), and then
// deletes itself. The job is owned by its store: destroying the store abandons its jobs silently.
class SecretJob : public QObject
{
    Q_OBJECT

public:
    explicit SecretJob(QObject *parent = nullptr);

    bool isDone() const { return m_done; }

    // Used by stores to complete the job; the first call wins, later ones are ignored.
    void finish(std::optional<QString> secret = std::nullopt);
    void fail(const Sieve::Error &error);

Q_SIGNALS:
    // For read(): the secret, or an empty optional when no secret is stored under the key.
    // For write() and remove(): always an empty optional.
    void finished(const std::optional<QString> &secret);
    void failed(const Sieve::Error &error);

private:
    bool m_done = false;
};

// Where API keys live (LLM providers, Semantic Scholar). Keys are short names such as
// "llm/openai" or "s2"; all of them belong to the service ServiceName. Every call returns at
// once; the result arrives through the returned job, never through a nested event loop.
class SecretStore : public QObject
{
    Q_OBJECT

public:
    static constexpr QLatin1StringView ServiceName{"PaperSieve"};

    using QObject::QObject;

    // finished(secret), or finished(nullopt) when the key has no secret.
    virtual SecretJob *read(const QString &key) = 0;
    // Replaces any previous secret under the key.
    virtual SecretJob *write(const QString &key, const QString &secret) = 0;
    // Removing a key that has no secret succeeds.
    virtual SecretJob *remove(const QString &key) = 0;
};

// The API key given in the environment variable PAPERSIEVE_API_KEY, for headless use (the CLI on
// a server without a keychain). Surrounding whitespace is dropped; unset or blank means none.
std::optional<QString> environmentApiKey();

} // namespace Sieve::Platform

#endif // SIEVE_PLATFORM_SECRETSTORE_H
