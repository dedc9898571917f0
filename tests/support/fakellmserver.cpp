// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "fakellmserver.h"

#include <QDateTime>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace Sieve::Test {

namespace {

constexpr QByteArrayView HeadEnd("\r\n\r\n");
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

int checksum(const QString &id)
{
    int sum = 0;
    for (const QChar c : id) {
        sum += c.unicode();
    }
    return sum;
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 429:
        return "Too Many Requests";
    default:
        return "Internal Server Error";
    }
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
    , m_server(new QTcpServer(this))
{
    m_clock.start();
    connect(m_server, &QTcpServer::newConnection, this, &FakeLlmServer::acceptConnections);
    m_server->listen(QHostAddress::LocalHost, 0);
}

FakeLlmServer::~FakeLlmServer()
{
    const auto sockets = m_buffers.keys();
    for (QTcpSocket *socket : sockets) {
        socket->disconnect(this);
        socket->abort();
    }
}

bool FakeLlmServer::isListening() const
{
    return m_server->isListening();
}

QUrl FakeLlmServer::baseUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_server->serverPort());
    return url;
}

void FakeLlmServer::enqueue(const Step &step)
{
    m_script.enqueue(step);
}

void FakeLlmServer::enqueue(Action action, std::chrono::milliseconds latency)
{
    enqueue(Step{action, latency, 0});
}

void FakeLlmServer::acceptConnections()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        m_buffers.insert(socket, {});
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
            readFrom(socket);
        });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            finishConnection(socket);
            m_buffers.remove(socket);
            socket->deleteLater();
        });
    }
}

void FakeLlmServer::readFrom(QTcpSocket *socket)
{
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    const qsizetype headEnd = buffer.indexOf(HeadEnd);
    if (headEnd < 0 || m_inFlight.contains(socket)) {
        return;
    }

    const QList<QByteArray> lines = buffer.left(headEnd).split('\n');
    Request request;
    request.path = QUrl::fromEncoded(lines.value(0).trimmed().split(' ').value(1)).path();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines.at(i).indexOf(':');
        if (colon > 0) {
            request.headers.insert(lines.at(i).left(colon).trimmed().toLower(),
                                   lines.at(i).mid(colon + 1).trimmed());
        }
    }
    const qsizetype bodyLength = request.headers.value("content-length", "0").toLongLong();
    const qsizetype bodyStart = headEnd + HeadEnd.size();
    if (buffer.size() - bodyStart < bodyLength) {
        return;
    }

    request.body = buffer.mid(bodyStart, bodyLength);
    request.json = QJsonDocument::fromJson(request.body).object();
    request.ids = idsIn(userText(request.json));
    request.arrivedMs = m_clock.elapsed();
    m_requests.append(request);
    m_inFlight.insert(socket);
    m_maxInFlight = std::max(m_maxInFlight, int(m_inFlight.size()));

    const Step step = m_script.isEmpty() ? Step{} : m_script.dequeue();
    handle(socket, request, step);
    Q_EMIT requestReceived(int(m_requests.size() - 1));
}

void FakeLlmServer::handle(QTcpSocket *socket, const Request &request, const Step &step)
{
    if (step.action == Action::Stall) {
        return;
    }
    QPointer<QTcpSocket> guard(socket);
    const Answer answer = answerFor(request, step);
    QTimer::singleShot(step.latency, this, [this, guard, answer, step] {
        if (!guard) {
            return;
        }
        if (step.action == Action::Reset) {
            guard->abort();
            return;
        }
        send(guard, answer);
    });
}

FakeLlmServer::Answer FakeLlmServer::answerFor(const Request &request, const Step &step)
{
    const QString model = request.json.value(QStringLiteral("model")).toString();
    if (request.json.isEmpty() || model.isEmpty()) {
        return {400,
                {},
                errorBody(request,
                          QStringLiteral("invalid_request_error"),
                          QStringLiteral("the body must be JSON with a model"))};
    }
    if (m_rejectsResponseFormat && request.json.contains(QStringLiteral("response_format"))) {
        return {400,
                {},
                errorBody(request,
                          QStringLiteral("invalid_request_error"),
                          QStringLiteral("response_format is not supported"))};
    }

    switch (step.action) {
    case Action::TooManyRequests: {
        Answer answer{429,
                      {},
                      errorBody(request,
                                QStringLiteral("rate_limit_error"),
                                QStringLiteral("Rate limit reached"))};
        answer.headers.append({"Retry-After", QByteArray::number(step.retryAfterSeconds)});
        addRateLimitHeaders(request, answer);
        return answer;
    }
    case Action::ServerError:
        return {500,
                {},
                errorBody(request,
                          QStringLiteral("api_error"),
                          QStringLiteral("The server had an error"))};
    case Action::Unauthorized: {
        const QByteArray key = request.header("x-api-key").isEmpty()
            ? request.header("authorization").mid(7)
            : request.header("x-api-key");
        const QString shown = QString::fromUtf8(key.left(5) + "****" + key.right(4));
        return {401,
                {},
                errorBody(request,
                          QStringLiteral("authentication_error"),
                          QStringLiteral("Incorrect API key provided: ") + shown)};
    }
    case Action::MalformedBody:
        return {200, {{"Content-Type", "application/json"}}, "{\"id\": \"chatcmpl-1\", \"cho"};
    default:
        return completion(request, answerText(request.ids, step.action));
    }
}

