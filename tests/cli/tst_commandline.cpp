// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include <app/library/library.h>
#include <app/library/runstore.h>
#include <app/platform/appsettings.h>
#include <app/platform/keychainsecretstore.h>
#include <app/scoring/batchplanner.h>
#include <app/scoring/pricing.h>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <tests/support/fakehttpserver.h>
#include <tests/support/fakellmserver.h>
#include <tests/support/fakesemanticscholar.h>
#include <tests/support/testdata.h>

using Sieve::Test::FakeHttpServer;
using Sieve::Test::FakeLlmServer;
using Sieve::Test::FakeSemanticScholar;

using Sieve::Test::readFixture;

namespace {

// arXiv serves several categories as one feed: the items of each, once, in one channel.
QByteArray combinedFeed(const QString &day)
{
    QByteArray ga = readFixture(QStringLiteral("rss/%1/astro-ph.GA.xml").arg(day));
    const QByteArray co = readFixture(QStringLiteral("rss/%1/astro-ph.CO.xml").arg(day));

    QByteArray extraItems;
    qsizetype from = co.indexOf("<item>");
    while (from >= 0) {
        const qsizetype end = co.indexOf("</item>", from) + qsizetype(sizeof("</item>") - 1);
        const QByteArray item = co.mid(from, end - from);
        const qsizetype guidStart = item.indexOf("oai:arXiv.org:");
        const QByteArray guid = item.mid(guidStart, item.indexOf('<', guidStart) - guidStart);
        if (!ga.contains(guid)) {
            extraItems += "    " + item + '\n';
        }
        from = co.indexOf("<item>", end);
    }

    ga.replace("<title>astro-ph.GA updates on arXiv.org</title>",
               "<title>astro-ph.GA+astro-ph.CO updates on arXiv.org</title>");
    ga.replace(QByteArrayLiteral("  </channel>"), QByteArray(extraItems + "  </channel>"));
    return ga;
}

// A Monday a year or so ahead: arXiv cannot have announced it yet.
QString futureMonday()
{
    const QDate next = QDate::currentDate().addYears(1);
    return next.addDays(8 - next.dayOfWeek()).toString(Qt::ISODate);
}

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

// Waits for a keychain job; true when it finished rather than failed.
bool settled(Sieve::Platform::SecretJob *job)
{
    QSignalSpy finished(job, &Sieve::Platform::SecretJob::finished);
    QSignalSpy failed(job, &Sieve::Platform::SecretJob::failed);
    const bool answered = QTest::qWaitFor(
        [&] {
            return !finished.isEmpty() || !failed.isEmpty();
        },
        15000);
    return answered && !finished.isEmpty();
}

} // namespace

class TstCommandLine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void fetchThenExportWritesTheDigest();
    void pastDayIsFetchedFromTheApi_data();
    void pastDayIsFetchedFromTheApi();
    void daysListsEveryRecordedStatus();
    void exportToStandardOutputIsValidJson();
    void fetchRetriesOrStoresNothing_data();
    void fetchRetriesOrStoresNothing();
    void exitCodesSayWhatFailed_data();
    void exitCodesSayWhatFailed();
    void versionAndHelpNeedNoDisplay();
    void commandsWithNothingToFetchEnd_data();
    void commandsWithNothingToFetchEnd();
    void runScoresTheDayAndExportCarriesTheScores();
    void runSaysWhichPapersFailedAndExitsFive();
    void editedPricesCostTheNextRunAndUnpricedModelsSaySo();
    void runTakesItsKeyFromTheKeychain();
    void anthropicRunKeepsABudgetWithItsDefaultModel();
    void killedRunResumesWithoutPayingTwice();
    void jsonExportNamesFailedAndOverBudgetPapers();
    void runSizesBatchesAsItsOptionsSay();
    void evalPrintsTheFiguresOnItsLastLine();
    void runSendsOnlyWhatTheLocalRankerPreFilterKeeps();
    void runFollowsAuthorsAndSkipsLowHIndexPapers_data();
    void runFollowsAuthorsAndSkipsLowHIndexPapers();

private:
    Run papersieve(const QStringList &arguments, const QStringList &environment = {});
    QStringList global() const;
    QStringList llm(const FakeLlmServer &server) const;
    void fetchSampleDay();
    QJsonObject exportedJson(const QString &date);
    QJsonArray exportedPapers(const QString &date);
    QProcessEnvironment childEnvironment(const QStringList &extra) const;

    std::unique_ptr<QTemporaryDir> m_dataDir;
    std::unique_ptr<FakeHttpServer> m_server;
};

void TstCommandLine::init()
{
    m_dataDir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dataDir->isValid());
    m_server = std::make_unique<FakeHttpServer>();
    QVERIFY(m_server->isListening());
}

QProcessEnvironment TstCommandLine::childEnvironment(const QStringList &extra) const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    env.remove(QStringLiteral("PAPERSIEVE_API_KEY"));
    for (const QString &variable : extra) {
        const qsizetype equals = variable.indexOf(QLatin1Char('='));
        env.insert(variable.left(equals), variable.mid(equals + 1));
    }
    return env;
}

