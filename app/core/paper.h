// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#ifndef SIEVE_CORE_PAPER_H
#define SIEVE_CORE_PAPER_H

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace Sieve {

// How a paper appears in a day's listing of a category, as arXiv's feeds say it.
enum class AnnounceType {
    New, // first version, primary category
    Cross, // first version, cross-listed into this category
    Replace, // a new version, primary category
    ReplaceCross, // a new version, cross-listed
    Unknown,
};

QString announceTypeName(AnnounceType type);
AnnounceType announceTypeFromName(QStringView name);

// One arXiv paper as the metadata of its latest known version describes it. Text fields hold
// exactly what arXiv sent (TeX and all), decoded from XML but otherwise untouched.
struct Paper
{
    QString id; // version-less, "2603.03384" or "astro-ph/0603163"
    int version = 0; // 0 when unknown
    QString title;
    QString abstract;
    QStringList authors; // in order, each one name (affiliations kept as arXiv sends them)
    QStringList categories; // primary first, no duplicates
    QString primaryCategory;
    QString comment;
    QString journalRef;
    QString doi;
    QString license;
    QDateTime published; // first version, UTC; invalid when the source does not say
    QDateTime updated; // this version, UTC; invalid when the source does not say

    QString versionedId() const;
    QString absUrl() const;
    QString pdfUrl() const;
};

// A paper as listed in one feed on one day.
struct FeedItem
{
    Paper paper;
    AnnounceType announceType = AnnounceType::Unknown;
};

// A parsed RSS feed (one or several categories) or a page of API results.
struct Feed
{
    QStringList categories; // what the feed was asked for, e.g. {"astro-ph.GA", "astro-ph.CO"}
    QDate announcementDate; // the day the feed claims (RSS pubDate in arXiv's local time)
    QDateTime buildDate; // lastBuildDate, UTC
    QList<FeedItem> items;
    int totalResults = -1; // API only: matches for the whole query; -1 for RSS
    int startIndex = 0; // API only
};

} // namespace Sieve

Q_DECLARE_METATYPE(Sieve::Paper)

#endif // SIEVE_CORE_PAPER_H
