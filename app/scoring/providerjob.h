// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#ifndef SIEVE_SCORING_PROVIDERJOB_H
#define SIEVE_SCORING_PROVIDERJOB_H

#include <app/core/error.h>
#include <app/net/httpjob.h>
#include <app/scoring/completion.h>
#include <app/scoring/promptbuilder.h>

#include <QObject>
#include <QPointer>

namespace Sieve::Scoring {

class Provider;

// One completion, with its retries and at most one adjusted second request (see
// Provider::adjustAfterRejection). It ends with exactly one of finished() or failed(), once,
// then deletes itself.
class ProviderJob : public QObject
{
    Q_OBJECT

public:
    ~ProviderJob() override; // a job destroyed with its provider stops its request silently

    // Fails the job with Error::Code::Cancelled before it returns; nothing once it is done.
    void abort();

    bool isDone() const { return m_done; }

Q_SIGNALS:
    void finished(const Sieve::Scoring::Completion &completion);
    void failed(const Sieve::Error &error);
    // An attempt failed with `httpStatus` (0 for a transport failure) and is repeated in
    // `delayMs`; a 429's delay is the provider's Retry-After, which the run's limiter honours.
    void retrying(int httpStatus, qint64 delayMs);

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
    QPointer<Net::HttpJob> m_http;
    bool m_adjusted = false;
    bool m_done = false;
};

} // namespace Sieve::Scoring

#endif // SIEVE_SCORING_PROVIDERJOB_H