Run TstCommandLine::papersieve(const QStringList &arguments, const QStringList &environment)
{
    QProcess process;
    process.setProcessEnvironment(childEnvironment(environment));

    // The fake server lives on this thread: keep the event loop turning while the child runs.
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(QStringLiteral(PAPERSIEVE_BINARY), arguments);
    if (!process.waitForStarted(10000) || !finished.wait(60000)) {
        process.kill();
        return {};
    }

    Run run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

QStringList TstCommandLine::global() const
{
    return {QStringLiteral("--data-dir"),
            m_dataDir->path(),
            QStringLiteral("--arxiv-url"),
            m_server->baseUrl().toString()};
}

QStringList TstCommandLine::llm(const FakeLlmServer &server) const
{
    return {QStringLiteral("--llm-url"), server.baseUrl().toString()};
}

void TstCommandLine::fetchSampleDay()
{
    m_server->enqueue(QStringLiteral("/rss/astro-ph.GA+astro-ph.CO"),
                      FakeHttpServer::Response::ok(combinedFeed(QStringLiteral("2026-03-11")),
                                                   "application/rss+xml"));
    const Run fetch = papersieve(QStringList{QStringLiteral("fetch"),
                                             QStringLiteral("--categories"),
                                             QStringLiteral("astro-ph.GA,astro-ph.CO")}
                                 + global());
    QVERIFY2(fetch.exitCode == 0, qPrintable(fetch.err));
}

void TstCommandLine::fetchThenExportWritesTheDigest()
{
    m_server->enqueue(QStringLiteral("/rss/astro-ph.GA+astro-ph.CO"),
                      FakeHttpServer::Response::ok(combinedFeed(QStringLiteral("2026-03-11")),
                                                   "application/rss+xml"));

    const Run fetch = papersieve(QStringList{QStringLiteral("fetch"),
                                             QStringLiteral("--categories"),
                                             QStringLiteral("astro-ph.GA,astro-ph.CO")}
                                 + global());
    QVERIFY2(fetch.exitCode == 0, qPrintable(fetch.err));
    QCOMPARE(m_server->requestCount(), 1);
    QCOMPARE(m_server->requests().first().path, QStringLiteral("/rss/astro-ph.GA+astro-ph.CO"));
    QVERIFY(m_server->requests().first().header("user-agent").startsWith("PaperSieve/"));
    QVERIFY2(fetch.err.contains(QStringLiteral("2026-03-11")), qPrintable(fetch.err));

    const QString output = m_dataDir->filePath(QStringLiteral("digest.md"));
    const Run exported = papersieve(QStringList{QStringLiteral("export"),
                                                QStringLiteral("--date"),
                                                QStringLiteral("2026-03-11"),
                                                QStringLiteral("--format"),
                                                QStringLiteral("md"),
                                                QStringLiteral("--output"),
                                                output}
                                    + global());
    QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));

    QFile file(output);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString digest = QString::fromUtf8(file.readAll());
    QVERIFY(digest.startsWith(QStringLiteral("# Personalized Daily ArXiv Papers 2026-03-11\n")));
    QVERIFY(digest.contains(QStringLiteral("**Table of contents with paper titles:**")));
    QVERIFY(digest.contains(QStringLiteral("(#user-content-link1)")));
    QVERIFY(digest.contains(QStringLiteral("<a id=\"link1\"></a>")));
    QVERIFY(digest.contains(QStringLiteral("Total scanned papers: ")));

    // 2026-03-11 lists 81 + 52 items; each paper appears once in the digest.
    auto library =
        Sieve::Library::Library::open(m_dataDir->filePath(QStringLiteral("library.sqlite")));
    QVERIFY(library);
    const auto day = library.value()->day(QDate(2026, 3, 11));
    QVERIFY(day);
    QVERIFY(day->papers.size() > 81);
    QCOMPARE(digest.count(QStringLiteral("**ArXiv ID:**")), int(day->papers.size()));
    // Every paper says where the local ranker put it.
    QCOMPARE(digest.count(QStringLiteral("**Local ranker:** #")), int(day->papers.size()));
    QVERIFY(digest.contains(QStringLiteral("**Local ranker:** #1 ")));
}

void TstCommandLine::pastDayIsFetchedFromTheApi_data()
{
    QTest::addColumn<QStringList>("dateArguments");

    QTest::newRow("one date") << QStringList{QStringLiteral("--date"),
                                             QStringLiteral("2026-03-10")};
    QTest::newRow("range of one day") << QStringList{QStringLiteral("--from"),
                                                     QStringLiteral("2026-03-10"),
                                                     QStringLiteral("--to"),
                                                     QStringLiteral("2026-03-10")};
}

void TstCommandLine::pastDayIsFetchedFromTheApi()
{
    QFETCH(QStringList, dateArguments);

    // One category, so the run never waits out the 3 s spacing between API requests.
    m_server->enqueue(
        QStringLiteral("/api/query"),
        FakeHttpServer::Response::ok(readFixture(QStringLiteral("api/2026-03-10/astro-ph.GA.xml")),
                                     "application/atom+xml"));

    const Run fetch = papersieve(QStringList{QStringLiteral("fetch"),
                                             QStringLiteral("--categories"),
                                             QStringLiteral("astro-ph.GA")}
                                 + dateArguments + global());
    QVERIFY2(fetch.exitCode == 0, qPrintable(fetch.err));

    QCOMPARE(m_server->requestCount(), 1);
    const FakeHttpServer::Request request = m_server->requests().first();
    QCOMPARE(request.path, QStringLiteral("/api/query"));
    const QString target = QUrl::fromPercentEncoding(request.target);
    QVERIFY2(target.contains(QStringLiteral("cat:astro-ph.GA")), qPrintable(target));
    QVERIFY2(target.contains(QStringLiteral("lastUpdatedDate:")), qPrintable(target));

    const Run days = papersieve(QStringList{QStringLiteral("days")} + global());
    QCOMPARE(days.exitCode, 0);
    QVERIFY2(days.out.contains(QRegularExpression(QStringLiteral("^2026-03-10\t\\S+\t78\\b"),
                                                  QRegularExpression::MultilineOption)),
             qPrintable(days.out));

    const QJsonArray papers = exportedPapers(QStringLiteral("2026-03-10"));
    QCOMPARE(papers.size(), 78);
    for (const QJsonValue &paper : papers) {
        QVERIFY(!paper[QStringLiteral("title")].toString().isEmpty());
    }
}

void TstCommandLine::daysListsEveryRecordedStatus()
{
    m_server->enqueue(
        QStringLiteral("/rss/astro-ph.GA"),
        FakeHttpServer::Response::ok(readFixture(QStringLiteral("rss/edge/empty-holiday.xml"))));

    const Run fetch = papersieve(QStringList{QStringLiteral("fetch"),
                                             QStringLiteral("--categories"),
                                             QStringLiteral("astro-ph.GA")}
                                 + global());
    QVERIFY2(fetch.exitCode == 0, qPrintable(fetch.err));

    const Run days = papersieve(QStringList{QStringLiteral("days")} + global());
    QCOMPARE(days.exitCode, 0);
    QVERIFY2(days.out.contains(QStringLiteral("2025-11-28\tno-announcement\t0")),
             qPrintable(days.out));
}

