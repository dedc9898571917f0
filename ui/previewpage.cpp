// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "previewpage.h"

#include <app/platform/logging.h>

#include <QWebEngineSettings>

namespace Sieve::Ui {

namespace {

bool isWebLink(const QUrl &url)
{
    return url.isValid()
        && (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"));
}

} // namespace

PreviewPage::PreviewPage(QWebEngineProfile *profile, QObject *parent)
    : QWebEnginePage(profile, parent)
{
    QWebEngineSettings *s = settings();
    s->setAttribute(QWebEngineSettings::JavascriptCanOpenWindows, false);
    s->setAttribute(QWebEngineSettings::JavascriptCanAccessClipboard, false);
    s->setAttribute(QWebEngineSettings::JavascriptCanPaste, false);
    s->setAttribute(QWebEngineSettings::LocalContentCanAccessRemoteUrls, false);
    s->setAttribute(QWebEngineSettings::LocalContentCanAccessFileUrls, false);
    s->setAttribute(QWebEngineSettings::LocalStorageEnabled, false);
    s->setAttribute(QWebEngineSettings::PluginsEnabled, false);
    s->setAttribute(QWebEngineSettings::PdfViewerEnabled, false);
    s->setAttribute(QWebEngineSettings::ErrorPageEnabled, false);
    s->setAttribute(QWebEngineSettings::NavigateOnDropEnabled, false);
    s->setAttribute(QWebEngineSettings::WebGLEnabled, false);
    s->setAttribute(QWebEngineSettings::FocusOnNavigationEnabled, false);
}

bool PreviewPage::acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame)
{
    if (type == NavigationTypeLinkClicked) {
        if (isWebLink(url)) {
            Q_EMIT linkClicked(url);
        }
        return false;
    }
    // Only our own setHtml() may navigate: a data: URL (or its qrc: base) in the main frame.
    const bool ownDocument = isMainFrame
        && (url.scheme() == QLatin1String("data") || url.scheme() == QLatin1String("qrc"));
    if (!ownDocument) {
        qCWarning(lcUi) << "preview refused a navigation to" << url.scheme() << url.host();
    }
    return ownDocument;
}

QWebEnginePage *PreviewPage::createWindow(WebWindowType type)
{
    Q_UNUSED(type)
    return nullptr;
}

void PreviewPage::javaScriptConsoleMessage(JavaScriptConsoleMessageLevel level,
                                           const QString &message,
                                           int lineNumber,
                                           const QString &sourceId)
{
    Q_UNUSED(sourceId)
    if (level == ErrorMessageLevel) {
        qCWarning(lcUi) << "preview script error at line" << lineNumber << message.left(200);
    } else {
        qCDebug(lcUi) << "preview script:" << message.left(200);
    }
}

} // namespace Sieve::Ui
