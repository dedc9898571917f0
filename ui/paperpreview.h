// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#ifndef SIEVE_UI_PAPERPREVIEW_H
#define SIEVE_UI_PAPERPREVIEW_H

#include "previewcontent.h"

#include <QElapsedTimer>
#include <QList>
#include <QUrl>
#include <QWidget>

class QWebEngineProfile;
class QWebEngineView;

namespace Sieve::Ui {

class PreviewInterceptor;
class PreviewPage;

// The selected paper, typeset: title, authors, links, the LLM's and the ranker's notes, and the
// abstract with its TeX rendered by the bundled KaTeX. One web view is created on the first
// setContent() (so the window opens fast) and reused: later papers are handed to the loaded
// page as JSON instead of reloading it. Nothing remote is ever loaded and links are never
// followed inside the view: a click is reported by linkActivated() (the window opens it in the
// system browser).
class PaperPreview : public QWidget
{
    Q_OBJECT

public:
    explicit PaperPreview(QWidget *parent = nullptr);
    ~PaperPreview() override;

    void setContent(const PreviewContent &content);
    void clear();

    PreviewContent content() const { return m_content; }

    // True once the view exists and the current content is on screen.
    bool isShown() const { return m_view && m_shownGeneration == m_generation; }

    // Milliseconds from setContent() to contentShown() for the last content shown; -1 before.
    qint64 lastUpdateMs() const { return m_lastUpdateMs; }

    // For tests: the page (nullptr before the first setContent()) and every blocked request.
    PreviewPage *page() const { return m_page; }

    QList<QUrl> blockedUrls() const;

    QSize sizeHint() const override { return {640, 320}; }

Q_SIGNALS:
    // The content given last to setContent() is laid out and typeset.
    void contentShown();
    // An http(s) link of the preview was clicked.
    void linkActivated(const QUrl &url);

protected:
    void changeEvent(QEvent *event) override;

private:
    void createView();
    void load();
    void onLoadFinished(bool ok);
    void pushUpdate();
    void markShown(quint64 generation);

    PreviewContent m_content;
    QWebEngineProfile *m_profile = nullptr;
    PreviewInterceptor *m_interceptor = nullptr;
    QWebEngineView *m_view = nullptr;
    PreviewPage *m_page = nullptr;
    bool m_loading = false;
    quint64 m_generation = 0; // of m_content
    quint64 m_loadedGeneration = 0; // the content the page is loading or showing
    quint64 m_shownGeneration = 0;
    QElapsedTimer m_sinceSet;
    qint64 m_lastUpdateMs = -1;
};

} // namespace Sieve::Ui

#endif // SIEVE_UI_PAPERPREVIEW_H
