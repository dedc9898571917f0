// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#ifndef SIEVE_SCORING_BATCHPLANNER_H
#define SIEVE_SCORING_BATCHPLANNER_H

#include <QList>

#include <optional>

namespace Sieve::Scoring {

// Papers per request for a day of `paperCount` papers. Without a threshold, or up to it, this is
// `baseSize`; above a threshold T it grows with the day: base × ⌈log2(N/T) + 1⌉, so a day twice
// the threshold gets twice the base and one four times the threshold three times it. Computed in
// integers, so days of exactly T·2^k papers are not rounded up by floating point. A base below 1
// counts as 1, a threshold below 1 as none.
int batchSize(int paperCount, int baseSize, std::optional<int> adaptiveThreshold);

// Indexes 0..paperCount-1 cut into consecutive batches of batchSize(); the last may be smaller.
QList<QList<int>> batches(int paperCount, int baseSize, std::optional<int> adaptiveThreshold);

} // namespace Sieve::Scoring

#endif // SIEVE_SCORING_BATCHPLANNER_H
