// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include <app/arxiv/feedmerger.h>
#include <app/arxiv/rssparser.h>
#include <app/authors/semanticscholarclient.h>
#include <app/net/httpclient.h>
#include <app/net/httpjob.h>

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <tests/support/fakehttpserver.h>
#include <tests/support/testdata.h>

using namespace std::chrono_literals;
using Sieve::Error;
using Sieve::Authors::AuthorLookup;
using Sieve::Authors::S2Author;
using Sieve::Authors::SemanticScholarClient;
using Sieve::Net::HttpClient;
using Sieve::Test::FakeHttpServer;
using Response = FakeHttpServer::Response;

namespace {

constexpr int WaitMs = 10000;
const QString PaperBatch = QStringLiteral("/graph/v1/paper/batch");
const QString AuthorBatch = QStringLiteral("/graph/v1/author/batch");

struct Author
{
    QString id;
    QString name;
    int hIndex = 0;
};

QJsonObject paperEntry(const QString &arxivId, const QList<Author> &authors)
{
    QJsonArray list;
    for (const Author &author : authors) {
        QJsonObject entry;
        entry.insert(QStringLiteral("authorId"), author.id);
        entry.insert(QStringLiteral("name"), author.name);
        list.append(entry);
    }
    QJsonObject externalIds;
    externalIds.insert(QStringLiteral("ArXiv"), arxivId);
    QJsonObject paper;
    paper.insert(QStringLiteral("paperId"), QString(QStringLiteral("s2-") + arxivId));
    paper.insert(QStringLiteral("externalIds"), externalIds);
    paper.insert(QStringLiteral("authors"), list);
    return paper;
}

QJsonObject authorEntry(const Author &author)
{
    return QJsonObject{
        {QStringLiteral("authorId"), author.id},
        {QStringLiteral("name"), author.name},
        {QStringLiteral("hIndex"), author.hIndex},
        {QStringLiteral("paperCount"), author.hIndex * 3},
    };
}

Response json(const QJsonArray &array)
{
    return Response::ok(QJsonDocument(array).toJson(QJsonDocument::Compact),
                        QByteArrayLiteral("application/json"));
}

QStringList requestedIds(const FakeHttpServer::Request &request)
{
    const QJsonArray ids = QJsonDocument::fromJson(request.body).object().value("ids").toArray();
    QStringList out;
    for (const QJsonValue &id : ids) {
        out.append(id.toString());
    }
    return out;
}

const Author Zhang{QStringLiteral("1001"), QStringLiteral("Tianyi Zhang"), 12};
const Author Shrivastava{QStringLiteral("1002"), QStringLiteral("Anshumali Shrivastava"), 40};
const Author HernandezLobato{
    QStringLiteral("1003"), QStringLiteral("José Miguel Hernández-Lobato"), 45};
const Author VandenEijnden{QStringLiteral("1004"), QStringLiteral("Eric Vanden-Eijnden"), 60};
const Author Moran{QStringLiteral("1005"), QStringLiteral("Gemma E. Moran"), 9};

const QStringList DayIds = {
    QStringLiteral("2504.11651"), QStringLiteral("2504.11516"), QStringLiteral("2504.11609")};

// A day of three papers; Zhang wrote two of them.
void scriptHappyDay(FakeHttpServer &server)
{
    server.enqueue(PaperBatch,
                   json({paperEntry(DayIds[0], {Zhang, Shrivastava}),
                         paperEntry(DayIds[1], {HernandezLobato, VandenEijnden, Zhang}),
                         paperEntry(DayIds[2], {Moran})}));
    server.enqueue(AuthorBatch,
                   json({authorEntry(Zhang),
                         authorEntry(Shrivastava),
                         authorEntry(HernandezLobato),
                         authorEntry(VandenEijnden),
                         authorEntry(Moran)}));
}

// Waits for the one signal a look-up ends with.
struct LookupWatch
{
    explicit LookupWatch(SemanticScholarClient *client)
        : finished(client, &SemanticScholarClient::finished)
        , failed(client, &SemanticScholarClient::failed)
    {
    }

