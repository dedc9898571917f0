// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#ifndef SIEVE_SCORING_COMPLETION_H
#define SIEVE_SCORING_COMPLETION_H

#include <app/scoring/pricing.h>
#include <app/scoring/ratelimitinfo.h>

#include <QMetaType>
#include <QString>

#include <chrono>

namespace Sieve::Scoring {

struct CompletionOptions
{
    double temperature = 0;
    int maxOutputTokens = 4096; // 0 leaves it to the server (OpenAI-compatible only)
    // Ask for the abstract stage's per-paper objects through a JSON schema (OpenAI's
    // response_format); never for the title pre-filter, whose answer is a list of ids. Many
    // OpenAI-compatible servers reject it; the provider then falls back once and remembers.
    bool structuredOutput = false;
    // Longest silence from the server before an attempt is abandoned; models can think long.
    std::chrono::milliseconds transferTimeout{120000};
    // Attempts in all for 429, 5xx, resets and timeouts, each a ProviderJob of its own that its
    // caller (DayScorer) starts under the rate limiter; a completion is worth repeating.
    int maxAttempts = 4;
};

// One answer of a model.
struct Completion
{
    QString text;
    TokenUsage usage;
    QString model; // as the server named it, which may carry a date suffix
    int httpStatus = 0;
    RateLimitInfo rateLimits;
};

} // namespace Sieve::Scoring

Q_DECLARE_METATYPE(Sieve::Scoring::Completion)

#endif // SIEVE_SCORING_COMPLETION_H
