// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#ifndef SIEVE_ARXIV_ATOMPARSER_H
#define SIEVE_ARXIV_ATOMPARSER_H

#include <app/core/error.h>
#include <app/core/paper.h>

#include <QByteArray>

namespace Sieve::Arxiv {

// Reads one page of results of the arXiv API (export.arxiv.org/api/query, Atom 1.0).
class AtomParser
{
public:
    // Feed::totalResults and startIndex come from OpenSearch; Feed::categories from the "cat:"
    // terms of the query; Feed::buildDate from the feed's <updated>; announcementDate stays
    // invalid. Titles and summaries have arXiv's hard line wraps folded into single spaces.
    // Each item's announce type is New for version 1 and Replace otherwise: the API cannot tell
    // a cross-listing, FeedMerger does. A malformed document, one that is not Atom, or arXiv's
    // error entry (an id under ".../api/errors") gives an Error with Code::BadData.
    static Result<Feed> parse(const QByteArray &xml);
};

} // namespace Sieve::Arxiv

#endif // SIEVE_ARXIV_ATOMPARSER_H
