// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "fakellmserver.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace Sieve::Test {

namespace {

constexpr qint64 RequestLimit = 500;
constexpr qint64 TokenLimit = 200000;

bool isAnthropic(const QString &path)
{
    return path.endsWith(QLatin1String("/v1/messages"));
}

QString textOf(const QJsonValue &content)
{
    if (content.isString()) {
        return content.toString();
    }
    QString text;
    for (const QJsonValue &block : content.toArray()) {
        text += block.toObject().value(QStringLiteral("text")).toString();
    }
    return text;
}

QString userText(const QJsonObject &json)
{
    QString text;
    for (const QJsonValue &message : json.value(QStringLiteral("messages")).toArray()) {
        const QJsonObject object = message.toObject();
        if (object.value(QStringLiteral("role")).toString() == QLatin1String("user")) {
            text += textOf(object.value(QStringLiteral("content")));
        }
    }
    return text;
}

QString systemText(const QJsonObject &json)
{
    if (json.contains(QStringLiteral("system"))) {
        return textOf(json.value(QStringLiteral("system")));
    }
    for (const QJsonValue &message : json.value(QStringLiteral("messages")).toArray()) {
        const QJsonObject object = message.toObject();
        if (object.value(QStringLiteral("role")).toString() == QLatin1String("system")) {
            return textOf(object.value(QStringLiteral("content")));
        }
    }
    return {};
}

// Anthropic caches everything up to and including the last block marked cache_control.
QString anthropicCachedPart(const QJsonObject &json)
{
    QString text = systemText(json);
    QString upToMark;
    for (const QJsonValue &message : json.value(QStringLiteral("messages")).toArray()) {
        for (const QJsonValue &block :
             message.toObject().value(QStringLiteral("content")).toArray()) {
            text += block.toObject().value(QStringLiteral("text")).toString();
            if (block.toObject().contains(QStringLiteral("cache_control"))) {
                upToMark = text;
            }
        }
    }
    return upToMark;
}

QStringList idsIn(const QString &text)
{
    static const QRegularExpression idLine(QStringLiteral("ArXiv ID:\\s*(\\S+)"));
    QStringList ids;
    auto it = idLine.globalMatch(text);
    while (it.hasNext()) {
        ids.append(it.next().captured(1));
    }
    return ids;
}

// The title pre-filter lists "ID: title" lines under "## Titles".
QStringList titleIdsIn(const QString &text)
{
    const qsizetype start = text.indexOf(QLatin1String("## Titles"));
    if (start < 0) {
        return {};
    }
    static const QRegularExpression titleLine(QStringLiteral("^(\\S+): "),
                                              QRegularExpression::MultilineOption);
    QStringList ids;
    auto it = titleLine.globalMatch(text, start);
    while (it.hasNext()) {
        ids.append(it.next().captured(1));
    }
    return ids;
}

int checksum(const QString &id)
{
    int sum = 0;
    for (const QChar c : id) {
        sum += c.unicode();
    }
    return sum;
}

// Both dialects wrap errors in an "error" object; Anthropic adds a top-level type.
QByteArray
errorBody(const FakeLlmServer::Request &request, const QString &type, const QString &message)
{
    const QJsonObject error{{QStringLiteral("type"), type}, {QStringLiteral("message"), message}};
    QJsonObject root{{QStringLiteral("error"), error}};
    if (isAnthropic(request.path)) {
        root.insert(QStringLiteral("type"), QStringLiteral("error"));
    }
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

} // namespace

int FakeLlmServer::expectedRelevance(const QString &id)
{
    return 1 + (checksum(id) * 7) % 10;
}

int FakeLlmServer::expectedNovelty(const QString &id)
{
    return 1 + (checksum(id) * 3 + int(id.size())) % 10;
}

FakeLlmServer::FakeLlmServer(QObject *parent)
    : QObject(parent)
{
    m_http.setResponder([this](const FakeHttpServer::Request &request) {
        return respond(request);
    });
    // The responder has recorded the request by the time the HTTP server reports it.
    connect(&m_http, &FakeHttpServer::requestReceived, this, &FakeLlmServer::requestReceived);
}

void FakeLlmServer::enqueue(const Step &step)
{
    m_script.enqueue(step);
}

void FakeLlmServer::enqueue(Action action, std::chrono::milliseconds latency)
{
    enqueue(Step{action, latency, {}, {}, {}});
}

FakeHttpServer::Response FakeLlmServer::respond(const FakeHttpServer::Request &httpRequest)
{
    Request request;
    request.path = httpRequest.path;
    request.headers = httpRequest.headers;
    request.body = httpRequest.body;
    request.json = QJsonDocument::fromJson(request.body).object();
    request.ids = idsIn(userText(request.json));
    if (request.ids.isEmpty()) {
        request.ids = titleIdsIn(userText(request.json));
        request.isTitleFilter = !request.ids.isEmpty();
    }
    request.arrivedMs = httpRequest.arrivedMs;
    m_requests.append(request);

    const Step step = m_script.isEmpty() ? Step{} : m_script.dequeue();
    Response response = answerFor(request, step);
    if (step.action == Action::Stall) {
        response = response.stalled();
    } else if (step.action == Action::Reset) {
        response = response.droppedMidBody();
    }
    response.delay = step.latency;
    return response;
}

FakeHttpServer::Response FakeLlmServer::answerFor(const Request &request, const Step &step)
{
    const QString model = request.json.value(QStringLiteral("model")).toString();
    if (request.json.isEmpty() || model.isEmpty()) {
        return error(request,
                     400,
                     QStringLiteral("invalid_request_error"),
                     QStringLiteral("the body must be JSON with a model"));
    }
    if (m_rejectsResponseFormat && request.json.contains(QStringLiteral("response_format"))) {
        return error(request, 400, QStringLiteral("invalid_request_error"), m_rejectionMessage);
    }

    switch (step.action) {
    case Action::TooManyRequests: {
        Response response = error(
            request, 429, QStringLiteral("rate_limit_error"), QStringLiteral("Rate limit reached"));
        if (step.retryAfterSeconds) {
            response.headers.append({"Retry-After", QByteArray::number(*step.retryAfterSeconds)});
        }
        addRateLimitHeaders(request, step, response);
        return response;
    }
    case Action::ServerError:
        return error(
            request, 500, QStringLiteral("api_error"), QStringLiteral("The server had an error"));
    case Action::Unauthorized: {
        const QByteArray key = request.header("x-api-key").isEmpty()
            ? request.header("authorization").mid(7)
            : request.header("x-api-key");
        const QString shown = QString::fromUtf8(key.left(5) + "****" + key.right(4));
        return error(request,
                     401,
                     QStringLiteral("authentication_error"),
                     QStringLiteral("Incorrect API key provided: ") + shown);
    }
    case Action::MalformedBody:
        return Response::ok("{\"id\": \"chatcmpl-1\", \"cho", "application/json");
    default:
        if (request.isTitleFilter && step.action == Action::Scores) {
            return completion(request, step, titleFilterText(request.ids));
        }
        const bool schema = request.json.value(QStringLiteral("response_format"))
                                .toObject()
                                .value(QStringLiteral("type"))
                                .toString()
            == QLatin1String("json_schema");
        return completion(request, step, answerText(request.ids, step.action, schema));
    }
}

FakeHttpServer::Response
FakeLlmServer::completion(const Request &request, const Step &step, const QString &text)
{
    const QString system = systemText(request.json);
    const QString user = userText(request.json);
    const qint64 promptTokens = tokensFor(system + user);
    const qint64 outputTokens = tokensFor(text);
    const QString model = m_modelName.isEmpty()
        ? request.json.value(QStringLiteral("model")).toString()
        : m_modelName;

    QJsonObject root;
    if (isAnthropic(request.path)) {
        const QString cached = anthropicCachedPart(request.json);
        const bool hit = !cached.isEmpty() && m_seenPrefixes.contains(cached);
        const qint64 cachedTokens = cached.isEmpty() ? 0 : tokensFor(cached);
        m_seenPrefixes.insert(cached);
        const QJsonObject usage{
            {QStringLiteral("input_tokens"), promptTokens - cachedTokens},
            {QStringLiteral("cache_read_input_tokens"), hit ? cachedTokens : 0},
            {QStringLiteral("cache_creation_input_tokens"), hit ? 0 : cachedTokens},
            {QStringLiteral("output_tokens"), outputTokens}};
        const QJsonObject block{{QStringLiteral("type"), QStringLiteral("text")},
                                {QStringLiteral("text"), text}};
        root = {{QStringLiteral("id"), QStringLiteral("msg_fake")},
                {QStringLiteral("type"), QStringLiteral("message")},
                {QStringLiteral("role"), QStringLiteral("assistant")},
                {QStringLiteral("model"), model},
                {QStringLiteral("content"), QJsonArray{block}},
                {QStringLiteral("stop_reason"), QStringLiteral("end_turn")},
                {QStringLiteral("usage"), usage}};
    } else {
        const qsizetype firstPaper = user.indexOf(QLatin1String("ArXiv ID:"));
        const QString prefix = system + (firstPaper < 0 ? user : user.left(firstPaper));
        const qint64 cachedTokens = m_seenPrefixes.contains(prefix) ? tokensFor(prefix) : 0;
        m_seenPrefixes.insert(prefix);
        const QJsonObject usage{{QStringLiteral("prompt_tokens"), promptTokens},
                                {QStringLiteral("completion_tokens"), outputTokens},
                                {QStringLiteral("total_tokens"), promptTokens + outputTokens},
                                {QStringLiteral("prompt_tokens_details"),
                                 QJsonObject{{QStringLiteral("cached_tokens"), cachedTokens}}}};
        const QJsonObject message{{QStringLiteral("role"), QStringLiteral("assistant")},
                                  {QStringLiteral("content"), text}};
        const QJsonObject choice{{QStringLiteral("index"), 0},
                                 {QStringLiteral("message"), message},
                                 {QStringLiteral("finish_reason"), QStringLiteral("stop")}};
        root = {{QStringLiteral("id"), QStringLiteral("chatcmpl-fake")},
                {QStringLiteral("object"), QStringLiteral("chat.completion")},
                {QStringLiteral("model"), model},
                {QStringLiteral("choices"), QJsonArray{choice}},
                {QStringLiteral("usage"), usage}};
    }

    Response response =
        Response::ok(QJsonDocument(root).toJson(QJsonDocument::Compact), "application/json");
    addRateLimitHeaders(request, step, response);
    return response;
}

FakeHttpServer::Response
FakeLlmServer::error(const Request &request, int code, const QString &type, const QString &message)
{
    return Response::status(
        code, {{"Content-Type", "application/json"}}, errorBody(request, type, message));
}

bool FakeLlmServer::isIrrelevantByTitle(const QString &id)
{
    return expectedRelevance(id) <= 3;
}

QString FakeLlmServer::titleFilterText(const QStringList &ids) const
{
    QStringList irrelevant;
    for (const QString &id : ids) {
        if (isIrrelevantByTitle(id)) {
            irrelevant.append(id);
        }
    }
    const QJsonDocument array(QJsonArray::fromStringList(irrelevant));
    return QString::fromUtf8(array.toJson(QJsonDocument::Compact));
}

QString FakeLlmServer::answerText(const QStringList &ids, Action action, bool asSchemaObject) const
{
    if (action == Action::ProseAnswer) {
        return QStringLiteral("I am sorry, but I cannot rate these papers.");
    }

    QStringList answered = ids;
    if (action == Action::Partial && !answered.isEmpty()) {
        answered.removeLast();
    }
    QJsonArray objects;
    for (const QString &id : std::as_const(answered)) {
        int relevance = expectedRelevance(id);
        if (action == Action::OutOfRange && id == ids.first()) {
            relevance = 85;
        }
        const QJsonObject line{{QStringLiteral("ARXIVID"), id},
                               {QStringLiteral("COMMENT"), QStringLiteral("Matches topic 1.")},
                               {QStringLiteral("RELEVANCE"), relevance},
                               {QStringLiteral("NOVELTY"), expectedNovelty(id)}};
        objects.append(line);
    }
    if (action == Action::Duplicated && !ids.isEmpty()) {
        const QJsonObject again{{QStringLiteral("ARXIVID"), ids.first()},
                                {QStringLiteral("COMMENT"), QStringLiteral("Second thoughts.")},
                                {QStringLiteral("RELEVANCE"), 1},
                                {QStringLiteral("NOVELTY"), 1}};
        objects.append(again);
    }

    if (asSchemaObject) {
        const QJsonObject root{{QStringLiteral("papers"), objects}};
        return QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Compact));
    }
    QStringList lines;
    for (const QJsonValue &object : std::as_const(objects)) {
        const QJsonDocument line(object.toObject());
        lines.append(QString::fromUtf8(line.toJson(QJsonDocument::Compact)));
    }
    return lines.join(QLatin1Char('\n'));
}

