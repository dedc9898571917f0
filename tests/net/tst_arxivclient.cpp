// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include <app/arxiv/arxivclient.h>
#include <app/net/httpclient.h>

#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTimeZone>
#include <QUrlQuery>

#include <memory>
#include <tests/support/fakehttpserver.h>
#include <tests/support/testdata.h>

using namespace std::chrono_literals;
using Sieve::Error;
using Sieve::Feed;
using Sieve::Arxiv::ArxivClient;
using Sieve::Arxiv::ArxivEndpoints;
using Sieve::Arxiv::FeedJob;
using Sieve::Net::HttpClient;
using Sieve::Test::FakeHttpServer;
using Response = FakeHttpServer::Response;
using Sieve::Test::readFixture;

namespace {

const QString Galaxies = QStringLiteral("astro-ph.GA");
const QString Cosmology = QStringLiteral("astro-ph.CO");

QByteArray rssFixture(const QString &category)
{
    return readFixture(QStringLiteral("rss/2026-03-05/%1.xml").arg(category));
}

// A feed at arXiv's item cap: the first item of a real feed, repeated under made-up ids.
QByteArray feedAtTheCap()
{
    const QByteArray source = rssFixture(Galaxies);
    const qsizetype itemStart = source.indexOf("<item>");
    const qsizetype itemEnd = source.indexOf("</item>") + qsizetype(qstrlen("</item>"));
    const QByteArray item = source.mid(itemStart, itemEnd - itemStart);

    QByteArray feed = source.left(itemStart);
    for (int i = 0; i < ArxivClient::RssItemCap; ++i) {
        const QByteArray id = "2609." + QByteArray::number(i).rightJustified(5, '0');
        feed += QByteArray(item).replace("2603.03384", id) + '\n';
    }
    feed += "</channel></rss>\n";
    return feed;
}

struct FeedWatch
{
    explicit FeedWatch(FeedJob *job)
        : finished(job, &FeedJob::finished)
        , failed(job, &FeedJob::failed)
        , progress(job, &FeedJob::progress)
    {
    }

    bool waitForEnd(int timeoutMs = 5000)
    {
        const bool ended = QTest::qWaitFor(
            [this] {
                return finished.size() + failed.size() > 0;
            },
            timeoutMs);
        return ended && finished.size() + failed.size() == 1;
    }

    QList<Feed> feeds() const { return finished.at(0).at(0).value<QList<Feed>>(); }

    Error error() const { return failed.at(0).at(0).value<Error>(); }

    QSignalSpy finished;
    QSignalSpy failed;
    QSignalSpy progress;
};

} // namespace

class TstArxivClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void overrideKeepsPathsAndQuery();
    void buildsApiQueryForTheWindow();
    void fetchesCombinedRssFeedInOneRequest();
    void splitsCombinedFeedAtTheItemCap();
    void keepsSingleCategoryFeedAtTheItemCap();
    void pagesApiResultsThreeSecondsApart();
    void malformedFeedFailsWithBadData_data();
    void malformedFeedFailsWithBadData();
    void downloadFailureFailsWithNetwork();
    void abortEndsWithCancelled();

private:
    std::unique_ptr<FakeHttpServer> m_server;
    std::unique_ptr<HttpClient> m_http;
    std::unique_ptr<ArxivClient> m_arxiv;
};

void TstArxivClient::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(!rssFixture(Galaxies).isEmpty());
}

void TstArxivClient::init()
{
    m_server = std::make_unique<FakeHttpServer>();
    QVERIFY(m_server->isListening());
    m_http = std::make_unique<HttpClient>();
    m_http->setBackoff(10ms, 50ms);
    m_arxiv = std::make_unique<ArxivClient>(m_http.get(),
                                            ArxivEndpoints::fromOverride(m_server->baseUrl()));
}

void TstArxivClient::cleanup()
{
    m_arxiv.reset();
    m_http.reset();
    m_server.reset();
}

