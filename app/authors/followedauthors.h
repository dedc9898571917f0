// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#ifndef SIEVE_AUTHORS_FOLLOWEDAUTHORS_H
#define SIEVE_AUTHORS_FOLLOWEDAUTHORS_H

#include <app/authors/namematcher.h>
#include <app/authors/semanticscholarclient.h>

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Sieve::Authors {

// One person a profile follows: by name, or by Semantic Scholar author id ("s2:1741101"), which
// also matches papers that spell the name differently.
struct FollowedAuthor
{
    QString name; // empty for an id written without a name
    QString s2Id; // the id without the "s2:" prefix; empty when followed by name

    QString entry() const; // as the profile keeps it: "Name" or "s2:ID" or "s2:ID Name"
};

// A profile's followed authors. Pure logic.
class FollowedAuthors
{
public:
    FollowedAuthors() = default;

    // One author per line: a name, "s2:ID" or "s2:ID Name"; blank lines and "#" comments skipped.
    static FollowedAuthors parse(const QString &text);
    static FollowedAuthors fromEntries(const QStringList &entries);

    QStringList entries() const;

    const QList<FollowedAuthor> &authors() const { return m_authors; }

    bool isEmpty() const { return m_authors.isEmpty(); }

    bool hasSemanticScholarIds() const;

    // The strongest match among a paper's authors: by Semantic Scholar id when the paper's S2
    // authors are known, otherwise by name as arXiv lists it.
    std::optional<AuthorMatch> match(const QStringList &paperAuthors,
                                     const QList<S2Author> &s2Authors = {}) const;

private:
    QList<FollowedAuthor> m_authors;
};

} // namespace Sieve::Authors

#endif // SIEVE_AUTHORS_FOLLOWEDAUTHORS_H
