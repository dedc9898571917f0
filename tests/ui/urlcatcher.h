// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#ifndef SIEVE_TEST_URLCATCHER_H
#define SIEVE_TEST_URLCATCHER_H

#include <QDesktopServices>
#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>

namespace Sieve::Test {

// Stands in for the desktop's handler of `scheme` (the browser for https, the PDF viewer for
// file) while it lives: QDesktopServices::openUrl() hands it the URLs instead.
class UrlCatcher : public QObject
{
    Q_OBJECT

public:
    explicit UrlCatcher(const QString &scheme)
        : m_scheme(scheme)
    {
        QDesktopServices::setUrlHandler(m_scheme, this, "open");
    }

    ~UrlCatcher() override { QDesktopServices::unsetUrlHandler(m_scheme); }

    QList<QUrl> urls;

public Q_SLOTS:

    void open(const QUrl &url) { urls.append(url); }

private:
    QString m_scheme;
};

} // namespace Sieve::Test

#endif // SIEVE_TEST_URLCATCHER_H