void TstArxivClient::overrideKeepsPathsAndQuery()
{
    const ArxivEndpoints real;
    QCOMPARE(real.rssUrl({Galaxies, Cosmology}).toString(),
             QStringLiteral("https://rss.arxiv.org/rss/astro-ph.GA+astro-ph.CO"));

    const auto local = ArxivEndpoints::fromOverride(QUrl(QStringLiteral("http://127.0.0.1:8080")));
    QCOMPARE(local.rssUrl({Galaxies}).toString(),
             QStringLiteral("http://127.0.0.1:8080/rss/astro-ph.GA"));
    const QUrl api = local.apiUrl(Galaxies, QDateTime(), QDateTime(), 0, 10);
    QCOMPARE(api.scheme(), QStringLiteral("http"));
    QCOMPARE(api.port(), 8080);
    QCOMPARE(api.path(), QStringLiteral("/api/query"));
}

void TstArxivClient::buildsApiQueryForTheWindow()
{
    const QDateTime from(QDate(2026, 3, 6), QTime(19, 0), QTimeZone::utc());
    const QDateTime to(QDate(2026, 3, 9), QTime(18, 0), QTimeZone::utc());

    const QUrl url = ArxivEndpoints().apiUrl(Galaxies, from, to, 50, 50);
    const QUrlQuery query(url);

    QCOMPARE(url.host(), QStringLiteral("export.arxiv.org"));
    QCOMPARE(query.queryItemValue(QStringLiteral("search_query"), QUrl::FullyDecoded),
             QStringLiteral("cat:astro-ph.GA AND lastUpdatedDate:[202603061900 TO 202603091800]"));
    QCOMPARE(query.queryItemValue(QStringLiteral("start")), QStringLiteral("50"));
    QCOMPARE(query.queryItemValue(QStringLiteral("max_results")), QStringLiteral("50"));
    QCOMPARE(query.queryItemValue(QStringLiteral("sortBy")), QStringLiteral("lastUpdatedDate"));
    QCOMPARE(query.queryItemValue(QStringLiteral("sortOrder")), QStringLiteral("descending"));
}

void TstArxivClient::fetchesCombinedRssFeedInOneRequest()
{
    const QString combined = QStringLiteral("/rss/astro-ph.GA+astro-ph.CO");
    m_server->enqueue(combined, Response::ok(rssFixture(Galaxies), "application/rss+xml"));

    FeedWatch watch(m_arxiv->fetchRss({Galaxies, Cosmology}));
    QVERIFY(watch.waitForEnd());

    QCOMPARE(watch.finished.size(), 1);
    QCOMPARE(watch.feeds().size(), 1);
    QCOMPARE(watch.feeds().at(0).items.size(), 60);
    QCOMPARE(m_server->requestCount(), 1);
    QCOMPARE(m_server->requests().at(0).path, combined);
    QCOMPARE(watch.progress.size(), 1);
    QCOMPARE(watch.progress.at(0), (QVariantList{1, 1}));
}

void TstArxivClient::splitsCombinedFeedAtTheItemCap()
{
    m_server->enqueue(QStringLiteral("/rss/astro-ph.GA+astro-ph.CO"), Response::ok(feedAtTheCap()));
    m_server->enqueue(QStringLiteral("/rss/astro-ph.GA"), Response::ok(rssFixture(Galaxies)));
    m_server->enqueue(QStringLiteral("/rss/astro-ph.CO"), Response::ok(rssFixture(Cosmology)));

    FeedWatch watch(m_arxiv->fetchRss({Galaxies, Cosmology}));
    QVERIFY(watch.waitForEnd(10000));

    QCOMPARE(watch.finished.size(), 1);
    const QList<Feed> feeds = watch.feeds();
    QCOMPARE(feeds.size(), 2);
    QCOMPARE(feeds.at(0).items.size(), 60);
    QCOMPARE(feeds.at(1).items.size(), 45);
    QCOMPARE(m_server->requestCount(), 3);
    QCOMPARE(watch.progress.last(), (QVariantList{3, 3}));
}

void TstArxivClient::keepsSingleCategoryFeedAtTheItemCap()
{
    m_server->enqueue(QStringLiteral("/rss/astro-ph.GA"), Response::ok(feedAtTheCap()));

    FeedWatch watch(m_arxiv->fetchRss({Galaxies}));
    QVERIFY(watch.waitForEnd(10000));

    QCOMPARE(watch.finished.size(), 1);
    QCOMPARE(watch.feeds().size(), 1);
    QCOMPARE(watch.feeds().at(0).items.size(), ArxivClient::RssItemCap);
    QCOMPARE(m_server->requestCount(), 1);
}

