// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#ifndef SIEVE_DIGEST_RESCORECOMPARISON_H
#define SIEVE_DIGEST_RESCORECOMPARISON_H

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace Sieve::Digest {

// How one paper moved between two orders of the same day.
struct RankChange
{
    QString paperId;
    std::optional<int> before; // 1-based; nullopt when the old order did not hold the paper
    std::optional<int> after; // nullopt when the new order does not hold it
    // Places moved up (negative: down). A paper missing on one side counts as ranked just
    // below the longer order, so it still sorts among the big moves.
    int delta = 0;
    bool enteredTop = false; // in the top share now, not before
    bool leftTop = false; // in the top share before, not now
};

// Before/after of two orders of the same papers, e.g. the local ranker's ranks under the old
// and the edited criteria, or the LLM's order before and after a re-score. Pure logic.
struct RescoreComparison
{
    QList<RankChange> changes; // the largest |delta| first, then by new rank
    int topCount = 0; // papers counted as the top: the share rounded up, at least one
    int moved = 0; // papers whose rank changed
    int entered = 0; // papers that entered the top
    int left = 0; // papers that left it

    // `before` and `after` list paper ids best first; an id may appear on one side only.
    // `topShare` is the share of the longer order that counts as the top (0.1: the top 10 %).
    static RescoreComparison
    compare(const QStringList &before, const QStringList &after, double topShare = 0.1);

    // The change of one paper; nullopt when neither order holds it.
    std::optional<RankChange> changeOf(const QString &paperId) const;
};

} // namespace Sieve::Digest

Q_DECLARE_METATYPE(Sieve::Digest::RescoreComparison)

#endif // SIEVE_DIGEST_RESCORECOMPARISON_H
