// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "digestbuilder.h"

#include <app/digest/authorenricher.h>
#include <app/library/library.h>
#include <app/library/runstore.h>

#include <QHash>

#include <algorithm>

namespace Sieve::Digest {

namespace {

bool passes(const DigestEntry &entry, const Scoring::ScoringProfile &profile)
{
    if (!entry.followedAuthor.isEmpty()) {
        return true;
    }
    return entry.relevance.value_or(0) >= profile.relevanceCutoff
        && entry.novelty.value_or(0) >= profile.noveltyCutoff;
}

double weighted(const DigestEntry &entry, const Scoring::ScoringProfile &profile)
{
    const double score = profile.relevanceWeight * entry.relevance.value_or(0)
        + profile.noveltyWeight * entry.novelty.value_or(0);
    return entry.followedAuthor.isEmpty() ? score : std::max(score, profile.authorMatchScore);
}

// The runs whose answers the shown scores are: every run of the day under the same criteria,
// prompt and model as the latest one. A free run from the cache adds nothing, the run that
// paid for those answers stays counted, and runs under other criteria or models are left out.
QList<Library::RunRecord> runsBehind(const Library::RunRecord &latest,
                                     const QList<Library::RunRecord> &dayRuns)
{
    QList<Library::RunRecord> behind;
    for (const Library::RunRecord &run : dayRuns) {
        if (run.model == latest.model && run.criteriaHash == latest.criteriaHash
            && run.promptVersion == latest.promptVersion) {
            behind.append(run);
        }
    }
    return behind;
}

DigestUsage usageOf(const QList<Library::RunRecord> &runs, const Scoring::PriceTable &prices)
{
    DigestUsage usage;
    Scoring::TokenUsage tokens;
    for (const Library::RunRecord &run : runs) {
        usage.model = run.model;
        tokens +=
            {run.tokens.prompt, run.tokens.cached, run.tokens.completion, run.tokens.cacheWrite};
    }
    usage.promptTokens = tokens.input;
    usage.completionTokens = tokens.output;
    usage.promptCostUsd =
        prices.cost(usage.model, {tokens.input, tokens.cachedInput, 0, tokens.cacheWriteInput});
    usage.completionCostUsd = prices.cost(usage.model, {0, 0, tokens.output});
    return usage;
}

// The newest run behind the scores that kept an author stage says what it found; a run that
// only added papers the reader named may have kept none.
std::optional<Library::AuthorStageRecord> newestAuthorStage(const QList<Library::RunRecord> &runs,
                                                            const Library::RunStore &store)
{
    for (const Library::RunRecord &run : runs) {
        if (auto record = store.authorStage(run.id)) {
            return record;
        }
    }
    return std::nullopt;
}

void applyScore(DigestEntry &entry, const Library::ScoreRecord &score)
{
    entry.relevance = score.relevance;
    entry.novelty = score.novelty;
    entry.comment = score.comment;
    entry.status = score.status;
    entry.statusReason = score.reason;
}

} // namespace

Result<Digest> DigestBuilder::build(const Library::Library &library,
                                    const QDate &date,
                                    const Scoring::ScoringProfile &profile,
                                    const Scoring::PriceTable &prices)
{
    const auto day = library.day(date);
    if (!day) {
        return Error(Error::Code::InvalidInput,
                     tr("%1 is not in the library; fetch it first with \"papersieve fetch\".")
                         .arg(date.toString(Qt::ISODate)));
    }
    if (day->status != DayStatus::Announced) {
        return Error(Error::Code::InvalidInput,
                     tr("%1 has no papers (%2), so there is nothing to export; choose a day that "
                        "\"papersieve days\" lists with papers.")
                         .arg(date.toString(Qt::ISODate), dayStatusName(day->status)));
    }

    Digest digest;
    digest.date = day->date;
    digest.categories = day->categories;
    digest.totalArxiv = int(day->listings.size());
    digest.totalScanned = int(day->papers.size());

    const Library::RunStore runs(library);
    const std::optional<Library::RunRecord> run = runs.latestRun(date);
    QHash<QString, Library::ScoreRecord> scores;
    if (run) {
        for (const Library::ScoreRecord &score : runs.scores(run->id)) {
            scores.insert(score.paperId, score);
        }
        const QList<Library::RunRecord> behind = runsBehind(*run, runs.runs(date));
        digest.usage = usageOf(behind, prices);
        digest.usage.authorStage = newestAuthorStage(behind, runs);
        digest.prompt = run->prompt;
    }

    const auto matches = AuthorEnricher::matchesFromCache(
        library, day->papers, Authors::FollowedAuthors::fromEntries(profile.followedAuthors));

    QList<DigestEntry> relevant;
    QList<DigestEntry> troubled;
    QList<DigestEntry> unscored;
    for (const Paper &paper : day->papers) {
        DigestEntry entry;
        entry.paper = paper;
        entry.announceType = day->announceTypeOf(paper.id);
        entry.status = QString(EntryStatus::Unscored);
        if (const auto score = scores.constFind(paper.id); score != scores.constEnd()) {
            applyScore(entry, *score);
        }
        if (const auto match = matches.constFind(paper.id); match != matches.constEnd()) {
            entry.followedAuthor = match->reason();
        }

        // A followed author's paper is listed whatever a filter said, unless it failed: then
        // it is listed with the failures.
        const bool troubledStatus =
            entry.status == EntryStatus::Failed || entry.status == EntryStatus::OverBudget;
        const bool followed = !entry.followedAuthor.isEmpty() && run && !troubledStatus;
        if (entry.status == EntryStatus::Scored || followed) {
            (passes(entry, profile) ? relevant : digest.others).append(entry);
        } else if (entry.status == EntryStatus::Skipped) {
            digest.others.append(entry);
        } else if (entry.status == EntryStatus::Unscored) {
            unscored.append(entry);
        } else {
            troubled.append(entry);
        }
    }

    std::stable_sort(relevant.begin(), relevant.end(), [&profile](const auto &a, const auto &b) {
        const double scoreA = weighted(a, profile);
        const double scoreB = weighted(b, profile);
        if (scoreA != scoreB) {
            return scoreA > scoreB;
        }
        if (a.followedAuthor.isEmpty() != b.followedAuthor.isEmpty()) {
            return b.followedAuthor.isEmpty();
        }
        return a.relevance.value_or(0) > b.relevance.value_or(0);
    });

    if (run) {
        digest.totalRelevant = int(relevant.size());
    }
    digest.entries = relevant + troubled + unscored;
    return digest;
}

void DigestBuilder::addLocalRanking(Digest &digest, const Ranker::LocalRanker &ranker)
{
    QList<Paper> papers;
    for (const DigestEntry &entry : digest.entries + digest.others) {
        papers.append(entry.paper);
    }

    QHash<QString, LocalRanking> byId;
    const QList<Ranker::RankedPaper> ranked = ranker.rank(papers);
    for (qsizetype i = 0; i < ranked.size(); ++i) {
        const Ranker::RankedPaper &paper = ranked.at(i);
        byId.insert(paper.id, {int(i) + 1, paper.score, paper.why});
    }
    for (QList<DigestEntry> *entries : {&digest.entries, &digest.others}) {
        for (DigestEntry &entry : *entries) {
            if (const auto local = byId.constFind(entry.paper.id); local != byId.constEnd()) {
                entry.local = *local;
            }
        }
    }
}

Scoring::PriceTable DigestBuilder::prices(const Library::Library &library)
{
    const QList<Library::StoredPrice> stored = Library::RunStore(library).prices();
    if (stored.isEmpty()) {
        return Scoring::PriceTable::defaults();
    }
    Scoring::PriceTable table;
    for (const Library::StoredPrice &price : stored) {
        table.setPrice(price.model,
                       {price.inputPerMTok, price.cachedInputPerMTok, price.outputPerMTok});
    }
    return table;
}

} // namespace Sieve::Digest
