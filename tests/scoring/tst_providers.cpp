// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include <app/net/httpclient.h>
#include <app/scoring/anthropicprovider.h>
#include <app/scoring/openaicompatibleprovider.h>
#include <app/scoring/responseparser.h>

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

#include <memory>
#include <tests/support/fakellmserver.h>

using namespace Sieve::Scoring;
using namespace std::chrono_literals;
using Sieve::Error;
using Sieve::Net::HttpClient;
using Sieve::Test::FakeLlmServer;

namespace {

enum class Dialect { OpenAi, Anthropic };

const QString Key = QStringLiteral("sk-test-0123456789abcdef");
const QString Model = QStringLiteral("test-model");
const QStringList Ids = {
    QStringLiteral("2504.11651"), QStringLiteral("2504.11516"), QStringLiteral("2504.12170")};

Prompt batchPrompt(const QStringList &ids = Ids)
{
    Prompt prompt;
    prompt.system = QStringLiteral("You rate arXiv papers for a researcher.");
    prompt.cacheablePrefix = QStringLiteral(
        "Topics:\n1. Model compression.\n\nAnswer with one JSON line per paper.\n\n");
    for (const QString &id : ids) {
        prompt.variablePart +=
            QStringLiteral("ArXiv ID: %1\nTitle: A paper\nAbstract: Text.\n\n").arg(id);
    }
    return prompt;
}

// The outcome of one job, waited for.
struct Outcome
{
    bool finished = false;
    Completion completion;
    Error error;
    ProviderJob::Failure failure; // read in the slot: the job is gone afterwards
};

} // namespace

Q_DECLARE_METATYPE(Dialect)
Q_DECLARE_METATYPE(Sieve::Test::FakeLlmServer::Action)

class TstProviders : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void sendsTheDialectsRequestShape_data();
    void sendsTheDialectsRequestShape();
    void reachesTheEndpointFromAnyFormOfItsAddress_data();
    void reachesTheEndpointFromAnyFormOfItsAddress();
    void readsUsageIncludingCachedPrefix_data();
    void readsUsageIncludingCachedPrefix();
    void readsRateLimitHeaders_data();
    void readsRateLimitHeaders();
    void refusedKeyIsClearAndNeverShowsTheKey_data();
    void refusedKeyIsClearAndNeverShowsTheKey();
    void reportsTooManyRequestsWithRetryAfterAndLimits_data();
    void reportsTooManyRequestsWithRetryAfterAndLimits();
    void tooLongRetryAfterIsNotWorthAnotherAttempt();
    void reportsServerErrorAsWorthAnotherAttempt_data();
    void reportsServerErrorAsWorthAnotherAttempt();
    void stalledServerTimesOutAsNetworkError_data();
    void stalledServerTimesOutAsNetworkError();
    void reportsConnectionResetAsWorthAnotherAttempt_data();
    void reportsConnectionResetAsWorthAnotherAttempt();
    void malformedBodyIsBadData_data();
    void malformedBodyIsBadData();
    void abortFailsWithCancelled_data();
    void abortFailsWithCancelled();
    void fallsBackWithoutResponseFormatOnceAndRemembers();
    void answerFeedsResponseParser_data();
    void answerFeedsResponseParser();
    void parsesResetDurations_data();
    void parsesResetDurations();

private:
    void addDialects();
    Provider *makeProvider(Dialect dialect);
    Outcome run(Provider *provider, const CompletionOptions &options = {});

    std::unique_ptr<FakeLlmServer> m_server;
    std::unique_ptr<HttpClient> m_http;
    std::unique_ptr<Provider> m_provider;
};

void TstProviders::init()
{
    m_server = std::make_unique<FakeLlmServer>();
    QVERIFY(m_server->isListening());
    m_http = std::make_unique<HttpClient>();
    m_http->setBackoff(10ms, 50ms);
}

void TstProviders::cleanup()
{
    m_provider.reset();
    m_http.reset();
    m_server.reset();
}

void TstProviders::addDialects()
{
    QTest::addColumn<Dialect>("dialect");
    QTest::newRow("openai-compatible") << Dialect::OpenAi;
    QTest::newRow("anthropic") << Dialect::Anthropic;
}

