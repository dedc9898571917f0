// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include <app/digest/dayscorer.h>
#include <app/library/library.h>
#include <app/library/runstore.h>
#include <app/net/httpclient.h>
#include <app/scoring/anthropicprovider.h>
#include <app/scoring/openaicompatibleprovider.h>

#include <QJsonObject>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <tests/support/fakellmserver.h>

using namespace std::chrono_literals;
using Sieve::Day;
using Sieve::Paper;
using Sieve::Digest::DayScorer;
using Sieve::Digest::ScoringOptions;
using Sieve::Digest::ScoringReport;
using Sieve::Library::Library;
using Sieve::Library::RunStore;
using Sieve::Library::ScoreRecord;
using Sieve::Scoring::ProviderConfig;
using Sieve::Scoring::ScoringProfile;
using Sieve::Test::FakeLlmServer;
using Action = FakeLlmServer::Action;

Q_DECLARE_METATYPE(FakeLlmServer::Action)

namespace {

const QDate Date(2026, 3, 10);
const QString Model = QStringLiteral("gpt-4.1-mini");
constexpr int WaitMs = 20000;

Paper makePaper(int index)
{
    Paper paper;
    paper.id = QStringLiteral("2603.%1").arg(10000 + index);
    paper.version = 1;
    paper.title = QStringLiteral("Paper number %1 on galaxies").arg(index);
    paper.abstract = QStringLiteral("We study sample %1 of galaxies and their dark matter halos "
                                    "with a new method.")
                         .arg(index);
    paper.authors = {QStringLiteral("A. Author"), QStringLiteral("B. Author")};
    paper.categories = {QStringLiteral("astro-ph.GA")};
    paper.primaryCategory = QStringLiteral("astro-ph.GA");
    return paper;
}

Day makeDay(int papers)
{
    Day day;
    day.date = Date;
    day.categories = {QStringLiteral("astro-ph.GA")};
    day.source = QStringLiteral("rss");
    for (int i = 0; i < papers; ++i) {
        day.papers.append(makePaper(i));
        day.listings.append(
            {day.papers.last().id, QStringLiteral("astro-ph.GA"), Sieve::AnnounceType::New});
    }
    return day;
}

enum class Dialect { OpenAi, Anthropic };

std::unique_ptr<Sieve::Scoring::Provider>
makeProvider(Dialect dialect, const QUrl &url, Sieve::Net::HttpClient *http)
{
    const ProviderConfig config{url, Model, QStringLiteral("sk-test")};
    if (dialect == Dialect::Anthropic) {
        return std::make_unique<Sieve::Scoring::AnthropicProvider>(config, http);
    }
    return std::make_unique<Sieve::Scoring::OpenAiCompatibleProvider>(config, http);
}

// One scorer over one library and one fake server, as the CLI wires them.
struct Rig
{
    Rig(FakeLlmServer &server, Library &library, Dialect dialect = Dialect::OpenAi)
        : provider(makeProvider(dialect, server.baseUrl(), &http))
        , scorer(provider.get(), &library)
    {
        http.setBackoff(10ms, 40ms);
        http.setMaxConcurrentJobs(8);
    }

    std::optional<ScoringReport> run(const ScoringOptions &options,
                                     const ScoringProfile &profile = ScoringProfile::defaults())
    {
        QSignalSpy finished(&scorer, &DayScorer::finished);
        QSignalSpy failed(&scorer, &DayScorer::failed);
        scorer.start(Date, profile, options);
        if (!QTest::qWaitFor(
                [&] {
                    return finished.size() + failed.size() > 0;
                },
                WaitMs)
            || finished.isEmpty()) {
            return std::nullopt;
        }
        return finished.first().first().value<ScoringReport>();
    }

    Sieve::Net::HttpClient http;
    std::unique_ptr<Sieve::Scoring::Provider> provider;
    DayScorer scorer;
};

ScoringOptions quickOptions(int batchSize = 4, int concurrency = 4)
{
    ScoringOptions options;
    options.batchSize = batchSize;
    options.concurrency = concurrency;
    options.completion.transferTimeout = 2s;
    options.completion.maxAttempts = 2;
    return options;
}

QHash<QString, ScoreRecord> byPaper(const QList<ScoreRecord> &scores)
{
    QHash<QString, ScoreRecord> map;
    for (const ScoreRecord &score : scores) {
        map.insert(score.paperId, score);
    }
    return map;
}

} // namespace

Q_DECLARE_METATYPE(Dialect)