void TstCommandLine::exportToStandardOutputIsValidJson()
{
    m_server->enqueue(QStringLiteral("/rss/astro-ph.CO"),
                      FakeHttpServer::Response::ok(
                          readFixture(QStringLiteral("rss/2026-03-05/astro-ph.CO.xml"))));
    QCOMPARE(papersieve(QStringList{QStringLiteral("fetch"),
                                    QStringLiteral("--categories"),
                                    QStringLiteral("astro-ph.CO")}
                        + global())
                 .exitCode,
             0);

    const Run exported = papersieve(QStringList{QStringLiteral("export"),
                                                QStringLiteral("--date"),
                                                QStringLiteral("2026-03-05"),
                                                QStringLiteral("--format"),
                                                QStringLiteral("json"),
                                                QStringLiteral("--output"),
                                                QStringLiteral("-")}
                                    + global());
    QCOMPARE(exported.exitCode, 0);

    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(exported.out.toUtf8(), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(json.object().value(QStringLiteral("date")).toString(), QStringLiteral("2026-03-05"));
    const QJsonArray papers = json.object().value(QStringLiteral("papers")).toArray();
    QCOMPARE(papers.size(), 45);

    // The local ranker's rank of every paper, once each, with its reasons.
    QSet<int> ranks;
    int explained = 0;
    for (const QJsonValue &paper : papers) {
        const QJsonObject local = paper[QStringLiteral("local")].toObject();
        ranks.insert(local.value(QStringLiteral("rank")).toInt());
        QVERIFY(local.value(QStringLiteral("score")).isDouble());
        const QJsonArray why = local.value(QStringLiteral("why")).toArray();
        for (const QJsonValue &reason : why) {
            QVERIFY(!reason[QStringLiteral("label")].toString().isEmpty());
            const QString kind = reason[QStringLiteral("kind")].toString();
            QVERIFY(kind == QLatin1String("term") || kind == QLatin1String("topic"));
            QVERIFY(reason[QStringLiteral("weight")].isDouble());
        }
        explained += why.isEmpty() ? 0 : 1;
    }
    QCOMPARE(ranks.size(), 45);
    QVERIFY(ranks.contains(1) && ranks.contains(45));
    QVERIFY(explained > 0);
}

void TstCommandLine::fetchRetriesOrStoresNothing_data()
{
    QTest::addColumn<int>("firstStatus"); // 0: every answer breaks off mid-body
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<int>("requests"); // our attempts
    QTest::addColumn<QString>("messagePart");

    QTest::newRow("429 with Retry-After, then 200") << 429 << 0 << 2 << QString();
    QTest::newRow("two 503s, then 200") << 503 << 0 << 3 << QString();
    // Four attempts, each cut off. A stalled answer is left to tst_dayfetcher, which can shorten
    // the timeout: here it would cost the CLI's 30 s four times.
    QTest::newRow("connection dropped mid-body")
        << 0 << 3 << 4
        << QStringLiteral("127.0.0.1 closed the connection before its answer was complete; try "
                          "again in a few minutes.\n");
}

// The fault cases end to end through the binary, with the real feed: the day is stored after
// the retries, or the fetch exits 3 and the library is as it was.
void TstCommandLine::fetchRetriesOrStoresNothing()
{
    QFETCH(int, firstStatus);
    QFETCH(int, exitCode);
    QFETCH(int, requests);
    QFETCH(QString, messagePart);

    fetchSampleDay();
    const Run before = papersieve(QStringList{QStringLiteral("days")} + global());
    QCOMPARE(before.exitCode, 0);
    const int sampleRequests = m_server->requestCount();

    const QString path = QStringLiteral("/rss/astro-ph.GA");
    const QByteArray feed = readFixture(QStringLiteral("rss/2026-03-05/astro-ph.GA.xml"));
    if (firstStatus == 429) {
        m_server->enqueue(path, FakeHttpServer::Response::status(429, {{"Retry-After", "1"}}));
    } else if (firstStatus == 503) {
        m_server->enqueue(path, FakeHttpServer::Response::status(503));
        m_server->enqueue(path, FakeHttpServer::Response::status(503));
    }
    m_server->enqueue(path,
                      firstStatus == 0 ? FakeHttpServer::Response::ok(feed).droppedMidBody()
                                       : FakeHttpServer::Response::ok(feed));

    const Run fetch = papersieve(QStringList{QStringLiteral("fetch"),
                                             QStringLiteral("--categories"),
                                             QStringLiteral("astro-ph.GA")}
                                 + global());
    QVERIFY2(fetch.exitCode == exitCode, qPrintable(fetch.err));
    QVERIFY2(fetch.err.contains(messagePart), qPrintable(fetch.err));
    const QList<FakeHttpServer::Request> served = m_server->requests().mid(sampleRequests);
    if (firstStatus == 0) {
        // Qt sends a GET again by itself, at once, when the connection breaks before it has
        // read the answer's head, so the server may see more requests than our attempts.
        QVERIFY2(served.size() >= requests, qPrintable(QString::number(served.size())));
    } else {
        QCOMPARE(served.size(), requests);
    }

    if (exitCode != 0) {
        const Run after = papersieve(QStringList{QStringLiteral("days")} + global());
        QCOMPARE(after.out, before.out);
        return;
    }
    if (firstStatus == 429) {
        const qint64 waited = served.at(1).arrivedMs - served.at(0).completedMs;
        QVERIFY2(waited >= 1000, qPrintable(QString::number(waited)));
    }
    auto library =
        Sieve::Library::Library::open(m_dataDir->filePath(QStringLiteral("library.sqlite")));
    QVERIFY(library);
    const auto day = library.value()->daySummary(QDate(2026, 3, 5));
    QVERIFY(day);
    QCOMPARE(day->status, Sieve::DayStatus::Announced);
    QCOMPARE(day->paperCount, 60);
}

void TstCommandLine::exitCodesSayWhatFailed_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("serve"); // fixture for /rss/astro-ph.GA; empty: nothing listens
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("messagePart");

    const QStringList fetchGa{
        QStringLiteral("fetch"), QStringLiteral("--categories"), QStringLiteral("astro-ph.GA")};

    QTest::newRow("unknown command")
        << QStringList{QStringLiteral("frobnicate")} << QString() << 2
        << QStringLiteral("papersieve has no command \"frobnicate\"; choose one of those below.\n"
                          "Usage");
    QTest::newRow("fetch without categories")
        << QStringList{QStringLiteral("fetch")} << QString() << 2 << QStringLiteral("--categories");
    QTest::newRow("bad date")
        << (fetchGa + QStringList{QStringLiteral("--date"), QStringLiteral("2026-13-40")})
        << QString() << 2 << QStringLiteral("YYYY-MM-DD");
    QTest::newRow("weekend date")
        << (fetchGa + QStringList{QStringLiteral("--date"), QStringLiteral("2026-03-07")})
        << QString() << 2 << QStringLiteral("Saturday, so give a weekday.");
    QTest::newRow("export of a day not fetched")
        << QStringList{QStringLiteral("export"),
                       QStringLiteral("--date"),
                       QStringLiteral("2026-03-05"),
                       QStringLiteral("--output"),
                       QStringLiteral("-")}
        << QString() << 2 << QStringLiteral("fetch it first");
    QTest::newRow("tokens per minute that are not a number")
        << QStringList{QStringLiteral("run"), QStringLiteral("--tpm"), QStringLiteral("lots")}
        << QString() << 2 << QStringLiteral("--tpm takes a number");
    QTest::newRow("title batches of no titles")
        << QStringList{QStringLiteral("run"),
                       QStringLiteral("--title-batch-size"),
                       QStringLiteral("0")}
        << QString() << 2 << QStringLiteral("--title-batch-size takes a number of titles");
    QTest::newRow("a negative adaptive threshold")
        << QStringList{QStringLiteral("run"),
                       QStringLiteral("--adaptive-threshold"),
                       QStringLiteral("-3")}
        << QString() << 2 << QStringLiteral("--adaptive-threshold takes a number of papers");
    QTest::newRow("a profile never given criteria")
        << QStringList{QStringLiteral("run"), QStringLiteral("--profile"), QStringLiteral("nosuch")}
        << QString() << 2 << QStringLiteral("There is no profile named nosuch; give --criteria");
    QTest::newRow("unreachable server") << fetchGa << QString() << 3 << QStringLiteral("arXiv");
    QTest::newRow("malformed feed")
        << fetchGa << QStringLiteral("rss/edge/malformed-truncated.xml") << 4
        << QStringLiteral("The arXiv feed breaks off or is malformed at line ");
    QTest::newRow("malformed feed says what to do")
        << fetchGa << QStringLiteral("rss/edge/malformed-truncated.xml") << 4
        << QStringLiteral("; fetch it again in a few minutes.\n");
    QTest::newRow("eval with a criteria file that is not there")
        << QStringList{QStringLiteral("eval"),
                       QStringLiteral("--labels"),
                       QStringLiteral(PAPERSIEVE_TEST_DATA "/labels/dev-slice.jsonl"),
                       QStringLiteral("--criteria"),
                       QStringLiteral("/nonexistent/criteria.md")}
        << QString() << 2
        << QStringLiteral("The criteria file /nonexistent/criteria.md could not be opened; check "
                          "its path and that you may read it.");
    QTest::newRow("run with a criteria file that is not there")
        << QStringList{QStringLiteral("run"),
                       QStringLiteral("--criteria"),
                       QStringLiteral("/nonexistent/criteria.md")}
        << QString() << 2
        << QStringLiteral("The criteria file /nonexistent/criteria.md could not be opened; check");
    QTest::newRow("eval with labels that are not there")
        << QStringList{QStringLiteral("eval"),
                       QStringLiteral("--labels"),
                       QStringLiteral("/nonexistent/labels.jsonl"),
                       QStringLiteral("--criteria"),
                       QStringLiteral(PAPERSIEVE_TEST_DATA "/labels/criteria-astro.md")}
        << QString() << 2
        << QStringLiteral("The labels file /nonexistent/labels.jsonl could not be opened; check");
    QTest::newRow("eval with an empty labels file")
        << QStringList{QStringLiteral("eval"),
                       QStringLiteral("--labels"),
                       QStringLiteral(PAPERSIEVE_TEST_DATA "/labels/empty.jsonl"),
                       QStringLiteral("--criteria"),
                       QStringLiteral(PAPERSIEVE_TEST_DATA "/labels/criteria-astro.md")}
        << QString() << 4 << QStringLiteral("/labels/empty.jsonl holds no papers.");
    QTest::newRow("eval with labels of one day, no day left to score")
        << QStringList{QStringLiteral("eval"),
                       QStringLiteral("--labels"),
                       QStringLiteral(PAPERSIEVE_TEST_DATA "/labels/one-day.jsonl"),
                       QStringLiteral("--criteria"),
                       QStringLiteral(PAPERSIEVE_TEST_DATA "/labels/criteria-astro.md")}
        << QString() << 4
        << QStringLiteral("holds a single day, the rating pool; the evaluation needs at least "
                          "one more day to score.");
}