Provider *TstProviders::makeProvider(Dialect dialect)
{
    const ProviderConfig config{m_server->baseUrl(), Model, Key};
    if (dialect == Dialect::Anthropic) {
        m_provider = std::make_unique<AnthropicProvider>(config, m_http.get());
    } else {
        m_provider = std::make_unique<OpenAiCompatibleProvider>(config, m_http.get());
    }
    return m_provider.get();
}

Outcome TstProviders::run(Provider *provider, const CompletionOptions &options)
{
    ProviderJob *job = provider->complete(batchPrompt(), options);
    QSignalSpy finished(job, &ProviderJob::finished);
    QSignalSpy failed(job, &ProviderJob::failed);
    Outcome outcome;
    connect(job, &ProviderJob::failed, this, [job, &outcome] {
        outcome.failure = job->failure();
    });
    if (!QTest::qWaitFor(
            [&] {
                return finished.size() + failed.size() > 0;
            },
            15000)) {
        outcome.error = Error(Error::Code::InvalidInput, QStringLiteral("the job never ended"));
        return outcome;
    }
    if (!finished.isEmpty()) {
        outcome.finished = true;
        outcome.completion = finished.first().first().value<Completion>();
    } else {
        outcome.error = failed.first().first().value<Error>();
    }
    return outcome;
}

void TstProviders::sendsTheDialectsRequestShape_data()
{
    addDialects();
}

void TstProviders::sendsTheDialectsRequestShape()
{
    QFETCH(Dialect, dialect);
    CompletionOptions options;
    options.structuredOutput = true;

    const Outcome outcome = run(makeProvider(dialect), options);
    QVERIFY2(outcome.finished, qPrintable(outcome.error.detail()));
    QCOMPARE(m_server->requestCount(), 1);
    const FakeLlmServer::Request request = m_server->requests().first();
    QCOMPARE(request.json.value(QStringLiteral("model")).toString(), Model);
    QCOMPARE(request.ids, Ids);
    QCOMPARE(request.header("content-type"), QByteArray("application/json"));

    const QJsonArray messages = request.json.value(QStringLiteral("messages")).toArray();
    if (dialect == Dialect::OpenAi) {
        QCOMPARE(request.path, QStringLiteral("/v1/chat/completions"));
        QCOMPARE(request.header("authorization"), "Bearer " + Key.toUtf8());
        QCOMPARE(messages.size(), 2);
        QCOMPARE(messages.at(0)[QStringLiteral("role")].toString(), QStringLiteral("system"));
        QCOMPARE(messages.at(1)[QStringLiteral("content")].toString(), batchPrompt().userMessage());
        const QJsonObject format = request.json.value(QStringLiteral("response_format")).toObject();
        QCOMPARE(format.value(QStringLiteral("type")).toString(), QStringLiteral("json_schema"));
    } else {
        QCOMPARE(request.path, QStringLiteral("/v1/messages"));
        QCOMPARE(request.header("x-api-key"), Key.toUtf8());
        QCOMPARE(request.header("anthropic-version"), QByteArray("2023-06-01"));
        QVERIFY(request.header("authorization").isEmpty());
        QCOMPARE(request.json.value(QStringLiteral("system"))
                     .toArray()
                     .at(0)[QStringLiteral("text")]
                     .toString(),
                 batchPrompt().system);
        QCOMPARE(messages.size(), 1);
        const QJsonArray blocks = messages.at(0)[QStringLiteral("content")].toArray();
        QCOMPARE(blocks.size(), 2);
        QCOMPARE(blocks.at(0)[QStringLiteral("text")].toString(), batchPrompt().cacheablePrefix);
        QCOMPARE(blocks.at(0)[QStringLiteral("cache_control")][QStringLiteral("type")].toString(),
                 QStringLiteral("ephemeral"));
        QCOMPARE(blocks.at(1)[QStringLiteral("text")].toString(), batchPrompt().variablePart);
        QVERIFY(!blocks.at(1).toObject().contains(QStringLiteral("cache_control")));
        QVERIFY(request.json.value(QStringLiteral("max_tokens")).toInt() > 0);
        QVERIFY(!request.json.contains(QStringLiteral("response_format")));
    }
}

