// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "localprefilter.h"

#include <app/ranker/prefilter.h>

#include <algorithm>

namespace Sieve::Digest {

LocalCut LocalPrefilter::cut(const QList<Ranker::RankedPaper> &ranked,
                             const Scoring::PrefilterSetting &setting,
                             const QSet<QString> &followed,
                             qsizetype ratings)
{
    LocalCut result;
    result.papers = int(ranked.size());
    result.sent = result.papers;
    if (setting.mode == Scoring::PrefilterSetting::Mode::Everything) {
        return result;
    }

    const Ranker::Prefilter prefilter(Ranker::RecallCurve::measured(ratings));
    const Ranker::PrefilterCut cut = setting.mode == Scoring::PrefilterSetting::Mode::TopShare
        ? prefilter.topFraction(ranked, setting.share)
        : prefilter.forRecall(ranked, setting.recall);
    const QString why = reason();
    for (const QString &id : cut.skipped) {
        if (!followed.contains(id)) {
            result.skip.insert(id, why);
        }
    }
    result.sent = result.papers - int(result.skip.size());
    result.expectedRecall = cut.expectedRecall;
    return result;
}

LocalCut LocalPrefilter::cut(const DayListing &listing, const Scoring::PrefilterSetting &setting)
{
    // The listing's order is the digest's; the cut goes by the local ranker's.
    QList<ListedPaper> byLocalRank = listing.papers;
    std::stable_sort(byLocalRank.begin(), byLocalRank.end(), [](const auto &a, const auto &b) {
        return a.localRank < b.localRank;
    });
    QList<Ranker::RankedPaper> ranked;
    QSet<QString> followed;
    for (const ListedPaper &paper : std::as_const(byLocalRank)) {
        ranked.append({paper.paper.id, paper.localScore, {}});
        if (!paper.followedAuthor.isEmpty()) {
            followed.insert(paper.paper.id);
        }
    }
    return cut(ranked, setting, followed, listing.ratings);
}

QString LocalPrefilter::reason()
{
    return tr("skipped by local ranker");
}

} // namespace Sieve::Digest
