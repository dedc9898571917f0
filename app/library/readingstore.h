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
#include <utility>

namespace Sieve::Library {

// What the reader did with one paper. A paper never touched has the default state.
struct ReadingState
{
    bool starred = false;
    QDateTime readAt; // UTC; invalid while unread
    std::optional<int> rating; // 1 (not for me) .. 5 (exactly what I want); none until rated
    QString note; // empty when there is none

    bool isRead() const { return readAt.isValid(); }
};

// The reader's stars, read marks, ratings and notes (the `reading` table), one row per paper of
// the library. Uses the connection of the Library that owns it, on that Library's thread.
// Writing about a paper the library does not hold is refused.
class ReadingStore
{
public:
    // Thumbs up and down move the rating one step from where it is; an unrated paper counts as
    // 3 (neutral), so the first thumb up gives 4 and the first thumb down 2. Stops at 1 and 5.
    enum class Thumb {
        Up,
        Down,
    };

    explicit ReadingStore(QSqlDatabase db);

    ReadingState state(const QString &paperId) const;

    // The states of the papers among `paperIds` that were ever touched, by paper id.
    QHash<QString, ReadingState> states(const QStringList &paperIds) const;

    // Every starred or rated paper, by paper id: what the local ranker learns from.
    QList<std::pair<QString, ReadingState>> ratedPapers() const;

    Result<void> setStarred(const QString &paperId, bool starred);
    Result<void> setReadAt(const QString &paperId, const QDateTime &readAt); // invalid: unread
    Result<void> setRating(const QString &paperId, std::optional<int> rating); // 1..5 or none
    Result<void> setNote(const QString &paperId, const QString &note); // empty removes it

    // Moves the rating one step and answers the new one.
    Result<int> rate(const QString &paperId, Thumb thumb);

    static int steppedRating(std::optional<int> rating, Thumb thumb);

private:
    Result<void> write(const QString &paperId, const QString &column, const QVariant &value);

    QSqlDatabase m_db;
};

} // namespace Sieve::Library

#endif // SIEVE_LIBRARY_READINGSTORE_H