class TstDayScorer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void scoresEveryPaperInConcurrentBatches();
    void sumsTokensExactlyAsReported();
    void recoversFromAFaultyAnswer_data();
    void recoversFromAFaultyAnswer();
    void marksPapersFailedWithReasonAfterLastAsk();
    void refusedKeyFailsTheRunWithoutRepeating();
    void secondRunOfSameCriteriaCostsNothing();
    void changedCriteriaAreAskedAgain();
    void budgetStopsTheRunAndMarksTheRest();
    void killedRunResumesWithoutRepeatingAStoredBatch();
    void cancelKeepsWhatWasStored();
    void limiterNeverExceedsItsRequestRate();
    void limiterNeverExceedsItsTokenRate();
    void retriesTakeTheirTurnUnderTheRequestRate();
    void nothingIsSentBeforeTheProviderAllows_data();
    void nothingIsSentBeforeTheProviderAllows();
    void titleFilterSkipsPapersTheModelCallsIrrelevant();
    void estimateCountsTheTitleStageAndBoundsTheRun();
    void skippedPapersAreNeverSent();
    void abstractRequestsAskForTheSchemaTitleRequestsDoNot();
    void rejectedSchemaIsDroppedForTheRestOfTheRun_data();
    void rejectedSchemaIsDroppedForTheRestOfTheRun();
    void namedSkippedPapersAreAddedToTheDaysRun_data();
    void namedSkippedPapersAreAddedToTheDaysRun();
    void namedPapersWithoutAFinishedRunRunTheWholeDay();

private:
    std::unique_ptr<FakeLlmServer> m_server;
    std::unique_ptr<Library> m_library;
    QTemporaryDir m_dir;
};

void TstDayScorer::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qRegisterMetaType<ScoringReport>();
    QVERIFY(m_dir.isValid());
}

void TstDayScorer::init()
{
    m_server = std::make_unique<FakeLlmServer>();
    QVERIFY(m_server->isListening());
    auto opened = Library::open(QStringLiteral(":memory:"));
    QVERIFY(opened);
    m_library = std::move(opened).value();
    QVERIFY(m_library->storeDay(makeDay(24)));
}

void TstDayScorer::cleanup()
{
    m_library.reset();
    m_server.reset();
}

void TstDayScorer::scoresEveryPaperInConcurrentBatches()
{
    for (int i = 0; i < 6; ++i) {
        m_server->enqueue(Action::Scores, 200ms);
    }
    Rig rig(*m_server, *m_library);

    const auto report = rig.run(quickOptions(4, 3));
    QVERIFY(report);

    QCOMPARE(report->papers, 24);
    QCOMPARE(report->scored, 24);
    QCOMPARE(report->failed, 0);
    QCOMPARE(report->requests, 6);
    QCOMPARE(m_server->requestCount(), 6);
    QCOMPARE(m_server->maxConcurrentRequests(), 3);

    const auto scores = byPaper(RunStore(*m_library).scores(report->runId));
    QCOMPARE(scores.size(), 24);
    for (const ScoreRecord &score : scores) {
        QCOMPARE(score.status, QStringLiteral("scored"));
        QCOMPARE(score.relevance.value_or(0), FakeLlmServer::expectedRelevance(score.paperId));
        QCOMPARE(score.novelty.value_or(0), FakeLlmServer::expectedNovelty(score.paperId));
        QCOMPARE(score.source, QStringLiteral("llm"));
    }
    QCOMPARE(RunStore(*m_library).run(report->runId)->status, QStringLiteral("done"));
}

void TstDayScorer::sumsTokensExactlyAsReported()
{
    Rig rig(*m_server, *m_library);
    const auto report = rig.run(quickOptions(5, 2));
    QVERIFY(report);

    qint64 prompt = 0;
    qint64 completion = 0;
    RunStore store(*m_library);
    for (const auto &request : store.requests(report->runId)) {
        prompt += request.tokens.prompt;
        completion += request.tokens.completion;
        QVERIFY(request.answered);
        QVERIFY(request.tokens.prompt > 0);
    }
    QVERIFY(prompt > 0);
    QCOMPARE(report->usage.input, prompt);
    QCOMPARE(report->usage.output, completion);

    const auto run = store.run(report->runId);
    QCOMPARE(run->tokens.prompt, prompt);
    QCOMPARE(run->tokens.completion, completion);
    QCOMPARE(run->requests, 5);
    // Every batch after the first repeats the prefix, which the server reports as cached.
    QVERIFY(run->tokens.cached > 0);

    const auto price = ScoringOptions().prices.price(Model);
    QVERIFY(price);
    const double expected = Sieve::Scoring::costOf(*price, report->usage);
    QVERIFY(report->costUsd);
    QCOMPARE(*report->costUsd, expected);
    QCOMPARE(run->costUsd, expected);
}

