// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "arxivclient.h"

#include <app/arxiv/atomparser.h>
#include <app/arxiv/rssparser.h>
#include <app/net/httpclient.h>
#include <app/net/networkerror.h>
#include <app/platform/logging.h>

#include <QFutureWatcher>
#include <QTimer>
#include <QtConcurrent>

#include <utility>

namespace Sieve::Arxiv {

FeedJob::FeedJob(ArxivClient *client, Kind kind)
    : QObject(client)
    , m_http(nullptr)
    , m_kind(kind)
{
}

FeedJob::~FeedJob()
{
    if (m_download) {
        m_download->disconnect(this);
        m_download->abort();
    }
}

void FeedJob::abort()
{
    if (m_ended) {
        return;
    }
    if (m_download) {
        m_download->disconnect(this);
        m_download->abort();
    }
    delete m_parse; // the parse itself runs on; its result is simply dropped
    m_parse = nullptr;
    fail(Net::cancelledError(m_currentUrl));
}

void FeedJob::requestNext()
{
    if (!m_http) {
        fail(Net::cancelledError(m_currentUrl));
        return;
    }

    if (m_kind == Kind::Rss) {
        m_currentGroup = m_pendingGroups.takeFirst();
        m_currentUrl = m_endpoints.rssUrl(m_currentGroup);
    } else {
        m_currentUrl = m_endpoints.apiUrl(m_category, m_fromUtc, m_toUtc, m_nextStart, m_pageSize);
    }

    m_download = m_http->get(m_currentUrl, m_options);
    connect(m_download, &Net::HttpJob::finished, this, &FeedJob::onDownloaded);
    connect(m_download, &Net::HttpJob::failed, this, &FeedJob::fail);
}

void FeedJob::onDownloaded(const QByteArray &body)
{
    m_download = nullptr;
    const Kind kind = m_kind;
    m_parse = new QFutureWatcher<Parsed>(this);
    connect(m_parse, &QFutureWatcherBase::finished, this, [this] {
        const Parsed parsed = m_parse->result();
        m_parse->deleteLater();
        m_parse = nullptr;
        onParsed(parsed);
    });

    m_parse->setFuture(QtConcurrent::run([body, kind] {
        Result<Feed> result = kind == Kind::Rss ? RssParser::parse(body) : AtomParser::parse(body);
        Parsed parsed;
        parsed.ok = result.isOk();
        if (parsed.ok) {
            parsed.feed = std::move(result).value();
        } else {
            parsed.error = result.error();
        }
        return parsed;
    }));
}

void FeedJob::onParsed(const Parsed &parsed)
{
    ++m_done;
    if (!parsed.ok) {
        qCWarning(lcArxiv) << "unreadable feed from" << m_currentUrl.host() << m_currentUrl.path()
                           << parsed.error.detail();
        fail(Error(Error::Code::BadData, parsed.error.userMessage(), parsed.error.detail()));
        return;
    }

    if (m_kind == Kind::Rss) {
        takeRssFeed(parsed.feed);
    } else {
        takeApiPage(parsed.feed);
    }
}

void FeedJob::takeRssFeed(Feed feed)
{
    const bool probablyCut = feed.items.size() >= ArxivClient::RssItemCap;
    if (probablyCut && m_currentGroup.size() > 1) {
        const qsizetype half = m_currentGroup.size() / 2;
        qCInfo(lcArxiv) << "feed of" << m_currentGroup.size() << "categories hit the item cap;"
                        << "fetching it in two halves";
        m_pendingGroups.prepend(m_currentGroup.mid(half));
        m_pendingGroups.prepend(m_currentGroup.first(half));
        m_total += 2;
    } else {
        if (probablyCut) {
            qCWarning(lcArxiv) << "feed of" << m_currentGroup.first() << "hit the item cap;"
                               << "keeping the first" << feed.items.size() << "items";
        }
        if (feed.categories.isEmpty()) {
            feed.categories = m_currentGroup;
        }
        m_feeds.append(std::move(feed));
    }

    Q_EMIT progress(m_done, m_total);
    if (m_ended) {
        return; // a slot aborted the job
    }
    if (m_pendingGroups.isEmpty()) {
        succeed(m_feeds);
    } else {
        requestNext();
    }
}

void FeedJob::takeApiPage(const Feed &page)
{
    if (!m_haveFirstPage) {
        m_haveFirstPage = true;
        m_merged = page;
        m_merged.items.clear();
        m_merged.startIndex = 0;
    }
    m_merged.totalResults = std::max(page.totalResults, 0);

    // Papers updated while we page can shift the listing by a few: keep each paper once.
    for (const FeedItem &item : page.items) {
        if (!m_seenIds.contains(item.paper.id)) {
            m_seenIds.insert(item.paper.id);
            m_merged.items.append(item);
        }
    }
    m_nextStart += int(page.items.size());

    const int remaining = m_merged.totalResults - m_nextStart;
    const bool complete = page.items.isEmpty() || remaining <= 0;
    m_total = m_done + (complete ? 0 : (remaining + m_pageSize - 1) / m_pageSize);
    Q_EMIT progress(m_done, m_total);
    if (m_ended) {
        return;
    }
    if (complete) {
        qCInfo(lcArxiv) << "API listing of" << m_category << "complete:" << m_merged.items.size()
                        << "papers in" << m_done << "pages";
        succeed({m_merged});
    } else {
        requestNext();
    }
}

void FeedJob::succeed(const QList<Feed> &feeds)
{
    m_ended = true;
    Q_EMIT finished(feeds);
    deleteLater();
}

void FeedJob::fail(const Error &error)
{
    if (m_ended) {
        return;
    }
    m_ended = true;
    m_download = nullptr;
    Q_EMIT failed(error);
    deleteLater();
}

ArxivClient::ArxivClient(Net::HttpClient *http, ArxivEndpoints endpoints, QObject *parent)
    : QObject(parent)
    , m_http(http)
    , m_endpoints(std::move(endpoints))
{
}

FeedJob *ArxivClient::fetchRss(const QStringList &categories)
{
    auto *job = new FeedJob(this, FeedJob::Kind::Rss);
    job->m_http = m_http;
    job->m_endpoints = m_endpoints;
    job->m_options = m_options;
    if (categories.isEmpty()) {
        const Error error(Error::Code::InvalidInput,
                          tr("Choose at least one arXiv category to fetch."),
                          QStringLiteral("fetchRss without categories"));
        QTimer::singleShot(0, job, [job, error] {
            job->fail(error);
        });
        return job;
    }

    job->m_pendingGroups = {categories};
    job->requestNext();
    return job;
}

FeedJob *
ArxivClient::fetchApi(const QString &category, const QDateTime &fromUtc, const QDateTime &toUtc)
{
    auto *job = new FeedJob(this, FeedJob::Kind::Api);
    job->m_http = m_http;
    job->m_endpoints = m_endpoints;
    job->m_options = m_options;
    job->m_options.minInterval = std::max(m_options.minInterval, m_apiInterval);
    job->m_category = category;
    job->m_fromUtc = fromUtc;
    job->m_toUtc = toUtc;
    job->m_pageSize = m_pageSize;
    job->requestNext();
    return job;
}

void ArxivClient::setPageSize(int size)
{
    m_pageSize = std::max(1, size);
}

} // namespace Sieve::Arxiv
