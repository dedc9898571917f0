// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include <app/net/httpclient.h>
#include <app/platform/appinfo.h>

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <memory>
#include <tests/support/fakehttpserver.h>

using namespace std::chrono_literals;
using Sieve::Error;
using Sieve::Net::HttpClient;
using Sieve::Net::HttpJob;
using Sieve::Net::RequestOptions;
using Sieve::Test::FakeHttpServer;
using Response = FakeHttpServer::Response;

namespace {

constexpr int WaitMs = 5000;

// Spies on the three signals of a job and waits for whichever of finished/failed comes. The job
// deletes itself once it ended, so its counters are copied when it signals.
struct JobWatch
{
    explicit JobWatch(HttpJob *job)
        : finished(job, &HttpJob::finished)
        , failed(job, &HttpJob::failed)
        , retrying(job, &HttpJob::retrying)
    {
        const auto record = [this, job] {
            attempts = job->attempts();
            httpStatus = job->httpStatus();
        };
        QObject::connect(job, &HttpJob::finished, job, record);
        QObject::connect(job, &HttpJob::failed, job, record);
    }

    bool waitForEnd()
    {
        const bool ended = QTest::qWaitFor(
            [this] {
                return finished.size() + failed.size() > 0;
            },
            WaitMs);
        return ended && finished.size() + failed.size() == 1;
    }

    QByteArray body() const { return finished.at(0).at(0).toByteArray(); }

    Error error() const { return failed.at(0).at(0).value<Error>(); }

    QSignalSpy finished;
    QSignalSpy failed;
    QSignalSpy retrying;
    int attempts = 0;
    int httpStatus = 0;
};

} // namespace

class TstHttpClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void getsBodyWithOurUserAgent();
    void honoursRetryAfterBeforeRetrying();
    void retriesServiceUnavailableUntilSuccess();
    void failsAfterMaxAttemptsOfServiceUnavailable();
    void givesUpWhenRetryAfterIsTooLong();
    void retriesStalledTransferThenFailsWithNetwork();
    void retriesConnectionDroppedMidBody();
    void doesNotRetryNotFound();
    void decodesGzipBody();
    void followsSameOriginRedirect();
    void runsOneRequestAtATime();
    void runsUpToMaxConcurrentJobsAtOnce_data();
    void runsUpToMaxConcurrentJobsAtOnce();
    void spacesRequestStartsByMinInterval();
    void abortEndsWithCancelled();
    void abortOfQueuedJobLeavesOthersRunning();
    void allowsPlainHttpOnlyToLoopback_data();
    void allowsPlainHttpOnlyToLoopback();
    void refusesPlainHttpToRemoteHost();

private:
    std::unique_ptr<FakeHttpServer> m_server;
    std::unique_ptr<HttpClient> m_client;
};

void TstHttpClient::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TstHttpClient::init()
{
    m_server = std::make_unique<FakeHttpServer>();
    QVERIFY(m_server->isListening());
    m_client = std::make_unique<HttpClient>();
    m_client->setBackoff(10ms, 50ms);
}

void TstHttpClient::cleanup()
{
    m_client.reset();
    m_server.reset();
}

void TstHttpClient::getsBodyWithOurUserAgent()
{
    m_server->enqueue(QStringLiteral("/paper"), Response::ok("hello"));

    HttpJob *job = m_client->get(m_server->url(QStringLiteral("/paper")));
    JobWatch watch(job);
    QVERIFY(watch.waitForEnd());

    QCOMPARE(watch.body(), QByteArray("hello"));
    QCOMPARE(watch.attempts, 1);
    QCOMPARE(watch.httpStatus, 200);
    QCOMPARE(m_server->requestCount(), 1);
    QCOMPARE(m_server->requests().at(0).method, QByteArray("GET"));
    QCOMPARE(m_server->requests().at(0).header("User-Agent"), Sieve::Platform::userAgent());
}

