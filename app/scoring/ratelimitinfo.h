// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#ifndef SIEVE_SCORING_RATELIMITINFO_H
#define SIEVE_SCORING_RATELIMITINFO_H

#include <app/net/httpjob.h>

#include <QDateTime>
#include <QtGlobal>

#include <chrono>
#include <optional>

namespace Sieve::Scoring {

// What an answer's headers said about the account's rate limits, for the limiter. Every field is
// optional: local servers (Ollama, llama.cpp) send none of them, proxies send some.
struct RateLimitInfo
{
    std::optional<qint64> requestLimit;
    std::optional<qint64> requestsRemaining;
    std::optional<qint64> tokenLimit;
    std::optional<qint64> tokensRemaining;
    // Time from when the answer was read until each window is full again.
    std::optional<std::chrono::milliseconds> requestsReset;
    std::optional<std::chrono::milliseconds> tokensReset;

    bool isEmpty() const;

    // Reads OpenAI's x-ratelimit-* headers (resets as durations such as "6m0s" or "20ms") and
    // Anthropic's anthropic-ratelimit-* headers (resets as RFC 3339 times); names in any case.
    static RateLimitInfo fromHeaders(const Net::HttpHeaders &headers, const QDateTime &nowUtc);

    // "1h2m3.5s", "6m0s", "20ms", "1.5s" or bare seconds ("30"); nothing for anything else.
    static std::optional<std::chrono::milliseconds> parseDuration(const QByteArray &value);
};

} // namespace Sieve::Scoring

#endif // SIEVE_SCORING_RATELIMITINFO_H