void TstArxivClient::pagesApiResultsThreeSecondsApart()
{
    const auto startsAt = [](int start) {
        return [start](const QByteArray &target) {
            const QUrlQuery query(QUrl::fromEncoded(target));
            return query.queryItemValue(QStringLiteral("start")).toInt() == start;
        };
    };
    m_server->enqueue(
        startsAt(0),
        Response::ok(readFixture(QStringLiteral("api/paged/astro-ph.GA_2026-03-10_start0.xml"))));
    m_server->enqueue(
        startsAt(50),
        Response::ok(readFixture(QStringLiteral("api/paged/astro-ph.GA_2026-03-10_start50.xml"))));
    m_arxiv->setPageSize(50);
    QCOMPARE(m_arxiv->apiInterval(), 3000ms);

    const QDateTime from(QDate(2026, 3, 6), QTime(19, 0), QTimeZone::utc());
    const QDateTime to(QDate(2026, 3, 9), QTime(18, 0), QTimeZone::utc());
    FeedWatch watch(m_arxiv->fetchApi(Galaxies, from, to));
    QVERIFY(watch.waitForEnd(10000));

    QCOMPARE(watch.finished.size(), 1);
    const QList<Feed> feeds = watch.feeds();
    QCOMPARE(feeds.size(), 1);
    QCOMPARE(feeds.at(0).totalResults, 78);
    QCOMPARE(feeds.at(0).items.size(), 78);

    const auto requests = m_server->requests();
    QCOMPARE(requests.size(), 2);
    QCOMPARE(requests.at(0).path, QStringLiteral("/api/query"));
    const QUrlQuery firstQuery(QUrl::fromEncoded(requests.at(0).target));
    QCOMPARE(firstQuery.queryItemValue(QStringLiteral("max_results")), QStringLiteral("50"));
    // By the server's own clock: the client counts the interval from the end of the answer.
    const qint64 gap = requests.at(1).arrivedMs - requests.at(0).arrivedMs;
    QVERIFY2(gap >= 3000, qPrintable(QString::number(gap)));
    QCOMPARE(watch.progress.last(), (QVariantList{2, 2}));
}

void TstArxivClient::malformedFeedFailsWithBadData_data()
{
    QTest::addColumn<QByteArray>("body");

    QTest::newRow("truncated feed")
        << readFixture(QStringLiteral("rss/edge/malformed-truncated.xml"));
    QTest::newRow("html error page") << QByteArray("<html><body>Oops</body></html>");
}

void TstArxivClient::malformedFeedFailsWithBadData()
{
    QFETCH(QByteArray, body);
    m_server->enqueue(QStringLiteral("/rss/astro-ph.CO"), Response::ok(body));

    FeedWatch watch(m_arxiv->fetchRss({Cosmology}));
    QVERIFY(watch.waitForEnd());

    QCOMPARE(watch.failed.size(), 1);
    QCOMPARE(watch.error().code(), Error::Code::BadData);
    QVERIFY(!watch.error().userMessage().isEmpty());
}

void TstArxivClient::downloadFailureFailsWithNetwork()
{
    FeedWatch watch(m_arxiv->fetchRss({Cosmology})); // nothing scripted: 404

    QVERIFY(watch.waitForEnd());
    QCOMPARE(watch.failed.size(), 1);
    QCOMPARE(watch.error().code(), Error::Code::Network);
}

void TstArxivClient::abortEndsWithCancelled()
{
    m_server->enqueue(QStringLiteral("/rss/astro-ph.CO"), Response::ok("").stalled());
    QSignalSpy arrived(m_server.get(), &FakeHttpServer::requestReceived);

    FeedJob *job = m_arxiv->fetchRss({Cosmology});
    FeedWatch watch(job);
    QVERIFY(arrived.wait(5000));
    job->abort();

    QCOMPARE(watch.failed.size(), 1);
    QCOMPARE(watch.error().code(), Error::Code::Cancelled);
}

QTEST_GUILESS_MAIN(TstArxivClient)
#include "tst_arxivclient.moc"
