// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "announcementcalendar.h"

#include <QTimeZone>

namespace Sieve::Arxiv {

namespace {

constexpr int LastWeekday = 5; // Friday, in Qt's Monday = 1 numbering
const QTime AnnouncementTime(20, 0);
const QTime SubmissionDeadline(14, 0);

const QTimeZone &arxivZone()
{
    static const QTimeZone zone("America/New_York");
    return zone;
}

QDate previousAnnouncementDay(QDate before)
{
    QDate day = before.addDays(-1);
    while (!AnnouncementCalendar::isAnnouncementDay(day)) {
        day = day.addDays(-1);
    }
    return day;
}

QDateTime deadlineOn(QDate day)
{
    return QDateTime(day, SubmissionDeadline, arxivZone()).toUTC();
}

} // namespace

bool AnnouncementCalendar::isAnnouncementDay(QDate feedDate)
{
    return feedDate.isValid() && feedDate.dayOfWeek() <= LastWeekday;
}

QDate AnnouncementCalendar::latestExpectedDay(const QDateTime &nowUtc)
{
    if (!nowUtc.isValid()) {
        return {};
    }
    const QDateTime local = nowUtc.toTimeZone(arxivZone());
    const QDate today = local.date();
    const QDate tomorrow = today.addDays(1);

    if (local.time() >= AnnouncementTime && isAnnouncementDay(tomorrow)) {
        return tomorrow;
    }
    return isAnnouncementDay(today) ? today : previousAnnouncementDay(today);
}

QDate AnnouncementCalendar::nextAnnouncementDay(QDate after)
{
    if (!after.isValid()) {
        return {};
    }
    QDate day = after.addDays(1);
    while (!isAnnouncementDay(day)) {
        day = day.addDays(1);
    }
    return day;
}

QList<QDate> AnnouncementCalendar::announcementDaysBetween(QDate from, QDate to)
{
    QList<QDate> days;
    if (!from.isValid() || !to.isValid()) {
        return days;
    }
    for (QDate day = from; day <= to; day = day.addDays(1)) {
        if (isAnnouncementDay(day)) {
            days.append(day);
        }
    }
    return days;
}

std::pair<QDateTime, QDateTime> AnnouncementCalendar::submissionWindow(QDate feedDate)
{
    if (!feedDate.isValid()) {
        return {};
    }
    const QDate closes = previousAnnouncementDay(feedDate);
    const QDate opens = previousAnnouncementDay(closes);
    return {deadlineOn(opens), deadlineOn(closes)};
}

} // namespace Sieve::Arxiv