void TstCommandLine::exitCodesSayWhatFailed()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, serve);
    QFETCH(int, exitCode);
    QFETCH(QString, messagePart);

    QUrl base = m_server->baseUrl();
    if (serve.isEmpty() && arguments.first() == QLatin1String("fetch")) {
        // A port nobody listens on: take one, then release it.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        base.setPort(probe.serverPort());
    } else if (!serve.isEmpty()) {
        m_server->enqueue(QStringLiteral("/rss/astro-ph.GA"),
                          FakeHttpServer::Response::ok(readFixture(serve)));
    }

    const Run run = papersieve(arguments
                               + QStringList{QStringLiteral("--data-dir"),
                                             m_dataDir->path(),
                                             QStringLiteral("--arxiv-url"),
                                             base.toString()});
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.err.contains(messagePart), qPrintable(run.err));
}

void TstCommandLine::versionAndHelpNeedNoDisplay()
{
    const Run version = papersieve({QStringLiteral("--version")});
    QCOMPARE(version.exitCode, 0);
    QVERIFY(version.out.startsWith(QStringLiteral("papersieve ")));

    const Run help = papersieve({QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains(QStringLiteral("fetch")));
    QVERIFY(help.out.contains(QStringLiteral("export")));
    QVERIFY(help.out.contains(QStringLiteral("[--date DAY | --from DAY --to DAY | --fill-gaps]")));
}

void TstCommandLine::commandsWithNothingToFetchEnd_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("messagePart");

    const QStringList fetchGa{
        QStringLiteral("fetch"), QStringLiteral("--categories"), QStringLiteral("astro-ph.GA")};
    const QStringList runGa{QStringLiteral("run"),
                            QStringLiteral("--categories"),
                            QStringLiteral("astro-ph.GA"),
                            QStringLiteral("--llm-url"),
                            QStringLiteral("http://127.0.0.1:9")};

    QTest::newRow("fetch --fill-gaps without gaps")
        << (fetchGa + QStringList{QStringLiteral("--fill-gaps")}) << 0
        << QStringLiteral("nothing to fetch");
    QTest::newRow("fetch a weekend range") << (fetchGa
                                               + QStringList{QStringLiteral("--from"),
                                                             QStringLiteral("2026-03-07"),
                                                             QStringLiteral("--to"),
                                                             QStringLiteral("2026-03-08")})
                                           << 0 << QStringLiteral("nothing to fetch");
    QTest::newRow("fetch a future day")
        << (fetchGa + QStringList{QStringLiteral("--date"), futureMonday()}) << 0
        << QStringLiteral("not announced yet");
    QTest::newRow("run on a Saturday")
        << (runGa + QStringList{QStringLiteral("--date"), QStringLiteral("2026-03-07")}) << 2
        << QStringLiteral("Saturday");
    QTest::newRow("run on a future day")
        << (runGa + QStringList{QStringLiteral("--date"), futureMonday()}) << 2
        << QStringLiteral("not announced");
}

// Each of these once hung: the fetch ended before the command began to wait for it.
void TstCommandLine::commandsWithNothingToFetchEnd()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, messagePart);

    const Run run =
        papersieve(arguments + global(), {QStringLiteral("PAPERSIEVE_API_KEY=sk-cli-test")});
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.err.contains(messagePart), qPrintable(run.err));
    QCOMPARE(m_server->requestCount(), 0);
}

