// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#ifndef SIEVE_NET_REQUESTOPTIONS_H
#define SIEVE_NET_REQUESTOPTIONS_H

#include <QByteArray>
#include <QList>

#include <chrono>
#include <utility>

namespace Sieve::Net {

struct RequestOptions
{
    // Longest silence from the peer before an attempt is abandoned (and perhaps retried).
    std::chrono::milliseconds transferTimeout{30000};
    // Attempts in all, the first included; 1 means never retry.
    int maxAttempts = 4;
    // Least time between the start of this request (and of each of its retries) and both the
    // start and the end of the client's previous request, whichever job that was.
    // Limitation: when a connection breaks before Qt has begun to read the answer, Qt sends the
    // GET again by itself, at once, without this interval.
    std::chrono::milliseconds minInterval{0};
    // POST may change state on the server, so a failed POST is not retried unless the caller
    // knows this endpoint is read-only (a batch look-up, say) and says so here. GET ignores it.
    bool retryNonIdempotent = false;
    // Largest answer accepted, in bytes; a bigger one (by Content-Length or as it arrives) is
    // abandoned at once and the job fails with Error::Code::BadData. 0 means no limit.
    qint64 maxBodyBytes = 0;
    // Extra request headers, sent as given. HttpClient never logs headers, so keys may go here.
    QList<std::pair<QByteArray, QByteArray>> rawHeaders;
};

} // namespace Sieve::Net

#endif // SIEVE_NET_REQUESTOPTIONS_H
