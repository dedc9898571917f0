// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "paperpreview.h"

#include "previewdocument.h"
#include "previewinterceptor.h"
#include "previewpage.h"

#include <app/platform/logging.h>

#include <QEvent>
#include <QPointer>
#include <QVBoxLayout>
#include <QWebEngineProfile>
#include <QWebEngineView>

namespace Sieve::Ui {

PaperPreview::PaperPreview(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
}

PaperPreview::~PaperPreview()
{
    // The page must go before its profile (Qt warns and may crash otherwise). Scripts still
    // running answer with nothing as it goes: m_page tells their callbacks to ignore that.
    m_page = nullptr;
    delete m_view;
}

void PaperPreview::setContent(const PreviewContent &content)
{
    m_content = content;
    ++m_generation;
    m_sinceSet.start();

    if (!m_view) {
        createView();
    }
    if (m_loading) {
        return; // onLoadFinished() pushes the newest content
    }
    pushUpdate();
}

void PaperPreview::clear()
{
    if (!m_view) {
        m_content = {}; // nothing on screen yet: no reason to start the web engine
        return;
    }
    setContent({});
}

QList<QUrl> PaperPreview::blockedUrls() const
{
    return m_interceptor ? m_interceptor->blockedUrls() : QList<QUrl>();
}

void PaperPreview::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_view) {
        // The colours are part of the document: load it again, as a new content.
        ++m_generation;
        m_sinceSet.start();
        load();
    }
}

void PaperPreview::createView()
{
    // An off-the-record profile of our own: no disk cache, cookies or storage, and an
    // interceptor that only this view's requests go through.
    m_profile = new QWebEngineProfile(this);
    m_interceptor = new PreviewInterceptor(m_profile);
    m_profile->setUrlRequestInterceptor(m_interceptor);

    m_view = new QWebEngineView(this);
    m_view->setObjectName(QStringLiteral("previewView"));
    m_view->setContextMenuPolicy(Qt::NoContextMenu);
    m_view->setFocusPolicy(Qt::NoFocus);
    m_page = new PreviewPage(m_profile, m_view);
    m_view->setPage(m_page);
    layout()->addWidget(m_view);

    connect(m_page, &PreviewPage::linkClicked, this, &PaperPreview::linkActivated);
    connect(m_page, &QWebEnginePage::loadFinished, this, &PaperPreview::onLoadFinished);
    load();
}

void PaperPreview::load()
{
    m_loading = true;
    m_loadedGeneration = m_generation;
    m_page->setBackgroundColor(palette().color(QPalette::Base));
    m_page->setHtml(PreviewDocument::html(m_content, palette()), PreviewDocument::baseUrl());
}

void PaperPreview::onLoadFinished(bool ok)
{
    if (!m_loading) {
        return; // a refused navigation (a clicked link) ends like a failed load: ours is intact
    }
    m_loading = false;
    if (!ok) {
        qCWarning(lcUi) << "the preview document did not load";
    }
    if (m_loadedGeneration == m_generation) {
        markShown(m_generation);
    } else {
        pushUpdate();
    }
}

void PaperPreview::pushUpdate()
{
    const quint64 generation = m_generation;
    m_loadedGeneration = generation;
    QPointer<PaperPreview> self(this);
    m_page->runJavaScript(PreviewDocument::updateScript(m_content),
                          [self, generation](const QVariant &result) {
                              if (!self || !self->m_page) {
                                  return;
                              }
                              if (!result.toBool()) {
                                  qCWarning(lcUi) << "the preview did not take the paper";
                              }
                              self->markShown(generation);
                          });
}

void PaperPreview::markShown(quint64 generation)
{
    if (generation != m_generation) {
        return; // a newer paper is on its way
    }
    m_shownGeneration = generation;
    m_lastUpdateMs = m_sinceSet.elapsed();
    qCDebug(lcUi) << "preview shown in ms:" << m_lastUpdateMs;
    Q_EMIT contentShown();
}

} // namespace Sieve::Ui
