// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#ifndef SIEVE_SCORING_ANTHROPICPROVIDER_H
#define SIEVE_SCORING_ANTHROPICPROVIDER_H

#include <app/scoring/provider.h>

namespace Sieve::Scoring {

// Anthropic's Messages API: POST {base}/v1/messages with x-api-key. The prompt's cacheable
// prefix is its own content block marked for ephemeral caching, so every batch after the first
// pays the cache-read price for it. options.structuredOutput is ignored.
class AnthropicProvider : public Provider
{
    Q_OBJECT

public:
    static constexpr char ApiVersion[] = "2023-06-01";

    using Provider::Provider;

protected:
    Request buildRequest(const Prompt &prompt, const CompletionOptions &options) const override;
    Result<Completion> parseAnswer(const QByteArray &body) const override;
};

} // namespace Sieve::Scoring

#endif // SIEVE_SCORING_ANTHROPICPROVIDER_H
