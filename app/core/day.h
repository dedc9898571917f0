// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#ifndef SIEVE_CORE_DAY_H
#define SIEVE_CORE_DAY_H

#include <app/core/paper.h>

#include <QDate>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace Sieve {

enum class DayStatus {
    Announced, // the feed listed this day's papers
    NoAnnouncement, // a weekday arXiv skipped (holiday): the feed was up but empty
    NotYetAnnounced, // the feed still shows an earlier day; check again later
    Failed, // fetching or parsing failed; the reason is stored with the day
};

QString dayStatusName(DayStatus status);
DayStatus dayStatusFromName(QStringView name);

// One appearance of a paper in one category's listing of a day.
struct Listing
{
    QString paperId; // version-less
    QString category;
    AnnounceType announceType = AnnounceType::Unknown;
};

// An announcement day after merging: each paper once, with every listing that named it.
struct Day
{
    QDate date;
    DayStatus status = DayStatus::Announced;
    QStringList categories; // the categories that were fetched for this day
    QString source; // "rss", "api" or "sample"
    QString reason; // why a day failed; empty otherwise
    QList<Paper> papers; // in feed order
    QList<Listing> listings;

    // The strongest announce type among a paper's listings (New before Cross before Replace...).
    AnnounceType announceTypeOf(const QString &paperId) const;
    QMap<QString, int> countsByCategory() const;
};

// A stored day as the library lists it, without its papers.
struct DaySummary
{
    QDate date;
    DayStatus status = DayStatus::Announced;
    QStringList categories;
    QString source;
    QString reason;
    int paperCount = 0;
    int scoredCount = 0;
};

} // namespace Sieve

Q_DECLARE_METATYPE(Sieve::Day)
Q_DECLARE_METATYPE(Sieve::DaySummary)

#endif // SIEVE_CORE_DAY_H