void TstProviders::reachesTheEndpointFromAnyFormOfItsAddress_data()
{
    QTest::addColumn<Dialect>("dialect");
    QTest::addColumn<QString>("givenPath"); // after the fake server's scheme, host and port
    QTest::addColumn<QString>("requestPath");

    const QString chat = QStringLiteral("/v1/chat/completions");
    const QString messages = QStringLiteral("/v1/messages");
    QTest::newRow("host only") << Dialect::OpenAi << QString() << chat;
    QTest::newRow("host and slash") << Dialect::OpenAi << QStringLiteral("/") << chat;
    QTest::newRow("with /v1") << Dialect::OpenAi << QStringLiteral("/v1") << chat;
    QTest::newRow("with /v1/") << Dialect::OpenAi << QStringLiteral("/v1/") << chat;
    QTest::newRow("OpenRouter's /api/v1") << Dialect::OpenAi << QStringLiteral("/api/v1")
                                          << QStringLiteral("/api/v1/chat/completions");
    QTest::newRow("Azure's /openai/v1") << Dialect::OpenAi << QStringLiteral("/openai/v1/")
                                        << QStringLiteral("/openai/v1/chat/completions");
    QTest::newRow("a proxy's prefix") << Dialect::OpenAi << QStringLiteral("/proxy")
                                      << QStringLiteral("/proxy/v1/chat/completions");
    QTest::newRow("the whole endpoint") << Dialect::OpenAi << chat << chat;
    QTest::newRow("GitHub Models' base") << Dialect::OpenAi << QStringLiteral("/inference")
                                         << QStringLiteral("/inference/chat/completions");
    QTest::newRow("GitHub Models' base and slash")
        << Dialect::OpenAi << QStringLiteral("/inference/")
        << QStringLiteral("/inference/chat/completions");
    QTest::newRow("GitHub Models' endpoint")
        << Dialect::OpenAi << QStringLiteral("/inference/chat/completions")
        << QStringLiteral("/inference/chat/completions");
    QTest::newRow("Anthropic, host only") << Dialect::Anthropic << QString() << messages;
    QTest::newRow("Anthropic, with /v1") << Dialect::Anthropic << QStringLiteral("/v1") << messages;
    QTest::newRow("Anthropic, the whole endpoint") << Dialect::Anthropic << messages << messages;
}

void TstProviders::reachesTheEndpointFromAnyFormOfItsAddress()
{
    QFETCH(Dialect, dialect);
    QFETCH(QString, givenPath);
    QFETCH(QString, requestPath);
    QUrl url = m_server->baseUrl();
    url.setPath(givenPath);
    const ProviderConfig config{url, Model, Key};
    if (dialect == Dialect::Anthropic) {
        m_provider = std::make_unique<AnthropicProvider>(config, m_http.get());
    } else {
        m_provider = std::make_unique<OpenAiCompatibleProvider>(config, m_http.get());
    }

    const Outcome outcome = run(m_provider.get());
    QVERIFY2(outcome.finished, qPrintable(outcome.error.detail()));
    QCOMPARE(m_server->requestCount(), 1);
    QCOMPARE(m_server->requests().at(0).path, requestPath);
}

void TstProviders::readsUsageIncludingCachedPrefix_data()
{
    addDialects();
}

void TstProviders::readsUsageIncludingCachedPrefix()
{
    QFETCH(Dialect, dialect);
    Provider *provider = makeProvider(dialect);
    const Prompt prompt = batchPrompt();
    const qint64 promptTokens = FakeLlmServer::tokensFor(prompt.system + prompt.userMessage());
    const qint64 prefixTokens = FakeLlmServer::tokensFor(prompt.system + prompt.cacheablePrefix);

    const Outcome first = run(provider);
    const Outcome second = run(provider);
    QVERIFY2(first.finished && second.finished, qPrintable(first.error.detail()));

    QCOMPARE(first.completion.usage.input, promptTokens);
    QCOMPARE(first.completion.usage.cachedInput, 0);
    QCOMPARE(first.completion.usage.output, FakeLlmServer::tokensFor(first.completion.text));
    QCOMPARE(second.completion.usage.input, promptTokens);
    QCOMPARE(second.completion.usage.cachedInput, prefixTokens);
    // Anthropic reports the first request's cache write; OpenAI's usage has no such count.
    const qint64 written = dialect == Dialect::Anthropic
        ? FakeLlmServer::tokensFor(prompt.system + prompt.cacheablePrefix)
        : 0;
    QCOMPARE(first.completion.usage.cacheWriteInput, written);
    QCOMPARE(second.completion.usage.cacheWriteInput, 0);
    QCOMPARE(second.completion.model, Model);
    QCOMPARE(second.completion.httpStatus, 200);
}