void TstDayScorer::recoversFromAFaultyAnswer_data()
{
    QTest::addColumn<Action>("fault");
    QTest::newRow("429 with Retry-After") << Action::TooManyRequests;
    QTest::newRow("server error") << Action::ServerError;
    QTest::newRow("connection reset") << Action::Reset;
    QTest::newRow("stalled answer") << Action::Stall;
    QTest::newRow("body is not JSON") << Action::MalformedBody;
    QTest::newRow("prose instead of JSON") << Action::ProseAnswer;
    QTest::newRow("one paper missing") << Action::Partial;
    QTest::newRow("one paper twice") << Action::Duplicated;
    QTest::newRow("score out of range") << Action::OutOfRange;
}

void TstDayScorer::recoversFromAFaultyAnswer()
{
    QFETCH(Action, fault);
    FakeLlmServer::Step step;
    step.action = fault;
    step.retryAfterSeconds = 1;
    m_server->enqueue(step);
    Rig rig(*m_server, *m_library);

    ScoringOptions options = quickOptions(6, 1);
    options.completion.transferTimeout = 500ms;
    const auto report = rig.run(options);
    QVERIFY(report);

    QCOMPARE(report->scored, 24);
    QCOMPARE(report->failed, 0);
    const auto scores = byPaper(RunStore(*m_library).scores(report->runId));
    QCOMPARE(scores.size(), 24);
    for (const ScoreRecord &score : scores) {
        QCOMPARE(score.relevance.value_or(0), FakeLlmServer::expectedRelevance(score.paperId));
    }
}

void TstDayScorer::marksPapersFailedWithReasonAfterLastAsk()
{
    for (int i = 0; i < 40; ++i) {
        m_server->enqueue(Action::ProseAnswer);
    }
    Rig rig(*m_server, *m_library);
    ScoringOptions options = quickOptions(12, 2);
    options.maxAsks = 2;

    const auto report = rig.run(options);
    QVERIFY(report);

    QCOMPARE(report->scored, 0);
    QCOMPARE(report->failed, 24);
    QCOMPARE(report->failures.size(), 24);
    QCOMPARE(m_server->requestCount(), 4); // two batches, each asked twice
    for (const ScoreRecord &failure : report->failures) {
        QCOMPARE(failure.status, QStringLiteral("failed"));
        QVERIFY2(failure.reason.contains(QStringLiteral("could not be read")),
                 qPrintable(failure.reason));
    }
    const auto run = RunStore(*m_library).run(report->runId);
    QCOMPARE(run->status, QStringLiteral("partial"));
    // Unreadable answers were still paid for, and are counted.
    QVERIFY(run->tokens.prompt > 0);
}

void TstDayScorer::refusedKeyFailsTheRunWithoutRepeating()
{
    m_server->enqueue(Action::Unauthorized);
    Rig rig(*m_server, *m_library);

    const auto report = rig.run(quickOptions(24, 1));
    QVERIFY(report);

    QCOMPARE(m_server->requestCount(), 1);
    QCOMPARE(report->failed, 24);
    QVERIFY(report->failures.first().reason.contains(QStringLiteral("API key")));
    QVERIFY(!report->failures.first().reason.contains(QStringLiteral("sk-te")));
}

void TstDayScorer::secondRunOfSameCriteriaCostsNothing()
{
    Rig rig(*m_server, *m_library);
    const auto first = rig.run(quickOptions());
    QVERIFY(first);
    const int requestsBefore = m_server->requestCount();

    const auto second = rig.run(quickOptions());
    QVERIFY(second);

    QCOMPARE(m_server->requestCount(), requestsBefore);
    QCOMPARE(second->scored, 24);
    QCOMPARE(second->fromCache, 24);
    QCOMPARE(second->usage.total(), 0);
    QVERIFY(second->runId != first->runId);
    QCOMPARE(second->costUsd.value_or(-1), 0.0);
}

void TstDayScorer::changedCriteriaAreAskedAgain()
{
    Rig rig(*m_server, *m_library);
    QVERIFY(rig.run(quickOptions()));
    const int requestsBefore = m_server->requestCount();

    ScoringProfile edited = ScoringProfile::defaults();
    edited.criteria += QStringLiteral("\n\n5. Dwarf galaxies\n   - Relevant: satellites.");
    const auto second = rig.run(quickOptions(), edited);
    QVERIFY(second);

    QCOMPARE(second->fromCache, 0);
    QCOMPARE(m_server->requestCount(), requestsBefore * 2);
}