    bool waitForEnd(int timeoutMs = WaitMs)
    {
        const bool ended = QTest::qWaitFor(
            [this] {
                return finished.size() + failed.size() > 0;
            },
            timeoutMs);
        QTest::qWait(20); // a second signal would be a bug
        return ended && finished.size() + failed.size() == 1;
    }

    AuthorLookup result() const { return finished.at(0).at(0).value<AuthorLookup>(); }

    Error error() const { return failed.at(0).at(0).value<Error>(); }

    QSignalSpy finished;
    QSignalSpy failed;
};

} // namespace

class TstSemanticScholarClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void looksUpADayInTwoRequests();
    void splitsBatchesAtTheConfiguredSize();
    void waitsASecondBetweenRequestsByDefault();
    void reportsPapersSemanticScholarDoesNotKnow();
    void retriesAfter429HonouringRetryAfter();
    void givesUpAfterRepeatedServerErrors();
    void givesUpWhenTheServerStalls();
    void sendsTheApiKeyOnlyWhenConfigured_data();
    void sendsTheApiKeyOnlyWhenConfigured();
    void skipsAuthorsTheCallerKnows_data();
    void skipsAuthorsTheCallerKnows();
    void keepsPaperAuthorsWhenTheAuthorBatchFails();
    void finishesAnEmptyLookUpWithoutRequests();
    void retriesPostsOnlyWhenTheRequestAllowsIt_data();
    void retriesPostsOnlyWhenTheRequestAllowsIt();
    void measuresRequestsForTheFixtureDay();

private:
    std::unique_ptr<FakeHttpServer> m_server;
    std::unique_ptr<HttpClient> m_http;
    std::unique_ptr<SemanticScholarClient> m_client;
};

void TstSemanticScholarClient::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qRegisterMetaType<AuthorLookup>();
    qRegisterMetaType<Error>();
}

void TstSemanticScholarClient::init()
{
    m_server = std::make_unique<FakeHttpServer>();
    QVERIFY(m_server->isListening());
    m_http = std::make_unique<HttpClient>();
    m_http->setBackoff(10ms, 50ms);
    m_client = std::make_unique<SemanticScholarClient>(m_http.get());
    m_client->setBaseUrl(m_server->baseUrl());
    m_client->setMinInterval(0ms);
}

void TstSemanticScholarClient::cleanup()
{
    m_client.reset();
    m_http.reset();
    m_server.reset();
}

void TstSemanticScholarClient::looksUpADayInTwoRequests()
{
    scriptHappyDay(*m_server);
    LookupWatch watch(m_client.get());

    m_client->lookUpPapers(DayIds + QStringList{DayIds[0]});

    QVERIFY(watch.waitForEnd());
    QCOMPARE(watch.failed.size(), 0);
    QCOMPARE(m_server->requestCount(), 2);

    const auto requests = m_server->requests();
    QCOMPARE(requests[0].method, QByteArrayLiteral("POST"));
    QCOMPARE(requests[0].target,
             QByteArrayLiteral("/graph/v1/paper/batch?fields=externalIds,authors"));
    QCOMPARE(requestedIds(requests[0]),
             QStringList({"ARXIV:2504.11651", "ARXIV:2504.11516", "ARXIV:2504.11609"}));
    QVERIFY(requests[0].header("content-type").startsWith("application/json"));
    QVERIFY(!requests[0].header("user-agent").isEmpty());
    QCOMPARE(requests[1].method, QByteArrayLiteral("POST"));
    QCOMPARE(requests[1].target,
             QByteArrayLiteral("/graph/v1/author/batch?fields=name,hIndex,paperCount"));
    QCOMPARE(requestedIds(requests[1]), QStringList({"1001", "1002", "1003", "1004", "1005"}));

    const AuthorLookup result = watch.result();
    QVERIFY(result.isComplete());
    QCOMPARE(result.authorsByPaper.size(), 3);
    const QList<S2Author> feat = result.authorsByPaper.value(DayIds[1]);
    QCOMPARE(feat.size(), 3);
    QCOMPARE(feat[0].name, HernandezLobato.name);
    QCOMPARE(feat[0].authorId, HernandezLobato.id);
    QCOMPARE(feat[0].hIndex, std::optional(45));
    QCOMPARE(feat[0].paperCount, 135);
    QCOMPARE(feat[2].hIndex, std::optional(12));
    QCOMPARE(result.fetchedAuthors.size(), 5);
}

