// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#ifndef SIEVE_ARXIV_RSSPARSER_H
#define SIEVE_ARXIV_RSSPARSER_H

#include <app/core/error.h>
#include <app/core/paper.h>

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringView>

#include <utility>

namespace Sieve::Arxiv {

// Reads the RSS 2.0 feeds of rss.arxiv.org (one category or several joined with '+').
class RssParser
{
public:
    // The whole feed or an Error with Code::BadData: a truncated or malformed document, or one
    // that is not an RSS feed, never yields a partial feed. A channel without items is a valid,
    // empty feed (arXiv's way of saying "no announcement today").
    static Result<Feed> parse(const QByteArray &xml);

    // How parseWith() reads the document. Automatic is what parse() does: the fast scanner for
    // the UTF-8 subset of XML arXiv writes, QXmlStreamReader for anything it does not take.
    enum class Engine {
        Automatic,
        Scanner, // the fast scanner alone; an Error when it declines the document
        StreamReader, // QXmlStreamReader alone, as the reference
    };

    // For tests and benchmarks, which compare the two ways of reading a document.
    static Result<Feed> parseWith(const QByteArray &xml, Engine engine);

    // "2603.03384v1" -> {"2603.03384", 1}; without a version suffix the version is 0.
    static std::pair<QString, int> splitVersionedId(QStringView versionedId);

    // An RFC 822 date as RSS writes it, "Thu, 05 Mar 2026 00:00:00 -0500", as UTC.
    static QDateTime parseRfc822(QStringView text);

    // The calendar date written in an RFC 822 date, in its own offset (not converted to UTC).
    static QDate parseRfc822LocalDate(QStringView text);
};

} // namespace Sieve::Arxiv

#endif // SIEVE_ARXIV_RSSPARSER_H