void TstCommandLine::runScoresTheDayAndExportCarriesTheScores()
{
    fetchSampleDay();
    FakeLlmServer llmServer;
    const QStringList key{QStringLiteral("PAPERSIEVE_API_KEY=sk-cli-test")};

    const Run run = papersieve(QStringList{QStringLiteral("run"),
                                           QStringLiteral("--date"),
                                           QStringLiteral("2026-03-11"),
                                           QStringLiteral("--concurrency"),
                                           QStringLiteral("4")}
                                   + llm(llmServer) + global(),
                               key);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral(" scored")), qPrintable(run.err));
    QVERIFY(llmServer.requestCount() > 1);
    QCOMPARE(llmServer.requests().first().header("authorization"),
             QByteArray("Bearer sk-cli-test"));
    for (const auto &request : llmServer.requests()) {
        const QJsonObject format = request.json.value(QStringLiteral("response_format")).toObject();
        QCOMPARE(format.value(QStringLiteral("type")).toString(), QStringLiteral("json_schema"));
    }

    const Run exported = papersieve(QStringList{QStringLiteral("export"),
                                                QStringLiteral("--date"),
                                                QStringLiteral("2026-03-11"),
                                                QStringLiteral("--format"),
                                                QStringLiteral("json"),
                                                QStringLiteral("--output"),
                                                QStringLiteral("-")}
                                    + global());
    QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
    const QJsonObject root = QJsonDocument::fromJson(exported.out.toUtf8()).object();
    const QJsonArray papers = root.value(QStringLiteral("papers")).toArray();
    QVERIFY(papers.size() > 81);
    for (const QJsonValue &value : papers) {
        const QJsonObject paper = value.toObject();
        const QString id = paper.value(QStringLiteral("id")).toString();
        QCOMPARE(paper.value(QStringLiteral("status")).toString(), QStringLiteral("scored"));
        QCOMPARE(paper.value(QStringLiteral("relevance")).toInt(),
                 FakeLlmServer::expectedRelevance(id));
    }
    const QJsonObject usage = root.value(QStringLiteral("usage")).toObject();
    QCOMPARE(usage.value(QStringLiteral("model")).toString(), QStringLiteral("gpt-4.1-mini"));
    QVERIFY(usage.value(QStringLiteral("promptTokens")).toInteger() > 0);
    QVERIFY(usage.value(QStringLiteral("promptCostUsd")).isDouble());
    QVERIFY(!exported.out.contains(QStringLiteral("sk-cli-test")));

    // The same day again costs nothing: every answer comes from the library.
    const int requestsBefore = llmServer.requestCount();
    const Run again = papersieve(
        QStringList{QStringLiteral("run"), QStringLiteral("--date"), QStringLiteral("2026-03-11")}
            + llm(llmServer) + global(),
        key);
    QVERIFY2(again.exitCode == 0, qPrintable(again.err));
    QCOMPARE(llmServer.requestCount(), requestsBefore);

    // The day still shows what its scores cost, not the free re-run's zero.
    const Run exportedAgain = papersieve(QStringList{QStringLiteral("export"),
                                                     QStringLiteral("--date"),
                                                     QStringLiteral("2026-03-11"),
                                                     QStringLiteral("--format"),
                                                     QStringLiteral("json"),
                                                     QStringLiteral("--output"),
                                                     QStringLiteral("-")}
                                         + global());
    const QJsonObject usageAgain =
        QJsonDocument::fromJson(exportedAgain.out.toUtf8()).object().value("usage").toObject();
    QCOMPARE(usageAgain.value(QStringLiteral("promptTokens")).toInteger(),
             usage.value(QStringLiteral("promptTokens")).toInteger());
    QCOMPARE(usageAgain.value(QStringLiteral("totalCostUsd")).toDouble(),
             usage.value(QStringLiteral("totalCostUsd")).toDouble());
}

void TstCommandLine::runSaysWhichPapersFailedAndExitsFive()
{
    fetchSampleDay();
    FakeLlmServer llmServer;
    llmServer.enqueue(FakeLlmServer::Action::Unauthorized);

    const Run run = papersieve(QStringList{QStringLiteral("run"),
                                           QStringLiteral("--date"),
                                           QStringLiteral("2026-03-11"),
                                           QStringLiteral("--concurrency"),
                                           QStringLiteral("1")}
                                   + llm(llmServer) + global(),
                               {QStringLiteral("PAPERSIEVE_API_KEY=sk-secret-1234")});
    QCOMPARE(run.exitCode, 5);
    QVERIFY2(run.err.contains(QStringLiteral("refused the API key")), qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral("2603.")), qPrintable(run.err));
    QVERIFY(!run.err.contains(QStringLiteral("sk-secret")));
}

void TstCommandLine::editedPricesCostTheNextRunAndUnpricedModelsSaySo()
{
    fetchSampleDay();
    FakeLlmServer llmServer;
    const QStringList key{QStringLiteral("PAPERSIEVE_API_KEY=sk-cli-test")};
    const auto prices = [this](const QStringList &edits) {
        return papersieve(QStringList{QStringLiteral("prices")} + edits + global());
    };
    const auto runWith = [&](const QString &model) {
        return papersieve(QStringList{QStringLiteral("run"),
                                      QStringLiteral("--date"),
                                      QStringLiteral("2026-03-11"),
                                      QStringLiteral("--model"),
                                      model}
                              + llm(llmServer) + global(),
                          key);
    };
    const auto exportedUsage = [this] {
        return exportedJson(QStringLiteral("2026-03-11")).value(QStringLiteral("usage")).toObject();
    };

    // An edited table keeps every other model's price and lists the new one.
    const Run listed = prices({});
    QCOMPARE(listed.exitCode, 0);
    QVERIFY2(listed.out.contains(QStringLiteral("gpt-4.1-mini\t")), qPrintable(listed.out));
    QVERIFY(!listed.out.contains(QStringLiteral("house-model")));
    const Run edited = prices({QStringLiteral("--set-price"), QStringLiteral("house-model=2,1,8")});
    QCOMPARE(edited.exitCode, 0);
    QVERIFY2(edited.out.contains(QStringLiteral("house-model\t2\t1\t8\n")), qPrintable(edited.out));
    QCOMPARE(edited.out.count(QLatin1Char('\n')), listed.out.count(QLatin1Char('\n')) + 1);
    QCOMPARE(prices({QStringLiteral("--set-price"), QStringLiteral("house-model=2,1")}).exitCode,
             2);

    // The run is costed with the edited price.
    const Run priced = runWith(QStringLiteral("house-model"));
    QVERIFY2(priced.exitCode == 0, qPrintable(priced.err));
    const QJsonObject usage = exportedUsage();
    const double prompt = double(usage.value(QStringLiteral("promptTokens")).toInteger());
    const double output = double(usage.value(QStringLiteral("completionTokens")).toInteger());
    QVERIFY(prompt > 0 && output > 0);
    QVERIFY(qAbs(usage.value(QStringLiteral("completionCostUsd")).toDouble() - output * 8 / 1e6)
            < 1e-9);
    // Input costs $2 per million, cached input $1: the prompt's cost lies between the two.
    const double promptCost = usage.value(QStringLiteral("promptCostUsd")).toDouble();
    QVERIFY2(promptCost >= prompt * 1 / 1e6 - 1e-9 && promptCost <= prompt * 2 / 1e6 + 1e-9,
             qPrintable(QString::number(promptCost)));

    // Removed again, the model has no price: the run still scores and says the cost is unknown.
    QCOMPARE(prices({QStringLiteral("--remove-price"), QStringLiteral("house-model")}).exitCode, 0);
    const Run unpriced = runWith(QStringLiteral("another-house-model"));
    QVERIFY2(unpriced.exitCode == 0, qPrintable(unpriced.err));
    QVERIFY2(unpriced.err.contains(QStringLiteral("cost unknown")), qPrintable(unpriced.err));
    const QJsonObject unknown = exportedUsage();
    QCOMPARE(unknown.value(QStringLiteral("model")).toString(),
             QStringLiteral("another-house-model"));
    QVERIFY(unknown.value(QStringLiteral("totalCostUsd")).isNull());
}

