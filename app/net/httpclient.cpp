// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "httpclient.h"

#include <app/net/networkerror.h>
#include <app/platform/appinfo.h>
#include <app/platform/logging.h>

#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkRequest>

namespace Sieve::Net {

using std::chrono::milliseconds;

HttpClient::HttpClient(QObject *parent)
    : QObject(parent)
    , m_manager(new QNetworkAccessManager(this))
{
    // A coarse timer may fire up to 5 % early, which would break arXiv's 3 s spacing.
    m_startTimer.setTimerType(Qt::PreciseTimer);
    m_startTimer.setSingleShot(true);
    connect(&m_startTimer, &QTimer::timeout, this, &HttpClient::startAttempt);
}

HttpClient::~HttpClient()
{
    m_startTimer.stop();
    if (m_active) {
        m_active->detachReply();
    }
    m_active = nullptr;
    m_queue.clear();
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
    if (m_active || m_queue.isEmpty()) {
        return;
    }
    m_active = m_queue.dequeue();
    scheduleAttempt(m_active, milliseconds(0));
}

void HttpClient::scheduleAttempt(HttpJob *job, milliseconds delay)
{
    if (job != m_active) {
        return;
    }

    milliseconds wait = delay;
    if (m_sinceLastStart.isValid()) {
        const milliseconds sinceStart(m_sinceLastStart.elapsed());
        wait = std::max(wait, job->options().minInterval - sinceStart);
    }
    m_startTimer.start(std::max(wait, milliseconds(0)));
}

void HttpClient::startAttempt()
{
    if (!m_active) {
        return;
    }
    if (m_sinceLastStart.isValid()) {
        const milliseconds early =
            m_active->options().minInterval - milliseconds(m_sinceLastStart.elapsed());
        if (early > milliseconds(0)) {
            m_startTimer.start(early);
            return;
        }
    }

    QNetworkRequest request(m_active->url());
    request.setRawHeader("User-Agent", Platform::userAgent());
    request.setTransferTimeout(int(m_active->options().transferTimeout.count()));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::NoLessSafeRedirectPolicy);
    for (const auto &[name, value] : m_active->options().rawHeaders) {
        request.setRawHeader(name, value);
    }

    m_sinceLastStart.start();
    if (m_active->isPost()) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, m_active->m_contentType);
        m_active->attach(m_manager->post(request, m_active->m_body));
    } else {
        m_active->attach(m_manager->get(request));
    }
}

void HttpClient::jobDone(HttpJob *job)
{
    if (job == m_active) {
        m_active = nullptr;
        m_startTimer.stop();
        startNext();
        return;
    }
    m_queue.removeAll(job);
}

} // namespace Sieve::Net
