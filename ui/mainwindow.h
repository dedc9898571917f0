// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#ifndef SIEVE_UI_MAINWINDOW_H
#define SIEVE_UI_MAINWINDOW_H

#include "previewcontent.h"

#include <app/core/error.h>
#include <app/library/readingstore.h>

#include <QKeySequence>
#include <QList>
#include <QMainWindow>

#include <functional>
#include <memory>
#include <optional>

class QAction;
class QLabel;
class QListView;
class QMenu;
class QTableView;

namespace Sieve::Arxiv {
class PdfDownloader;
}

namespace Sieve::Library {
class Library;
class PdfCache;
} // namespace Sieve::Library

namespace Sieve::Net {
class HttpClient;
}

namespace Sieve::Ui {

class DayListModel;
class PaperPreview;
class PdfViewer;
class PaperTableModel;

// The reading window: stored days on the left, the selected day's papers in the middle and the
// selected paper below. It only shows what the engine's library holds.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens the library and shows the newest day. Migrating and filling an empty library with
    // the sample days happen on a worker thread; libraryOpened() says when the days are shown.
    // Failures are shown in the window, not as a crash.
    void openLibrary();

    QListView *dayView() const { return m_dayView; }

    QTableView *paperView() const { return m_paperView; }

    PaperPreview *preview() const { return m_preview; }

    // The PDF window; nullptr until a PDF was first asked for.
    PdfViewer *pdfViewer() const { return m_pdfViewer; }

    // Created on first use; tests aim its base URL at a local server.
    Arxiv::PdfDownloader *pdfDownloader();

Q_SIGNALS:
    void libraryOpened();

private:
    void buildLayout();
    void showLibrary(const QString &path);
    void buildActions();
    void buildPaperActions();
    QAction *addPaperAction(QMenu *menu,
                            const QString &name,
                            const QString &text,
                            const QString &toolTip,
                            const QList<QKeySequence> &shortcuts,
                            const std::function<void()> &slot);
    void reloadDays();
    void showDay(int row);
    void showPaper(int row);
    void moveSelection(int step);
    PreviewContent previewContent(const Paper &paper) const;
    std::optional<Paper> currentPaper() const;
    void openPdf();
    void fetchPdf(const Paper &paper);
    void toggleStar();
    void toggleRead();
    void rate(Library::ReadingStore::Thumb thumb);
    void refreshPreview(const Paper &paper);
    bool reportFailure(const Result<void> &result); // true when it failed
    void reportFailure(const Error &error);
    void showBanner(const QString &text);

    std::unique_ptr<Library::Library> m_library;
    DayListModel *m_dayModel = nullptr;
    PaperTableModel *m_paperModel = nullptr;
    QListView *m_dayView = nullptr;
    QTableView *m_paperView = nullptr;
    PaperPreview *m_preview = nullptr;
    QLabel *m_banner = nullptr;
    Net::HttpClient *m_http = nullptr;
    std::unique_ptr<Library::PdfCache> m_pdfCache;
    Arxiv::PdfDownloader *m_pdfDownloader = nullptr;
    PdfViewer *m_pdfViewer = nullptr;
    Paper m_pdfPaper; // the paper whose PDF the viewer waits for or shows
};

} // namespace Sieve::Ui

#endif // SIEVE_UI_MAINWINDOW_H
