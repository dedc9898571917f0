// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include <app/arxiv/arxivclient.h>
#include <app/digest/dailyschedule.h>
#include <app/library/database.h>
#include <app/library/library.h>
#include <app/library/profilestore.h>
#include <app/library/runstore.h>
#include <app/net/httpclient.h>

#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <tests/support/fakehttpserver.h>
#include <tests/support/testdata.h>

using namespace std::chrono_literals;
using Sieve::Arxiv::ArxivClient;
using Sieve::Arxiv::ArxivEndpoints;
using Sieve::Digest::DailySchedule;
using Sieve::Library::Library;
using Sieve::Test::FakeHttpServer;
using Sieve::Test::readFixture;
using Response = FakeHttpServer::Response;

namespace {

const QString FeedPath = QStringLiteral("/rss/astro-ph.GA");

QDateTime utc(const char *text)
{
    return QDateTime::fromString(QString::fromLatin1(text), Qt::ISODate);
}

Response feed(const QString &fixture)
{
    return Response::ok(readFixture(fixture), "application/rss+xml");
}

} // namespace

class TstDailySchedule : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void pollsUntilTheDayIsAnnouncedThenStops();
    void runsNothingOverTheWeekend();
    void runsNothingOnADayWithoutAnnouncement();
    void neverHandsOutADayTwiceAcrossARestart();
    void handsOutAgainADayACrashLeftUnfinished();
    void watchesForTheNextDayWhileARunGoesOn();
    void aRunIsRecordedForTheProfileItWasHandedTo();
    void wakesByTheWallClockAfterTheMachineSlept();
    void aProfileMadeAfterTheDayWasOutStartsWithTheNext_data();
    void aProfileMadeAfterTheDayWasOutStartsWithTheNext();
    void nextAnnouncementFollowsArxivsCalendar_data();
    void nextAnnouncementFollowsArxivsCalendar();

private:
    std::unique_ptr<DailySchedule> makeSchedule(const QDateTime &now);
    void openLibrary();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FakeHttpServer> m_server;
    std::unique_ptr<Library> m_library;
    std::unique_ptr<Sieve::Net::HttpClient> m_http;
    std::unique_ptr<ArxivClient> m_client;
};

void TstDailySchedule::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TstDailySchedule::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_server = std::make_unique<FakeHttpServer>();
    openLibrary();
    m_http = std::make_unique<Sieve::Net::HttpClient>();
    m_http->setBackoff(10ms, 50ms);
    m_client = std::make_unique<ArxivClient>(m_http.get(),
                                             ArxivEndpoints::fromOverride(m_server->baseUrl()));
    Sieve::Net::RequestOptions options;
    options.transferTimeout = 2000ms;
    options.maxAttempts = 1;
    m_client->setRequestOptions(options);
}

void TstDailySchedule::openLibrary()
{
    m_library.reset();
    auto library = Library::open(m_dir->filePath(QStringLiteral("library.sqlite")));
    QVERIFY(library);
    m_library = std::move(library).value();
}

void TstDailySchedule::cleanup()
{
    m_client.reset();
    m_http.reset();
    m_library.reset();
    m_server.reset();
    m_dir.reset();
}

std::unique_ptr<DailySchedule> TstDailySchedule::makeSchedule(const QDateTime &now)
{
    auto schedule = std::make_unique<DailySchedule>(m_client.get(), m_library.get());
    schedule->setClock([now] {
        return now;
    });
    schedule->setPollInterval(100ms);
    Sieve::Arxiv::MergeOptions options;
    schedule->setProfile(QStringLiteral("galaxies"), {QStringLiteral("astro-ph.GA")}, options);
    return schedule;
}

