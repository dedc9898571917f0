// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#ifndef SIEVE_DIGEST_DIGESTBUILDER_H
#define SIEVE_DIGEST_DIGESTBUILDER_H

#include <app/core/error.h>
#include <app/digest/digest.h>

#include <QCoreApplication>
#include <QDate>

namespace Sieve::Library {
class Library;
}

namespace Sieve::Digest {

// Gathers what the exporters print for one stored day: its papers in final order, the totals,
// and (once scoring exists) the scores, usage and prompt of the day's latest run.
class DigestBuilder
{
    Q_DECLARE_TR_FUNCTIONS(Sieve::Digest::DigestBuilder)

public:
    static Result<Digest> build(const Library::Library &library, const QDate &date);
};

} // namespace Sieve::Digest

#endif // SIEVE_DIGEST_DIGESTBUILDER_H
