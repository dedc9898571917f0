// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "arxivendpoints.h"

#include <QUrlQuery>

namespace Sieve::Arxiv {

namespace {

QUrl withPath(const QUrl &base, const QString &path)
{
    QString prefix = base.path();
    while (prefix.endsWith(QLatin1Char('/'))) {
        prefix.chop(1);
    }

    QUrl url = base;
    url.setPath(prefix + path);
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

QString apiTimestamp(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyyMMddHHmm"));
}

} // namespace

ArxivEndpoints ArxivEndpoints::fromOverride(const QUrl &base)
{
    ArxivEndpoints endpoints;
    for (QUrl *url : {&endpoints.rssBase, &endpoints.apiBase}) {
        url->setScheme(base.scheme());
        url->setHost(base.host());
        url->setPort(base.port());
        url->setPath(base.path());
    }
    return endpoints;
}

QUrl ArxivEndpoints::rssUrl(const QStringList &categories) const
{
    return withPath(rssBase, QStringLiteral("/rss/") + categories.join(QLatin1Char('+')));
}

QUrl ArxivEndpoints::apiUrl(const QString &category,
                            const QDateTime &fromUtc,
                            const QDateTime &toUtc,
                            int start,
                            int maxResults) const
{
    const QString search = QStringLiteral("cat:%1 AND lastUpdatedDate:[%2 TO %3]")
                               .arg(category, apiTimestamp(fromUtc), apiTimestamp(toUtc));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("search_query"), search);
    query.addQueryItem(QStringLiteral("start"), QString::number(start));
    query.addQueryItem(QStringLiteral("max_results"), QString::number(maxResults));
    query.addQueryItem(QStringLiteral("sortBy"), QStringLiteral("lastUpdatedDate"));
    query.addQueryItem(QStringLiteral("sortOrder"), QStringLiteral("descending"));

    QUrl url = withPath(apiBase, QStringLiteral("/api/query"));
    url.setQuery(query);
    return url;
}

} // namespace Sieve::Arxiv
