// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#ifndef SIEVE_AUTHORS_NAMEMATCHER_H
#define SIEVE_AUTHORS_NAMEMATCHER_H

#include <QString>
#include <QStringList>

#include <optional>

namespace Sieve::Authors {

// How a followed author's name was recognised in a paper's author list, strongest first.
enum class MatchKind {
    Exact, // the same text
    AccentFolded, // the same once TeX accents, Unicode accents and case are ignored
    Reordered, // the same once "Last, First" is read as "First Last"
    HyphenVariant, // the same words, joined by hyphens on one side and spaces on the other
    Initials, // the same surname, given names written out on one side and as initials on the other
    MiddleNameOmitted, // the same surname and first name; one side leaves out a middle name
    SemanticScholarId, // Semantic Scholar links the paper's author to the followed profile id
};

struct AuthorMatch
{
    QString followed; // as the user wrote it
    QString paperAuthor; // as the paper lists it (affiliation included, if any)
    MatchKind kind = MatchKind::Exact;

    // One translated sentence for the badge's tooltip.
    QString reason() const;
};

// Recognises a person's name across the ways arXiv, Semantic Scholar and users write it. Pure
// logic. It prefers missing a match to inventing one: the surname must agree word for word,
// and every given name or initial present on both sides must agree.
class NameMatcher
{
public:
    // The name as plain lower-case words separated by single spaces: affiliations in parentheses
    // removed, TeX accents decoded, accents folded, "Last, First" turned round, hyphens, dots
    // and apostrophes dropped ("Hern\'andez-Lobato, J. M." gives "j m hernandez lobato").
    static QString normalize(const QString &name);

    // Decodes TeX accent commands (\'e, {\"u}, \c{c}, \~n, \ss...) into Unicode characters.
    static QString decodeTex(const QString &text);

    // NFKD with the combining marks removed, plus the Latin letters that do not decompose
    // (ø, ł, ß, æ, đ...), so "Hernández" and "Hernandez" compare equal.
    static QString foldAccents(const QString &text);

    // Whether `paperAuthor` names the followed author, and why.
    static std::optional<AuthorMatch> match(const QString &followed, const QString &paperAuthor);

    // The best match of `followed` among a paper's authors (the strongest kind, first wins).
    static std::optional<AuthorMatch> match(const QString &followed,
                                            const QStringList &paperAuthors);
};

} // namespace Sieve::Authors

#endif // SIEVE_AUTHORS_NAMEMATCHER_H
