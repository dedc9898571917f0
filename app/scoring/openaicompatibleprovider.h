// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#ifndef SIEVE_SCORING_OPENAICOMPATIBLEPROVIDER_H
#define SIEVE_SCORING_OPENAICOMPATIBLEPROVIDER_H

#include <app/scoring/provider.h>

#include <QJsonObject>

namespace Sieve::Scoring {

// Any chat-completions endpoint in OpenAI's dialect (OpenAI, Azure, DeepSeek, OpenRouter,
// Ollama, vLLM, llama.cpp, LM Studio): POST {base}/v1/chat/completions with a Bearer key.
class OpenAiCompatibleProvider : public Provider
{
    Q_OBJECT

public:
    using Provider::Provider;

    // False once the server refused a request carrying response_format (HTTP 400 or 422):
    // that request is sent once more without it, and so are all later ones.
    bool acceptsStructuredOutput() const { return m_acceptsStructuredOutput; }

    // The response_format asking for {"papers": [{ARXIVID, COMMENT, RELEVANCE, NOVELTY}...]}.
    static QJsonObject paperScoresFormat();

protected:
    Request buildRequest(const Prompt &prompt, const CompletionOptions &options) const override;
    Result<Completion> parseAnswer(const QByteArray &body) const override;
    bool
    adjustAfterRejection(int httpStatus, const QByteArray &errorBody, const Request &sent) override;

private:
    bool m_acceptsStructuredOutput = true;
};

} // namespace Sieve::Scoring

#endif // SIEVE_SCORING_OPENAICOMPATIBLEPROVIDER_H
