// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#ifndef SIEVE_LIBRARY_PROFILESTORE_H
#define SIEVE_LIBRARY_PROFILESTORE_H

#include <app/core/error.h>

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

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

// The profiles table. Same thread rules as Library.
class ProfileStore
{
public:
    explicit ProfileStore(const Library &library);

    QList<StoredProfile> profiles() const; // by name
    std::optional<StoredProfile> profile(const QString &name) const;

    // Creates the profile or replaces everything stored under its name.
    Result<void> save(const StoredProfile &profile);
    Result<void> remove(const QString &name);

private:
    const Library &m_library;
};

} // namespace Sieve::Library

#endif // SIEVE_LIBRARY_PROFILESTORE_H
