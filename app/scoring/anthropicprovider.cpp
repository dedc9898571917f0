// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "anthropicprovider.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Sieve::Scoring {

namespace {

// The Messages API requires an output limit; ours must never truncate a batch's JSON lines.
constexpr int DefaultMaxTokens = 4096;

QJsonObject textBlock(const QString &text)
{
    return {{QStringLiteral("type"), QStringLiteral("text")}, {QStringLiteral("text"), text}};
}

} // namespace

Provider::Request AnthropicProvider::buildRequest(const Prompt &prompt,
                                                  const CompletionOptions &options) const
{
    QJsonObject prefix = textBlock(prompt.cacheablePrefix);
    prefix.insert(QStringLiteral("cache_control"),
                  QJsonObject{{QStringLiteral("type"), QStringLiteral("ephemeral")}});
    QJsonArray content{prefix};
    if (!prompt.variablePart.isEmpty()) {
        content.append(textBlock(prompt.variablePart));
    }
    const QJsonObject user{{QStringLiteral("role"), QStringLiteral("user")},
                           {QStringLiteral("content"), content}};

    const int maxTokens = options.maxOutputTokens > 0 ? options.maxOutputTokens : DefaultMaxTokens;
    QJsonObject body{{QStringLiteral("model"), config().model},
                     {QStringLiteral("max_tokens"), maxTokens},
                     {QStringLiteral("temperature"), options.temperature},
                     {QStringLiteral("messages"), QJsonArray{user}}};
    if (!prompt.system.isEmpty()) {
        body.insert(QStringLiteral("system"), QJsonArray{textBlock(prompt.system)});
    }

    Request request;
    request.url = endpoint(QStringLiteral("/v1/messages"));
    request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    request.headers.append({QByteArrayLiteral("x-api-key"), config().apiKey.toUtf8()});
    request.headers.append({QByteArrayLiteral("anthropic-version"), QByteArray(ApiVersion)});
    return request;
}

Result<Completion> AnthropicProvider::parseAnswer(const QByteArray &body) const
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (!document.isObject()) {
        return badAnswerError(
            QStringLiteral("message is not a JSON object: %1").arg(parseError.errorString()));
    }

    const QJsonObject root = document.object();
    const QJsonValue contentValue = root.value(QStringLiteral("content"));
    if (!contentValue.isArray()) {
        return badAnswerError(QStringLiteral("message without a content array"));
    }
    QString text;
    for (const QJsonValue &block : contentValue.toArray()) {
        const QJsonObject object = block.toObject();
        if (object.value(QStringLiteral("type")).toString() == QLatin1String("text")) {
            text += object.value(QStringLiteral("text")).toString();
        }
    }

    // Anthropic counts cache reads and writes apart from input_tokens; TokenUsage::input
    // includes both (pricing.h), which price them apart.
    const QJsonObject usage = root.value(QStringLiteral("usage")).toObject();
    const qint64 uncached = usage.value(QStringLiteral("input_tokens")).toInteger();
    const qint64 cacheRead = usage.value(QStringLiteral("cache_read_input_tokens")).toInteger();
    const qint64 cacheWrite =
        usage.value(QStringLiteral("cache_creation_input_tokens")).toInteger();
    Completion completion;
    completion.text = text;
    completion.model = root.value(QStringLiteral("model")).toString();
    completion.usage.input = uncached + cacheRead + cacheWrite;
    completion.usage.cachedInput = cacheRead;
    completion.usage.cacheWriteInput = cacheWrite;
    completion.usage.output = usage.value(QStringLiteral("output_tokens")).toInteger();
    return completion;
}

} // namespace Sieve::Scoring
