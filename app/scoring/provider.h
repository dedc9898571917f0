// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#ifndef SIEVE_SCORING_PROVIDER_H
#define SIEVE_SCORING_PROVIDER_H

#include <app/core/error.h>
#include <app/net/httpjob.h>
#include <app/scoring/completion.h>
#include <app/scoring/promptbuilder.h>
#include <app/scoring/providerjob.h>
#include <app/scoring/providerrequest.h>

#include <QObject>
#include <QPointer>
#include <QUrl>

#include <chrono>
#include <optional>

namespace Sieve::Net {
class HttpClient;
}

namespace Sieve::Scoring {

struct ProviderConfig
{
    // Scheme, host and port, perhaps a path prefix, to which "/v1/..." is appended; a prefix
    // ending in /v1 gets only the rest, and the whole endpoint URL is used as it is.
    QUrl baseUrl;
    QString model;
    QString apiKey; // may be empty for local servers; never logged, never put in an Error
};

// An LLM endpoint. Implementations only say how a request is written and an answer read; the
// job (one attempt; the caller repeats it) and error reporting are shared. Lives on one thread.
class Provider : public QObject
{
    Q_OBJECT

public:
    // `http` is not owned and must outlive the provider's jobs.
    Provider(ProviderConfig config, Net::HttpClient *http, QObject *parent = nullptr);

    const ProviderConfig &config() const { return m_config; }

    // The job belongs to the provider and deletes itself after it has signalled; connect to it
    // right away, it never signals synchronously.
    ProviderJob *complete(const Prompt &prompt, const CompletionOptions &options);

    // The wait before attempt `failedAttempt + 1` of a completion after attempt `failedAttempt`
    // (1 for the first) failed: the HTTP client's backoff with jitter, or the Retry-After.
    std::chrono::milliseconds retryDelay(int failedAttempt,
                                         std::optional<std::chrono::milliseconds> retryAfter) const;

protected:
    using Request = ProviderRequest;

    virtual Request buildRequest(const Prompt &prompt, const CompletionOptions &options) const = 0;
    // Reads a 2xx body into text, usage and model; BadData when it is not the expected JSON.
    virtual Result<Completion> parseAnswer(const QByteArray &body) const = 0;
    // A 4xx answer to `sent` that the same request written differently may avoid: returns true
    // when the provider now writes it (and every later one) that way, so asking again is worth
    // it. Returning true for a request already written so would repeat the rejection forever.
    virtual bool
    adjustAfterRejection(int httpStatus, const QByteArray &errorBody, const Request &sent);

    QUrl endpoint(const QString &path) const;
    Error badAnswerError(const QString &detail) const;

private:
    friend class ProviderJob;

    ProviderConfig m_config;
    QPointer<Net::HttpClient> m_http;
};

} // namespace Sieve::Scoring

#endif // SIEVE_SCORING_PROVIDER_H