void TstSemanticScholarClient::splitsBatchesAtTheConfiguredSize()
{
    m_client->setBatchSizes(2, 3);
    m_server->enqueue(PaperBatch,
                      json({paperEntry(DayIds[0], {Zhang, Shrivastava}),
                            paperEntry(DayIds[1], {HernandezLobato, VandenEijnden, Zhang})}));
    m_server->enqueue(PaperBatch, json({paperEntry(DayIds[2], {Moran})}));
    m_server->enqueue(
        AuthorBatch,
        json({authorEntry(Zhang), authorEntry(Shrivastava), authorEntry(HernandezLobato)}));
    m_server->enqueue(AuthorBatch, json({authorEntry(VandenEijnden), authorEntry(Moran)}));
    LookupWatch watch(m_client.get());

    m_client->lookUpPapers(DayIds);

    QVERIFY(watch.waitForEnd());
    QCOMPARE(m_server->requestCount(), 4);
    const auto requests = m_server->requests();
    QCOMPARE(requestedIds(requests[0]).size(), 2);
    QCOMPARE(requestedIds(requests[1]), QStringList{"ARXIV:2504.11609"});
    QCOMPARE(requestedIds(requests[2]), QStringList({"1001", "1002", "1003"}));
    QCOMPARE(requestedIds(requests[3]), QStringList({"1004", "1005"}));
    QVERIFY(watch.result().isComplete());
    QCOMPARE(watch.result().authorsByPaper.value(DayIds[2]).at(0).hIndex, std::optional(9));
}

void TstSemanticScholarClient::waitsASecondBetweenRequestsByDefault()
{
    SemanticScholarClient client(m_http.get());
    client.setBaseUrl(m_server->baseUrl());
    scriptHappyDay(*m_server);
    LookupWatch watch(&client);

    client.lookUpPapers(DayIds);

    QVERIFY(watch.waitForEnd());
    const auto requests = m_server->requests();
    QCOMPARE(requests.size(), 2);
    const qint64 gapMs = requests[1].arrivedMs - requests[0].arrivedMs;
    QVERIFY2(gapMs >= 950, qPrintable(QString::number(gapMs)));
}

void TstSemanticScholarClient::reportsPapersSemanticScholarDoesNotKnow()
{
    m_server->enqueue(PaperBatch,
                      json({QJsonValue(), paperEntry(DayIds[1], {Moran}), QJsonValue()}));
    m_server->enqueue(AuthorBatch, json({authorEntry(Moran)}));
    LookupWatch watch(m_client.get());

    m_client->lookUpPapers(DayIds);

    QVERIFY(watch.waitForEnd());
    const AuthorLookup result = watch.result();
    QVERIFY(result.isComplete());
    QCOMPARE(result.unknownPapers, QStringList({DayIds[0], DayIds[2]}));
    QCOMPARE(result.authorsByPaper.keys(), QStringList{DayIds[1]});
    QCOMPARE(m_server->requestCount(), 2);
}

void TstSemanticScholarClient::retriesAfter429HonouringRetryAfter()
{
    m_server->enqueue(PaperBatch, Response::status(429, {{"Retry-After", "1"}}));
    scriptHappyDay(*m_server);
    LookupWatch watch(m_client.get());

    m_client->lookUpPapers(DayIds);

    QVERIFY(watch.waitForEnd());
    QCOMPARE(watch.failed.size(), 0);
    QVERIFY(watch.result().isComplete());
    const auto requests = m_server->requests();
    QCOMPARE(requests.size(), 3);
    QCOMPARE(requests[1].path, PaperBatch);
    QCOMPARE(requests[1].body, requests[0].body);
    QVERIFY2(requests[1].arrivedMs - requests[0].arrivedMs >= 950,
             qPrintable(QString::number(requests[1].arrivedMs - requests[0].arrivedMs)));
}