void TstDayScorer::budgetStopsTheRunAndMarksTheRest()
{
    Rig rig(*m_server, *m_library);
    ScoringOptions options = quickOptions(4, 1);
    options.prices.setPrice(Model, {1000.0, 1000.0, 1000.0}); // dollars per million tokens
    const auto estimate = rig.scorer.estimate(Date, ScoringProfile::defaults(), options);
    QVERIFY(estimate);
    QCOMPARE(estimate->requests, 6);
    QVERIFY(estimate->cost);
    options.budgetUsd = *estimate->cost / 3; // room for about two requests

    const auto report = rig.run(options);
    QVERIFY(report);

    QVERIFY(report->scored >= 4);
    QVERIFY(report->overBudget > 0);
    QCOMPARE(report->scored + report->overBudget, 24);
    QVERIFY(report->costUsd.value_or(1e9) <= *options.budgetUsd);
    const auto scores = byPaper(RunStore(*m_library).scores(report->runId));
    QCOMPARE(scores.size(), 24);
    QCOMPARE(RunStore(*m_library).run(report->runId)->status, QStringLiteral("partial"));
}

void TstDayScorer::killedRunResumesWithoutRepeatingAStoredBatch()
{
    const QString path = m_dir.filePath(QStringLiteral("killed.sqlite"));
    {
        auto library = Library::open(path);
        QVERIFY(library);
        QVERIFY(library.value()->storeDay(makeDay(24)));
        for (int i = 0; i < 6; ++i) {
            m_server->enqueue(Action::Scores, 150ms);
        }
        auto rig = std::make_unique<Rig>(*m_server, *library.value());
        rig->scorer.start(Date, ScoringProfile::defaults(), quickOptions(4, 1));
        QTRY_VERIFY_WITH_TIMEOUT(m_server->requestCount() >= 3, WaitMs);
        rig.reset(); // the process dies: whatever was in flight is lost
    }

    auto library = Library::open(path);
    QVERIFY(library);
    RunStore store(*library.value());
    const auto killed = store.latestRun(Date);
    QVERIFY(killed);
    QCOMPARE(killed->status, QStringLiteral("running"));
    QSet<QString> answeredBefore;
    for (const auto &request : store.requests(killed->id)) {
        for (const QString &id : request.paperIds) {
            answeredBefore.insert(id);
        }
    }
    QVERIFY(answeredBefore.size() >= 4);
    const int requestsBefore = m_server->requestCount();

    Rig rig(*m_server, *library.value());
    const auto report = rig.run(quickOptions(4, 1));
    QVERIFY(report);

    QVERIFY(report->resumed);
    QCOMPARE(report->runId, killed->id);
    QCOMPARE(report->scored, 24);
    const auto requests = m_server->requests();
    for (qsizetype i = requestsBefore; i < requests.size(); ++i) {
        for (const QString &id : requests.at(i).ids) {
            QVERIFY2(!answeredBefore.contains(id), qPrintable(id));
        }
    }
    QCOMPARE(store.run(killed->id)->status, QStringLiteral("done"));
}

void TstDayScorer::cancelKeepsWhatWasStored()
{
    for (int i = 0; i < 6; ++i) {
        m_server->enqueue(Action::Scores, 150ms);
    }
    Rig rig(*m_server, *m_library);
    QSignalSpy finished(&rig.scorer, &DayScorer::finished);
    rig.scorer.start(Date, ScoringProfile::defaults(), quickOptions(4, 1));
    QTRY_VERIFY_WITH_TIMEOUT(m_server->requestCount() >= 2, WaitMs);
    rig.scorer.cancel();

    QCOMPARE(finished.size(), 1);
    const auto report = finished.first().first().value<ScoringReport>();
    QVERIFY(report.cancelled);
    QVERIFY(report.scored >= 4);
    QVERIFY(report.scored < 24);
    QCOMPARE(RunStore(*m_library).run(report.runId)->status, QStringLiteral("cancelled"));
    QVERIFY(!rig.scorer.isRunning());

    const auto resumed = rig.run(quickOptions(4, 1));
    QVERIFY(resumed);
    QVERIFY(resumed->resumed);
    QCOMPARE(resumed->scored, 24);
}

