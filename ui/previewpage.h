// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#ifndef SIEVE_UI_PREVIEWPAGE_H
#define SIEVE_UI_PREVIEWPAGE_H

#include <QWebEnginePage>

namespace Sieve::Ui {

// The page behind the preview: it shows only what setHtml() gives it. Clicked links are handed
// to linkClicked() instead of being followed, and scripts cannot open windows.
class PreviewPage : public QWebEnginePage
{
    Q_OBJECT

public:
    explicit PreviewPage(QWebEngineProfile *profile, QObject *parent = nullptr);

Q_SIGNALS:
    // A link of the document was clicked; only http and https links are reported.
    void linkClicked(const QUrl &url);

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame) override;
    QWebEnginePage *createWindow(WebWindowType type) override;
    void javaScriptConsoleMessage(JavaScriptConsoleMessageLevel level,
                                  const QString &message,
                                  int lineNumber,
                                  const QString &sourceId) override;
};

} // namespace Sieve::Ui

#endif // SIEVE_UI_PREVIEWPAGE_H
