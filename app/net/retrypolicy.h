// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#ifndef SIEVE_NET_RETRYPOLICY_H
#define SIEVE_NET_RETRYPOLICY_H

#include <QByteArray>
#include <QDateTime>
#include <QNetworkReply>
#include <QRandomGenerator>

#include <chrono>
#include <optional>

namespace Sieve::Net {

// Which failures are worth another attempt, and how long to wait before it. Pure logic: no
// sockets, no clock, and the jitter comes from a generator seeded by the caller.
class RetryPolicy
{
public:
    static constexpr std::chrono::milliseconds DefaultBase{1000};
    static constexpr std::chrono::milliseconds DefaultCap{60000};
    static constexpr std::chrono::milliseconds DefaultMaxRetryAfter{10 * 60 * 1000};

    RetryPolicy();
    explicit RetryPolicy(quint32 seed);

    // httpStatus is 0 when no HTTP answer arrived. Transport failures are judged first: a
    // connection dropped in the middle of a 200 answer is worth retrying.
    bool shouldRetry(int httpStatus, QNetworkReply::NetworkError error) const;

    // The wait after `attempt` (1 for the first) failed: base * 2^(attempt-1) capped at the cap,
    // with "equal jitter" (between half and all of it). A Retry-After from the server replaces
    // it, limited to maxRetryAfter(); callers give up instead when isTooLong() says so.
    std::chrono::milliseconds delayFor(int attempt,
                                       std::optional<std::chrono::milliseconds> retryAfter) const;

    bool isTooLong(std::chrono::milliseconds retryAfter) const
    {
        return retryAfter > m_maxRetryAfter;
    }

    void setBackoff(std::chrono::milliseconds base, std::chrono::milliseconds cap);

    void setMaxRetryAfter(std::chrono::milliseconds limit) { m_maxRetryAfter = limit; }

    std::chrono::milliseconds base() const { return m_base; }

    std::chrono::milliseconds cap() const { return m_cap; }

    std::chrono::milliseconds maxRetryAfter() const { return m_maxRetryAfter; }

    // Retry-After holds either delta-seconds ("120") or an HTTP-date; a date in the past means
    // no wait. Returns nothing when the value is neither.
    static std::optional<std::chrono::milliseconds> parseRetryAfter(const QByteArray &value,
                                                                    const QDateTime &nowUtc);

private:
    std::chrono::milliseconds m_base = DefaultBase;
    std::chrono::milliseconds m_cap = DefaultCap;
    std::chrono::milliseconds m_maxRetryAfter = DefaultMaxRetryAfter;
    mutable QRandomGenerator m_random;
};

} // namespace Sieve::Net

#endif // SIEVE_NET_RETRYPOLICY_H
