// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#ifndef SIEVE_UI_PDFVIEWER_H
#define SIEVE_UI_PDFVIEWER_H

#include <QUrl>
#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QModelIndex;
class QPdfBookmarkModel;
class QPdfDocument;
class QPdfSearchModel;
class QPdfView;
class QProgressBar;
class QPushButton;
class QSplitter;
class QTreeView;

namespace Sieve::Ui {

// A window that shows one PDF, with its contents (the outline of its sections) beside the pages
// when it has them (F9 hides or shows them), pages stacked and fitted to the width until the
// reader zooms (Ctrl++ / Ctrl+- or Ctrl and the wheel; Ctrl+0 fits the width again; the choice is
// kept for the next PDF and the next start), with the page in view and the page count above them;
// Home and End go to the first and last page, Space and Shift+Space a screen down and up; Ctrl+F
// finds words in the text, Enter and F3 go to the next match. While the file is on its way it
// shows the download's progress; when something goes wrong, a message in its place. Escape closes
// it. The window reads only local files; the downloader brings them. After an error a Retry button
// asks for the file again (retryRequested()).
class PdfViewer : public QWidget
{
    Q_OBJECT

public:
    explicit PdfViewer(QWidget *parent = nullptr);
    ~PdfViewer() override;

    void showDownloading(const QString &title);
    void showProgress(qint64 received, qint64 total); // total -1 while unknown

    // Shows the PDF at `path`, at the page it was left on when it was last shown (remembered by
    // file name for the most recent PDFs); false (and a message in the window) when it cannot
    // be read.
    bool openFile(const QString &path, const QString &title);

    void showError(const QString &message);
    // The paper's page on the web, offered beside Retry after an error: the reader can read it
    // there when the PDF will not come or cannot be shown. None: not offered.
    void setWebPage(const QUrl &url);

    QPdfDocument *document() const { return m_document; }

    QPdfView *view() const { return m_view; }

    QString message() const; // the message shown instead of pages; empty while pages show

    // Hands the open file to the desktop's PDF viewer (Ctrl+Shift+O); disabled without one.
    QAction *systemViewerAction() const { return m_systemViewer; }

    QAction *zoomInAction() const { return m_zoomIn; }

    QAction *zoomOutAction() const { return m_zoomOut; }

    QAction *fitWidthAction() const { return m_fitWidth; }

    QAction *firstPageAction() const { return m_firstPage; }

    QAction *lastPageAction() const { return m_lastPage; }

    QAction *findAction() const { return m_find; }

    QAction *contentsAction() const { return m_contents; }

    // The find bar's "2 of 5" or "No match"; empty while nothing is searched.
    QString findStatus() const;

    // The zoom the pages are shown at, 1 being their printed size, also while they fit the
    // width.
    qreal zoom() const;

    // "Page 2 of 12" while pages show.
    QString pageText() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void hideEvent(QHideEvent *event) override;

Q_SIGNALS:
    void retryRequested();

private:
    void createViewActions();
    void createFindActions();
    void createContentsAction();
    QWidget *buildPages();
    void updateOutline();
    void markSection();
    void goToSection(const QModelIndex &index);
    QWidget *buildControls();
    void placeWindow();
    void rememberPage();
    void restorePage();
    QAction *addShortcutAction(const QString &text, const QList<QKeySequence> &keys);
    void showMessage(const QString &text);
    void zoomStep(int direction);
    void goToPage(int page);
    void updateControls();
    QWidget *buildFindBar();
    void showFindBar();
    void hideFindBar();
    void search(const QString &text);
    void showMatch(int step);
    int firstMatchFrom(int page) const;
    void updateFindStatus();

    QPdfDocument *m_document = nullptr;
    QPdfView *m_view = nullptr;
    QLabel *m_message = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_retry = nullptr;
    QPushButton *m_browser = nullptr; // opens m_webPage after an error
    QUrl m_webPage;
    QAction *m_systemViewer = nullptr;
    QAction *m_zoomIn = nullptr;
    QAction *m_zoomOut = nullptr;
    QAction *m_fitWidth = nullptr;
    QAction *m_firstPage = nullptr;
    QAction *m_lastPage = nullptr;
    QLabel *m_pageLabel = nullptr;
    QSplitter *m_pages = nullptr; // the contents and the pages
    QTreeView *m_outline = nullptr;
    QPdfBookmarkModel *m_bookmarks = nullptr;
    QAction *m_contents = nullptr;
    QAction *m_find = nullptr;
    QAction *m_findNext = nullptr;
    QAction *m_findPrevious = nullptr;
    QWidget *m_findBar = nullptr;
    QLineEdit *m_findField = nullptr;
    QLabel *m_findStatus = nullptr;
    QPdfSearchModel *m_search = nullptr;
    int m_match = -1; // the match shown, an index into m_search; -1 before the first
    QLabel *m_zoomLabel = nullptr;
    QWidget *m_controls = nullptr;
    QString m_path;
};

} // namespace Sieve::Ui

#endif // SIEVE_UI_PDFVIEWER_H