void TstDayScorer::limiterNeverExceedsItsRequestRate()
{
    Rig rig(*m_server, *m_library);
    ScoringOptions options = quickOptions(3, 4);
    options.limits.requestsPerWindow = 2;
    options.limits.window = 400ms;

    const auto report = rig.run(options);
    QVERIFY(report);
    QCOMPARE(report->scored, 24);

    // The server's clock stamps a request when its event loop reads it, which on a busy
    // machine can be some tens of milliseconds after it was sent; without the limiter four
    // requests would arrive within a few milliseconds of each other.
    const auto requests = m_server->requests();
    QCOMPARE(requests.size(), 8);
    for (qsizetype i = 2; i < requests.size(); ++i) {
        const qint64 gap = requests.at(i).arrivedMs - requests.at(i - 2).arrivedMs;
        QVERIFY2(gap >= 340,
                 qPrintable(QStringLiteral("requests %1..%2: %3 ms").arg(i - 2).arg(i).arg(gap)));
    }
}

void TstDayScorer::limiterNeverExceedsItsTokenRate()
{
    // Room for two requests of three papers per window, by the scorer's own estimate.
    const Sieve::Scoring::Prompt prompt =
        Sieve::Scoring::PromptBuilder(ScoringProfile::defaults())
            .abstractPrompt({makePaper(0), makePaper(1), makePaper(2)});
    const qint64 perRequest =
        Sieve::Scoring::CostEstimator::tokens(prompt.system + prompt.userMessage())
        + 3 * Sieve::Scoring::CostEstimator::OutputTokensPerPaper;
    Rig rig(*m_server, *m_library);
    ScoringOptions options = quickOptions(3, 4);
    options.limits.tokensPerWindow = perRequest * 5 / 2;
    options.limits.window = 600ms;

    const auto report = rig.run(options);
    QVERIFY(report);
    QCOMPARE(report->scored, 24);

    // What each request really used, as the server counted it, by its first paper.
    QHash<QString, qint64> used;
    for (const auto &request : RunStore(*m_library).requests(report->runId)) {
        used.insert(request.paperIds.first(), request.tokens.prompt + request.tokens.completion);
    }
    const auto requests = m_server->requests();
    QCOMPARE(requests.size(), 8);
    // Windows by the server's clock, shorter than the limiter's: on a busy machine the server
    // may read a request some tens of milliseconds after it was sent. Without the limiter all
    // eight would arrive within a few milliseconds.
    const qint64 windowMs = 600 - 100;
    for (qsizetype i = 0; i < requests.size(); ++i) {
        qint64 tokens = 0;
        for (qsizetype j = 0; j <= i; ++j) {
            if (requests.at(j).arrivedMs > requests.at(i).arrivedMs - windowMs) {
                tokens += used.value(requests.at(j).ids.first());
            }
        }
        QVERIFY2(tokens <= options.limits.tokensPerWindow,
                 qPrintable(QStringLiteral("window ending at request %1 held %2 tokens, limit %3")
                                .arg(i)
                                .arg(tokens)
                                .arg(options.limits.tokensPerWindow)));
    }
    QVERIFY(requests.last().arrivedMs - requests.first().arrivedMs >= windowMs);
}

// Every attempt passes the limiter, retries included: faults answered at once (a 429 with
// Retry-After: 0, a 500) must not let the repeat jump the window.
void TstDayScorer::retriesTakeTheirTurnUnderTheRequestRate()
{
    const Action script[] = {Action::ServerError,
                             Action::TooManyRequests,
                             Action::Scores,
                             Action::ServerError,
                             Action::ServerError,
                             Action::TooManyRequests,
                             Action::Scores,
                             Action::ServerError};
    for (const Action action : script) {
        FakeLlmServer::Step step;
        step.action = action;
        step.retryAfterSeconds = 0;
        m_server->enqueue(step);
    }
    Rig rig(*m_server, *m_library);
    ScoringOptions options = quickOptions(3, 4);
    options.maxAsks = 1; // a batch failing both attempts stays failed
    options.limits.requestsPerWindow = 2;
    options.limits.window = 400ms;

    const auto report = rig.run(options);
    QVERIFY(report);
    QCOMPARE(report->scored + report->failed, 24);

    const auto scores = RunStore(*m_library).scores(report->runId);
    QCOMPARE(scores.size(), 24);
    int failed = 0;
    for (const ScoreRecord &score : scores) {
        QVERIFY2(score.status == QLatin1String("scored") || score.status == QLatin1String("failed"),
                 qPrintable(score.status));
        if (score.status == QLatin1String("failed")) {
            ++failed;
            QVERIFY(score.reason.contains(QStringLiteral("provider error")));
        }
    }
    QCOMPARE(failed, report->failed);

    // As in limiterNeverExceedsItsRequestRate: the server's stamps may lag the sends a little.
    const auto requests = m_server->requests();
    QVERIFY2(requests.size() > 8, "no attempt was repeated");
    QCOMPARE(report->requests, int(requests.size()));
    for (qsizetype i = 2; i < requests.size(); ++i) {
        const qint64 gap = requests.at(i).arrivedMs - requests.at(i - 2).arrivedMs;
        QVERIFY2(gap >= 340,
                 qPrintable(QStringLiteral("requests %1..%2: %3 ms").arg(i - 2).arg(i).arg(gap)));
    }
}

