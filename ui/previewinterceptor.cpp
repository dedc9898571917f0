// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "previewinterceptor.h"

#include <app/platform/logging.h>

#include <QMutexLocker>
#include <QWebEngineUrlRequestInfo>

namespace Sieve::Ui {

void PreviewInterceptor::interceptRequest(QWebEngineUrlRequestInfo &info)
{
    const bool isMainFrame = info.resourceType() == QWebEngineUrlRequestInfo::ResourceTypeMainFrame;
    if (isAllowed(info.requestUrl(), isMainFrame)) {
        return;
    }

    info.block(true);
    const QUrl stripped =
        info.requestUrl().adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment);
    qCWarning(lcUi) << "preview blocked a request to" << stripped.scheme() << stripped.host()
                    << stripped.path();
    QMutexLocker locker(&m_mutex);
    m_blocked.append(stripped);
}

QList<QUrl> PreviewInterceptor::blockedUrls() const
{
    QMutexLocker locker(&m_mutex);
    return m_blocked;
}

bool PreviewInterceptor::isAllowed(const QUrl &url, bool isMainFrame)
{
    const QString scheme = url.scheme();
    if (scheme == QLatin1String("qrc")) {
        return true;
    }
    // setHtml() loads the document itself as a data: URL.
    return isMainFrame && scheme == QLatin1String("data");
}

} // namespace Sieve::Ui
