// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#ifndef SIEVE_SCORING_PROVIDERJOB_H
#define SIEVE_SCORING_PROVIDERJOB_H

#include <app/core/error.h>
#include <app/net/httpjob.h>
#include <app/scoring/completion.h>
#include <app/scoring/promptbuilder.h>
#include <app/scoring/providerrequest.h>

#include <QObject>
#include <QPointer>

#include <chrono>
#include <optional>

namespace Sieve::Scoring {

class Provider;

// One attempt at a completion: exactly one request, never repeated here. The caller decides on
// another attempt from failure() (DayScorer does, so that every attempt takes its turn under the
// run's rate limiter). It ends with exactly one of finished() or failed(), once, then deletes
// itself; read failure() in the slot connected to failed().
class ProviderJob : public QObject
{
    Q_OBJECT

public:
    ~ProviderJob() override; // a job destroyed with its provider stops its request silently

    // Fails the job with Error::Code::Cancelled before it returns; nothing once it is done.
    void abort();

    bool isDone() const { return m_done; }

    // What the failed attempt tells about another one, beyond its Error.
    struct Failure
    {
        int httpStatus = 0; // 0 when no HTTP answer arrived
        // Worth another attempt: 429, 5xx, a reset or a timeout (unless Retry-After asks for
        // longer than the client's RetryPolicy accepts), or a rejection the provider adjusted to.
        bool retryable = false;
        // The provider now writes this request differently (Provider::adjustAfterRejection):
        // the next attempt may go at once and is no repetition of this one.
        bool adjusted = false;
        std::optional<std::chrono::milliseconds> retryAfter; // the answer's Retry-After
        RateLimitInfo rateLimits; // the failed answer's rate-limit headers
    };

    const Failure &failure() const { return m_failure; }

Q_SIGNALS:
    void finished(const Sieve::Scoring::Completion &completion);
    void failed(const Sieve::Error &error);

private:
    friend class Provider;

    ProviderJob(Provider *provider, const Prompt &prompt, const CompletionOptions &options);

    void send();
    void onHttpFinished(Net::HttpJob *http, const QByteArray &body);
    void onHttpFailed(Net::HttpJob *http, const Error &error);
    void succeed(const Completion &completion);
    void fail(const Error &error);

    Provider *m_provider;
    Prompt m_prompt;
    CompletionOptions m_options;
    ProviderRequest m_request;
    QPointer<Net::HttpJob> m_http;
    Failure m_failure;
    bool m_done = false;
};

} // namespace Sieve::Scoring

#endif // SIEVE_SCORING_PROVIDERJOB_H