void TstDayScorer::nothingIsSentBeforeTheProviderAllows_data()
{
    QTest::addColumn<Dialect>("dialect");
    QTest::addColumn<Action>("action");
    QTest::addColumn<int>("retryAfterSeconds"); // -1: no Retry-After header
    QTest::addColumn<QString>("exhausted"); // the window the rate-limit headers report empty

    const QString none;
    const QString requests = QStringLiteral("requests");
    const QString tokens = QStringLiteral("tokens");
    const Action refused = Action::TooManyRequests;
    QTest::newRow("OpenAI 429, no requests left") << Dialect::OpenAi << refused << -1 << requests;
    QTest::newRow("OpenAI 429, no tokens left") << Dialect::OpenAi << refused << -1 << tokens;
    QTest::newRow("Anthropic 429, no requests left")
        << Dialect::Anthropic << refused << -1 << requests;
    QTest::newRow("Anthropic 429, no tokens left") << Dialect::Anthropic << refused << -1 << tokens;
    QTest::newRow("OpenAI answer, no requests left")
        << Dialect::OpenAi << Action::Scores << -1 << requests;
    QTest::newRow("Anthropic answer, no tokens left")
        << Dialect::Anthropic << Action::Scores << -1 << tokens;
    QTest::newRow("OpenAI 429, Retry-After") << Dialect::OpenAi << refused << 1 << none;
    QTest::newRow("Anthropic 429, Retry-After") << Dialect::Anthropic << refused << 1 << none;
}

// Two batches go out together; the first answer says to wait a second (Retry-After, or the
// rate-limit headers of the dialect reporting an empty window). The second answer arrives
// within that second, and no request at all may follow before it is over.
void TstDayScorer::nothingIsSentBeforeTheProviderAllows()
{
    QFETCH(Dialect, dialect);
    QFETCH(Action, action);
    QFETCH(int, retryAfterSeconds);
    QFETCH(QString, exhausted);
    constexpr auto Wait = 1000ms;

    FakeLlmServer::Step first;
    first.action = action;
    if (retryAfterSeconds >= 0) {
        first.retryAfterSeconds = retryAfterSeconds;
    }
    if (exhausted == QLatin1String("requests")) {
        first.requestsExhaustedFor = Wait;
    } else if (exhausted == QLatin1String("tokens")) {
        first.tokensExhaustedFor = Wait;
    }
    m_server->enqueue(first);
    m_server->enqueue(Action::Scores, 300ms);
    Rig rig(*m_server, *m_library, dialect);

    const auto report = rig.run(quickOptions(4, 2));
    QVERIFY(report);
    QCOMPARE(report->scored, 24);

    const auto requests = m_server->requests();
    QCOMPARE(requests.size(), action == Action::Scores ? 6 : 7);
    QVERIFY(requests.at(1).arrivedMs - requests.at(0).arrivedMs < 200);
    // The reset is read to the millisecond; the server stamps a request when it reads it.
    const qint64 pausedUntil = requests.at(0).arrivedMs + Wait.count() - 20;
    for (qsizetype i = 2; i < requests.size(); ++i) {
        QVERIFY2(requests.at(i).arrivedMs >= pausedUntil,
                 qPrintable(QStringLiteral("request %1 came %2 ms after the first")
                                .arg(i)
                                .arg(requests.at(i).arrivedMs - requests.at(0).arrivedMs)));
    }
}

void TstDayScorer::titleFilterSkipsPapersTheModelCallsIrrelevant()
{
    Rig rig(*m_server, *m_library);
    ScoringOptions options = quickOptions(6, 2);
    options.titleFilter = true;
    options.titleBatchSize = 12;

    const auto report = rig.run(options);
    QVERIFY(report);

    int irrelevant = 0;
    const auto scores = byPaper(RunStore(*m_library).scores(report->runId));
    for (const ScoreRecord &score : scores) {
        if (FakeLlmServer::isIrrelevantByTitle(score.paperId)) {
            ++irrelevant;
            QCOMPARE(score.status, QStringLiteral("skipped"));
        } else {
            QCOMPARE(score.status, QStringLiteral("scored"));
        }
    }
    QVERIFY(irrelevant > 0);
    QCOMPARE(report->skipped, irrelevant);
    QCOMPARE(report->scored + report->skipped, 24);

    for (const auto &request : m_server->requests()) {
        if (!request.isTitleFilter) {
            for (const QString &id : request.ids) {
                QVERIFY(!FakeLlmServer::isIrrelevantByTitle(id));
            }
        }
    }
}