void TstHttpClient::honoursRetryAfterBeforeRetrying()
{
    const QString path = QStringLiteral("/busy");
    m_server->enqueue(path, Response::status(429, {{"Retry-After", "1"}}));
    m_server->enqueue(path, Response::ok("at last"));

    JobWatch watch(m_client->get(m_server->url(path)));
    QVERIFY(watch.waitForEnd());

    QCOMPARE(watch.body(), QByteArray("at last"));
    QCOMPARE(watch.retrying.size(), 1);
    QCOMPARE(watch.retrying.at(0).at(1).toLongLong(), 1000);
    const auto requests = m_server->requests();
    QCOMPARE(requests.size(), 2);
    // 50 ms of slack for the time between the client's start and the server's reading.
    QVERIFY2(requests.at(1).arrivedMs - requests.at(0).arrivedMs >= 950,
             qPrintable(QString::number(requests.at(1).arrivedMs - requests.at(0).arrivedMs)));
}

void TstHttpClient::retriesServiceUnavailableUntilSuccess()
{
    const QString path = QStringLiteral("/flaky");
    m_server->enqueue(path, Response::status(503));
    m_server->enqueue(path, Response::status(503));
    m_server->enqueue(path, Response::ok("fine"));

    HttpJob *job = m_client->get(m_server->url(path));
    JobWatch watch(job);
    QVERIFY(watch.waitForEnd());

    QCOMPARE(watch.body(), QByteArray("fine"));
    QCOMPARE(watch.attempts, 3);
    QCOMPARE(watch.retrying.size(), 2);
    QCOMPARE(m_server->requestCount(), 3);
}

void TstHttpClient::failsAfterMaxAttemptsOfServiceUnavailable()
{
    const QString path = QStringLiteral("/down");
    m_server->enqueue(path, Response::status(503));
    RequestOptions options;
    options.maxAttempts = 3;

    JobWatch watch(m_client->get(m_server->url(path), options));
    QVERIFY(watch.waitForEnd());

    QCOMPARE(watch.failed.size(), 1);
    QCOMPARE(watch.error().code(), Error::Code::Network);
    QVERIFY2(watch.error().userMessage().contains(QLatin1String("HTTP 503 3 times")),
             qPrintable(watch.error().userMessage()));
    QCOMPARE(m_server->requestCount(), 3);
}

void TstHttpClient::givesUpWhenRetryAfterIsTooLong()
{
    const QString path = QStringLiteral("/later");
    m_server->enqueue(path, Response::status(503, {{"Retry-After", "3600"}}));

    JobWatch watch(m_client->get(m_server->url(path)));
    QVERIFY(watch.waitForEnd());

    QCOMPARE(watch.failed.size(), 1);
    QCOMPARE(watch.error().code(), Error::Code::Network);
    QVERIFY(watch.error().userMessage().contains(QLatin1String("60 minutes")));
    QCOMPARE(m_server->requestCount(), 1);
}

void TstHttpClient::retriesStalledTransferThenFailsWithNetwork()
{
    const QString path = QStringLiteral("/stall");
    m_server->enqueue(path, Response::ok("never sent").stalled());
    RequestOptions options;
    options.transferTimeout = 300ms;
    options.maxAttempts = 3;

    HttpJob *job = m_client->get(m_server->url(path), options);
    JobWatch watch(job);
    QVERIFY(watch.waitForEnd());

    QCOMPARE(watch.failed.size(), 1);
    QCOMPARE(watch.error().code(), Error::Code::Network);
    QCOMPARE(watch.attempts, 3);
    QCOMPARE(watch.retrying.size(), 2);
    QCOMPARE(m_server->requestCount(), 3);
}

void TstHttpClient::retriesConnectionDroppedMidBody()
{
    const QString path = QStringLiteral("/drop");
    const QByteArray body(4096, 'x');
    m_server->enqueue(path, Response::ok(body).droppedMidBody());
    m_server->enqueue(path, Response::ok(body));

    JobWatch watch(m_client->get(m_server->url(path)));
    QVERIFY(watch.waitForEnd());

    QCOMPARE(watch.finished.size(), 1);
    QCOMPARE(watch.body(), body);
    QCOMPARE(watch.retrying.size(), 1);
    QCOMPARE(m_server->requestCount(), 2);
}

