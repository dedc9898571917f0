// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "pdfopener.h"

#include "networkstatus.h"
#include "pdfviewer.h"

#include <app/arxiv/pdfdownloader.h>
#include <app/core/error.h>
#include <app/core/textext.h>
#include <app/library/pdfcache.h>
#include <app/platform/appsettings.h>
#include <app/platform/logging.h>

#include <QDesktopServices>
#include <QDir>
#include <QLocale>
#include <QWidget>

namespace Sieve::Ui {

namespace {

constexpr int StatusTimeoutMs = 4000;

} // namespace

PdfOpener::PdfOpener(Net::HttpClient *http, NetworkStatus *network, QWidget *window)
    : QObject(window)
    , m_http(http)
    , m_network(network)
    , m_window(window)
{
}

PdfOpener::~PdfOpener() = default;

void PdfOpener::openInViewer(const Paper &paper)
{
    if (!m_viewer) {
        m_viewer = new PdfViewer(m_window);
        connect(m_viewer, &PdfViewer::retryRequested, this, [this] {
            fetchForViewer(m_viewerPaper);
        });
    }
    fetchForViewer(paper);
    m_viewer->show();
    m_viewer->raise();
    m_viewer->activateWindow();
}

// The system's viewer gets the cached file: a paper opened once opens there offline too.
void PdfOpener::openExternally(const Paper &paper)
{
    if (isOutOfReach(paper)) {
        Q_EMIT message(offlineMessage(), StatusTimeoutMs);
        return;
    }
    m_externalPaper = paper;
    Q_EMIT message(tr("Getting the PDF of %1…").arg(paper.versionedId()), 0);
    downloader()->fetch(paper);
}

Arxiv::PdfDownloader *PdfOpener::downloader()
{
    if (m_downloader) {
        return m_downloader.get();
    }
    // The reader's limit from the settings (Library page); 0 keeps no PDF at all.
    const qint64 limitBytes =
        m_cacheLimit.value_or(qint64(Platform::AppSettings().pdfCacheLimitMb()) * 1024 * 1024);
    m_cache = std::make_unique<Library::PdfCache>(Library::PdfCache::defaultDir(), limitBytes);
    m_downloader = std::make_unique<Arxiv::PdfDownloader>(m_http, m_cache.get());

    connect(m_downloader.get(), &Arxiv::PdfDownloader::progress, this, &PdfOpener::onProgress);
    connect(m_downloader.get(), &Arxiv::PdfDownloader::finished, this, &PdfOpener::onFinished);
    connect(m_downloader.get(),
            &Arxiv::PdfDownloader::failed,
            this,
            [this](const QString &id, const Error &error) {
                qCWarning(lcUi) << "PDF not available:" << id << error.detail();
                onFailed(id, m_network->isOnline() ? error.userMessage() : offlineMessage());
            });
    return m_downloader.get();
}

void PdfOpener::setCacheLimit(qint64 limitBytes)
{
    m_cacheLimit = limitBytes;
    if (m_cache) {
        m_cache->setLimitBytes(limitBytes); // evicts what no longer fits
    }
}

void PdfOpener::fetchForViewer(const Paper &paper)
{
    m_viewerPaper = paper;
    m_viewer->setWebPage(QUrl(paper.absUrl()));
    //: Title of the PDF window: the arXiv id, then the paper's title
    m_viewer->showDownloading(
        tr("%1 — %2").arg(paper.versionedId(), TexText::toPlainText(paper.title)));
    if (isOutOfReach(paper)) {
        m_viewerWaits = false;
        m_viewer->showError(offlineMessage());
        return;
    }
    m_viewerWaits = true;
    downloader()->fetch(paper);
}

void PdfOpener::onProgress(const QString &id, qint64 received, qint64 total)
{
    if (m_viewer && id == m_viewerPaper.id) {
        m_viewer->showProgress(received, total);
    }
    if (id != m_externalPaper.id) {
        return;
    }
    Q_EMIT busyChanged(true);
    if (total > 0) {
        const int percent = int(received * 100 / total);
        Q_EMIT message(tr("Downloading the PDF: %1 %").arg(percent), 0);
    } else {
        Q_EMIT message(tr("Downloading the PDF: %1").arg(QLocale().formattedDataSize(received)), 0);
    }
}

void PdfOpener::onFinished(const QString &id, const QString &path)
{
    bool unreadable = false;
    if (m_viewer && id == m_viewerPaper.id) {
        m_viewerWaits = false;
        unreadable = !m_viewer->openFile(path, m_viewer->windowTitle());
    }
    if (id == m_externalPaper.id) {
        m_externalPaper = {};
        handOff(path); // the desktop's viewer may read what QtPdf cannot
    } else if (unreadable) {
        // Cut short or damaged on the way: kept, it would come back on every Retry.
        m_cache->remove(m_viewerPaper.id, m_viewerPaper.version);
    }
    resumeDropped();
}

void PdfOpener::onFailed(const QString &id, const QString &text)
{
    if (m_viewer && id == m_viewerPaper.id) {
        m_viewerWaits = false;
        m_viewer->showError(text);
    }
    if (id == m_externalPaper.id) {
        m_externalPaper = {};
        Q_EMIT busyChanged(false);
        Q_EMIT message(text, StatusTimeoutMs);
    }
    resumeDropped();
}

// The downloader fetches one paper at a time and drops the one before: the viewer's paper and
// the system viewer's, when they differ, are fetched one after the other.
void PdfOpener::resumeDropped()
{
    if (m_viewerWaits && m_viewer) {
        downloader()->fetch(m_viewerPaper);
    } else if (!m_externalPaper.id.isEmpty()) {
        downloader()->fetch(m_externalPaper);
    }
}

void PdfOpener::handOff(const QString &path)
{
    Q_EMIT busyChanged(false);
    const QUrl url = QUrl::fromLocalFile(path);
    Q_EMIT handedOff(url);
    if (QDesktopServices::openUrl(url)) {
        Q_EMIT message(tr("Opened the PDF in your PDF viewer."), StatusTimeoutMs);
        return;
    }
    qCWarning(lcUi) << "no program opened the PDF:" << path;
    Q_EMIT message(
        tr("No program opened the PDF; it is kept at %1.").arg(QDir::toNativeSeparators(path)),
        StatusTimeoutMs);
}

bool PdfOpener::isOutOfReach(const Paper &paper)
{
    downloader(); // opens the cache
    return !m_network->isOnline() && !m_cache->find(paper.id, paper.version);
}

QString PdfOpener::offlineMessage()
{
    return tr("You are offline and this PDF was never opened before; it opens once the "
              "network is back.");
}

} // namespace Sieve::Ui
