// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#ifndef SIEVE_LIBRARY_PROFILESTORE_H
#define SIEVE_LIBRARY_PROFILESTORE_H

#include <app/core/error.h>

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace Sieve::Library {

class Library;

// A reading profile as the library keeps it. The library does not interpret `settings`: the
// scoring layer writes its profile there (ScoringProfile::toJson) and reads it back.
struct StoredProfile
{
    QString name;
    QStringList categories;
    QString criteria; // the criteria text, also inside settings; kept apart for search and SQL
    QJsonObject settings;
};

// What a profile holds besides its row, for the reader to weigh before deleting it.
struct ProfileFootprint
{
    int ratings = 0; // given under the profile; deleted with it
    int runs = 0; // LLM runs; kept, with their scores, under no profile
};

// The profiles table. Same thread rules as Library.
class ProfileStore
{
public:
    explicit ProfileStore(const Library &library);

    QList<StoredProfile> profiles() const; // by name
    std::optional<StoredProfile> profile(const QString &name) const;
    // When the profile was first stored (UTC); invalid when the library has no such profile.
    QDateTime createdAt(const QString &name) const;

    // Creates the profile or replaces everything stored under its name.
    Result<void> save(const StoredProfile &profile);

    // The rules for a profile's name, as the reader types it: trimmed, not empty, and not
    // another profile's name in any letter case. `keeping` is the profile being renamed, which
    // may keep its name or change its case. Returns the trimmed name, or why it cannot be one.
    Result<QString> checkName(const QString &name, const QString &keeping = {}) const;

    // Stores a row for `name` when it has none, with no settings: what `papersieve run`
    // creates, the default profile. The window's "default" needs one before it can be managed.
    Result<void> ensure(const QString &name);

    // A new profile; refused when checkName() refuses its name. Nothing kept under the name
    // before (ratings of a profile deleted long ago, say) is taken over.
    Result<void> create(const StoredProfile &profile);

    // A new profile named `name` with everything of `source`: categories, criteria, settings
    // and the ratings given under it (a star stays with the profile it was given under).
    Result<void> duplicate(const QString &source, const QString &name);

    // Renames a profile and all that is kept under its name, in one transaction: its ratings,
    // the stars given under it and the days the schedule ran for it. Its runs follow the row.
    Result<void> rename(const QString &from, const QString &to);

    ProfileFootprint footprint(const QString &name) const;

    // Deletes a profile, the ratings given under it and the schedule's record of its days, in
    // one transaction. Its runs and their scores stay (under no profile; the LLM's answers stay
    // cached), and so do stars, as bookmarks no ranker learns from. The only profile left is
    // never deleted: the window always shows one.
    Result<void> remove(const QString &name);

private:
    Result<void> inTransaction(const QString &what, const std::function<Result<void>()> &work);

    const Library &m_library;
    int m_depth = 0; // transactions open through inTransaction()
};

} // namespace Sieve::Library

#endif // SIEVE_LIBRARY_PROFILESTORE_H
