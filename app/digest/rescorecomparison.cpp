// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "rescorecomparison.h"

#include <QHash>

#include <algorithm>
#include <cmath>
#include <cstdlib>

namespace Sieve::Digest {

namespace {

QHash<QString, int> ranksOf(const QStringList &order)
{
    QHash<QString, int> ranks;
    for (qsizetype i = 0; i < order.size(); ++i) {
        ranks.insert(order.at(i), int(i) + 1);
    }
    return ranks;
}

} // namespace

RescoreComparison
RescoreComparison::compare(const QStringList &before, const QStringList &after, double topShare)
{
    const QHash<QString, int> oldRanks = ranksOf(before);
    const QHash<QString, int> newRanks = ranksOf(after);
    const int longest = int(std::max(before.size(), after.size()));
    const int missing = longest + 1;

    RescoreComparison comparison;
    if (longest == 0) {
        return comparison;
    }
    const int share = int(std::ceil(longest * std::clamp(topShare, 0.0, 1.0) - 1e-9));
    comparison.topCount = std::max(1, share);

    QStringList ids = after;
    for (const QString &id : before) {
        if (!newRanks.contains(id)) {
            ids.append(id);
        }
    }
    for (const QString &id : std::as_const(ids)) {
        RankChange change;
        change.paperId = id;
        if (const auto it = oldRanks.constFind(id); it != oldRanks.constEnd()) {
            change.before = *it;
        }
        if (const auto it = newRanks.constFind(id); it != newRanks.constEnd()) {
            change.after = *it;
        }
        change.delta = change.before.value_or(missing) - change.after.value_or(missing);
        const bool wasTop = change.before && *change.before <= comparison.topCount;
        const bool isTop = change.after && *change.after <= comparison.topCount;
        change.enteredTop = isTop && !wasTop;
        change.leftTop = wasTop && !isTop;

        comparison.moved += change.delta != 0 ? 1 : 0;
        comparison.entered += change.enteredTop ? 1 : 0;
        comparison.left += change.leftTop ? 1 : 0;
        comparison.changes.append(change);
    }

    std::stable_sort(comparison.changes.begin(),
                     comparison.changes.end(),
                     [missing](const RankChange &a, const RankChange &b) {
                         const int sizeA = std::abs(a.delta);
                         const int sizeB = std::abs(b.delta);
                         if (sizeA != sizeB) {
                             return sizeA > sizeB;
                         }
                         return a.after.value_or(missing) < b.after.value_or(missing);
                     });
    return comparison;
}

std::optional<RankChange> RescoreComparison::changeOf(const QString &paperId) const
{
    const auto it = std::find_if(changes.cbegin(), changes.cend(), [&paperId](const auto &c) {
        return c.paperId == paperId;
    });
    if (it == changes.cend()) {
        return std::nullopt;
    }
    return *it;
}

} // namespace Sieve::Digest
