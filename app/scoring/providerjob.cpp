// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "providerjob.h"

#include <app/net/httpclient.h>
#include <app/net/networkerror.h>
#include <app/net/retrypolicy.h>
#include <app/platform/logging.h>
#include <app/scoring/provider.h>

#include <QCoreApplication>

namespace Sieve::Scoring {

namespace {

constexpr qsizetype LoggedBodyLimit = 300;

// Providers echo part of a wrong key in their 401 text, so only the status goes into the error.
Error keyRefusedError(const QUrl &url, int httpStatus)
{
    const QString message =
        QCoreApplication::translate(
            "Sieve::Scoring::Provider",
            "%1 refused the API key (HTTP %2); check the key set for this provider.")
            .arg(Net::serviceName(url))
            .arg(httpStatus);
    const QString detail =
        QStringLiteral("HTTP %1 from %2%3").arg(httpStatus).arg(url.host(), url.path());
    return Error(Error::Code::InvalidInput, message, detail);
}

} // namespace

ProviderJob::ProviderJob(Provider *provider, const Prompt &prompt, const CompletionOptions &options)
    : QObject(provider)
    , m_provider(provider)
    , m_prompt(prompt)
    , m_options(options)
{
}

ProviderJob::~ProviderJob()
{
    if (m_http && !m_done) {
        m_http->disconnect(this);
        m_http->abort();
    }
}

void ProviderJob::abort()
{
    if (m_done) {
        return;
    }
    if (m_http) {
        m_http->disconnect(this);
        m_http->abort();
    }
    fail(Net::cancelledError(m_provider->config().baseUrl));
}

void ProviderJob::send()
{
    if (m_done) {
        return;
    }
    if (!m_provider->m_http) {
        fail(Error(Error::Code::InvalidInput, tr("No network client is available.")));
        return;
    }

    m_request = m_provider->buildRequest(m_prompt, m_options);
    Net::RequestOptions options;
    options.transferTimeout = m_options.transferTimeout;
    options.maxAttempts = 1; // the caller repeats it, at the pace of its rate limiter
    options.rawHeaders = m_request.headers;

    Net::HttpJob *http = m_provider->m_http->post(
        m_request.url, m_request.body, QByteArrayLiteral("application/json"), options);
    m_http = http;
    connect(http, &Net::HttpJob::finished, this, [this, http](const QByteArray &body) {
        onHttpFinished(http, body);
    });
    connect(http, &Net::HttpJob::failed, this, [this, http](const Error &error) {
        onHttpFailed(http, error);
    });
}

void ProviderJob::onHttpFinished(Net::HttpJob *http, const QByteArray &body)
{
    Result<Completion> parsed = m_provider->parseAnswer(body);
    if (!parsed) {
        qCWarning(lcScoring) << "unreadable answer from" << http->url().host()
                             << parsed.error().detail();
        fail(parsed.error());
        return;
    }

    Completion completion = std::move(parsed).value();
    completion.httpStatus = http->httpStatus();
    completion.rateLimits =
        RateLimitInfo::fromHeaders(http->responseHeaders(), QDateTime::currentDateTimeUtc());
    succeed(completion);
}

void ProviderJob::onHttpFailed(Net::HttpJob *http, const Error &error)
{
    const int status = http->httpStatus();
    m_failure.httpStatus = status;
    if (error.code() == Error::Code::Cancelled) {
        fail(error);
        return;
    }
    m_failure.retryable = http->isTransientFailure();
    if (status == 0) {
        fail(error);
        return;
    }
    if (status == 401 || status == 403) {
        qCWarning(lcScoring) << "key refused by" << http->url().host() << "status" << status;
        fail(keyRefusedError(http->url(), status));
        return;
    }

    const QDateTime nowUtc = QDateTime::currentDateTimeUtc();
    const Net::HttpHeaders headers = http->responseHeaders();
    m_failure.rateLimits = RateLimitInfo::fromHeaders(headers, nowUtc);
    for (const auto &[name, value] : headers) {
        if (name.compare("Retry-After", Qt::CaseInsensitive) == 0) {
            m_failure.retryAfter = Net::RetryPolicy::parseRetryAfter(value, nowUtc);
        }
    }
    const Net::RetryPolicy &policy = m_provider->m_http->retryPolicy();
    if (m_failure.retryable && m_failure.retryAfter && policy.isTooLong(*m_failure.retryAfter)) {
        qCWarning(lcScoring) << "giving up on" << http->url().host()
                             << "asked to wait ms:" << m_failure.retryAfter->count();
        m_failure.retryable = false;
        fail(Net::retryAfterTooLongError(http->url(), *m_failure.retryAfter));
        return;
    }

    const QByteArray errorBody = http->errorBody();
    const bool isClientError = status >= 400 && status < 500 && status != 429;
    if (isClientError && m_provider->adjustAfterRejection(status, errorBody, m_request)) {
        qCInfo(lcScoring) << "request to" << http->url().host() << "can be asked again after HTTP"
                          << status;
        m_failure.retryable = true;
        m_failure.adjusted = true;
        fail(error);
        return;
    }

    qCWarning(lcScoring) << "completion failed, HTTP" << status << errorBody.left(LoggedBodyLimit);
    fail(error);
}

void ProviderJob::succeed(const Completion &completion)
{
    m_done = true;
    Q_EMIT finished(completion);
    deleteLater();
}

void ProviderJob::fail(const Error &error)
{
    m_done = true;
    Q_EMIT failed(error);
    deleteLater();
}

} // namespace Sieve::Scoring
