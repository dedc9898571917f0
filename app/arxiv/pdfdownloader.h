// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#ifndef SIEVE_ARXIV_PDFDOWNLOADER_H
#define SIEVE_ARXIV_PDFDOWNLOADER_H

#include <app/core/error.h>
#include <app/core/paper.h>

#include <QObject>
#include <QPointer>
#include <QUrl>

namespace Sieve::Net {
class HttpClient;
class HttpJob;
} // namespace Sieve::Net

namespace Sieve::Library {
class PdfCache;
}

namespace Sieve::Arxiv {

// Gets a paper's PDF for the viewer: from the PDF cache when it is there (no network at all),
// otherwise from BASE/pdf/<id>v<version> through the HttpClient. The answer must be a whole
// PDF ("%PDF-" to "%%EOF") of at most maxBytes(); only then is it cached. One paper at a time:
// fetch() drops the download before it. Every fetch() ends with exactly one of finished() or
// failed(), never synchronously. The client and the cache must outlive the downloader.
class PdfDownloader : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 DefaultMaxBytes = 50LL * 1024 * 1024;

    PdfDownloader(Net::HttpClient *client, Library::PdfCache *cache, QObject *parent = nullptr);
    ~PdfDownloader() override;

    static QUrl defaultBaseUrl(); // https://arxiv.org

    void setBaseUrl(const QUrl &baseUrl) { m_baseUrl = baseUrl; }

    QUrl baseUrl() const { return m_baseUrl; }

    void setMaxBytes(qint64 maxBytes) { m_maxBytes = maxBytes; }

    qint64 maxBytes() const { return m_maxBytes; }

    QUrl pdfUrl(const Paper &paper) const;

    void fetch(const Paper &paper);

    // Stops the running download without a signal.
    void cancel();

    bool isBusy() const { return !m_job.isNull(); }

Q_SIGNALS:
    void progress(const QString &paperId, qint64 received, qint64 total); // total -1: unknown
    void finished(const QString &paperId, const QString &path);
    void failed(const QString &paperId, const Sieve::Error &error);

private:
    void onDownloaded(const Paper &paper, const QByteArray &body);

    Net::HttpClient *m_client;
    Library::PdfCache *m_cache;
    QUrl m_baseUrl;
    qint64 m_maxBytes = DefaultMaxBytes;
    QPointer<Net::HttpJob> m_job;
};

} // namespace Sieve::Arxiv

#endif // SIEVE_ARXIV_PDFDOWNLOADER_H
