// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include <app/arxiv/announcementcalendar.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Sieve::Arxiv;

namespace {

QDateTime utc(const char *isoText)
{
    QDateTime value = QDateTime::fromString(QString::fromLatin1(isoText), Qt::ISODate);
    value.setTimeSpec(Qt::UTC);
    return value;
}

// "202603031900" as the arXiv API writes its lastUpdatedDate bounds (UTC).
QDateTime fromApiBound(const QString &text)
{
    return QDateTime(QDate::fromString(text.left(8), QStringLiteral("yyyyMMdd")),
                     QTime::fromString(text.mid(8), QStringLiteral("HHmm")),
                     Qt::UTC);
}

} // namespace

class TstAnnouncementCalendar : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void announcesOnWeekdaysOnly_data();
    void announcesOnWeekdaysOnly();
    void expectsNewFeedDateAfterEveningAnnouncement_data();
    void expectsNewFeedDateAfterEveningAnnouncement();
    void findsNextAnnouncementDay_data();
    void findsNextAnnouncementDay();
    void listsAnnouncementDaysBetween_data();
    void listsAnnouncementDaysBetween();
    void matchesTheApiSubmissionWindows_data();
    void matchesTheApiSubmissionWindows();
    void windowFollowsDaylightSavingEnd();
};

void TstAnnouncementCalendar::announcesOnWeekdaysOnly_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<bool>("announced");

    QTest::newRow("Monday") << QDate(2026, 3, 9) << true;
    QTest::newRow("Wednesday") << QDate(2026, 3, 11) << true;
    QTest::newRow("Friday") << QDate(2026, 3, 6) << true;
    QTest::newRow("Saturday") << QDate(2026, 3, 7) << false;
    QTest::newRow("Sunday") << QDate(2026, 3, 8) << false;
    QTest::newRow("invalid date") << QDate() << false;
}

void TstAnnouncementCalendar::announcesOnWeekdaysOnly()
{
    QFETCH(QDate, date);
    QFETCH(bool, announced);

    QCOMPARE(AnnouncementCalendar::isAnnouncementDay(date), announced);
}

void TstAnnouncementCalendar::expectsNewFeedDateAfterEveningAnnouncement_data()
{
    QTest::addColumn<QDateTime>("nowUtc");
    QTest::addColumn<QDate>("expected");

    QTest::newRow("Wednesday 19:59 EST") << utc("2026-03-05T00:59:00") << QDate(2026, 3, 4);
    QTest::newRow("Wednesday 20:00 EST") << utc("2026-03-05T01:00:00") << QDate(2026, 3, 5);
    QTest::newRow("Thursday noon EST") << utc("2026-03-05T17:00:00") << QDate(2026, 3, 5);
    QTest::newRow("Friday 20:00 EST keeps Friday")
        << utc("2026-03-07T01:00:00") << QDate(2026, 3, 6);
    QTest::newRow("Saturday") << utc("2026-03-07T15:00:00") << QDate(2026, 3, 6);
    QTest::newRow("Sunday 19:59 EDT, DST day") << utc("2026-03-08T23:59:00") << QDate(2026, 3, 6);
    QTest::newRow("Sunday 20:00 EDT, DST day") << utc("2026-03-09T00:00:00") << QDate(2026, 3, 9);
    QTest::newRow("Sunday 20:30 EDT, DST day") << utc("2026-03-09T00:30:00") << QDate(2026, 3, 9);
    QTest::newRow("Monday 19:00 EDT") << utc("2026-03-09T23:00:00") << QDate(2026, 3, 9);
    QTest::newRow("Monday 20:00 EDT") << utc("2026-03-10T00:00:00") << QDate(2026, 3, 10);
    QTest::newRow("Thursday 20:00 EDT") << utc("2026-03-13T00:00:00") << QDate(2026, 3, 13);
    QTest::newRow("Sunday 19:30 EST, DST ended")
        << utc("2025-11-03T00:30:00") << QDate(2025, 10, 31);
    QTest::newRow("Sunday 20:00 EST, DST ended")
        << utc("2025-11-03T01:00:00") << QDate(2025, 11, 3);
    QTest::newRow("New Year's Eve 20:00 EST") << utc("2026-01-01T01:00:00") << QDate(2026, 1, 1);
    QTest::newRow("invalid time") << QDateTime() << QDate();
}

void TstAnnouncementCalendar::expectsNewFeedDateAfterEveningAnnouncement()
{
    QFETCH(QDateTime, nowUtc);
    QFETCH(QDate, expected);

    QCOMPARE(AnnouncementCalendar::latestExpectedDay(nowUtc), expected);
}

