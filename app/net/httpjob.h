// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#ifndef SIEVE_NET_HTTPJOB_H
#define SIEVE_NET_HTTPJOB_H

#include <app/core/error.h>
#include <app/net/requestoptions.h>

#include <QByteArray>
#include <QMetaType>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <utility>

namespace Sieve::Net {

class HttpClient;

using HttpHeaders = QList<std::pair<QByteArray, QByteArray>>;

// One GET or POST made by HttpClient, with its retries. It ends with exactly one of finished() or
// failed(), once, then deletes itself (deleteLater): read attempts() and httpStatus() in the
// slot. Jobs belong to their client; destroying the client destroys its jobs without a signal.
class HttpJob : public QObject
{
    Q_OBJECT

public:
    ~HttpJob() override;

    QUrl url() const { return m_url; }

    RequestOptions options() const { return m_options; }

    QByteArray method() const { return m_method; } // "GET" or "POST"

    bool isPost() const { return m_method == "POST"; }

    int attempts() const { return m_attempts; }

    int httpStatus() const { return m_httpStatus; } // of the last answer; 0 before any

    // Headers of the last answer (rate-limit headers, say); empty before any.
    HttpHeaders responseHeaders() const { return m_responseHeaders; }

    // The body of the last answer when its status was an error: APIs explain the error there.
    QByteArray errorBody() const { return m_errorBody; }

    // Whether the last attempt failed in a way the client's RetryPolicy would try again (429,
    // 5xx, a reset, a timeout), whether or not attempts were left: callers that retry at their
    // own pace (the LLM scorer, under its rate limiter) ask for one attempt and read this.
    bool isTransientFailure() const { return m_transientFailure; }

    bool isDone() const { return m_done; }

    // Stops the job wherever it is (queued, waiting to retry or downloading); it then fails with
    // Error::Code::Cancelled, before abort() returns. Does nothing once the job is done.
    void abort();

Q_SIGNALS:
    void finished(const QByteArray &body);
    void failed(const Sieve::Error &error);
    // Attempt `attempt` failed for `reason` (log text); the next one starts in delayMs or later.
    void retrying(int attempt, qint64 delayMs, const QString &reason);
    // Bytes of the current attempt's answer received so far; total is -1 while unknown.
    void downloadProgress(qint64 received, qint64 total);

private:
    friend class HttpClient;

    HttpJob(HttpClient *client, const QUrl &url, const RequestOptions &options);

    void attach(QNetworkReply *reply);
    void onReplyFinished();
    void onDownloadProgress(qint64 received, qint64 total);
    void retryLater(const QString &reason, const QByteArray &retryAfterHeader);
    void giveUp(int status, QNetworkReply::NetworkError error, const QString &reason);
    void succeed(const QByteArray &body);
    void fail(const Error &error);
    void detachReply();

    QPointer<HttpClient> m_client;
    QUrl m_url;
    RequestOptions m_options;
    QByteArray m_method = QByteArrayLiteral("GET");
    QByteArray m_body; // POST only
    QByteArray m_contentType; // POST only
    QNetworkReply *m_reply = nullptr;
    QTimer m_startTimer; // the next attempt's start, set by the client
    int m_attempts = 0;
    int m_httpStatus = 0;
    HttpHeaders m_responseHeaders;
    QByteArray m_errorBody;
    bool m_transientFailure = false;
    bool m_done = false;
};

} // namespace Sieve::Net

#endif // SIEVE_NET_HTTPJOB_H
