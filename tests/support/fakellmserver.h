// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#ifndef SIEVE_TEST_FAKELLMSERVER_H
#define SIEVE_TEST_FAKELLMSERVER_H

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QQueue>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <chrono>
#include <optional>
#include <tests/support/fakehttpserver.h>

namespace Sieve::Test {

// An LLM API on 127.0.0.1 speaking OpenAI's chat completions (POST /v1/chat/completions) and
// Anthropic's messages (POST /v1/messages). It reads the "ArXiv ID: ..." lines of the user
// content (or the "ID: title" lines of a title pre-filter, answered with the ids of
// isIrrelevantByTitle) and answers each request with the next scripted Step (plain scores once
// the script is used up). Scores are JSON Lines with fixed per-id values
// (expectedRelevance/Novelty).
//
// Usage is realistic: a token is four characters of the prompt's text; a prefix seen before is
// reported as cached (OpenAI's cached_tokens for the system and user text before the first
// paper, Anthropic's cache_read_input_tokens for a block marked cache_control, and
// cache_creation_input_tokens the first time). Scores and 429s carry the dialect's rate-limit
// headers, which a Step may make report an exhausted window. The HTTP side (one request per
// connection, "Connection: close", the event loop of the creating thread) is a FakeHttpServer whose
// responder runs the script.
class FakeLlmServer : public QObject
{
    Q_OBJECT

public:
    enum class Action {
        Scores, // one valid line per id
        TooManyRequests, // 429, with Retry-After: Step::retryAfterSeconds when it is set
        ServerError, // 500
        Unauthorized, // 401 with an error text that echoes part of the key, as OpenAI's does
        Stall, // read the request, never answer
        Reset, // read the request, then drop the connection halfway through the answer
        MalformedBody, // 200 whose body is not JSON
        ProseAnswer, // a valid envelope whose text holds no JSON at all
        Partial, // scores for all ids but the last
        Duplicated, // the first id answered twice (with different scores the second time)
        OutOfRange, // the first id gets RELEVANCE 85
    };

    struct Step
    {
        Action action = Action::Scores;
        std::chrono::milliseconds latency{0}; // before answering (or dropping)
        std::optional<int> retryAfterSeconds;
        // The answer's rate-limit headers report no requests (or tokens) left, the window full
        // again after this long: OpenAI's x-ratelimit-reset-* as a duration ("1.5s"),
        // Anthropic's anthropic-ratelimit-*-reset as the moment (RFC 3339, milliseconds).
        std::optional<std::chrono::milliseconds> requestsExhaustedFor;
        std::optional<std::chrono::milliseconds> tokensExhaustedFor;
    };

    struct Request
    {
        QString path; // "/v1/chat/completions" or "/v1/messages"
        QHash<QByteArray, QByteArray> headers; // names in lower case
        QByteArray body;
        QJsonObject json; // the body parsed; empty when it was not a JSON object
        QStringList ids; // arXiv IDs found in the user content, in order
        bool isTitleFilter = false; // the ids came from a title pre-filter's "ID: title" lines
        qint64 arrivedMs = 0;

        QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
    };

    explicit FakeLlmServer(QObject *parent = nullptr);

    bool isListening() const { return m_http.isListening(); }

    QUrl baseUrl() const { return m_http.baseUrl(); } // http://127.0.0.1:PORT, without /v1

    void enqueue(const Step &step);
    void enqueue(Action action, std::chrono::milliseconds latency = {});

    // Answer 400 to every request that carries a response_format, as many OpenAI-compatible
    // servers do: some name it in the error, some (llama.cpp, LM Studio) do not. A server that
    // accepts it answers scores as the schema asks, {"papers": [{...}, ...]}, not JSON Lines.
    void setRejectsResponseFormat(
        bool rejects, const QString &message = QStringLiteral("response_format is not supported"))
    {
        m_rejectsResponseFormat = rejects;
        m_rejectionMessage = message;
    }

    // Model name reported in answers; empty echoes the request's model.
    void setModelName(const QString &model) { m_modelName = model; }

    QList<Request> requests() const { return m_requests; }

    int requestCount() const { return int(m_requests.size()); }

    int maxConcurrentRequests() const { return m_http.maxConcurrentRequests(); }

    static int expectedRelevance(const QString &id);
    static int expectedNovelty(const QString &id);
    // What the title pre-filter answers: the papers whose expected relevance is 3 or less.
    static bool isIrrelevantByTitle(const QString &id);

    static qint64 tokensFor(const QString &text) { return (text.size() + 3) / 4; }

Q_SIGNALS:
    void requestReceived(int index);

private:
    using Response = FakeHttpServer::Response;

    Response respond(const FakeHttpServer::Request &httpRequest);
    Response answerFor(const Request &request, const Step &step);
    Response completion(const Request &request, const Step &step, const QString &text);
    Response error(const Request &request, int code, const QString &type, const QString &message);
    QString answerText(const QStringList &ids, Action action, bool asSchemaObject) const;
    QString titleFilterText(const QStringList &ids) const;
    void addRateLimitHeaders(const Request &request, const Step &step, Response &response) const;

    FakeHttpServer m_http;
    QQueue<Step> m_script;
    QList<Request> m_requests;
    QSet<QString> m_seenPrefixes;
    QString m_modelName;
    bool m_rejectsResponseFormat = false;
    QString m_rejectionMessage;
};

} // namespace Sieve::Test

#endif // SIEVE_TEST_FAKELLMSERVER_H