void TstProviders::readsRateLimitHeaders_data()
{
    addDialects();
}

void TstProviders::readsRateLimitHeaders()
{
    QFETCH(Dialect, dialect);

    const Outcome outcome = run(makeProvider(dialect));
    QVERIFY2(outcome.finished, qPrintable(outcome.error.detail()));
    const RateLimitInfo limits = outcome.completion.rateLimits;
    QCOMPARE(limits.requestLimit, 500);
    QCOMPARE(limits.requestsRemaining, 499);
    QCOMPARE(limits.tokenLimit, 200000);
    QVERIFY(limits.tokensRemaining.has_value());
    QVERIFY(limits.requestsReset.has_value());
    QVERIFY(*limits.requestsReset <= 2000ms);
    QVERIFY(limits.tokensReset.has_value());
}

void TstProviders::refusedKeyIsClearAndNeverShowsTheKey_data()
{
    addDialects();
}

void TstProviders::refusedKeyIsClearAndNeverShowsTheKey()
{
    QFETCH(Dialect, dialect);
    m_server->enqueue(FakeLlmServer::Action::Unauthorized);

    const Outcome outcome = run(makeProvider(dialect));
    QVERIFY(!outcome.finished);
    QCOMPARE(outcome.error.code(), Error::Code::InvalidInput);
    QVERIFY2(outcome.error.userMessage().contains(QStringLiteral("refused the API key")),
             qPrintable(outcome.error.userMessage()));
    const QString everything = outcome.error.userMessage() + outcome.error.detail();
    QVERIFY(!everything.contains(Key));
    QVERIFY(!everything.contains(Key.right(4)));
    QCOMPARE(m_server->requestCount(), 1);
}

void TstProviders::reportsTooManyRequestsWithRetryAfterAndLimits_data()
{
    addDialects();
}

// One job is one request: the caller makes the next attempt, under its rate limiter.
void TstProviders::reportsTooManyRequestsWithRetryAfterAndLimits()
{
    QFETCH(Dialect, dialect);
    FakeLlmServer::Step step;
    step.action = FakeLlmServer::Action::TooManyRequests;
    step.retryAfterSeconds = 2;
    step.requestsExhaustedFor = 1500ms;
    m_server->enqueue(step);

    const Outcome outcome = run(makeProvider(dialect));
    QVERIFY(!outcome.finished);
    QCOMPARE(m_server->requestCount(), 1);
    QCOMPARE(outcome.error.code(), Error::Code::Network);
    QCOMPARE(outcome.failure.httpStatus, 429);
    QVERIFY(outcome.failure.retryable);
    QVERIFY(!outcome.failure.adjusted);
    QCOMPARE(outcome.failure.retryAfter.value_or(0ms), 2000ms);
    QCOMPARE(outcome.failure.rateLimits.requestsRemaining.value_or(-1), 0);
    QVERIFY(outcome.failure.rateLimits.requestsReset);
    QVERIFY2(*outcome.failure.rateLimits.requestsReset > 1200ms
                 && *outcome.failure.rateLimits.requestsReset <= 1500ms,
             qPrintable(QString::number(outcome.failure.rateLimits.requestsReset->count())));
}

