// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "providerjob.h"

#include <app/net/httpclient.h>
#include <app/net/networkerror.h>
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

    const Provider::Request request = m_provider->buildRequest(m_prompt, m_options);
    Net::RequestOptions options;
    options.transferTimeout = m_options.transferTimeout;
    options.maxAttempts = m_options.maxAttempts;
    options.retryNonIdempotent = true; // a repeated completion costs tokens, never correctness
    options.rawHeaders = request.headers;

    Net::HttpJob *http = m_provider->m_http->post(
        request.url, request.body, QByteArrayLiteral("application/json"), options);
    m_http = http;
    connect(http, &Net::HttpJob::finished, this, [this, http](const QByteArray &body) {
        onHttpFinished(http, body);
    });
    connect(http, &Net::HttpJob::failed, this, [this, http](const Error &error) {
        onHttpFailed(http, error);
    });
    connect(
        http, &Net::HttpJob::retrying, this, [this, http](int, qint64 delayMs, const QString &) {
            Q_EMIT retrying(http->httpStatus(), delayMs);
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
    if (error.code() == Error::Code::Cancelled || status == 0) {
        fail(error);
        return;
    }
    if (status == 401 || status == 403) {
        qCWarning(lcScoring) << "key refused by" << http->url().host() << "status" << status;
        fail(keyRefusedError(http->url(), status));
        return;
    }

    const QByteArray errorBody = http->errorBody();
    const bool isClientError = status >= 400 && status < 500;
    if (isClientError && !m_adjusted
        && m_provider->adjustAfterRejection(status, errorBody, m_options)) {
        m_adjusted = true;
        qCInfo(lcScoring) << "asking" << http->url().host() << "again after HTTP" << status;
        send();
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
