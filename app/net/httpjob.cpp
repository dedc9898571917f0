// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "httpjob.h"

#include <app/net/httpclient.h>
#include <app/net/networkerror.h>
#include <app/platform/logging.h>

#include <QDateTime>
#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace Sieve::Net {

namespace {

// The body length the server announced, or -1 when it did not say. Qt removes Content-Length
// when it decompresses an answer (the length counted the compressed bytes), so a compressed
// answer is never checked here; a HEAD answer announces a body it does not carry.
qint64 announcedLength(const QNetworkReply &reply)
{
    if (reply.operation() == QNetworkAccessManager::HeadOperation
        || reply.hasRawHeader("Content-Encoding")) {
        return -1;
    }
    bool ok = false;
    const qint64 length = reply.header(QNetworkRequest::ContentLengthHeader).toLongLong(&ok);
    return ok ? length : -1;
}

} // namespace

HttpJob::HttpJob(HttpClient *client, const QUrl &url, const RequestOptions &options)
    : QObject(client)
    , m_client(client)
    , m_url(url)
    , m_options(options)
{
    m_options.maxAttempts = std::max(1, m_options.maxAttempts);

    // A coarse timer may fire up to 5 % early, which would break arXiv's 3 s spacing.
    m_startTimer.setTimerType(Qt::PreciseTimer);
    m_startTimer.setSingleShot(true);
    connect(&m_startTimer, &QTimer::timeout, this, [this] {
        if (m_client) {
            m_client->startAttempt(this);
        }
    });
}

HttpJob::~HttpJob()
{
    detachReply();
    if (m_client && !m_done) {
        m_client->jobDone(this);
    }
}

void HttpJob::abort()
{
    if (m_done) {
        return;
    }
    detachReply();
    qCDebug(lcNet) << "cancelled" << m_url.host() << m_url.path();
    fail(cancelledError(m_url));
}

void HttpJob::attach(QNetworkReply *reply)
{
    m_reply = reply;
    ++m_attempts;
    connect(reply, &QNetworkReply::finished, this, &HttpJob::onReplyFinished);
    connect(reply, &QNetworkReply::downloadProgress, this, &HttpJob::onDownloadProgress);
    qCDebug(lcNet) << m_method << m_url.host() << m_url.path() << "attempt" << m_attempts;
}

void HttpJob::onReplyFinished()
{
    if (m_client) {
        m_client->attemptEnded();
    }
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    reply->deleteLater();

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status > 0) {
        m_httpStatus = status;
    }
    m_responseHeaders = reply->rawHeaderPairs();
    QNetworkReply::NetworkError error = reply->error();
    QString reason;
    if (error == QNetworkReply::NoError) {
        const QByteArray body = reply->readAll();
        const qint64 announced = announcedLength(*reply);
        if (announced < 0 || body.size() >= announced) {
            m_errorBody.clear();
            succeed(body);
            return;
        }
        // Qt 6.4's HTTP/1 reader (QHttp1ProtocolHandler::_q_receiveReply) ends a body at a
        // connection the server already closed as if no length had been announced, and reports
        // success; a truncated feed must be retried like any connection that broke off.
        error = QNetworkReply::RemoteHostClosedError;
        reason = QStringLiteral("connection closed after %1 of %2 bytes")
                     .arg(body.size())
                     .arg(announced);
    }
    m_errorBody = status >= 400 ? reply->readAll() : QByteArray();

    if (reason.isEmpty()) {
        reason = status >= 400 ? QStringLiteral("HTTP %1").arg(status) : reply->errorString();
    }
    // abort() disconnects before it aborts, so a cancel seen here is the transfer timeout.
    if (error == QNetworkReply::OperationCanceledError) {
        error = QNetworkReply::TimeoutError;
        reason = QStringLiteral("no data for %1 ms").arg(m_options.transferTimeout.count());
    }

    m_transientFailure = m_client && m_client->retryPolicy().shouldRetry(status, error);
    const bool mayRepeat = !isPost() || m_options.retryNonIdempotent;
    const bool canRetry = mayRepeat && m_attempts < m_options.maxAttempts && m_transientFailure;
    if (canRetry) {
        retryLater(reason, reply->rawHeader("Retry-After"));
    } else {
        giveUp(status, error, reason);
    }
}

void HttpJob::onDownloadProgress(qint64 received, qint64 total)
{
    const qint64 limit = m_options.maxBodyBytes;
    if (limit > 0 && (received > limit || total > limit)) {
        qCWarning(lcNet) << "answer too large from" << m_url.host() << m_url.path()
                         << "bytes:" << std::max(received, total) << "limit:" << limit;
        detachReply();
        fail(bodyTooLargeError(m_url, limit));
        return;
    }
    Q_EMIT downloadProgress(received, total);
}

void HttpJob::retryLater(const QString &reason, const QByteArray &retryAfterHeader)
{
    const RetryPolicy &policy = m_client->retryPolicy();
    std::optional<std::chrono::milliseconds> retryAfter;
    if (!retryAfterHeader.isEmpty()) {
        retryAfter =
            RetryPolicy::parseRetryAfter(retryAfterHeader, QDateTime::currentDateTimeUtc());
    }
    if (retryAfter && policy.isTooLong(*retryAfter)) {
        qCWarning(lcNet) << "giving up on" << m_url.host() << m_url.path()
                         << "asked to wait ms:" << retryAfter->count();
        fail(retryAfterTooLongError(m_url, *retryAfter));
        return;
    }

    const std::chrono::milliseconds delay = policy.delayFor(m_attempts, retryAfter);
    qCWarning(lcNet) << "retrying" << m_url.host() << m_url.path() << "after" << reason
                     << "in ms:" << delay.count();
    Q_EMIT retrying(m_attempts, delay.count(), reason);
    if (!m_done && m_client) {
        m_client->scheduleAttempt(this, delay);
    }
}

void HttpJob::giveUp(int status, QNetworkReply::NetworkError error, const QString &reason)
{
    qCWarning(lcNet) << m_method << "failed" << m_url.host() << m_url.path() << "status" << status
                     << "after attempts:" << m_attempts << reason;
    const QString detail = QStringLiteral("%1%2 after %3 attempt(s): %4")
                               .arg(m_url.host(), m_url.path())
                               .arg(m_attempts)
                               .arg(reason);
    const bool transportFailed = error < QNetworkReply::ContentAccessDenied;
    if (!transportFailed && status >= 400) {
        fail(httpStatusError(m_url, status, m_attempts, detail));
    } else {
        fail(transportError(m_url, error, detail));
    }
}

void HttpJob::succeed(const QByteArray &body)
{
    m_done = true;
    qCDebug(lcNet) << m_method << "done" << m_url.host() << m_url.path() << "bytes:" << body.size();
    if (m_client) {
        m_client->jobDone(this);
    }
    Q_EMIT finished(body);
    deleteLater();
}

void HttpJob::fail(const Error &error)
{
    m_done = true;
    if (m_client) {
        m_client->jobDone(this);
    }
    Q_EMIT failed(error);
    deleteLater();
}

void HttpJob::detachReply()
{
    if (!m_reply) {
        return;
    }
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    reply->disconnect(this);
    reply->abort();
    reply->deleteLater();
    if (m_client) {
        m_client->attemptEnded();
    }
}

} // namespace Sieve::Net