void TstHttpClient::doesNotRetryNotFound()
{
    HttpJob *job = m_client->get(m_server->url(QStringLiteral("/missing")));
    JobWatch watch(job);
    QVERIFY(watch.waitForEnd());

    QCOMPARE(watch.failed.size(), 1);
    QCOMPARE(watch.error().code(), Error::Code::Network);
    QVERIFY(watch.error().userMessage().contains(QLatin1String("404")));
    QCOMPARE(watch.httpStatus, 404);
    QCOMPARE(watch.retrying.size(), 0);
    QCOMPARE(m_server->requestCount(), 1);
}

void TstHttpClient::decodesGzipBody()
{
    const QString path = QStringLiteral("/zipped");
    QByteArray body;
    for (int i = 0; i < 200; ++i) {
        body += "Galaxies and cosmology, line " + QByteArray::number(i) + '\n';
    }
    m_server->enqueue(path, Response::ok(body).gzipped());

    JobWatch watch(m_client->get(m_server->url(path)));
    QVERIFY(watch.waitForEnd());

    QCOMPARE(watch.finished.size(), 1);
    QCOMPARE(watch.body(), body);
    QVERIFY(m_server->requests().at(0).header("Accept-Encoding").contains("gzip"));
}

void TstHttpClient::followsSameOriginRedirect()
{
    const QUrl target = m_server->url(QStringLiteral("/new"));
    m_server->enqueue(QStringLiteral("/old"),
                      Response::status(301, {{"Location", target.toEncoded()}}));
    m_server->enqueue(QStringLiteral("/new"), Response::ok("moved here"));

    JobWatch watch(m_client->get(m_server->url(QStringLiteral("/old"))));
    QVERIFY(watch.waitForEnd());

    QCOMPARE(watch.body(), QByteArray("moved here"));
    QCOMPARE(m_server->requestCount(), 2);
    QCOMPARE(m_server->requests().at(1).path, QStringLiteral("/new"));
}

void TstHttpClient::runsOneRequestAtATime()
{
    const QStringList paths{QStringLiteral("/a"), QStringLiteral("/b"), QStringLiteral("/c")};
    std::vector<std::unique_ptr<JobWatch>> watches;
    for (const QString &path : paths) {
        m_server->enqueue(path, Response::ok(path.toLatin1()).delayed(100ms));
        watches.push_back(std::make_unique<JobWatch>(m_client->get(m_server->url(path))));
    }

    for (const auto &watch : watches) {
        QVERIFY(watch->waitForEnd());
        QCOMPARE(watch->finished.size(), 1);
    }

    const auto requests = m_server->requests();
    QCOMPARE(requests.size(), 3);
    QCOMPARE(m_server->maxConcurrentRequests(), 1);
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(requests.at(i).path, paths.at(i));
    }
    QVERIFY(requests.at(1).arrivedMs >= requests.at(0).completedMs);
    QVERIFY(requests.at(2).arrivedMs >= requests.at(1).completedMs);
}

void TstHttpClient::runsUpToMaxConcurrentJobsAtOnce_data()
{
    QTest::addColumn<int>("limit");
    QTest::addColumn<int>("jobs");
    QTest::newRow("two of five") << 2 << 5;
    QTest::newRow("four of six") << 4 << 6;
    QTest::newRow("more room than jobs") << 8 << 3;
}

void TstHttpClient::runsUpToMaxConcurrentJobsAtOnce()
{
    QFETCH(int, limit);
    QFETCH(int, jobs);
    m_client->setMaxConcurrentJobs(limit);
    m_server->enqueue(QStringLiteral("/slow"), Response::ok("ok").delayed(300ms));

    std::vector<std::unique_ptr<JobWatch>> watches;
    for (int i = 0; i < jobs; ++i) {
        const QUrl url = m_server->url(QStringLiteral("/slow"));
        watches.push_back(std::make_unique<JobWatch>(m_client->get(url)));
    }
    for (const auto &watch : watches) {
        QVERIFY(watch->waitForEnd());
        QCOMPARE(watch->finished.size(), 1);
    }

    QCOMPARE(m_server->requestCount(), jobs);
    QCOMPARE(m_server->maxConcurrentRequests(), std::min(limit, jobs));
}