void TstProviders::tooLongRetryAfterIsNotWorthAnotherAttempt()
{
    FakeLlmServer::Step step;
    step.action = FakeLlmServer::Action::TooManyRequests;
    step.retryAfterSeconds = 5;
    m_server->enqueue(step);
    m_http->retryPolicy().setMaxRetryAfter(1s);

    const Outcome outcome = run(makeProvider(Dialect::OpenAi));
    QVERIFY(!outcome.finished);
    QCOMPARE(outcome.failure.httpStatus, 429);
    QVERIFY(!outcome.failure.retryable);
    QCOMPARE(m_server->requestCount(), 1);
}

void TstProviders::reportsServerErrorAsWorthAnotherAttempt_data()
{
    addDialects();
}

void TstProviders::reportsServerErrorAsWorthAnotherAttempt()
{
    QFETCH(Dialect, dialect);
    m_server->enqueue(FakeLlmServer::Action::ServerError);
    CompletionOptions options;
    options.maxAttempts = 3; // the caller's to make, not the job's

    const Outcome outcome = run(makeProvider(dialect), options);
    QVERIFY(!outcome.finished);
    QCOMPARE(outcome.error.code(), Error::Code::Network);
    QCOMPARE(outcome.failure.httpStatus, 500);
    QVERIFY(outcome.failure.retryable);
    QCOMPARE(m_server->requestCount(), 1);
}

void TstProviders::stalledServerTimesOutAsNetworkError_data()
{
    addDialects();
}

void TstProviders::stalledServerTimesOutAsNetworkError()
{
    QFETCH(Dialect, dialect);
    m_server->enqueue(FakeLlmServer::Action::Stall);
    CompletionOptions options;
    options.transferTimeout = 200ms;

    const Outcome outcome = run(makeProvider(dialect), options);
    QVERIFY(!outcome.finished);
    QCOMPARE(outcome.error.code(), Error::Code::Network);
    QCOMPARE(outcome.failure.httpStatus, 0);
    QVERIFY(outcome.failure.retryable);
    QCOMPARE(m_server->requestCount(), 1);
}

void TstProviders::reportsConnectionResetAsWorthAnotherAttempt_data()
{
    addDialects();
}

void TstProviders::reportsConnectionResetAsWorthAnotherAttempt()
{
    QFETCH(Dialect, dialect);
    m_server->enqueue(FakeLlmServer::Action::Reset);

    const Outcome outcome = run(makeProvider(dialect));
    QVERIFY(!outcome.finished);
    QVERIFY(outcome.failure.retryable);
    QCOMPARE(m_server->requestCount(), 1);

    const Outcome again = run(m_provider.get());
    QVERIFY2(again.finished, qPrintable(again.error.detail()));
    QCOMPARE(m_server->requestCount(), 2);
}

void TstProviders::malformedBodyIsBadData_data()
{
    addDialects();
}

void TstProviders::malformedBodyIsBadData()
{
    QFETCH(Dialect, dialect);
    m_server->enqueue(FakeLlmServer::Action::MalformedBody);

    const Outcome outcome = run(makeProvider(dialect));
    QVERIFY(!outcome.finished);
    QCOMPARE(outcome.error.code(), Error::Code::BadData);
    QCOMPARE(m_server->requestCount(), 1);
}

void TstProviders::abortFailsWithCancelled_data()
{
    addDialects();
}

void TstProviders::abortFailsWithCancelled()
{
    QFETCH(Dialect, dialect);
    m_server->enqueue(FakeLlmServer::Action::Stall);
    ProviderJob *job = makeProvider(dialect)->complete(batchPrompt(), {});
    QSignalSpy finished(job, &ProviderJob::finished);
    QSignalSpy failed(job, &ProviderJob::failed);
    QTRY_COMPARE(m_server->requestCount(), 1);

    job->abort();
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.first().first().value<Error>().code(), Error::Code::Cancelled);
    QTest::qWait(50);
    QCOMPARE(finished.size(), 0);
    QCOMPARE(failed.size(), 1);
}