void TstAnnouncementCalendar::findsNextAnnouncementDay_data()
{
    QTest::addColumn<QDate>("after");
    QTest::addColumn<QDate>("expected");

    QTest::newRow("Thursday to Friday") << QDate(2026, 3, 5) << QDate(2026, 3, 6);
    QTest::newRow("Friday to Monday") << QDate(2026, 3, 6) << QDate(2026, 3, 9);
    QTest::newRow("Saturday to Monday") << QDate(2026, 3, 7) << QDate(2026, 3, 9);
    QTest::newRow("Sunday to Monday") << QDate(2026, 3, 8) << QDate(2026, 3, 9);
    QTest::newRow("across the year") << QDate(2027, 12, 31) << QDate(2028, 1, 3);
}

void TstAnnouncementCalendar::findsNextAnnouncementDay()
{
    QFETCH(QDate, after);
    QFETCH(QDate, expected);

    QCOMPARE(AnnouncementCalendar::nextAnnouncementDay(after), expected);
}

void TstAnnouncementCalendar::listsAnnouncementDaysBetween_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<QList<QDate>>("expected");

    QTest::newRow("the fixture week") << QDate(2026, 3, 5) << QDate(2026, 3, 11)
                                      << QList<QDate>{QDate(2026, 3, 5),
                                                      QDate(2026, 3, 6),
                                                      QDate(2026, 3, 9),
                                                      QDate(2026, 3, 10),
                                                      QDate(2026, 3, 11)};
    QTest::newRow("one weekday") << QDate(2026, 3, 9) << QDate(2026, 3, 9)
                                 << QList<QDate>{QDate(2026, 3, 9)};
    QTest::newRow("a weekend") << QDate(2026, 3, 7) << QDate(2026, 3, 8) << QList<QDate>();
    QTest::newRow("reversed range") << QDate(2026, 3, 11) << QDate(2026, 3, 5) << QList<QDate>();
}

void TstAnnouncementCalendar::listsAnnouncementDaysBetween()
{
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(QList<QDate>, expected);

    QCOMPARE(AnnouncementCalendar::announcementDaysBetween(from, to), expected);
}

void TstAnnouncementCalendar::matchesTheApiSubmissionWindows_data()
{
    QTest::addColumn<QDate>("feedDate");
    QTest::addColumn<QDateTime>("start");
    QTest::addColumn<QDateTime>("end");

    QFile file(QStringLiteral(PAPERSIEVE_TEST_DATA "/arxiv/api/index.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    static const QRegularExpression window(
        QStringLiteral("lastUpdatedDate:\\[(\\d{12}) TO (\\d{12})\\]"));
    QSet<QString> seen;
    for (const QJsonValue &value : QJsonDocument::fromJson(file.readAll()).array()) {
        const QJsonObject entry = value.toObject();
        const QString date = entry.value(QLatin1String("date")).toString();
        const auto match = window.match(entry.value(QLatin1String("search_query")).toString());
        QVERIFY(match.hasMatch());
        const QString row = date + QLatin1Char(' ') + entry.value(QLatin1String("file")).toString();
        QTest::newRow(qPrintable(row))
            << QDate::fromString(date, Qt::ISODate) << fromApiBound(match.captured(1))
            << fromApiBound(match.captured(2));
        seen.insert(date);
    }
    QCOMPARE(seen.size(), 5);
}

void TstAnnouncementCalendar::matchesTheApiSubmissionWindows()
{
    QFETCH(QDate, feedDate);
    QFETCH(QDateTime, start);
    QFETCH(QDateTime, end);

    const auto [actualStart, actualEnd] = AnnouncementCalendar::submissionWindow(feedDate);

    QCOMPARE(actualStart, start);
    QCOMPARE(actualEnd, end);
    QCOMPARE(actualStart.timeSpec(), Qt::UTC);
}

void TstAnnouncementCalendar::windowFollowsDaylightSavingEnd()
{
    // Tuesday after the switch back to EST: Friday 14:00 EDT to Monday 14:00 EST.
    const auto [start, end] = AnnouncementCalendar::submissionWindow(QDate(2025, 11, 4));

    QCOMPARE(start, utc("2025-10-31T18:00:00"));
    QCOMPARE(end, utc("2025-11-03T19:00:00"));
}

QTEST_GUILESS_MAIN(TstAnnouncementCalendar)
#include "tst_announcementcalendar.moc"