void TstHttpClient::spacesRequestStartsByMinInterval()
{
    const QString path = QStringLiteral("/polite");
    m_server->enqueue(path, Response::ok("ok"));
    RequestOptions options;
    options.minInterval = 300ms;

    std::vector<std::unique_ptr<JobWatch>> watches;
    for (int i = 0; i < 3; ++i) {
        watches.push_back(std::make_unique<JobWatch>(m_client->get(m_server->url(path), options)));
    }
    for (const auto &watch : watches) {
        QVERIFY(watch->waitForEnd());
    }

    const auto requests = m_server->requests();
    QCOMPARE(requests.size(), 3);
    for (int i = 1; i < 3; ++i) {
        const qint64 gap = requests.at(i).arrivedMs - requests.at(i - 1).arrivedMs;
        QVERIFY2(gap >= 300, qPrintable(QString::number(gap)));
    }
}

void TstHttpClient::abortEndsWithCancelled()
{
    const QString path = QStringLiteral("/slow");
    m_server->enqueue(path, Response::ok("late").stalled());
    QSignalSpy arrived(m_server.get(), &FakeHttpServer::requestReceived);

    HttpJob *job = m_client->get(m_server->url(path));
    JobWatch watch(job);
    QVERIFY(arrived.wait(WaitMs));
    job->abort();

    QCOMPARE(watch.failed.size(), 1);
    QCOMPARE(watch.error().code(), Error::Code::Cancelled);
    QCOMPARE(watch.finished.size(), 0);
}

void TstHttpClient::abortOfQueuedJobLeavesOthersRunning()
{
    m_server->enqueue(QStringLiteral("/first"), Response::ok("1").delayed(100ms));
    m_server->enqueue(QStringLiteral("/third"), Response::ok("3"));

    JobWatch first(m_client->get(m_server->url(QStringLiteral("/first"))));
    HttpJob *second = m_client->get(m_server->url(QStringLiteral("/second")));
    JobWatch secondWatch(second);
    JobWatch third(m_client->get(m_server->url(QStringLiteral("/third"))));
    second->abort();

    QVERIFY(first.waitForEnd());
    QVERIFY(third.waitForEnd());
    QCOMPARE(secondWatch.error().code(), Error::Code::Cancelled);
    QCOMPARE(third.body(), QByteArray("3"));
    QCOMPARE(m_server->requestCount(), 2);
}

void TstHttpClient::allowsPlainHttpOnlyToLoopback_data()
{
    QTest::addColumn<QUrl>("url");
    QTest::addColumn<bool>("allowed");

    QTest::newRow("https remote") << QUrl(QStringLiteral("https://export.arxiv.org/api")) << true;
    QTest::newRow("http remote") << QUrl(QStringLiteral("http://export.arxiv.org/api")) << false;
    QTest::newRow("http loopback") << QUrl(QStringLiteral("http://127.0.0.1:8080/")) << true;
    QTest::newRow("http loopback range") << QUrl(QStringLiteral("http://127.4.5.6/")) << true;
    QTest::newRow("http localhost") << QUrl(QStringLiteral("http://localhost/rss")) << true;
    QTest::newRow("http ipv6 loopback") << QUrl(QStringLiteral("http://[::1]:80/")) << true;
    QTest::newRow("http lan address") << QUrl(QStringLiteral("http://192.168.1.2/")) << false;
    QTest::newRow("ftp") << QUrl(QStringLiteral("ftp://arxiv.org/")) << false;
    QTest::newRow("no host") << QUrl(QStringLiteral("https:///path")) << false;
}

void TstHttpClient::allowsPlainHttpOnlyToLoopback()
{
    QFETCH(QUrl, url);
    QFETCH(bool, allowed);

    QCOMPARE(HttpClient::isAllowedUrl(url), allowed);
}

void TstHttpClient::refusesPlainHttpToRemoteHost()
{
    JobWatch watch(m_client->get(QUrl(QStringLiteral("http://export.arxiv.org/api/query"))));
    QCOMPARE(watch.failed.size(), 0); // never synchronously
    QVERIFY(watch.waitForEnd());

    QCOMPARE(watch.failed.size(), 1);
    QCOMPARE(watch.error().code(), Error::Code::InvalidInput);
}

QTEST_GUILESS_MAIN(TstHttpClient)
#include "tst_httpclient.moc"