void TstDailySchedule::pollsUntilTheDayIsAnnouncedThenStops()
{
    // Tuesday 21:00 in New York: Wednesday's papers are due, the feed still shows Tuesday's.
    m_server->enqueue(FeedPath, feed(QStringLiteral("rss/2026-03-10/astro-ph.GA.xml")));
    m_server->enqueue(FeedPath, feed(QStringLiteral("rss/2026-03-10/astro-ph.GA.xml")));
    m_server->enqueue(FeedPath, feed(QStringLiteral("rss/2026-03-11/astro-ph.GA.xml")));
    auto schedule = makeSchedule(utc("2026-03-11T01:00:00Z"));
    QSignalSpy ready(schedule.get(), &DailySchedule::dayReady);

    schedule->start();
    QVERIFY(ready.wait(5000));
    QCOMPARE(ready.first().first().toDate(), QDate(2026, 3, 11));
    QCOMPARE(m_server->requestCount(), 3);
    QCOMPARE(m_library->daySummary(QDate(2026, 3, 11))->status, Sieve::DayStatus::Announced);

    schedule->markRun(QDate(2026, 3, 11), QStringLiteral("galaxies"));
    QTest::qWait(400); // several poll intervals: nothing more is fetched
    QCOMPARE(m_server->requestCount(), 3);
    QCOMPARE(ready.size(), 1);
    QCOMPARE(schedule->nextCheck(), utc("2026-03-12T00:00:00Z")); // Wednesday 20:00 EDT
}

void TstDailySchedule::runsNothingOverTheWeekend()
{
    m_server->enqueue(FeedPath, feed(QStringLiteral("rss/2026-03-10/astro-ph.GA.xml")));
    // Friday's feed was fetched and run on Friday.
    Sieve::Library::RunStore(*m_library)
        .recordScheduled(QStringLiteral("galaxies"), QDate(2026, 3, 13), QStringLiteral("ran"));
    auto schedule = makeSchedule(utc("2026-03-14T15:00:00Z")); // Saturday
    QSignalSpy ready(schedule.get(), &DailySchedule::dayReady);

    schedule->start();
    QTest::qWait(300);
    QCOMPARE(ready.size(), 0);
    QCOMPARE(m_server->requestCount(), 0);
    QCOMPARE(schedule->nextCheck(), utc("2026-03-16T00:00:00Z")); // Sunday 20:00 EDT
}

void TstDailySchedule::runsNothingOnADayWithoutAnnouncement()
{
    m_server->enqueue(FeedPath, feed(QStringLiteral("rss/edge/empty-holiday.xml")));
    auto schedule = makeSchedule(utc("2025-11-28T03:00:00Z")); // Thanksgiving evening
    QSignalSpy ready(schedule.get(), &DailySchedule::dayReady);
    QSignalSpy waiting(schedule.get(), &DailySchedule::waiting);

    schedule->start();
    QVERIFY(waiting.wait(5000));
    QTest::qWait(300);
    QCOMPARE(ready.size(), 0);
    QCOMPARE(m_server->requestCount(), 1);
    QCOMPARE(Sieve::Library::RunStore(*m_library)
                 .scheduledOutcome(QStringLiteral("galaxies"), QDate(2025, 11, 28)),
             QStringLiteral("no-announcement"));
}

void TstDailySchedule::neverHandsOutADayTwiceAcrossARestart()
{
    m_server->enqueue(FeedPath, feed(QStringLiteral("rss/2026-03-11/astro-ph.GA.xml")));
    const QDateTime now = utc("2026-03-11T12:00:00Z");
    {
        auto schedule = makeSchedule(now);
        QSignalSpy ready(schedule.get(), &DailySchedule::dayReady);
        schedule->start();
        QVERIFY(ready.wait(5000));
        schedule->markRun(QDate(2026, 3, 11), QStringLiteral("galaxies"));
    }

    openLibrary(); // the app is started again
    auto schedule = makeSchedule(now);
    QSignalSpy ready(schedule.get(), &DailySchedule::dayReady);
    schedule->start();
    QTest::qWait(300);
    QCOMPARE(ready.size(), 0);
    QCOMPARE(m_server->requestCount(), 1);
}

