// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "provider.h"

#include <app/net/httpclient.h>
#include <app/net/networkerror.h>

#include <QTimer>

namespace Sieve::Scoring {

Provider::Provider(ProviderConfig config, Net::HttpClient *http, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_http(http)
{
}

ProviderJob *Provider::complete(const Prompt &prompt, const CompletionOptions &options)
{
    auto *job = new ProviderJob(this, prompt, options);
    QTimer::singleShot(0, job, &ProviderJob::send);
    return job;
}

std::chrono::milliseconds
Provider::retryDelay(int failedAttempt, std::optional<std::chrono::milliseconds> retryAfter) const
{
    if (!m_http) {
        return retryAfter.value_or(std::chrono::milliseconds(0));
    }
    return m_http->retryPolicy().delayFor(failedAttempt, retryAfter);
}

bool Provider::adjustAfterRejection(int, const QByteArray &, const Request &)
{
    return false;
}

QUrl Provider::endpoint(const QString &path) const
{
    QUrl url = m_config.baseUrl;
    QString prefix = url.path();
    while (prefix.endsWith(QLatin1Char('/'))) {
        prefix.chop(1);
    }
    url.setPath(prefix + path);
    return url;
}

Error Provider::badAnswerError(const QString &detail) const
{
    const QString message =
        tr("%1 sent an answer that could not be read.").arg(Net::serviceName(m_config.baseUrl));
    return Error(Error::Code::BadData, message, detail);
}

} // namespace Sieve::Scoring
