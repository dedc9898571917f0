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

// `path` is "/v1/<resource>". Readers copy the address from their provider's page: the bare
// host (Ollama, vLLM), the host with /v1 (OpenAI, OpenRouter's /api/v1), a base without a
// version (GitHub Models' /inference), or the whole endpoint (GitHub Models'
// /inference/chat/completions, Azure's deployment URL with its query).
QUrl Provider::endpoint(const QString &path) const
{
    QUrl url = m_config.baseUrl;
    QString prefix = url.path();
    while (prefix.endsWith(QLatin1Char('/'))) {
        prefix.chop(1);
    }
    const QString version = QStringLiteral("/v1");
    const QString versionless = QStringLiteral("/inference"); // GitHub Models' documented base
    const QString resource = path.startsWith(version + QLatin1Char('/')) ? path.mid(3) : path;
    if (prefix.endsWith(resource)) {
        url.setPath(prefix);
    } else if (prefix.endsWith(version) || prefix.endsWith(versionless)) {
        url.setPath(prefix + resource);
    } else {
        url.setPath(prefix + path);
    }
    return url;
}

Error Provider::badAnswerError(const QString &detail) const
{
    const QString message =
        tr("%1 sent an answer that could not be read.").arg(Net::serviceName(m_config.baseUrl));
    return Error(Error::Code::BadData, message, detail);
}

} // namespace Sieve::Scoring