void TstSemanticScholarClient::givesUpAfterRepeatedServerErrors()
{
    m_client->setMaxAttempts(3);
    m_server->enqueue(PaperBatch, Response::status(500));
    LookupWatch watch(m_client.get());

    m_client->lookUpPapers(DayIds);

    QVERIFY(watch.waitForEnd());
    QCOMPARE(watch.finished.size(), 0);
    QCOMPARE(m_server->requestCount(), 3);
    const Error error = watch.error();
    QCOMPARE(error.code(), Error::Code::Network);
    QVERIFY2(error.userMessage().contains(QStringLiteral("3 paper(s)")),
             qPrintable(error.userMessage()));
    QVERIFY2(error.userMessage().contains(QStringLiteral("500")), qPrintable(error.userMessage()));
    QVERIFY(error.userMessage().contains(QStringLiteral("Semantic Scholar")));
}

void TstSemanticScholarClient::givesUpWhenTheServerStalls()
{
    m_client->setTransferTimeout(200ms);
    m_client->setMaxAttempts(2);
    m_server->enqueue(PaperBatch, Response::ok("[]").stalled());
    LookupWatch watch(m_client.get());

    m_client->lookUpPapers(DayIds);

    QVERIFY(watch.waitForEnd());
    QCOMPARE(watch.failed.size(), 1);
    QCOMPARE(watch.error().code(), Error::Code::Network);
    QCOMPARE(m_server->requestCount(), 2);
}

void TstSemanticScholarClient::sendsTheApiKeyOnlyWhenConfigured_data()
{
    QTest::addColumn<QByteArray>("apiKey");
    QTest::newRow("without a key") << QByteArray();
    QTest::newRow("with a key") << QByteArrayLiteral("s2-secret-key");
}

void TstSemanticScholarClient::sendsTheApiKeyOnlyWhenConfigured()
{
    QFETCH(QByteArray, apiKey);
    m_client->setApiKey(apiKey);
    scriptHappyDay(*m_server);
    LookupWatch watch(m_client.get());

    m_client->lookUpPapers(DayIds);

    QVERIFY(watch.waitForEnd());
    QCOMPARE(m_server->requestCount(), 2);
    for (const auto &request : m_server->requests()) {
        QCOMPARE(request.headers.contains("x-api-key"), !apiKey.isEmpty());
        QCOMPARE(request.header("x-api-key"), apiKey);
    }
}

void TstSemanticScholarClient::skipsAuthorsTheCallerKnows_data()
{
    QTest::addColumn<QList<Author>>("cached");
    QTest::addColumn<int>("expectedRequests");
    QTest::addColumn<QStringList>("askedAuthors");
    QTest::newRow("nothing cached")
        << QList<Author>{} << 2 << QStringList{"1001", "1002", "1003", "1004", "1005"};
    QTest::newRow("some cached") << QList<Author>{Zhang, VandenEijnden, Moran} << 2
                                 << QStringList{"1002", "1003"};
    QTest::newRow("all cached")
        << QList<Author>{Zhang, Shrivastava, HernandezLobato, VandenEijnden, Moran} << 1
        << QStringList{};
}