void TstDayScorer::estimateCountsTheTitleStageAndBoundsTheRun()
{
    Rig rig(*m_server, *m_library);
    ScoringOptions options = quickOptions(6, 2);
    const auto abstractsOnly = rig.scorer.estimate(Date, ScoringProfile::defaults(), options);
    QVERIFY(abstractsOnly);
    QCOMPARE(abstractsOnly->requests, 4); // 24 papers, 6 a request

    options.titleFilter = true;
    options.titleBatchSize = 12;
    const auto withTitles = rig.scorer.estimate(Date, ScoringProfile::defaults(), options);
    QVERIFY(withTitles);
    // Two title requests of 12, and every paper may still reach the abstract stage.
    QCOMPARE(withTitles->requests, 4 + 2);
    QVERIFY(withTitles->usage.input > abstractsOnly->usage.input);
    QCOMPARE(withTitles->usage.output,
             abstractsOnly->usage.output
                 + 24 * Sieve::Scoring::CostEstimator::OutputTokensPerTitle);
    QVERIFY(withTitles->cost && abstractsOnly->cost);
    QVERIFY(*withTitles->cost > *abstractsOnly->cost);

    // The title stage skips some papers, so the run asks for no more than the estimate said.
    const auto report = rig.run(options);
    QVERIFY(report);
    QVERIFY(report->skipped > 0);
    QVERIFY2(report->requests <= withTitles->requests,
             qPrintable(QStringLiteral("%1 requests, %2 estimated")
                            .arg(report->requests)
                            .arg(withTitles->requests)));
}

void TstDayScorer::skippedPapersAreNeverSent()
{
    Rig rig(*m_server, *m_library);
    ScoringOptions options = quickOptions();
    const QString reason = QStringLiteral("skipped by local ranker");
    for (int i = 0; i < 10; ++i) {
        options.skip.insert(makePaper(i).id, reason);
    }

    const auto report = rig.run(options);
    QVERIFY(report);

    QCOMPARE(report->skipped, 10);
    QCOMPARE(report->scored, 14);
    for (const auto &request : m_server->requests()) {
        for (const QString &id : request.ids) {
            QVERIFY(!options.skip.contains(id));
        }
    }
    const auto scores = byPaper(RunStore(*m_library).scores(report->runId));
    QCOMPARE(scores.value(makePaper(0).id).reason, reason);
}

void TstDayScorer::abstractRequestsAskForTheSchemaTitleRequestsDoNot()
{
    Rig rig(*m_server, *m_library);
    ScoringOptions options = quickOptions(6, 2);
    options.titleFilter = true;
    options.titleBatchSize = 12;
    options.completion.structuredOutput = true;

    const auto report = rig.run(options);
    QVERIFY(report);
    QCOMPARE(report->failed, 0);

    int titleRequests = 0;
    int abstractRequests = 0;
    for (const auto &request : m_server->requests()) {
        const QJsonObject format = request.json.value(QStringLiteral("response_format")).toObject();
        if (request.isTitleFilter) {
            ++titleRequests;
            QVERIFY(!request.json.contains(QStringLiteral("response_format")));
        } else {
            ++abstractRequests;
            QCOMPARE(format.value(QStringLiteral("type")).toString(),
                     QStringLiteral("json_schema"));
            QVERIFY(format.value(QStringLiteral("json_schema"))
                        .toObject()
                        .value(QStringLiteral("schema"))
                        .isObject());
        }
    }
    QCOMPARE(titleRequests, 2);
    QVERIFY(abstractRequests > 0);

    // The server answered {"papers": [...]} as the schema asks; every score was read.
    const auto scores = byPaper(RunStore(*m_library).scores(report->runId));
    for (const ScoreRecord &score : scores) {
        if (score.status == QLatin1String("scored")) {
            QCOMPARE(score.relevance.value_or(0), FakeLlmServer::expectedRelevance(score.paperId));
        }
    }
}

void TstDayScorer::rejectedSchemaIsDroppedForTheRestOfTheRun_data()
{
    QTest::addColumn<QString>("message");
    QTest::newRow("the error names response_format")
        << QStringLiteral("response_format is not supported");
    QTest::newRow("a bare 400, as llama.cpp answers") << QStringLiteral("Invalid request");
}

