// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#ifndef SIEVE_SCORING_PROVIDERREQUEST_H
#define SIEVE_SCORING_PROVIDERREQUEST_H

#include <app/net/httpjob.h>

#include <QByteArray>
#include <QUrl>

namespace Sieve::Scoring {

// One completion request as a provider writes it.
struct ProviderRequest
{
    QUrl url;
    QByteArray body;
    Net::HttpHeaders headers; // the key among them
    bool structuredOutput = false; // the body asks for the answer through a JSON schema
};

} // namespace Sieve::Scoring

#endif // SIEVE_SCORING_PROVIDERREQUEST_H
