// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "dayview.h"

#include <app/digest/digestbuilder.h>
#include <app/library/library.h>
#include <app/platform/logging.h>
#include <app/ranker/criteria.h>

#include <QElapsedTimer>
#include <QHash>

#include <algorithm>
#include <cmath>

namespace Sieve::Digest {

namespace {

ListedPaper listed(const DigestEntry &entry)
{
    ListedPaper paper;
    paper.paper = entry.paper;
    paper.announceType = entry.announceType;
    paper.relevance = entry.relevance;
    paper.novelty = entry.novelty;
    paper.comment = entry.comment;
    paper.status = entry.status;
    paper.statusReason = entry.statusReason;
    paper.followedAuthor = entry.followedAuthor;
    if (entry.local) {
        paper.localRank = entry.local->rank;
        paper.localScore = entry.local->score;
        paper.why = entry.local->why;
    }
    return paper;
}

} // namespace

std::optional<Ranker::Rating> DayView::rankerRating(const Library::ProfileRating &rating)
{
    if (rating.starred) {
        return Ranker::Rating::Star;
    }
    if (!rating.rating) {
        return std::nullopt;
    }
    switch (*rating.rating) {
    case Library::ReadingStore::NotInterested:
        return Ranker::Rating::NotInterested;
    case 2:
        return Ranker::Rating::ThumbsDown;
    case 4:
    case 5:
        return Ranker::Rating::ThumbsUp;
    default:
        return std::nullopt;
    }
}

QList<Ranker::RatedPaper> DayView::ratings(const Library::Library &library, const QString &profile)
{
    QList<Ranker::RatedPaper> rated;
    for (const Library::ProfileRating &given : library.reading().ratedPapers(profile)) {
        const std::optional<Ranker::Rating> rating = rankerRating(given);
        if (!rating) {
            continue;
        }
        if (const std::optional<Paper> paper = library.paper(given.paperId)) {
            rated.append({*paper, *rating});
        }
    }
    return rated;
}

std::unique_ptr<Ranker::LocalRanker> DayView::prepareRanker(const Library::Library &library,
                                                            const Scoring::ScoringProfile &profile,
                                                            int backgroundDays)
{
    return prepareRanker(library, profile, ratings(library, profile.name), backgroundDays);
}

std::unique_ptr<Ranker::LocalRanker> DayView::prepareRanker(const Library::Library &library,
                                                            const Scoring::ScoringProfile &profile,
                                                            const QList<Ranker::RatedPaper> &rated,
                                                            int backgroundDays)
{
    QElapsedTimer timer;
    timer.start();
    auto ranker = std::make_unique<Ranker::LocalRanker>(Ranker::Criteria::parse(profile.criteria));

    QList<Paper> background;
    int days = 0;
    for (const DaySummary &summary : library.days()) {
        if (summary.status != DayStatus::Announced || days >= backgroundDays) {
            continue;
        }
        if (const std::optional<Day> day = library.day(summary.date)) {
            background.append(day->papers);
            ++days;
        }
    }
    ranker->setBackground(background);
    ranker->setRatings(rated);
    qCInfo(lcDigest) << "Local ranker ready: background papers" << background.size() << "ratings"
                     << rated.size() << "in ms:" << timer.elapsed();
    return ranker;
}

std::optional<DayListing> DayView::build(const Library::Library &library,
                                         const QDate &date,
                                         const Scoring::ScoringProfile &profile,
                                         const Ranker::LocalRanker &ranker)
{
    const std::optional<DaySummary> summary = library.daySummary(date);
    if (!summary) {
        return std::nullopt;
    }
    DayListing listing;
    listing.summary = *summary;
    if (summary->status != DayStatus::Announced) {
        return listing;
    }

    Result<Digest> digest =
        DigestBuilder::build(library, date, profile, DigestBuilder::prices(library));
    if (!digest) {
        return listing;
    }
    DigestBuilder::addLocalRanking(digest.value(), ranker);
    listing.ratings = ranker.ratingCount();
    listing.hasLlmScores = digest->totalRelevant.has_value();
    listing.model = digest->usage.model;

    QList<ListedPaper> entries;
    QStringList ids;
    for (const DigestEntry &entry : digest->entries + digest->others) {
        entries.append(listed(entry));
        ids.append(entry.paper.id);
    }
    const auto reading = library.reading().states(profile.name, ids);
    for (ListedPaper &paper : entries) {
        paper.reading = reading.value(paper.paper.id);
    }

    if (listing.hasLlmScores) {
        // The digest's order for what it lists; what it leaves to Digest::others by local rank.
        const qsizetype listedCount = digest->entries.size();
        std::stable_sort(
            entries.begin() + listedCount, entries.end(), [](const auto &a, const auto &b) {
                return a.localRank < b.localRank;
            });
        listing.relevantCount = digest->totalRelevant.value_or(0);
    } else {
        std::stable_sort(entries.begin(), entries.end(), [](const auto &a, const auto &b) {
            if (a.followedAuthor.isEmpty() != b.followedAuthor.isEmpty()) {
                return b.followedAuthor.isEmpty();
            }
            return a.localRank < b.localRank;
        });
        listing.relevantCount = int(std::ceil(entries.size() * 0.1));
    }
    for (qsizetype i = 0; i < entries.size(); ++i) {
        entries[i].rank = int(i) + 1;
    }
    listing.papers = entries;
    return listing;
}

} // namespace Sieve::Digest
