// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#ifndef SIEVE_DIGEST_DIGESTBUILDER_H
#define SIEVE_DIGEST_DIGESTBUILDER_H

#include <app/core/error.h>
#include <app/digest/digest.h>
#include <app/scoring/pricing.h>
#include <app/scoring/scoringprofile.h>

#include <QCoreApplication>
#include <QDate>

namespace Sieve::Library {
class Library;
}

namespace Sieve::Ranker {
class LocalRanker;
}

namespace Sieve::Digest {

// Gathers what the exporters print for one stored day: its papers, the totals, the scores and
// prompt of the day's latest run, and the usage of every run of the day that answered under
// the same criteria, prompt and model (so a free re-run from the cache still shows what the
// answers cost). Costs come from the price table, so an edited price applies to past days. The
// order is the reference tool's: papers that pass the profile's cutoffs by relevanceWeight *
// relevance + noveltyWeight * novelty, ties by relevance, then feed order; papers that failed or
// were left over budget follow, so that no failure is hidden; unscored papers last. Papers under
// the cutoffs and skipped ones go to Digest::others.
class DigestBuilder
{
    Q_DECLARE_TR_FUNCTIONS(Sieve::Digest::DigestBuilder)

public:
    static Result<Digest>
    build(const Library::Library &library,
          const QDate &date,
          const Scoring::ScoringProfile &profile = {},
          const Scoring::PriceTable &prices = Scoring::PriceTable::defaults());

    // Ranks every paper of the digest (listed and others) with `ranker` and keeps each one's
    // rank, score and reasons in DigestEntry::local; the order of the digest stays as it was.
    static void addLocalRanking(Digest &digest, const Ranker::LocalRanker &ranker);

    // The reader's price table kept in the library, or the built-in one when none is kept.
    static Scoring::PriceTable prices(const Library::Library &library);
};

} // namespace Sieve::Digest

#endif // SIEVE_DIGEST_DIGESTBUILDER_H