void TstCommandLine::runTakesItsKeyFromTheKeychain()
{
    // The key goes under the app's real entry: only in a throw-away keyring, as tools/dev.sh
    // test gives (a fresh HOME under the temporary folder), never in a developer's own.
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")
        || !QDir::homePath().startsWith(QDir::tempPath())) {
        QSKIP("Needs the private Secret Service of tools/dev.sh test.");
    }
    fetchSampleDay();
    FakeLlmServer llmServer;
    Sieve::Platform::KeychainSecretStore keychain;
    const QString entry =
        Sieve::Platform::AppSettings::secretKey(Sieve::Platform::AppSettings::Provider::OpenAi);
    QVERIFY(settled(keychain.write(entry, QStringLiteral("sk-from-the-keychain"))));

    // No PAPERSIEVE_API_KEY in the child's environment: the keychain is the only source.
    const Run run = papersieve(
        QStringList{QStringLiteral("run"), QStringLiteral("--date"), QStringLiteral("2026-03-11")}
        + llm(llmServer) + global());
    QVERIFY(settled(keychain.remove(entry)));

    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(llmServer.requestCount() > 0);
    for (const auto &request : llmServer.requests()) {
        QCOMPARE(request.header("authorization"), QByteArray("Bearer sk-from-the-keychain"));
    }
    QVERIFY(!run.err.contains(QStringLiteral("sk-from-the-keychain")));
    QVERIFY(!run.out.contains(QStringLiteral("sk-from-the-keychain")));
}