void TstSemanticScholarClient::skipsAuthorsTheCallerKnows()
{
    QFETCH(QList<Author>, cached);
    QFETCH(int, expectedRequests);
    QFETCH(QStringList, askedAuthors);

    QHash<QString, S2Author> known;
    for (const Author &author : cached) {
        known.insert(author.id, S2Author{author.id, author.name, author.hIndex, 7});
    }
    m_server->enqueue(PaperBatch,
                      json({paperEntry(DayIds[0], {Zhang, Shrivastava}),
                            paperEntry(DayIds[1], {HernandezLobato, VandenEijnden, Zhang}),
                            paperEntry(DayIds[2], {Moran})}));
    QJsonArray authorAnswer;
    for (const Author &author : {Zhang, Shrivastava, HernandezLobato, VandenEijnden, Moran}) {
        if (askedAuthors.contains(author.id)) {
            authorAnswer.append(authorEntry(author));
        }
    }
    m_server->enqueue(AuthorBatch, json(authorAnswer));
    LookupWatch watch(m_client.get());

    m_client->lookUpPapers(DayIds, known);

    QVERIFY(watch.waitForEnd());
    QCOMPARE(m_server->requestCount(), expectedRequests);
    if (!askedAuthors.isEmpty()) {
        QCOMPARE(requestedIds(m_server->requests().at(1)), askedAuthors);
    }
    const AuthorLookup result = watch.result();
    QVERIFY(result.isComplete());
    QCOMPARE(result.fetchedAuthors.size(), askedAuthors.size());
    const S2Author moran = result.authorsByPaper.value(DayIds[2]).at(0);
    QCOMPARE(moran.hIndex, std::optional(9));
    QCOMPARE(moran.paperCount, known.contains(Moran.id) ? 7 : 27);
}

void TstSemanticScholarClient::keepsPaperAuthorsWhenTheAuthorBatchFails()
{
    m_client->setMaxAttempts(1);
    m_server->enqueue(PaperBatch,
                      json({paperEntry(DayIds[0], {Zhang, Shrivastava}),
                            paperEntry(DayIds[1], {Moran}),
                            QJsonValue()}));
    m_server->enqueue(AuthorBatch, Response::status(503));
    LookupWatch watch(m_client.get());
    QHash<QString, S2Author> known{{Moran.id, S2Author{Moran.id, Moran.name, 9, 27}}};

    m_client->lookUpPapers(DayIds, known);

    QVERIFY(watch.waitForEnd());
    QCOMPARE(watch.finished.size(), 1);
    const AuthorLookup result = watch.result();
    QVERIFY(!result.isComplete());
    QVERIFY(result.problem);
    QVERIFY2(result.problem->userMessage().contains(QStringLiteral("1 paper(s)")),
             qPrintable(result.problem->userMessage()));
    QCOMPARE(result.notLookedUp, QStringList{DayIds[0]});
    QCOMPARE(result.unknownPapers, QStringList{DayIds[2]});
    QCOMPARE(result.authorsByPaper.value(DayIds[0]).size(), 2);
    QCOMPARE(result.authorsByPaper.value(DayIds[0]).at(0).hIndex, std::nullopt);
    QCOMPARE(result.authorsByPaper.value(DayIds[1]).at(0).hIndex, std::optional(9));
}

void TstSemanticScholarClient::finishesAnEmptyLookUpWithoutRequests()
{
    LookupWatch watch(m_client.get());

    m_client->lookUpPapers({});

    QCOMPARE(watch.finished.size(), 0); // never from inside the call
    QVERIFY(watch.waitForEnd());
    QVERIFY(watch.result().isComplete());
    QCOMPARE(m_server->requestCount(), 0);
}

// HttpClient's side of the batch look-ups: a POST may change state, so it is sent again only
// when the caller says the endpoint is read-only.
void TstSemanticScholarClient::retriesPostsOnlyWhenTheRequestAllowsIt_data()
{
    QTest::addColumn<bool>("retryNonIdempotent");
    QTest::addColumn<int>("expectedRequests");
    QTest::newRow("by default") << false << 1;
    QTest::newRow("when allowed") << true << 2;
}

