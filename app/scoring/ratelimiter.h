// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#ifndef SIEVE_SCORING_RATELIMITER_H
#define SIEVE_SCORING_RATELIMITER_H

#include <app/scoring/ratelimitinfo.h>

#include <QtGlobal>

#include <chrono>
#include <deque>
#include <utility>

namespace Sieve::Scoring {

// What a provider account allows per window; 0 means no limit of that kind.
struct RateLimits
{
    int requestsPerWindow = 0;
    qint64 tokensPerWindow = 0;
    std::chrono::milliseconds window{60000};
};

// Decides when the next request may start so that no sliding window ever holds more requests
// or tokens than the limits allow, and pauses everything when the provider says so (Retry-After,
// or its rate-limit headers reporting an exhausted window). Pure logic on a caller-given steady
// clock (milliseconds from any origin), so it is tested without waiting.
class RateLimiter
{
public:
    using Ms = std::chrono::milliseconds;

    explicit RateLimiter(RateLimits limits = {});

    const RateLimits &limits() const { return m_limits; }

    // How long to wait from `now` before a request of `tokens` may start; zero when it may start
    // now. A request larger than the whole token budget waits for an empty window, then goes.
    Ms delayFor(qint64 tokens, Ms now) const;

    // A request of `tokens` (estimated) started at `now`.
    void recordStart(qint64 tokens, Ms now);

    // Once the answer is known, replaces the estimate of the request started at `startedAt`
    // with the tokens actually used, so the window reflects what the provider counts.
    void correctTokens(Ms startedAt, qint64 estimated, qint64 actual);

    // The provider asked us to wait (429 with Retry-After): nothing starts before now + wait.
    void pauseFor(Ms wait, Ms now);

    // Reads the provider's own view of the account from an answer's headers: with no request
    // or no tokens remaining, nothing starts before that window resets.
    void observe(const RateLimitInfo &info, Ms now);

    Ms pausedUntil() const { return m_pausedUntil; }

private:
    void forget(Ms now) const;
    qint64 tokensInWindow() const;

    RateLimits m_limits;
    mutable std::deque<std::pair<Ms, qint64>> m_starts; // (start, tokens) within the window
    Ms m_pausedUntil{0};
};

} // namespace Sieve::Scoring

#endif // SIEVE_SCORING_RATELIMITER_H
