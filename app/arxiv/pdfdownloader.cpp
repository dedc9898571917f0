// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "pdfdownloader.h"

#include <app/library/pdfcache.h>
#include <app/net/httpclient.h>
#include <app/net/httpjob.h>
#include <app/platform/logging.h>

#include <QCoreApplication>
#include <QTimer>

namespace Sieve::Arxiv {

namespace {

class Messages
{
    Q_DECLARE_TR_FUNCTIONS(Sieve::Arxiv::PdfDownloader)
};

} // namespace

PdfDownloader::PdfDownloader(Net::HttpClient *client, Library::PdfCache *cache, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_cache(cache)
    , m_baseUrl(defaultBaseUrl())
{
}

PdfDownloader::~PdfDownloader()
{
    cancel();
}

QUrl PdfDownloader::defaultBaseUrl()
{
    return QUrl(QStringLiteral("https://arxiv.org"));
}

QUrl PdfDownloader::pdfUrl(const Paper &paper) const
{
    QUrl url = m_baseUrl;
    QString path = url.path();
    if (path.endsWith(QLatin1Char('/'))) {
        path.chop(1);
    }
    url.setPath(path + QStringLiteral("/pdf/") + paper.versionedId());
    return url;
}

void PdfDownloader::fetch(const Paper &paper)
{
    cancel();

    if (const auto cached = m_cache->find(paper.id, paper.version)) {
        qCDebug(lcPdf) << "PDF from the cache:" << paper.versionedId();
        const QString path = *cached;
        const QString id = paper.id;
        QTimer::singleShot(0, this, [this, id, path] {
            Q_EMIT finished(id, path);
        });
        return;
    }

    Net::RequestOptions options;
    options.maxBodyBytes = m_maxBytes;
    options.transferTimeout = std::chrono::seconds(60);
    const QUrl url = pdfUrl(paper);
    qCInfo(lcPdf) << "downloading PDF" << url.host() << url.path();
    m_job = m_client->get(url, options);
    connect(m_job,
            &Net::HttpJob::downloadProgress,
            this,
            [this, id = paper.id](qint64 received, qint64 total) {
                Q_EMIT progress(id, received, total);
            });
    connect(m_job, &Net::HttpJob::finished, this, [this, paper](const QByteArray &body) {
        m_job.clear();
        onDownloaded(paper, body);
    });
    connect(m_job, &Net::HttpJob::failed, this, [this, id = paper.id](const Error &error) {
        m_job.clear();
        Q_EMIT failed(id, error);
    });
}

void PdfDownloader::cancel()
{
    if (!m_job) {
        return;
    }
    Net::HttpJob *job = m_job;
    m_job.clear();
    job->disconnect(this);
    job->abort();
}

void PdfDownloader::onDownloaded(const Paper &paper, const QByteArray &body)
{
    if (!Library::PdfCache::looksLikePdf(body)) {
        qCWarning(lcPdf) << "not a PDF from" << m_baseUrl.host() << "for" << paper.versionedId()
                         << "bytes:" << body.size();
        Q_EMIT failed(
            paper.id,
            Error(Error::Code::BadData,
                  Messages::tr("arXiv did not send a PDF for %1. It may not be ready "
                               "yet: try again later, or open the paper in the browser.")
                      .arg(paper.versionedId()),
                  QStringLiteral("answer without %PDF- magic, %1 bytes").arg(body.size())));
        return;
    }
    // The server may close the connection early with no length announced: the reply then
    // ends without error, and only the missing end marker tells.
    if (!Library::PdfCache::looksComplete(body)) {
        qCWarning(lcPdf) << "PDF cut short from" << m_baseUrl.host() << "for" << paper.versionedId()
                         << "bytes:" << body.size();
        Q_EMIT failed(
            paper.id,
            Error(Error::Code::BadData,
                  Messages::tr("The PDF of %1 arrived incomplete. Try again.")
                      .arg(paper.versionedId()),
                  QStringLiteral("answer without %%EOF at the end, %1 bytes").arg(body.size())));
        return;
    }

    const Result<QString> stored = m_cache->store(paper.id, paper.version, body);
    if (!stored) {
        Q_EMIT failed(paper.id, stored.error());
        return;
    }
    Q_EMIT finished(paper.id, stored.value());
}

} // namespace Sieve::Arxiv
