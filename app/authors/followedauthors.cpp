// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "followedauthors.h"

#include <QRegularExpression>

namespace Sieve::Authors {

namespace {

const QString S2Prefix = QStringLiteral("s2:");

std::optional<FollowedAuthor> parseEntry(const QString &line)
{
    const QString text = line.trimmed();
    if (text.isEmpty() || text.startsWith(QLatin1Char('#'))) {
        return std::nullopt;
    }
    if (!text.startsWith(S2Prefix, Qt::CaseInsensitive)) {
        return FollowedAuthor{text, {}};
    }

    static const QRegularExpression idThenName(QStringLiteral("^s2:\\s*(\\d+)\\s*(.*)$"),
                                               QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = idThenName.match(text);
    if (!match.hasMatch()) {
        return FollowedAuthor{text, {}};
    }
    return FollowedAuthor{match.captured(2).trimmed(), match.captured(1)};
}

} // namespace

QString FollowedAuthor::entry() const
{
    if (s2Id.isEmpty()) {
        return name;
    }
    const QString id = S2Prefix + s2Id;
    return name.isEmpty() ? id : id + QLatin1Char(' ') + name;
}

FollowedAuthors FollowedAuthors::parse(const QString &text)
{
    return fromEntries(text.split(QLatin1Char('\n')));
}

FollowedAuthors FollowedAuthors::fromEntries(const QStringList &entries)
{
    FollowedAuthors followed;
    for (const QString &line : entries) {
        if (std::optional<FollowedAuthor> author = parseEntry(line)) {
            followed.m_authors.append(*author);
        }
    }
    return followed;
}

QStringList FollowedAuthors::entries() const
{
    QStringList out;
    for (const FollowedAuthor &author : m_authors) {
        out.append(author.entry());
    }
    return out;
}

bool FollowedAuthors::hasSemanticScholarIds() const
{
    return std::any_of(m_authors.cbegin(), m_authors.cend(), [](const FollowedAuthor &author) {
        return !author.s2Id.isEmpty();
    });
}

std::optional<AuthorMatch> FollowedAuthors::match(const QStringList &paperAuthors,
                                                  const QList<S2Author> &s2Authors) const
{
    std::optional<AuthorMatch> best;
    for (const FollowedAuthor &author : m_authors) {
        if (!author.s2Id.isEmpty()) {
            for (const S2Author &listed : s2Authors) {
                if (listed.authorId == author.s2Id) {
                    return AuthorMatch{author.entry(), listed.name, MatchKind::SemanticScholarId};
                }
            }
        }
        if (author.name.isEmpty()) {
            continue;
        }
        const std::optional<AuthorMatch> byName = NameMatcher::match(author.name, paperAuthors);
        if (byName && (!best || byName->kind < best->kind)) {
            best = byName;
        }
    }
    return best;
}

} // namespace Sieve::Authors