void TstCommandLine::anthropicRunKeepsABudgetWithItsDefaultModel()
{
    fetchSampleDay();
    FakeLlmServer llmServer;
    const Run run = papersieve(QStringList{QStringLiteral("run"),
                                           QStringLiteral("--date"),
                                           QStringLiteral("2026-03-11"),
                                           QStringLiteral("--provider"),
                                           QStringLiteral("anthropic"),
                                           QStringLiteral("--budget"),
                                           QStringLiteral("5")}
                                   + llm(llmServer) + global(),
                               {QStringLiteral("PAPERSIEVE_API_KEY=sk-ant-test")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(llmServer.requestCount() > 1);
    for (const auto &request : llmServer.requests()) {
        QCOMPARE(request.path, QStringLiteral("/v1/messages"));
        QCOMPARE(request.json.value(QStringLiteral("model")).toString(),
                 QStringLiteral("claude-haiku-4-5"));
        QVERIFY(!request.json.contains(QStringLiteral("response_format")));
    }

    // The first request wrote the prompt's prefix to the cache, the others read it: the run's
    // cost prices each kind of input token at its own rate, and the export agrees.
    auto library =
        Sieve::Library::Library::open(m_dataDir->filePath(QStringLiteral("library.sqlite")));
    QVERIFY(library);
    const auto stored = Sieve::Library::RunStore(*library.value()).latestRun(QDate(2026, 3, 11));
    QVERIFY(stored);
    QVERIFY(stored->tokens.cacheWrite > 0);
    QVERIFY(stored->tokens.cached > 0);
    const Sieve::Scoring::TokenUsage usage{stored->tokens.prompt,
                                           stored->tokens.cached,
                                           stored->tokens.completion,
                                           stored->tokens.cacheWrite};
    const double expected = Sieve::Scoring::costOf({1.00, 0.10, 5.00}, usage);
    QVERIFY2(qFuzzyCompare(stored->costUsd, expected),
             qPrintable(QStringLiteral("%1 != %2").arg(stored->costUsd).arg(expected)));

    const Run exported = papersieve(QStringList{QStringLiteral("export"),
                                                QStringLiteral("--date"),
                                                QStringLiteral("2026-03-11"),
                                                QStringLiteral("--format"),
                                                QStringLiteral("json"),
                                                QStringLiteral("--output"),
                                                QStringLiteral("-")}
                                    + global());
    const QJsonObject exportedUsage =
        QJsonDocument::fromJson(exported.out.toUtf8()).object().value("usage").toObject();
    QVERIFY(
        qFuzzyCompare(exportedUsage.value(QStringLiteral("totalCostUsd")).toDouble(), expected));
}

// The day as `export --format json` writes it; empty when the export failed.
QJsonObject TstCommandLine::exportedJson(const QString &date)
{
    const Run exported = papersieve(QStringList{QStringLiteral("export"),
                                                QStringLiteral("--date"),
                                                date,
                                                QStringLiteral("--format"),
                                                QStringLiteral("json"),
                                                QStringLiteral("--output"),
                                                QStringLiteral("-")}
                                    + global());
    if (exported.exitCode != 0) {
        return {};
    }
    return QJsonDocument::fromJson(exported.out.toUtf8()).object();
}

QJsonArray TstCommandLine::exportedPapers(const QString &date)
{
    return exportedJson(date).value(QStringLiteral("papers")).toArray();
}

// A run left over budget, then one whose model keeps leaving a paper out: the export lists
// every paper with its status and the reason, as the reader sees them.
void TstCommandLine::jsonExportNamesFailedAndOverBudgetPapers()
{
    fetchSampleDay();
    FakeLlmServer llmServer;
    const QStringList key{QStringLiteral("PAPERSIEVE_API_KEY=sk-cli-test")};
    const QStringList day{QStringLiteral("--date"), QStringLiteral("2026-03-11")};

    const Run poor = papersieve(
        QStringList{QStringLiteral("run"), QStringLiteral("--budget"), QStringLiteral("0.000001")}
            + day + llm(llmServer) + global(),
        key);
    QCOMPARE(poor.exitCode, 5);
    QCOMPARE(llmServer.requestCount(), 0);
    QJsonArray papers = exportedPapers(QStringLiteral("2026-03-11"));
    QVERIFY(papers.size() > 81);
    for (const QJsonValue &paper : std::as_const(papers)) {
        QCOMPARE(paper[QStringLiteral("status")].toString(), QStringLiteral("over-budget"));
        QCOMPARE(paper[QStringLiteral("statusReason")].toString(),
                 QStringLiteral("the run's budget was reached"));
        QVERIFY(paper[QStringLiteral("relevance")].isNull());
    }

    // One batch of the whole day; each answer leaves its last paper out, three times.
    for (int i = 0; i < 3; ++i) {
        llmServer.enqueue(FakeLlmServer::Action::Partial);
    }
    const Run partial = papersieve(QStringList{QStringLiteral("run"),
                                               QStringLiteral("--batch-size"),
                                               QStringLiteral("500"),
                                               QStringLiteral("--concurrency"),
                                               QStringLiteral("1")}
                                       + day + llm(llmServer) + global(),
                                   key);
    QCOMPARE(partial.exitCode, 5);
    QCOMPARE(llmServer.requestCount(), 3);
    const QString lostId = llmServer.requests().first().ids.last();
    QCOMPARE(llmServer.requests().at(2).ids, QStringList{lostId});
    QVERIFY2(partial.err.contains(lostId + QStringLiteral(": the model's answer left it out")),
             qPrintable(partial.err));

    papers = exportedPapers(QStringLiteral("2026-03-11"));
    int failed = 0;
    for (const QJsonValue &paper : std::as_const(papers)) {
        const QString id = paper[QStringLiteral("id")].toString();
        if (id == lostId) {
            ++failed;
            QCOMPARE(paper[QStringLiteral("status")].toString(), QStringLiteral("failed"));
            QCOMPARE(paper[QStringLiteral("statusReason")].toString(),
                     QStringLiteral("the model's answer left it out"));
            QVERIFY(paper[QStringLiteral("listed")].toBool());
        } else {
            QCOMPARE(paper[QStringLiteral("status")].toString(), QStringLiteral("scored"));
        }
    }
    QCOMPARE(failed, 1);
}

void TstCommandLine::runSizesBatchesAsItsOptionsSay()
{
    fetchSampleDay();
    FakeLlmServer llmServer;
    const Run run = papersieve(QStringList{QStringLiteral("run"),
                                           QStringLiteral("--date"),
                                           QStringLiteral("2026-03-11"),
                                           QStringLiteral("--title-filter"),
                                           QStringLiteral("--title-batch-size"),
                                           QStringLiteral("25"),
                                           QStringLiteral("--batch-size"),
                                           QStringLiteral("4"),
                                           QStringLiteral("--adaptive-threshold"),
                                           QStringLiteral("20")}
                                   + llm(llmServer) + global(),
                               {QStringLiteral("PAPERSIEVE_API_KEY=sk-cli-test")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));

    auto library =
        Sieve::Library::Library::open(m_dataDir->filePath(QStringLiteral("library.sqlite")));
    QVERIFY(library);
    const int papers = int(library.value()->day(QDate(2026, 3, 11))->papers.size());
    QSet<QString> irrelevant;
    QList<qsizetype> titleSizes;
    QList<qsizetype> abstractSizes;
    for (const auto &request : llmServer.requests()) {
        if (request.isTitleFilter) {
            titleSizes.append(request.ids.size());
            for (const QString &id : request.ids) {
                if (FakeLlmServer::isIrrelevantByTitle(id)) {
                    irrelevant.insert(id);
                }
            }
        } else {
            abstractSizes.append(request.ids.size());
        }
    }
    QCOMPARE(titleSizes.size(), (papers + 24) / 25);
    QCOMPARE(*std::max_element(titleSizes.cbegin(), titleSizes.cend()), 25);

    // The papers the titles left, in batches grown by the adaptive rule.
    const int asked = papers - int(irrelevant.size());
    const int size = Sieve::Scoring::batchSize(asked, 4, 20);
    QVERIFY2(size > 4, qPrintable(QString::number(size)));
    QCOMPARE(abstractSizes.size(), (asked + size - 1) / size);
    QCOMPARE(abstractSizes.first(), qsizetype(size));
}

// The issue's command on the slice of the development labels that tst_rankerevaluation uses.
void TstCommandLine::evalPrintsTheFiguresOnItsLastLine()
{
    const Run eval = papersieve({QStringLiteral("eval"),
                                 QStringLiteral("--labels"),
                                 QStringLiteral(PAPERSIEVE_TEST_DATA "/labels/dev-slice.jsonl"),
                                 QStringLiteral("--criteria"),
                                 QStringLiteral(PAPERSIEVE_TEST_DATA "/labels/criteria-astro.md")});
    QVERIFY2(eval.exitCode == 0, qPrintable(eval.err));
    QVERIFY(eval.out.endsWith(QLatin1Char('\n')));
    QVERIFY2(eval.out.startsWith(QLatin1String("8 later days scored; the first day is the rating "
                                               "pool, not scored; 0 ratings from the pool")),
             qPrintable(eval.out));

    const QString last = eval.out.trimmed().split(QLatin1Char('\n')).last();
    static const QRegularExpression format(
        QStringLiteral("^spearman=(-?[01]\\.\\d{3}) ndcg10=([01]\\.\\d{3}) "
                       "recall30=([01]\\.\\d{3}) recall50=([01]\\.\\d{3})$"));
    const QRegularExpressionMatch figures = format.match(last);
    QVERIFY2(figures.hasMatch(), qPrintable(last));

    // A little below what tst_rankerevaluation asks of the criteria alone on this slice, so that
    // tuning the ranker does not trip it, while a broken command or ranking does.
    QVERIFY2(figures.captured(1).toDouble() >= 0.62, qPrintable(last));
    QVERIFY2(figures.captured(2).toDouble() >= 0.80, qPrintable(last));
    QVERIFY2(figures.captured(3).toDouble() >= 0.80, qPrintable(last));
    QVERIFY2(figures.captured(4).toDouble() >= 0.88, qPrintable(last));
}

void TstCommandLine::killedRunResumesWithoutPayingTwice()
{
    fetchSampleDay();
    FakeLlmServer llmServer;
    for (int i = 0; i < 100; ++i) {
        llmServer.enqueue(FakeLlmServer::Action::Scores, std::chrono::milliseconds(250));
    }
    const QStringList arguments = QStringList{QStringLiteral("run"),
                                              QStringLiteral("--date"),
                                              QStringLiteral("2026-03-11"),
                                              QStringLiteral("--concurrency"),
                                              QStringLiteral("1"),
                                              QStringLiteral("--batch-size"),
                                              QStringLiteral("10")}
        + llm(llmServer) + global();
    const QStringList key{QStringLiteral("PAPERSIEVE_API_KEY=sk-cli-test")};

    QProcess first;
    first.setProcessEnvironment(childEnvironment(key));
    first.start(QStringLiteral(PAPERSIEVE_BINARY), arguments);
    QVERIFY(first.waitForStarted(10000));
    QTRY_VERIFY_WITH_TIMEOUT(llmServer.requestCount() >= 4, 30000);
    first.kill();
    QVERIFY(first.waitForFinished(10000));

    QSet<QString> paidFor;
    {
        auto library =
            Sieve::Library::Library::open(m_dataDir->filePath(QStringLiteral("library.sqlite")));
        QVERIFY(library);
        const Sieve::Library::RunStore store(*library.value());
        const auto run = store.latestRun(QDate(2026, 3, 11));
        QVERIFY(run);
        QCOMPARE(run->status, QStringLiteral("running"));
        for (const auto &request : store.requests(run->id)) {
            paidFor.unite(QSet<QString>(request.paperIds.cbegin(), request.paperIds.cend()));
        }
    }
    QVERIFY(paidFor.size() >= 20);
    const int requestsBefore = llmServer.requestCount();

    const Run resumed = papersieve(arguments, key);
    QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.err));
    const auto requests = llmServer.requests();
    for (qsizetype i = requestsBefore; i < requests.size(); ++i) {
        for (const QString &id : requests.at(i).ids) {
            QVERIFY2(!paidFor.contains(id), qPrintable(id));
        }
    }
}