void TstSemanticScholarClient::retriesPostsOnlyWhenTheRequestAllowsIt()
{
    QFETCH(bool, retryNonIdempotent);
    QFETCH(int, expectedRequests);
    m_server->enqueue(QStringLiteral("/echo"), Response::status(503));
    m_server->enqueue(QStringLiteral("/echo"), Response::ok("done"));
    Sieve::Net::RequestOptions options;
    options.retryNonIdempotent = retryNonIdempotent;

    Sieve::Net::HttpJob *job =
        m_http->post(m_server->url(QStringLiteral("/echo")), "{}", "application/json", options);
    QSignalSpy finished(job, &Sieve::Net::HttpJob::finished);
    QSignalSpy failed(job, &Sieve::Net::HttpJob::failed);

    QTRY_COMPARE_WITH_TIMEOUT(finished.size() + failed.size(), 1, WaitMs);
    QCOMPARE(finished.size(), retryNonIdempotent ? 1 : 0);
    QCOMPARE(m_server->requestCount(), expectedRequests);
    QCOMPARE(m_server->requests().at(0).method, QByteArrayLiteral("POST"));
    QCOMPARE(m_server->requests().at(0).body, QByteArrayLiteral("{}"));
}

// The measure: requests for one real day, batched, against one request per author name.
void TstSemanticScholarClient::measuresRequestsForTheFixtureDay()
{
    const QDir dir(QStringLiteral(PAPERSIEVE_TEST_DATA "/arxiv/rss/2026-03-10"));
    QList<Sieve::Feed> feeds;
    for (const QString &file : dir.entryList({QStringLiteral("*.xml")}, QDir::Files)) {
        const auto feed = Sieve::Arxiv::RssParser::parse(
            Sieve::Test::readFixture(QStringLiteral("rss/2026-03-10/") + file));
        QVERIFY(feed);
        feeds.append(*feed);
    }
    const Sieve::Day day = Sieve::Arxiv::FeedMerger::merge(feeds, {});
    QVERIFY(!day.papers.isEmpty());

    // The fake service knows every paper; an author's id is the order of first appearance.
    QHash<QString, QString> idByName;
    QStringList paperIds;
    QJsonArray paperAnswer;
    for (const Sieve::Paper &paper : day.papers) {
        QList<Author> authors;
        for (const QString &name : paper.authors) {
            if (!idByName.contains(name)) {
                idByName.insert(name, QString::number(idByName.size() + 1));
            }
            authors.append(Author{idByName.value(name), name, 5});
        }
        paperIds.append(paper.id);
        paperAnswer.append(paperEntry(paper.id, authors));
    }
    const int maxPapers = SemanticScholarClient::MaxPapersPerRequest;
    for (qsizetype i = 0; i < paperAnswer.size(); i += maxPapers) {
        QJsonArray chunk;
        for (qsizetype j = i; j < std::min(paperAnswer.size(), i + maxPapers); ++j) {
            chunk.append(paperAnswer.at(j));
        }
        m_server->enqueue(PaperBatch, json(chunk));
    }
    const int authorCount = int(idByName.size());
    const int maxAuthors = SemanticScholarClient::MaxAuthorsPerRequest;
    for (int first = 1; first <= authorCount; first += maxAuthors) {
        QJsonArray chunk;
        for (int id = first; id <= std::min(authorCount, first + maxAuthors - 1); ++id) {
            chunk.append(authorEntry(Author{QString::number(id), QString(), 5}));
        }
        m_server->enqueue(AuthorBatch, json(chunk));
    }
    LookupWatch watch(m_client.get());

    m_client->lookUpPapers(paperIds);

    QVERIFY(watch.waitForEnd());
    QVERIFY(watch.result().isComplete());
    const int expected = (int(paperIds.size()) + maxPapers - 1) / maxPapers
        + (authorCount + maxAuthors - 1) / maxAuthors;
    QCOMPARE(m_server->requestCount(), expected);
    qInfo("2026-03-10: %d papers, %d distinct author names: %d batched Semantic Scholar "
          "requests instead of %d (one per author)",
          int(paperIds.size()),
          authorCount,
          m_server->requestCount(),
          authorCount);
}

QTEST_GUILESS_MAIN(TstSemanticScholarClient)
#include "tst_semanticscholarclient.moc"
