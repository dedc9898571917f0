// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#ifndef SIEVE_NET_HTTPCLIENT_H
#define SIEVE_NET_HTTPCLIENT_H

#include <app/net/httpjob.h>
#include <app/net/requestoptions.h>
#include <app/net/retrypolicy.h>

#include <QElapsedTimer>
#include <QObject>
#include <QQueue>
#include <QUrl>

#include <chrono>

class QNetworkAccessManager;

namespace Sieve::Net {

// The application's polite HTTP client: it owns one QNetworkAccessManager and runs its jobs in
// the order get() and post() were called, one at a time unless setMaxConcurrentJobs() allows
// more, each start (retries included) at least RequestOptions::minInterval after the previous
// request started and after it ended. arXiv gets a client of its own with one job at a time; an LLM
// endpoint one with several. Every request carries our User-Agent, a transfer timeout and Qt's
// no-less-safe redirect policy; Qt asks for gzip and decodes it. Plain http:// is refused except to
// loopback hosts (tests). Lives on one thread.
class HttpClient : public QObject
{
    Q_OBJECT

public:
    explicit HttpClient(QObject *parent = nullptr);
    ~HttpClient() override; // aborts the running reply; jobs die without signalling

    // The job is owned by the client; connect to it right away, it never signals synchronously.
    HttpJob *get(const QUrl &url, const RequestOptions &options = {});

    // Like get(), with a body. Failed POSTs are retried only with options.retryNonIdempotent.
    HttpJob *post(const QUrl &url,
                  const QByteArray &body,
                  const QByteArray &contentType,
                  const RequestOptions &options = {});

    // Jobs that may be running (or waiting to retry) at once; at least 1, 1 by default.
    void setMaxConcurrentJobs(int count);

    int maxConcurrentJobs() const { return m_maxConcurrent; }

    // Exponential backoff between retries (tests make it short).
    void setBackoff(std::chrono::milliseconds base, std::chrono::milliseconds cap);

    RetryPolicy &retryPolicy() { return m_policy; }

    QNetworkAccessManager *networkAccessManager() const { return m_manager; }

    // True for https, and for http to 127.0.0.0/8, ::1 or localhost.
    static bool isAllowedUrl(const QUrl &url);

private:
    friend class HttpJob;

    HttpJob *enqueue(HttpJob *job);
    void startNext();
    void scheduleAttempt(HttpJob *job, std::chrono::milliseconds delay);
    void startAttempt(HttpJob *job);
    void jobDone(HttpJob *job);
    void attemptEnded();

    QNetworkAccessManager *m_manager = nullptr;
    RetryPolicy m_policy;
    QQueue<HttpJob *> m_queue;
    QList<HttpJob *> m_running; // started, retrying or waiting for their first start
    int m_maxConcurrent = 1;
    // Restarted when an attempt starts and when it ends: counting minInterval from the end too
    // keeps it between the requests as the server sees them, whatever their transit took.
    QElapsedTimer m_sinceLastRequest; // invalid until the first request
};

} // namespace Sieve::Net

#endif // SIEVE_NET_HTTPCLIENT_H
