// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#ifndef SIEVE_ARXIV_ANNOUNCEMENTCALENDAR_H
#define SIEVE_ARXIV_ANNOUNCEMENTCALENDAR_H

#include <QDate>
#include <QDateTime>
#include <QList>

#include <utility>

namespace Sieve::Arxiv {

// arXiv's weekly rhythm, in America/New_York time. A "feed date" is the date in the RSS pubDate:
// the papers announced at 20:00 ET on the evening before it (Sunday evening for Monday).
// Holidays are not known in advance: on such a weekday the feed is simply empty. All date-times
// given and returned are UTC.
class AnnouncementCalendar
{
public:
    // Monday to Friday.
    static bool isAnnouncementDay(QDate feedDate);

    // The feed date the RSS feed should show at that moment: a new one appears at 20:00 ET on
    // Sunday to Thursday evenings, so on Friday evening and over the weekend it stays Friday's.
    static QDate latestExpectedDay(const QDateTime &nowUtc);

    // The first announcement day strictly after the given date.
    static QDate nextAnnouncementDay(QDate after);

    // Every announcement day in [from, to], in order; empty when to < from.
    static QList<QDate> announcementDaysBetween(QDate from, QDate to);

    // The API lastUpdatedDate window [start, end] (UTC) of a feed date's papers: from 14:00 ET
    // two business days before it to 14:00 ET on the business day before it.
    static std::pair<QDateTime, QDateTime> submissionWindow(QDate feedDate);
};

} // namespace Sieve::Arxiv

#endif // SIEVE_ARXIV_ANNOUNCEMENTCALENDAR_H