void TstDailySchedule::handsOutAgainADayACrashLeftUnfinished()
{
    m_server->enqueue(FeedPath, feed(QStringLiteral("rss/2026-03-11/astro-ph.GA.xml")));
    const QDateTime now = utc("2026-03-11T12:00:00Z");
    {
        auto schedule = makeSchedule(now);
        QSignalSpy ready(schedule.get(), &DailySchedule::dayReady);
        schedule->start();
        QVERIFY(ready.wait(5000));
        // The process dies before the run ends: markRun() is never called.
    }

    openLibrary();
    auto schedule = makeSchedule(now);
    QSignalSpy ready(schedule.get(), &DailySchedule::dayReady);
    schedule->start();
    QCOMPARE(ready.size(), 1); // straight from the library, no fetch
    QCOMPARE(m_server->requestCount(), 1);
}

void TstDailySchedule::watchesForTheNextDayWhileARunGoesOn()
{
    m_server->enqueue(FeedPath, feed(QStringLiteral("rss/2026-03-11/astro-ph.GA.xml")));
    auto schedule = makeSchedule(utc("2026-03-11T12:00:00Z"));
    QSignalSpy ready(schedule.get(), &DailySchedule::dayReady);

    schedule->start();
    QVERIFY(ready.wait(5000));
    // The owner's run has not ended (markRun() is not called): the schedule still wakes for the
    // next announcement.
    QCOMPARE(schedule->nextCheck(), utc("2026-03-12T00:00:00Z"));
}

// The reader switches profiles while the day's run goes on: the run ends under the profile the
// day was handed to, which is not handed the day again after a restart.
void TstDailySchedule::aRunIsRecordedForTheProfileItWasHandedTo()
{
    m_server->enqueue(FeedPath, feed(QStringLiteral("rss/2026-03-11/astro-ph.GA.xml")));
    const QDateTime now = utc("2026-03-11T12:00:00Z");
    const QString galaxies = QStringLiteral("galaxies");
    const QString stars = QStringLiteral("stars");
    {
        auto schedule = makeSchedule(now);
        QSignalSpy ready(schedule.get(), &DailySchedule::dayReady);
        schedule->start();
        QVERIFY(ready.wait(5000));
        QCOMPARE(ready.first().at(1).toString(), galaxies);

        schedule->stop();
        schedule->setProfile(stars, {QStringLiteral("astro-ph.SR")}, {});
        schedule->markRun(ready.first().at(0).toDate(), ready.first().at(1).toString());
    }

    Sieve::Library::RunStore runs(*m_library);
    QCOMPARE(runs.scheduledOutcome(galaxies, QDate(2026, 3, 11)), QStringLiteral("ran"));
    QCOMPARE(runs.scheduledOutcome(stars, QDate(2026, 3, 11)), QString());

    openLibrary();
    auto schedule = makeSchedule(now);
    QSignalSpy ready(schedule.get(), &DailySchedule::dayReady);
    schedule->start();
    QTest::qWait(200);
    QCOMPARE(ready.size(), 0);
    QCOMPARE(m_server->requestCount(), 1);
}

// QTimer does not count suspended time: the schedule looks at the clock at least every
// setMaxWait(), does nothing until the announcement is due, and fetches as soon as it is.
void TstDailySchedule::wakesByTheWallClockAfterTheMachineSlept()
{
    m_server->enqueue(FeedPath, feed(QStringLiteral("rss/2026-03-10/astro-ph.GA.xml")));
    QDateTime now = utc("2026-03-10T12:00:00Z"); // Tuesday morning in New York
    auto schedule = makeSchedule(now);
    schedule->setClock([&now] {
        return now;
    });
    schedule->setMaxWait(20ms);
    QSignalSpy ready(schedule.get(), &DailySchedule::dayReady);
    schedule->start();
    QVERIFY(ready.wait(5000));
    schedule->markRun(QDate(2026, 3, 10), QStringLiteral("galaxies"));
    QCOMPARE(schedule->nextCheck(), utc("2026-03-11T00:00:00Z"));

    QTest::qWait(200); // many capped waits, all before the announcement
    QCOMPARE(m_server->requestCount(), 1);
    QCOMPARE(ready.size(), 1);
    QCOMPARE(schedule->nextCheck(), utc("2026-03-11T00:00:00Z"));

    // The machine slept through the announcement and wakes hours after it.
    m_server->enqueue(FeedPath, feed(QStringLiteral("rss/2026-03-11/astro-ph.GA.xml")));
    now = utc("2026-03-11T05:00:00Z");
    QVERIFY(ready.wait(2000));
    QCOMPARE(ready.last().first().toDate(), QDate(2026, 3, 11));
    QCOMPARE(m_server->requestCount(), 2);
}

