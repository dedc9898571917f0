// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#ifndef SIEVE_UI_PDFOPENER_H
#define SIEVE_UI_PDFOPENER_H

#include <app/core/paper.h>

#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

#include <memory>
#include <optional>

class QWidget;

namespace Sieve {

namespace Arxiv {
class PdfDownloader;
}

namespace Library {
class PdfCache;
}

namespace Net {
class HttpClient;
}

namespace Ui {

class NetworkStatus;
class PdfViewer;

// Opens papers' PDFs in the app's viewer or the system's, from the PDF cache or after
// downloading them into it. The cache is opened, and the downloader made, when the first PDF is
// asked for. A paper opened once opens offline too; offline, one never opened is refused at
// once rather than left to time out.
class PdfOpener : public QObject
{
    Q_OBJECT

public:
    // `window` parents the viewer; `http` is the client arXiv is reached through.
    PdfOpener(Net::HttpClient *http, NetworkStatus *network, QWidget *window);
    ~PdfOpener() override;

    // Shows the viewer with `paper`'s PDF, or with the download's progress until it is there.
    void openInViewer(const Paper &paper);
    // Hands `paper`'s cached PDF to the system's viewer, downloading it first when needed.
    void openExternally(const Paper &paper);

    // nullptr until a PDF was first shown in the app.
    PdfViewer *viewer() const { return m_viewer; }

    // Tests aim its base URL at a local server.
    Arxiv::PdfDownloader *downloader();

    // The cache's size limit, applied at once. Until it is set, the cache takes the limit stored
    // in the settings.
    void setCacheLimit(qint64 limitBytes);

Q_SIGNALS:
    // For the window's status bar; a timeout of 0 keeps it until the next one.
    void message(const QString &text, int timeoutMs);
    // A download for the system's viewer runs (true) or ended (false).
    void busyChanged(bool busy);
    // The cached PDF `file` is handed to the system's viewer (QDesktopServices::openUrl).
    void handedOff(const QUrl &file);

private:
    void fetchForViewer(const Paper &paper);
    void onProgress(const QString &id, qint64 received, qint64 total);
    void onFinished(const QString &id, const QString &path);
    void onFailed(const QString &id, const QString &message);
    void resumeDropped();
    void handOff(const QString &path);
    bool isOutOfReach(const Paper &paper);
    static QString offlineMessage();

    Net::HttpClient *m_http;
    NetworkStatus *m_network;
    QPointer<QWidget> m_window;
    std::optional<qint64> m_cacheLimit;
    // Declared before the downloader, which uses it: destroyed after it.
    std::unique_ptr<Library::PdfCache> m_cache;
    std::unique_ptr<Arxiv::PdfDownloader> m_downloader;
    PdfViewer *m_viewer = nullptr;
    Paper m_viewerPaper; // the paper whose PDF the viewer waits for or shows
    bool m_viewerWaits = false; // the viewer waits for m_viewerPaper's download
    Paper m_externalPaper; // whose PDF goes to the system's viewer once here; empty id: none
};

} // namespace Ui
} // namespace Sieve

#endif // SIEVE_UI_PDFOPENER_H
