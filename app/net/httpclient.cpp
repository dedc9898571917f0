// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "httpclient.h"

#include <app/net/networkerror.h>
#include <app/platform/appinfo.h>
#include <app/platform/logging.h>

#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkRequest>

#include <algorithm>
#include <utility>

namespace Sieve::Net {

using std::chrono::milliseconds;

HttpClient::HttpClient(QObject *parent)
    : QObject(parent)
    , m_manager(new QNetworkAccessManager(this))
{
}

HttpClient::~HttpClient()
{
    const QList<HttpJob *> running = std::exchange(m_running, {});
    for (HttpJob *job : running) {
        job->m_startTimer.stop();
        job->detachReply();
    }
    m_queue.clear();
}

void HttpClient::setMaxConcurrentJobs(int count)
{
    m_maxConcurrent = std::max(1, count);
    startNext();
}

HttpJob *HttpClient::get(const QUrl &url, const RequestOptions &options)
{
    return enqueue(new HttpJob(this, url, options));
}

HttpJob *HttpClient::post(const QUrl &url,
                          const QByteArray &body,
                          const QByteArray &contentType,
                          const RequestOptions &options)
{
    auto *job = new HttpJob(this, url, options);
    job->m_method = QByteArrayLiteral("POST");
    job->m_body = body;
    job->m_contentType = contentType;
    return enqueue(job);
}

HttpJob *HttpClient::enqueue(HttpJob *job)
{
    const QUrl url = job->url();
    if (!isAllowedUrl(url)) {
        qCWarning(lcNet) << "refused" << url.scheme() << url.host() << url.path();
        QTimer::singleShot(0, job, [job, url] {
            job->fail(insecureUrlError(url));
        });
        return job;
    }

    m_queue.enqueue(job);
    startNext();
    return job;
}

void HttpClient::setBackoff(milliseconds base, milliseconds cap)
{
    m_policy.setBackoff(base, cap);
}

bool HttpClient::isAllowedUrl(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty()) {
        return false;
    }
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https")) {
        return true;
    }
    if (scheme != QLatin1String("http")) {
        return false;
    }
    const QString host = url.host().toLower();
    return host == QLatin1String("localhost") || QHostAddress(host).isLoopback();
}

void HttpClient::startNext()
{
    while (m_running.size() < m_maxConcurrent && !m_queue.isEmpty()) {
        HttpJob *job = m_queue.dequeue();
        m_running.append(job);
        scheduleAttempt(job, milliseconds(0));
    }
}

void HttpClient::scheduleAttempt(HttpJob *job, milliseconds delay)
{
    if (!m_running.contains(job)) {
        return;
    }

    milliseconds wait = delay;
    if (m_sinceLastRequest.isValid()) {
        const milliseconds sinceStart(m_sinceLastRequest.elapsed());
        wait = std::max(wait, job->options().minInterval - sinceStart);
    }
    job->m_startTimer.start(std::max(wait, milliseconds(0)));
}

void HttpClient::startAttempt(HttpJob *job)
{
    if (!m_running.contains(job)) {
        return;
    }
    if (m_sinceLastRequest.isValid()) {
        const milliseconds early =
            job->options().minInterval - milliseconds(m_sinceLastRequest.elapsed());
        if (early > milliseconds(0)) {
            job->m_startTimer.start(early);
            return;
        }
    }

    QNetworkRequest request(job->url());
    request.setRawHeader("User-Agent", Platform::userAgent());
    request.setTransferTimeout(int(job->options().transferTimeout.count()));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::NoLessSafeRedirectPolicy);
    for (const auto &[name, value] : job->options().rawHeaders) {
        request.setRawHeader(name, value);
    }

    m_sinceLastRequest.start();
    if (job->isPost()) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, job->m_contentType);
        job->attach(m_manager->post(request, job->m_body));
    } else {
        job->attach(m_manager->get(request));
    }
}

void HttpClient::attemptEnded()
{
    m_sinceLastRequest.start();
}

void HttpClient::jobDone(HttpJob *job)
{
    job->m_startTimer.stop();
    if (m_running.removeOne(job)) {
        startNext();
        return;
    }
    m_queue.removeAll(job);
}

} // namespace Sieve::Net
