// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#ifndef SIEVE_ARXIV_AUTHORLIST_H
#define SIEVE_ARXIV_AUTHORLIST_H

#include <QString>
#include <QStringList>

namespace Sieve::Arxiv {

// Splits the author string of an RSS item (dc:creator) into single authors.
class AuthorList
{
public:
    // Authors are separated by commas, and possibly by " and " before the last one. Commas and
    // "and" inside parentheses belong to an affiliation and do not split; each name keeps its
    // affiliation and its TeX exactly as arXiv wrote them. Empty input gives an empty list.
    static QStringList split(const QString &creator);
};

} // namespace Sieve::Arxiv

#endif // SIEVE_ARXIV_AUTHORLIST_H