FakeLlmServer::Answer FakeLlmServer::completion(const Request &request, const QString &text)
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

    Answer answer{200,
                  {{"Content-Type", "application/json"}},
                  QJsonDocument(root).toJson(QJsonDocument::Compact)};
    addRateLimitHeaders(request, answer);
    return answer;
}

QString FakeLlmServer::answerText(const QStringList &ids, Action action) const
{
    if (action == Action::ProseAnswer) {
        return QStringLiteral("I am sorry, but I cannot rate these papers.");
    }

    QStringList answered = ids;
    if (action == Action::Partial && !answered.isEmpty()) {
        answered.removeLast();
    }
    QStringList lines;
    for (const QString &id : std::as_const(answered)) {
        int relevance = expectedRelevance(id);
        if (action == Action::OutOfRange && id == ids.first()) {
            relevance = 85;
        }
        const QJsonObject line{{QStringLiteral("ARXIVID"), id},
                               {QStringLiteral("COMMENT"), QStringLiteral("Matches topic 1.")},
                               {QStringLiteral("RELEVANCE"), relevance},
                               {QStringLiteral("NOVELTY"), expectedNovelty(id)}};
        lines.append(QString::fromUtf8(QJsonDocument(line).toJson(QJsonDocument::Compact)));
    }
    if (action == Action::Duplicated && !ids.isEmpty()) {
        const QJsonObject again{{QStringLiteral("ARXIVID"), ids.first()},
                                {QStringLiteral("COMMENT"), QStringLiteral("Second thoughts.")},
                                {QStringLiteral("RELEVANCE"), 1},
                                {QStringLiteral("NOVELTY"), 1}};
        lines.append(QString::fromUtf8(QJsonDocument(again).toJson(QJsonDocument::Compact)));
    }
    return lines.join(QLatin1Char('\n'));
}

void FakeLlmServer::addRateLimitHeaders(const Request &request, Answer &answer) const
{
    const qint64 used = m_requests.size();
    const QByteArray requestsLeft = QByteArray::number(std::max<qint64>(0, RequestLimit - used));
    const QByteArray tokensLeft = QByteArray::number(TokenLimit - request.body.size() / 4);
    if (isAnthropic(request.path)) {
        const QByteArray reset =
            QDateTime::currentDateTimeUtc().addSecs(1).toString(Qt::ISODate).toLatin1();
        answer.headers.append(
            {"anthropic-ratelimit-requests-limit", QByteArray::number(RequestLimit)});
        answer.headers.append({"anthropic-ratelimit-requests-remaining", requestsLeft});
        answer.headers.append({"anthropic-ratelimit-requests-reset", reset});
        answer.headers.append({"anthropic-ratelimit-tokens-limit", QByteArray::number(TokenLimit)});
        answer.headers.append({"anthropic-ratelimit-tokens-remaining", tokensLeft});
        answer.headers.append({"anthropic-ratelimit-tokens-reset", reset});
    } else {
        answer.headers.append({"x-ratelimit-limit-requests", QByteArray::number(RequestLimit)});
        answer.headers.append({"x-ratelimit-remaining-requests", requestsLeft});
        answer.headers.append({"x-ratelimit-reset-requests", QByteArray("120ms")});
        answer.headers.append({"x-ratelimit-limit-tokens", QByteArray::number(TokenLimit)});
        answer.headers.append({"x-ratelimit-remaining-tokens", tokensLeft});
        answer.headers.append({"x-ratelimit-reset-tokens", QByteArray("6m0s")});
    }
}

void FakeLlmServer::send(QTcpSocket *socket, const Answer &answer)
{
    QByteArray head = "HTTP/1.1 " + QByteArray::number(answer.status) + ' '
        + reasonPhrase(answer.status) + "\r\n";
    bool hasType = false;
    for (const auto &[name, value] : answer.headers) {
        head += name + ": " + value + "\r\n";
        hasType = hasType || name.toLower() == "content-type";
    }
    if (!hasType) {
        head += "Content-Type: application/json\r\n";
    }
    head += "Content-Length: " + QByteArray::number(answer.body.size()) + "\r\n";
    head += "Connection: close\r\n\r\n";
    socket->write(head + answer.body);
    finishConnection(socket);
    socket->disconnectFromHost();
}

void FakeLlmServer::finishConnection(QTcpSocket *socket)
{
    m_inFlight.remove(socket);
}

} // namespace Sieve::Test