void TstProviders::fallsBackWithoutResponseFormatOnceAndRemembers()
{
    m_server->setRejectsResponseFormat(true);
    auto *provider = static_cast<OpenAiCompatibleProvider *>(makeProvider(Dialect::OpenAi));
    CompletionOptions options;
    options.structuredOutput = true;

    // The rejection is reported as worth asking again at once: the provider has dropped the
    // schema, and the caller sends the request again under its limiter.
    const Outcome first = run(provider, options);
    QVERIFY(!first.finished);
    QCOMPARE(first.failure.httpStatus, 400);
    QVERIFY(first.failure.retryable);
    QVERIFY(first.failure.adjusted);
    QCOMPARE(m_server->requestCount(), 1);
    QVERIFY(m_server->requests().at(0).json.contains(QStringLiteral("response_format")));
    QVERIFY(!provider->acceptsStructuredOutput());

    const Outcome second = run(provider, options);
    QVERIFY2(second.finished, qPrintable(second.error.detail()));
    QCOMPARE(m_server->requestCount(), 2);
    QVERIFY(!m_server->requests().at(1).json.contains(QStringLiteral("response_format")));
}

void TstProviders::answerFeedsResponseParser_data()
{
    QTest::addColumn<Dialect>("dialect");
    QTest::addColumn<FakeLlmServer::Action>("action");
    QTest::addColumn<QStringList>("missing");
    QTest::addColumn<QStringList>("duplicates");

    const struct
    {
        const char *name;
        FakeLlmServer::Action action;
        QStringList missing;
        QStringList duplicates;
    } cases[] = {
        {"clean", FakeLlmServer::Action::Scores, {}, {}},
        {"partial", FakeLlmServer::Action::Partial, {Ids.last()}, {}},
        {"duplicated", FakeLlmServer::Action::Duplicated, {}, {Ids.first()}},
        {"out of range", FakeLlmServer::Action::OutOfRange, {Ids.first()}, {}},
        {"prose", FakeLlmServer::Action::ProseAnswer, Ids, {}},
    };

    for (const auto &c : cases) {
        QTest::addRow("openai-compatible, %s", c.name)
            << Dialect::OpenAi << c.action << c.missing << c.duplicates;
        QTest::addRow("anthropic, %s", c.name)
            << Dialect::Anthropic << c.action << c.missing << c.duplicates;
    }
}

void TstProviders::answerFeedsResponseParser()
{
    QFETCH(Dialect, dialect);
    QFETCH(FakeLlmServer::Action, action);
    QFETCH(QStringList, missing);
    QFETCH(QStringList, duplicates);
    m_server->enqueue(action);

    const Outcome outcome = run(makeProvider(dialect));
    QVERIFY2(outcome.finished, qPrintable(outcome.error.detail()));
    const ParsedBatch parsed = ResponseParser::parse(outcome.completion.text, Ids);
    QCOMPARE(parsed.missing, missing);
    QCOMPARE(parsed.duplicates, duplicates);
    for (const PaperScore &score : parsed.scores) {
        QCOMPARE(score.relevance, FakeLlmServer::expectedRelevance(score.paperId));
        QCOMPARE(score.novelty, FakeLlmServer::expectedNovelty(score.paperId));
    }
    QCOMPARE(parsed.scores.size(), Ids.size() - missing.size());
}

void TstProviders::parsesResetDurations_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<qint64>("expectedMs"); // -1: not a duration

    QTest::newRow("milliseconds") << QByteArray("20ms") << qint64(20);
    QTest::newRow("seconds with fraction") << QByteArray("1.5s") << qint64(1500);
    QTest::newRow("minutes and seconds") << QByteArray("6m0s") << qint64(360000);
    QTest::newRow("hours, minutes, seconds") << QByteArray("1h2m3s") << qint64(3723000);
    QTest::newRow("bare seconds") << QByteArray("30") << qint64(30000);
    QTest::newRow("garbage") << QByteArray("soon") << qint64(-1);
    QTest::newRow("unit without number") << QByteArray("ms") << qint64(-1);
    QTest::newRow("trailing junk") << QByteArray("5s later") << qint64(-1);
}

void TstProviders::parsesResetDurations()
{
    QFETCH(QByteArray, value);
    QFETCH(qint64, expectedMs);

    const auto parsed = RateLimitInfo::parseDuration(value);
    QCOMPARE(parsed.has_value(), expectedMs >= 0);
    if (parsed) {
        QCOMPARE(parsed->count(), expectedMs);
    }
}

QTEST_GUILESS_MAIN(TstProviders)
#include "tst_providers.moc"
