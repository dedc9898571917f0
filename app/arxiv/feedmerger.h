// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#ifndef SIEVE_ARXIV_FEEDMERGER_H
#define SIEVE_ARXIV_FEEDMERGER_H

#include <app/core/day.h>
#include <app/core/paper.h>

#include <QHashFunctions>
#include <QList>
#include <QSet>
#include <QStringList>

namespace Sieve {

// Lets AnnounceType live in a QSet (Qt 6.4 has no qHash for scoped enums).
inline size_t qHash(AnnounceType type, size_t seed = 0) noexcept
{
    return ::qHash(static_cast<int>(type), seed);
}

namespace Arxiv {

struct MergeOptions
{
    static QSet<AnnounceType> allAnnounceTypes();

    // A paper is kept when at least one of its listings has one of these types.
    QSet<AnnounceType> announceTypes = allAnnounceTypes();
    // Keep only papers whose primary category is followed: one of followedCategories, or of the
    // feeds' categories when followedCategories is empty.
    bool primaryOnly = false;
    QStringList followedCategories;
};

// Turns the feeds of one announcement day (one per category, or combined ones, RSS or API)
// into a Day: each paper once, with one listing per fetched category it appeared in.
class FeedMerger
{
public:
    // Papers keep the order in which the feeds first name them; a paper named twice keeps its
    // latest version, with the union of categories (primary first). A listing's type follows
    // from the category: the paper's primary gives New/Replace, any other Cross/ReplaceCross.
    // Surviving papers keep all their listings, filtered or not. Day::date is the feeds'
    // announcement date; Day::status is NoAnnouncement when every feed of a weekday is empty.
    // Day::source is left empty for the caller.
    static Day merge(const QList<Feed> &feeds, const MergeOptions &options);
};

} // namespace Arxiv

} // namespace Sieve

#endif // SIEVE_ARXIV_FEEDMERGER_H
