// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#ifndef SIEVE_LIBRARY_READINGSTORE_H
#define SIEVE_LIBRARY_READINGSTORE_H

#include <app/core/error.h>

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace Sieve::Library {

// What the reader did with one paper, as one reading profile sees it. A paper never touched has
// the default state.
struct ReadingState
{
    bool starred = false; // one mark per paper, whichever profile it was given under
    QDateTime readAt; // UTC; invalid while unread
    // Under the profile asked about: 1 not interested, 2 thumbs down, 3 neutral, 4 and 5 thumbs
    // up; none until rated there.
    std::optional<int> rating;
    QString note; // empty when there is none

    bool isRead() const { return readAt.isValid(); }
};

// What the reader taught one profile about one paper: what that profile's local ranker learns.
struct ProfileRating
{
    QString paperId;
    std::optional<int> rating; // 1..5 under the profile
    bool starred = false; // starred while the profile was shown, and starred still
};

// The reader's stars, read marks and notes (the `reading` table, one row per paper) and ratings
// (the `ratings` table, one row per profile and paper). Uses the connection of the Library that
// owns it, on that Library's thread. Writing about a paper the library does not hold is refused.
// A profile is named as ProfileStore names it; an empty name means "default".
class ReadingStore
{
public:
    // Thumbs up and down move the rating one step from where it is; an unrated paper counts as
    // 3 (neutral), so the first thumb up gives 4 and the first thumb down 2. Up stops at 5; down
    // stops at 2, since "not interested" (1) is a rating of its own, not a stronger thumb down.
    enum class Thumb {
        Up,
        Down,
    };

    static constexpr int NotInterested = 1;

    explicit ReadingStore(QSqlDatabase db);

    ReadingState state(const QString &profile, const QString &paperId) const;

    // The states of the papers among `paperIds` that were ever touched, by paper id.
    QHash<QString, ReadingState> states(const QString &profile, const QStringList &paperIds) const;

    // Every paper rated, or starred, under `profile`, by paper id.
    QList<ProfileRating> ratedPapers(const QString &profile) const;

    // The star is the paper's; `profile` is remembered so that only its ranker learns from it.
    Result<void> setStarred(const QString &profile, const QString &paperId, bool starred);
    Result<void> setReadAt(const QString &paperId, const QDateTime &readAt); // invalid: unread
    Result<void> setNote(const QString &paperId, const QString &note); // empty removes it
    Result<void> setRating(const QString &profile,
                           const QString &paperId,
                           std::optional<int> rating); // 1..5 or none

    // Moves the rating one step and answers the new one.
    Result<int> rate(const QString &profile, const QString &paperId, Thumb thumb);

    static int steppedRating(std::optional<int> rating, Thumb thumb);

private:
    Result<void> write(const QString &paperId, const QString &column, const QVariant &value);

    QSqlDatabase m_db;
};

} // namespace Sieve::Library

#endif // SIEVE_LIBRARY_READINGSTORE_H
