// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#ifndef SIEVE_DIGEST_DAYVIEW_H
#define SIEVE_DIGEST_DAYVIEW_H

#include <app/core/day.h>
#include <app/library/readingstore.h>
#include <app/ranker/localranker.h>
#include <app/scoring/scoringprofile.h>

#include <QDate>
#include <QList>
#include <QMetaType>
#include <QString>

#include <memory>
#include <optional>

namespace Sieve::Library {
class Library;
}

namespace Sieve::Digest {

// One paper of a day as the reading list shows it: what arXiv said, what the LLM and the local
// ranker made of it, and what the reader did with it.
struct ListedPaper
{
    Paper paper;
    AnnounceType announceType = AnnounceType::Unknown;
    int rank = 0; // 1-based, in the list's order
    std::optional<int> relevance; // the LLM's, when the day was scored
    std::optional<int> novelty;
    QString comment; // the LLM's one-line reason
    QString status; // as in Digest: "scored", "unscored", "failed", "skipped", "over-budget"
    QString statusReason;
    double localScore = 0; // comparable within the day only
    int localRank = 0;
    QList<Ranker::Contribution> why; // the local ranker's strongest reasons
    QString followedAuthor; // the reason of a followed-author match; empty otherwise
    Library::ReadingState reading;
};

// A day ready to read. Ordered as the digest is when the LLM scored the day (relevant papers by
// weighted score, followed authors first among equals, then failures), and by the local
// ranker's score when it did not; papers the LLM left out follow in local order.
struct DayListing
{
    DaySummary summary;
    QList<ListedPaper> papers;
    bool hasLlmScores = false;
    int relevantCount = 0; // passing the profile's cutoffs; local top 10 % without LLM scores
    QString model; // of the run whose scores are shown
    qsizetype ratings = 0; // the local ranker learnt from this many of the reader's ratings
};

// Builds reading lists. Synchronous and without network: run it off the UI thread on a Library
// opened by that thread (Library's thread rules).
class DayView
{
public:
    // A ranker for the profile: its criteria, the reader's ratings and stars given under it
    // (ratings()), and the recent days as the background word statistics. Takes about a second
    // for a big library: prepare it once, off the UI thread, and again after the criteria
    // change; ratings given later can be taught to it one by one (LocalRanker::addRating).
    static std::unique_ptr<Ranker::LocalRanker>
    prepareRanker(const Library::Library &library,
                  const Scoring::ScoringProfile &profile,
                  int backgroundDays = 10);
    // The same with the ratings already read.
    static std::unique_ptr<Ranker::LocalRanker>
    prepareRanker(const Library::Library &library,
                  const Scoring::ScoringProfile &profile,
                  const QList<Ranker::RatedPaper> &ratings,
                  int backgroundDays = 10);

    // What the ranker of the profile named `profile` learns from, ordered by paper id; papers
    // rated neutral are left out.
    static QList<Ranker::RatedPaper> ratings(const Library::Library &library,
                                             const QString &profile);

    // The listing's papers carry the reading state and ratings of `profile.name`.
    static std::optional<DayListing> build(const Library::Library &library,
                                           const QDate &date,
                                           const Scoring::ScoringProfile &profile,
                                           const Ranker::LocalRanker &ranker);

    // The ranker's view of a rating in the library's terms: a star counts most, then 1 not
    // interested, 2 thumbs down, 4 or 5 thumbs up; 3 is neutral and teaches nothing.
    static std::optional<Ranker::Rating> rankerRating(const Library::ProfileRating &rating);
};

} // namespace Sieve::Digest

Q_DECLARE_METATYPE(Sieve::Digest::DayListing)

#endif // SIEVE_DIGEST_DAYVIEW_H
