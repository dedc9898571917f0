// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#ifndef SIEVE_NET_REQUESTOPTIONS_H
#define SIEVE_NET_REQUESTOPTIONS_H

#include <chrono>

namespace Sieve::Net {

struct RequestOptions
{
    // Longest silence from the peer before an attempt is abandoned (and perhaps retried).
    std::chrono::milliseconds transferTimeout{30000};
    // Attempts in all, the first included; 1 means never retry.
    int maxAttempts = 4;
    // Least time between the start of this request (and of each of its retries) and the start
    // of the client's previous request, whichever job that was.
    std::chrono::milliseconds minInterval{0};
};

} // namespace Sieve::Net

#endif // SIEVE_NET_REQUESTOPTIONS_H
