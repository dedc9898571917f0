// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ratelimiter.h"

#include <algorithm>

namespace Sieve::Scoring {

RateLimiter::RateLimiter(RateLimits limits)
    : m_limits(limits)
{
    m_limits.window = std::max(m_limits.window, Ms(1));
}

void RateLimiter::forget(Ms now) const
{
    while (!m_starts.empty() && m_starts.front().first + m_limits.window <= now) {
        m_starts.pop_front();
    }
}

qint64 RateLimiter::tokensInWindow() const
{
    qint64 sum = 0;
    for (const auto &start : m_starts) {
        sum += start.second;
    }
    return sum;
}

RateLimiter::Ms RateLimiter::delayFor(qint64 tokens, Ms now) const
{
    forget(now);
    Ms at = std::max(now, m_pausedUntil);

    // The window's oldest starts leave it one by one; wait until enough have left.
    const int maxRequests = m_limits.requestsPerWindow;
    if (maxRequests > 0 && int(m_starts.size()) >= maxRequests) {
        const auto &freeing = m_starts.at(m_starts.size() - size_t(maxRequests));
        at = std::max(at, freeing.first + m_limits.window);
    }

    const qint64 maxTokens = m_limits.tokensPerWindow;
    if (maxTokens > 0) {
        qint64 inWindow = tokensInWindow();
        const qint64 allowed = std::max<qint64>(0, maxTokens - std::min(tokens, maxTokens));
        for (const auto &start : m_starts) {
            if (inWindow <= allowed) {
                break;
            }
            inWindow -= start.second;
            at = std::max(at, start.first + m_limits.window);
        }
    }
    return at - now;
}

void RateLimiter::recordStart(qint64 tokens, Ms now)
{
    forget(now);
    m_starts.emplace_back(now, std::max<qint64>(0, tokens));
}

void RateLimiter::correctTokens(Ms startedAt, qint64 estimated, qint64 actual)
{
    for (auto &start : m_starts) {
        if (start.first == startedAt && start.second == estimated) {
            start.second = std::max<qint64>(0, actual);
            return;
        }
    }
}

void RateLimiter::pauseFor(Ms wait, Ms now)
{
    m_pausedUntil = std::max(m_pausedUntil, now + std::max(wait, Ms(0)));
}

void RateLimiter::observe(const RateLimitInfo &info, Ms now)
{
    if (info.requestsRemaining == 0 && info.requestsReset) {
        pauseFor(*info.requestsReset, now);
    }
    if (info.tokensRemaining == 0 && info.tokensReset) {
        pauseFor(*info.tokensReset, now);
    }
}

} // namespace Sieve::Scoring
