// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#ifndef SIEVE_UI_PREVIEWINTERCEPTOR_H
#define SIEVE_UI_PREVIEWINTERCEPTOR_H

#include <QList>
#include <QMutex>
#include <QUrl>
#include <QWebEngineUrlRequestInterceptor>

namespace Sieve::Ui {

// Lets the preview load only the app's own resources (qrc:) and the document itself; every
// other request is blocked before it leaves the process and remembered for tests.
class PreviewInterceptor : public QWebEngineUrlRequestInterceptor
{
    Q_OBJECT

public:
    using QWebEngineUrlRequestInterceptor::QWebEngineUrlRequestInterceptor;

    void interceptRequest(QWebEngineUrlRequestInfo &info) override;

    // Every URL blocked so far, oldest first (scheme, host and path only).
    QList<QUrl> blockedUrls() const;

    static bool isAllowed(const QUrl &url, bool isMainFrame);

private:
    mutable QMutex m_mutex;
    QList<QUrl> m_blocked;
};

} // namespace Sieve::Ui

#endif // SIEVE_UI_PREVIEWINTERCEPTOR_H