void TstCommandLine::runSendsOnlyWhatTheLocalRankerPreFilterKeeps()
{
    fetchSampleDay();
    FakeLlmServer llmServer;
    const Run run = papersieve(QStringList{QStringLiteral("run"),
                                           QStringLiteral("--date"),
                                           QStringLiteral("2026-03-11"),
                                           QStringLiteral("--prefilter"),
                                           QStringLiteral("0.5")}
                                   + llm(llmServer) + global(),
                               {QStringLiteral("PAPERSIEVE_API_KEY=sk-cli-test")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral("Local ranker:")), qPrintable(run.err));

    QSet<QString> sent;
    for (const auto &request : llmServer.requests()) {
        sent.unite(QSet<QString>(request.ids.cbegin(), request.ids.cend()));
    }
    const Run exported = papersieve(QStringList{QStringLiteral("export"),
                                                QStringLiteral("--date"),
                                                QStringLiteral("2026-03-11"),
                                                QStringLiteral("--format"),
                                                QStringLiteral("json"),
                                                QStringLiteral("--output"),
                                                QStringLiteral("-")}
                                    + global());
    const QJsonArray papers =
        QJsonDocument::fromJson(exported.out.toUtf8()).object().value("papers").toArray();
    int skipped = 0;
    for (const QJsonValue &value : papers) {
        const QJsonObject paper = value.toObject();
        const bool wasSent = sent.contains(paper.value(QStringLiteral("id")).toString());
        const QString status = paper.value(QStringLiteral("status")).toString();
        QCOMPARE(status, wasSent ? QStringLiteral("scored") : QStringLiteral("skipped"));
        if (!wasSent) {
            ++skipped;
            QCOMPARE(paper.value(QStringLiteral("statusReason")).toString(),
                     QStringLiteral("skipped by local ranker"));
        }
    }
    QCOMPARE(sent.size() + skipped, papers.size());
    QVERIFY(std::abs(sent.size() - skipped) <= 1);
}

void TstCommandLine::runFollowsAuthorsAndSkipsLowHIndexPapers_data()
{
    QTest::addColumn<bool>("s2Down");
    QTest::newRow("Semantic Scholar answers") << false;
    QTest::newRow("Semantic Scholar is down") << true;
}

void TstCommandLine::runFollowsAuthorsAndSkipsLowHIndexPapers()
{
    QFETCH(bool, s2Down);
    fetchSampleDay();

    QList<Sieve::Paper> papers;
    {
        auto library =
            Sieve::Library::Library::open(m_dataDir->filePath(QStringLiteral("library.sqlite")));
        QVERIFY(library);
        papers = library.value()->day(QDate(2026, 3, 11))->papers;
    }
    FakeSemanticScholar s2;
    QSet<QString> lowH;
    for (qsizetype i = 0; i < papers.size(); ++i) {
        const int hIndex = int(i % 4) * 10; // 0, 10, 20, 30
        s2.addPaper(papers.at(i).id,
                    {{QStringLiteral("9%1").arg(i), papers.at(i).authors.first(), hIndex}});
        if (hIndex < 15) {
            lowH.insert(papers.at(i).id);
        }
    }
    if (s2Down) {
        s2.failNext(500, 1000);
    }
    const QString followed = papers.at(0).authors.first(); // h-index 0, followed all the same
    const QString authorsFile = m_dataDir->filePath(QStringLiteral("authors.txt"));
    QFile file(authorsFile);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray("# followed\n") + followed.toUtf8() + '\n');
    file.close();

    FakeLlmServer llmServer;
    const Run run = papersieve(QStringList{QStringLiteral("run"),
                                           QStringLiteral("--date"),
                                           QStringLiteral("2026-03-11"),
                                           QStringLiteral("--authors"),
                                           authorsFile,
                                           QStringLiteral("--h-cutoff"),
                                           QStringLiteral("15"),
                                           QStringLiteral("--s2-url"),
                                           s2.baseUrl().toString()}
                                   + llm(llmServer) + global(),
                               {QStringLiteral("PAPERSIEVE_API_KEY=sk-cli-test")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral("Semantic Scholar:")), qPrintable(run.err));

    QSet<QString> sent;
    for (const auto &request : llmServer.requests()) {
        sent.unite(QSet<QString>(request.ids.cbegin(), request.ids.cend()));
    }
    {
        // The author stage's counts are kept with the run, for the window and the exports.
        auto library =
            Sieve::Library::Library::open(m_dataDir->filePath(QStringLiteral("library.sqlite")));
        QVERIFY(library);
        const Sieve::Library::RunStore store(*library.value());
        const auto latest = store.latestRun(QDate(2026, 3, 11));
        QVERIFY(latest);
        const auto counts = store.authorStage(latest->id);
        QVERIFY(counts);
        QCOMPARE(counts->followed, 1);
        QCOMPARE(counts->hIndexCutoff, std::optional<int>(15));
        QCOMPARE(counts->notLookedUp, s2Down ? int(papers.size()) : 0);
        QCOMPARE(counts->belowCutoff, s2Down ? 0 : int(lowH.size()) - 1);
        QCOMPARE(counts->problem.isEmpty(), !s2Down);
    }
    if (s2Down) {
        QCOMPARE(sent.size(), papers.size()); // the filter stepped aside
        QVERIFY2(run.err.contains(QStringLiteral("not looked up")), qPrintable(run.err));
        return;
    }
    QVERIFY(s2.requestCount() <= 2);
    QVERIFY(sent.contains(papers.at(0).id));
    for (const QString &id : std::as_const(lowH)) {
        QCOMPARE(sent.contains(id), id == papers.at(0).id);
    }

    const Run exported = papersieve(QStringList{QStringLiteral("export"),
                                                QStringLiteral("--date"),
                                                QStringLiteral("2026-03-11"),
                                                QStringLiteral("--format"),
                                                QStringLiteral("json"),
                                                QStringLiteral("--output"),
                                                QStringLiteral("-")}
                                    + global());
    QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
    const QJsonObject root = QJsonDocument::fromJson(exported.out.toUtf8()).object();
    const QJsonArray listed = root.value("papers").toArray();
    const QJsonObject first = listed.first().toObject();
    QCOMPARE(first.value(QStringLiteral("id")).toString(), papers.at(0).id);
    QVERIFY(!first.value(QStringLiteral("followedAuthor")).toString().isEmpty());
    const QJsonObject stage = root.value("usage")[QStringLiteral("authorStage")].toObject();
    QCOMPARE(stage.value(QStringLiteral("followed")).toInt(), 1);
    QCOMPARE(stage.value(QStringLiteral("hIndexCutoff")).toInt(), 15);
    QCOMPARE(stage.value(QStringLiteral("belowCutoff")).toInt(), int(lowH.size()) - 1);
}

QTEST_GUILESS_MAIN(TstCommandLine)

#include "tst_commandline.moc"