void TstDailySchedule::aProfileMadeAfterTheDayWasOutStartsWithTheNext_data()
{
    QTest::addColumn<QDateTime>("created");
    QTest::addColumn<bool>("handedOut");

    // Wednesday's papers were announced on Tuesday at 20:00 in New York (00:00 UTC).
    QTest::newRow("made before the day was out") << utc("2026-03-10T12:00:00Z") << true;
    QTest::newRow("made after the day was out") << utc("2026-03-11T06:00:00Z") << false;
}

// A reader who makes a profile in the morning finds the day there ranked by it; the schedule
// does not start an LLM run of it on its own.
void TstDailySchedule::aProfileMadeAfterTheDayWasOutStartsWithTheNext()
{
    QFETCH(QDateTime, created);
    QFETCH(bool, handedOut);
    Sieve::Day day;
    day.date = QDate(2026, 3, 11);
    day.categories = {QStringLiteral("astro-ph.GA")};
    QVERIFY(m_library->storeDay(day));
    QVERIFY(Sieve::Library::ProfileStore(*m_library)
                .save({QStringLiteral("galaxies"), {QStringLiteral("astro-ph.GA")}, {}, {}}));
    QSqlQuery query(m_library->database().connection());
    query.prepare(QStringLiteral("UPDATE profiles SET created_at = ? WHERE name = 'galaxies'"));
    query.addBindValue(created.toString(Qt::ISODate));
    QVERIFY(query.exec());

    auto schedule = makeSchedule(utc("2026-03-11T12:00:00Z"));
    QSignalSpy ready(schedule.get(), &DailySchedule::dayReady);
    schedule->start();
    QTest::qWait(200);

    QCOMPARE(ready.size(), handedOut ? 1 : 0);
    QCOMPARE(m_server->requestCount(), 0); // the day is in the library already
    QCOMPARE(Sieve::Library::RunStore(*m_library)
                 .scheduledOutcome(QStringLiteral("galaxies"), QDate(2026, 3, 11)),
             handedOut ? QStringLiteral("claimed") : QString());
    QCOMPARE(schedule->nextCheck(), utc("2026-03-12T00:00:00Z"));
}

void TstDailySchedule::nextAnnouncementFollowsArxivsCalendar_data()
{
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<QDateTime>("next");
    QTest::newRow("Tuesday morning") << utc("2026-03-10T14:00:00Z") << utc("2026-03-11T00:00:00Z");
    QTest::newRow("Thursday evening after it")
        << utc("2026-03-13T01:00:00Z") << utc("2026-03-16T00:00:00Z");
    QTest::newRow("Friday afternoon") << utc("2026-03-13T18:00:00Z") << utc("2026-03-16T00:00:00Z");
    QTest::newRow("winter time") << utc("2026-01-13T12:00:00Z") << utc("2026-01-14T01:00:00Z");
}

void TstDailySchedule::nextAnnouncementFollowsArxivsCalendar()
{
    QFETCH(QDateTime, now);
    QFETCH(QDateTime, next);
    QCOMPARE(DailySchedule::nextAnnouncement(now), next);
}

QTEST_GUILESS_MAIN(TstDailySchedule)
#include "tst_dailyschedule.moc"