void TstDayScorer::rejectedSchemaIsDroppedForTheRestOfTheRun()
{
    QFETCH(QString, message);
    m_server->setRejectsResponseFormat(true, message);
    Rig rig(*m_server, *m_library);
    ScoringOptions options = quickOptions(6, 1);
    options.completion.structuredOutput = true;

    const auto report = rig.run(options);
    QVERIFY(report);
    QCOMPARE(report->scored, 24);
    QCOMPARE(report->failed, 0);

    // Four batches: the first asked twice (with the schema, then without), the rest without.
    const auto requests = m_server->requests();
    QCOMPARE(requests.size(), 5);
    QVERIFY(requests.at(0).json.contains(QStringLiteral("response_format")));
    QCOMPARE(requests.at(1).ids, requests.at(0).ids);
    for (qsizetype i = 1; i < requests.size(); ++i) {
        QVERIFY(!requests.at(i).json.contains(QStringLiteral("response_format")));
    }
    QVERIFY(!static_cast<Sieve::Scoring::OpenAiCompatibleProvider &>(*rig.provider)
                 .acceptsStructuredOutput());
}

void TstDayScorer::namedSkippedPapersAreAddedToTheDaysRun_data()
{
    QTest::addColumn<bool>("titleFilter");
    QTest::newRow("abstracts only") << false;
    QTest::newRow("title filter on") << true; // a named paper goes straight to its abstract
}

void TstDayScorer::namedSkippedPapersAreAddedToTheDaysRun()
{
    QFETCH(bool, titleFilter);
    Rig rig(*m_server, *m_library);
    ScoringOptions options = quickOptions();
    options.titleFilter = titleFilter;
    for (int i = 0; i < 10; ++i) {
        options.skip.insert(makePaper(i).id, QStringLiteral("skipped by local ranker"));
    }
    const auto first = rig.run(options);
    QVERIFY(first);
    QVERIFY(first->skipped >= 10); // and those the title filter skipped
    const int requestsBefore = m_server->requestCount();

    // The reader sends two of the skipped papers to the LLM after all.
    const QStringList named{makePaper(2).id, makePaper(5).id};
    options.only = named;
    QVERIFY(rig.scorer.addsToLatestRun(Date, ScoringProfile::defaults(), options));
    const auto estimate = rig.scorer.estimate(Date, ScoringProfile::defaults(), options);
    QVERIFY(estimate);
    QCOMPARE(estimate->requests, 1);
    const auto second = rig.run(options);

    QVERIFY(second);
    QVERIFY(second->resumed);
    QCOMPARE(second->runId, first->runId);
    QCOMPARE(second->papers, 2);
    QCOMPARE(second->scored, 2);
    QCOMPARE(second->requests, 1);
    const auto requests = m_server->requests();
    QCOMPARE(requests.size(), requestsBefore + 1);
    QVERIFY(!requests.constLast().isTitleFilter);
    QCOMPARE(QSet<QString>(requests.constLast().ids.cbegin(), requests.constLast().ids.cend()),
             QSet<QString>(named.cbegin(), named.cend()));

    // The day's run keeps every other outcome: the reading list still shows them all.
    const auto scores = byPaper(RunStore(*m_library).scores(first->runId));
    QCOMPARE(scores.size(), 24);
    QCOMPARE(scores.value(makePaper(2).id).status, QStringLiteral("scored"));
    QCOMPARE(scores.value(makePaper(5).id).status, QStringLiteral("scored"));
    QCOMPARE(scores.value(makePaper(3).id).status, QStringLiteral("skipped"));
    QCOMPARE(RunStore(*m_library).latestRun(Date)->id, first->runId);
    QCOMPARE(RunStore(*m_library).run(first->runId)->status, QStringLiteral("done"));
}

void TstDayScorer::namedPapersWithoutAFinishedRunRunTheWholeDay()
{
    Rig rig(*m_server, *m_library);
    ScoringOptions options = quickOptions();
    for (int i = 0; i < 10; ++i) {
        options.skip.insert(makePaper(i).id, QStringLiteral("skipped by local ranker"));
    }
    options.only = {makePaper(2).id};
    QVERIFY(!rig.scorer.addsToLatestRun(Date, ScoringProfile::defaults(), options));

    const auto report = rig.run(options);

    // A run of the named paper alone would hide the day's other scores: the day is run, and
    // the named paper is not skipped.
    QVERIFY(report);
    QCOMPARE(report->papers, 24);
    QCOMPARE(report->skipped, 9);
    QCOMPARE(report->scored, 15);
    const auto scores = byPaper(RunStore(*m_library).scores(report->runId));
    QCOMPARE(scores.value(makePaper(2).id).status, QStringLiteral("scored"));
}

QTEST_GUILESS_MAIN(TstDayScorer)
#include "tst_dayscorer.moc"
