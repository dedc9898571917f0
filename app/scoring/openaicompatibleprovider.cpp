// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "openaicompatibleprovider.h"

#include <app/platform/logging.h>

#include <QJsonArray>
#include <QJsonDocument>

namespace Sieve::Scoring {

namespace {

QJsonObject scoreProperties()
{
    const QJsonObject text{{QStringLiteral("type"), QStringLiteral("string")}};
    const QJsonObject score{{QStringLiteral("type"), QStringLiteral("integer")}};
    return {{QStringLiteral("ARXIVID"), text},
            {QStringLiteral("COMMENT"), text},
            {QStringLiteral("RELEVANCE"), score},
            {QStringLiteral("NOVELTY"), score}};
}

QJsonObject strictObject(const QJsonObject &properties)
{
    return {{QStringLiteral("type"), QStringLiteral("object")},
            {QStringLiteral("properties"), properties},
            {QStringLiteral("required"), QJsonArray::fromStringList(properties.keys())},
            {QStringLiteral("additionalProperties"), false}};
}

} // namespace

QJsonObject OpenAiCompatibleProvider::paperScoresFormat()
{
    const QJsonObject papers{{QStringLiteral("type"), QStringLiteral("array")},
                             {QStringLiteral("items"), strictObject(scoreProperties())}};
    const QJsonObject schema = strictObject({{QStringLiteral("papers"), papers}});
    const QJsonObject jsonSchema{{QStringLiteral("name"), QStringLiteral("paper_scores")},
                                 {QStringLiteral("strict"), true},
                                 {QStringLiteral("schema"), schema}};
    return {{QStringLiteral("type"), QStringLiteral("json_schema")},
            {QStringLiteral("json_schema"), jsonSchema}};
}

Provider::Request OpenAiCompatibleProvider::buildRequest(const Prompt &prompt,
                                                         const CompletionOptions &options) const
{
    QJsonArray messages;
    messages.append(QJsonObject{{QStringLiteral("role"), QStringLiteral("system")},
                                {QStringLiteral("content"), prompt.system}});
    messages.append(QJsonObject{{QStringLiteral("role"), QStringLiteral("user")},
                                {QStringLiteral("content"), prompt.userMessage()}});

    QJsonObject body{{QStringLiteral("model"), config().model},
                     {QStringLiteral("messages"), messages},
                     {QStringLiteral("temperature"), options.temperature}};
    if (options.maxOutputTokens > 0) {
        body.insert(QStringLiteral("max_tokens"), options.maxOutputTokens);
    }
    Request request;
    request.structuredOutput = options.structuredOutput && m_acceptsStructuredOutput;
    if (request.structuredOutput) {
        body.insert(QStringLiteral("response_format"), paperScoresFormat());
    }

    request.url = endpoint(QStringLiteral("/v1/chat/completions"));
    request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    if (!config().apiKey.isEmpty()) {
        request.headers.append(
            {QByteArrayLiteral("Authorization"), "Bearer " + config().apiKey.toUtf8()});
    }
    return request;
}

Result<Completion> OpenAiCompatibleProvider::parseAnswer(const QByteArray &body) const
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (!document.isObject()) {
        return badAnswerError(QStringLiteral("chat completion is not a JSON object: %1")
                                  .arg(parseError.errorString()));
    }

    const QJsonObject root = document.object();
    const QJsonValue message = root.value(QStringLiteral("choices"))
                                   .toArray()
                                   .at(0)
                                   .toObject()
                                   .value(QStringLiteral("message"));
    const QJsonValue content = message.toObject().value(QStringLiteral("content"));
    if (!content.isString()) {
        return badAnswerError(QStringLiteral("chat completion without choices[0].message"));
    }

    const QJsonObject usage = root.value(QStringLiteral("usage")).toObject();
    const QJsonObject details = usage.value(QStringLiteral("prompt_tokens_details")).toObject();
    Completion completion;
    completion.text = content.toString();
    completion.model = root.value(QStringLiteral("model")).toString();
    completion.usage.input = usage.value(QStringLiteral("prompt_tokens")).toInteger();
    completion.usage.cachedInput = details.value(QStringLiteral("cached_tokens")).toInteger();
    completion.usage.output = usage.value(QStringLiteral("completion_tokens")).toInteger();
    return completion;
}

bool OpenAiCompatibleProvider::adjustAfterRejection(int httpStatus,
                                                    const QByteArray &errorBody,
                                                    const Request &sent)
{
    // Servers say it in their own words, or not at all (llama.cpp, LM Studio, older vLLM): any
    // 400 or 422 to a request that carried the schema is worth one request without it. A 400
    // for another reason fails again and is reported; only the schema is lost for the run.
    const bool rejected = httpStatus == 400 || httpStatus == 422;
    if (!rejected || !sent.structuredOutput) {
        return false;
    }
    qCInfo(lcScoring) << config().baseUrl.host() << "answered HTTP" << httpStatus
                      << "to a request with response_format; asking without a schema from now on:"
                      << errorBody.left(200);
    m_acceptsStructuredOutput = false;
    return true;
}

} // namespace Sieve::Scoring
