// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#ifndef SIEVE_ARXIV_ARXIVCLIENT_H
#define SIEVE_ARXIV_ARXIVCLIENT_H

#include <app/arxiv/arxivendpoints.h>
#include <app/core/error.h>
#include <app/core/paper.h>
#include <app/net/httpjob.h>
#include <app/net/requestoptions.h>

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>

#include <chrono>

template <typename T>
class QFutureWatcher;

namespace Sieve::Net {
class HttpClient;
}

namespace Sieve::Arxiv {

class ArxivClient;

// One fetch by ArxivClient: it ends with exactly one of finished() or failed(), once, then
// deletes itself (deleteLater). Failures carry Code::Network (or Cancelled, InvalidInput) from
// the download, or Code::BadData with the parser's message. Limitation: a job whose HttpClient
// is destroyed under it never signals (the HttpClient drops its requests silently).
class FeedJob : public QObject
{
    Q_OBJECT

public:
    enum class Kind { Rss, Api };

    ~FeedJob() override;

    Kind kind() const { return m_kind; }

    // Stops the download or the parse under way; the job fails with Code::Cancelled before
    // abort() returns. Does nothing once the job is done.
    void abort();

Q_SIGNALS:
    // RSS: one feed per request that was kept (one, or more after splitting at the item cap).
    // API: exactly one feed, every page merged, totalResults as arXiv counted it.
    void finished(const QList<Sieve::Feed> &feeds);
    void failed(const Sieve::Error &error);
    // Requests answered so far, of those known to be needed (both grow as pages or splits show up).
    void progress(int done, int total);

private:
    friend class ArxivClient;

    struct Parsed
    {
        Feed feed;
        Error error;
        bool ok = false;
    };

    FeedJob(ArxivClient *client, Kind kind);

    void requestNext();
    void onDownloaded(const QByteArray &body);
    void onParsed(const Parsed &parsed);
    void takeRssFeed(Feed feed);
    void takeApiPage(const Feed &page);
    void succeed(const QList<Feed> &feeds);
    void fail(const Error &error);

    QPointer<Net::HttpClient> m_http;
    ArxivEndpoints m_endpoints;
    Net::RequestOptions m_options;
    Kind m_kind;
    QPointer<Net::HttpJob> m_download;
    QFutureWatcher<Parsed> *m_parse = nullptr;
    QUrl m_currentUrl;
    int m_done = 0;
    int m_total = 1;
    bool m_ended = false;

    // RSS
    QList<QStringList> m_pendingGroups;
    QStringList m_currentGroup;
    QList<Feed> m_feeds;

    // API
    QString m_category;
    QDateTime m_fromUtc;
    QDateTime m_toUtc;
    int m_pageSize = 0;
    int m_nextStart = 0;
    bool m_haveFirstPage = false;
    Feed m_merged;
    QSet<QString> m_seenIds;
};

// Fetches arXiv listings through the shared HttpClient (one request at a time, politely):
// RSS feeds of today's announcement and query-API results for a time window. Parsing runs on
// the global thread pool; jobs and signals stay on the client's thread.
class ArxivClient : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultPageSize = 200;
    static constexpr std::chrono::milliseconds DefaultApiInterval{3000}; // arXiv's API terms
    static constexpr int RssItemCap = 2000; // arXiv cuts a feed off at this many items

    // `http` must outlive the client and its jobs.
    ArxivClient(Net::HttpClient *http, ArxivEndpoints endpoints, QObject *parent = nullptr);

    // One request for all categories joined with '+'. A combined feed holding RssItemCap items
    // or more was probably cut off, so its categories are fetched again in two halves (down to
    // single categories, whose feed is kept as it came).
    FeedJob *fetchRss(const QStringList &categories);

    // Every paper of `category` last updated in [fromUtc, toUtc], page by page (pageSize() per
    // request, apiInterval() or more between request starts), merged into one feed.
    FeedJob *fetchApi(const QString &category, const QDateTime &fromUtc, const QDateTime &toUtc);

    ArxivEndpoints endpoints() const { return m_endpoints; }

    int pageSize() const { return m_pageSize; }

    void setPageSize(int size);

    std::chrono::milliseconds apiInterval() const { return m_apiInterval; }

    void setApiInterval(std::chrono::milliseconds interval) { m_apiInterval = interval; }

    // Timeout and attempts for every request; minInterval is raised to apiInterval() for the API.
    Net::RequestOptions requestOptions() const { return m_options; }

    void setRequestOptions(const Net::RequestOptions &options) { m_options = options; }

private:
    Net::HttpClient *m_http;
    ArxivEndpoints m_endpoints;
    Net::RequestOptions m_options;
    int m_pageSize = DefaultPageSize;
    std::chrono::milliseconds m_apiInterval = DefaultApiInterval;
};

} // namespace Sieve::Arxiv

#endif // SIEVE_ARXIV_ARXIVCLIENT_H
