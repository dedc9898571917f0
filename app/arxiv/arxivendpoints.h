// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#ifndef SIEVE_ARXIV_ARXIVENDPOINTS_H
#define SIEVE_ARXIV_ARXIVENDPOINTS_H

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace Sieve::Arxiv {

// Where arXiv's RSS feeds and query API live. Tests and mirrors aim both at another server with
// fromOverride().
struct ArxivEndpoints
{
    QUrl rssBase{QStringLiteral("https://rss.arxiv.org")};
    QUrl apiBase{QStringLiteral("https://export.arxiv.org")};

    // Takes scheme, host, port and path prefix of `base` for both: RSS at BASE/rss/CATS, the
    // API at BASE/api/query.
    static ArxivEndpoints fromOverride(const QUrl &base);

    // One feed for all categories: BASE/rss/astro-ph.GA+astro-ph.CO.
    QUrl rssUrl(const QStringList &categories) const;

    // Papers of `category` last updated in [fromUtc, toUtc] (minute precision), newest first,
    // results start .. start + maxResults - 1.
    QUrl apiUrl(const QString &category,
                const QDateTime &fromUtc,
                const QDateTime &toUtc,
                int start,
                int maxResults) const;
};

} // namespace Sieve::Arxiv

#endif // SIEVE_ARXIV_ARXIVENDPOINTS_H