void FakeLlmServer::addRateLimitHeaders(const Request &request,
                                        const Step &step,
                                        Response &response) const
{
    const qint64 used = m_requests.size();
    QByteArray requestsLeft = QByteArray::number(std::max<qint64>(0, RequestLimit - used));
    QByteArray tokensLeft = QByteArray::number(TokenLimit - request.body.size() / 4);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (isAnthropic(request.path)) {
        const auto resetAt = [&now](std::optional<std::chrono::milliseconds> wait) {
            return now.addMSecs(wait ? wait->count() : 1000).toString(Qt::ISODateWithMs).toLatin1();
        };
        requestsLeft = step.requestsExhaustedFor ? QByteArray("0") : requestsLeft;
        tokensLeft = step.tokensExhaustedFor ? QByteArray("0") : tokensLeft;
        response.headers.append(
            {"anthropic-ratelimit-requests-limit", QByteArray::number(RequestLimit)});
        response.headers.append({"anthropic-ratelimit-requests-remaining", requestsLeft});
        response.headers.append(
            {"anthropic-ratelimit-requests-reset", resetAt(step.requestsExhaustedFor)});
        response.headers.append(
            {"anthropic-ratelimit-tokens-limit", QByteArray::number(TokenLimit)});
        response.headers.append({"anthropic-ratelimit-tokens-remaining", tokensLeft});
        response.headers.append(
            {"anthropic-ratelimit-tokens-reset", resetAt(step.tokensExhaustedFor)});
    } else {
        const auto duration = [](std::optional<std::chrono::milliseconds> wait,
                                 const QByteArray &otherwise) {
            return wait ? QByteArray::number(double(wait->count()) / 1000.0) + "s" : otherwise;
        };
        requestsLeft = step.requestsExhaustedFor ? QByteArray("0") : requestsLeft;
        tokensLeft = step.tokensExhaustedFor ? QByteArray("0") : tokensLeft;
        response.headers.append({"x-ratelimit-limit-requests", QByteArray::number(RequestLimit)});
        response.headers.append({"x-ratelimit-remaining-requests", requestsLeft});
        response.headers.append(
            {"x-ratelimit-reset-requests", duration(step.requestsExhaustedFor, "120ms")});
        response.headers.append({"x-ratelimit-limit-tokens", QByteArray::number(TokenLimit)});
        response.headers.append({"x-ratelimit-remaining-tokens", tokensLeft});
        response.headers.append(
            {"x-ratelimit-reset-tokens", duration(step.tokensExhaustedFor, "6m0s")});
    }
}

} // namespace Sieve::Test
