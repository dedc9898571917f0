// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include <app/arxiv/arxivclient.h>
#include <app/digest/dayfetcher.h>
#include <app/library/library.h>
#include <app/net/httpclient.h>

#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <tests/support/fakehttpserver.h>
#include <tests/support/testdata.h>

using namespace std::chrono_literals;
using Sieve::Day;
using Sieve::DayStatus;
using Sieve::Arxiv::ArxivClient;
using Sieve::Arxiv::ArxivEndpoints;
using Sieve::Digest::DayFetcher;
using Sieve::Test::FakeHttpServer;
using Response = FakeHttpServer::Response;

using Sieve::Test::readFixture;

namespace {

QDateTime utc(const QString &iso)
{
    return QDateTime::fromString(iso, Qt::ISODate).toUTC();
}

// What goes wrong with the first answers before (or instead of) the fixture's body.
enum class Fault {
    None,
    TooManyRequests, // 429 with Retry-After: 1, then the body
    Unavailable, // 503 twice, then the body
    Stall, // every attempt: the request is read and never answered
    DropMidBody, // every attempt: half the body, then the connection closes
};

// Answers to an API query for one category, whatever else the query says.
FakeHttpServer::Predicate queriesCategory(const QString &category)
{
    const QString term = QStringLiteral("cat:") + category + QLatin1Char(' ');
    return [term](const QByteArray &target) {
        return QUrl::fromPercentEncoding(target)
            .replace(QLatin1Char('+'), QLatin1Char(' '))
            .contains(term);
    };
}

// The library's days as comparable text: date, status, source, papers.
QStringList describeDays(const QList<Sieve::DaySummary> &days)
{
    QStringList lines;
    for (const Sieve::DaySummary &day : days) {
        lines.append(
            QStringLiteral("%1 %2 %3 %4")
                .arg(day.date.toString(Qt::ISODate), Sieve::dayStatusName(day.status), day.source)
                .arg(day.paperCount));
    }
    return lines;
}

} // namespace

class TstDayFetcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void feedDayIsRecorded_data();
    void feedDayIsRecorded();
    void feedShowingAStoredDayMeansNotYetAnnounced();
    void emptyFeedNeverErasesAStoredDay();
    void rangeIsBackFilledFromTheApi();
    void rangeSkipsWeekendsAndFutureDays();
    void faultsEndWithTheWholeDayOrNothing_data();
    void faultsEndWithTheWholeDayOrNothing();
    void apiRequestsAreThreeSecondsApartByTheServersClock();
    void failuresLeaveTheLibraryUntouched_data();
    void failuresLeaveTheLibraryUntouched();
    void gapsBetweenStoredDaysAreFound();
    void fillGapsFetchesOnlyTheMissingDays();
    void nothingToFetchEndsAfterTheCallReturns_data();
    void nothingToFetchEndsAfterTheCallReturns();
    void cancelBeforeTheStartFails();

private:
    void storeEmptyDay(const QDate &date, DayStatus status);
    bool run(const std::function<void(DayFetcher &)> &start, const QDateTime &now);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FakeHttpServer> m_server;
    std::unique_ptr<Sieve::Library::Library> m_library;
    std::unique_ptr<Sieve::Net::HttpClient> m_http;
    std::unique_ptr<ArxivClient> m_client;
    Sieve::Error m_lastError;
};

void TstDayFetcher::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TstDayFetcher::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_server = std::make_unique<FakeHttpServer>();
    auto library = Sieve::Library::Library::open(m_dir->filePath(QStringLiteral("lib.sqlite")));
    QVERIFY(library);
    m_library = std::move(library.value());

    m_http = std::make_unique<Sieve::Net::HttpClient>();
    m_http->setBackoff(std::chrono::milliseconds(10), std::chrono::milliseconds(50));
    m_client = std::make_unique<ArxivClient>(m_http.get(),
                                             ArxivEndpoints::fromOverride(m_server->baseUrl()));
    m_client->setApiInterval(std::chrono::milliseconds(50));
    Sieve::Net::RequestOptions options;
    options.transferTimeout = std::chrono::milliseconds(2000);
    options.maxAttempts = 2;
    m_client->setRequestOptions(options);
}

void TstDayFetcher::cleanup()
{
    m_client.reset();
    m_http.reset();
    m_library.reset();
    m_server.reset();
    m_dir.reset();
}

bool TstDayFetcher::run(const std::function<void(DayFetcher &)> &start, const QDateTime &now)
{
    DayFetcher fetcher(m_client.get(), m_library.get());
    fetcher.setClock([now] {
        return now;
    });
    QSignalSpy finished(&fetcher, &DayFetcher::finished);
    QSignalSpy failed(&fetcher, &DayFetcher::failed);

    start(fetcher);
    if (!QTest::qWaitFor(
            [&] {
                return !finished.isEmpty() || !failed.isEmpty();
            },
            20000)) {
        return false;
    }
    if (!failed.isEmpty()) {
        m_lastError = failed.first().first().value<Sieve::Error>();
    }
    return finished.size() == 1 && failed.isEmpty();
}

void TstDayFetcher::feedDayIsRecorded_data()
{
    QTest::addColumn<QString>("feed");
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<QDate>("day");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("papers");
    QTest::addColumn<QDate>("notYetAnnounced"); // invalid: none recorded

    QTest::newRow("the expected day")
        << QStringLiteral("rss/2026-03-05/astro-ph.CO.xml")
        << utc(QStringLiteral("2026-03-05T12:00:00Z")) << QDate(2026, 3, 5)
        << int(DayStatus::Announced) << 45 << QDate();
    QTest::newRow("feed one day behind the calendar")
        << QStringLiteral("rss/2026-03-05/astro-ph.CO.xml")
        << utc(QStringLiteral("2026-03-06T12:00:00Z")) << QDate(2026, 3, 5)
        << int(DayStatus::Announced) << 45 << QDate(2026, 3, 6);
    QTest::newRow("an empty weekday is a holiday")
        << QStringLiteral("rss/edge/empty-holiday.xml")
        << utc(QStringLiteral("2025-11-28T12:00:00Z")) << QDate(2025, 11, 28)
        << int(DayStatus::NoAnnouncement) << 0 << QDate();
}

void TstDayFetcher::feedDayIsRecorded()
{
    QFETCH(QString, feed);
    QFETCH(QDateTime, now);
    QFETCH(QDate, day);
    QFETCH(int, status);
    QFETCH(int, papers);
    QFETCH(QDate, notYetAnnounced);

    m_server->enqueue(QStringLiteral("/rss/astro-ph.CO"),
                      FakeHttpServer::Response::ok(readFixture(feed)));
    QVERIFY(run(
        [](DayFetcher &f) {
            f.fetchLatest({QStringLiteral("astro-ph.CO")}, {});
        },
        now));

    const auto summary = m_library->daySummary(day);
    QVERIFY(summary);
    QCOMPARE(int(summary->status), status);
    QCOMPARE(summary->paperCount, papers);
    QCOMPARE(summary->source, QStringLiteral("rss"));

    const auto pending =
        notYetAnnounced.isValid() ? m_library->daySummary(notYetAnnounced) : std::nullopt;
    QCOMPARE(pending.has_value(), notYetAnnounced.isValid());
    if (pending) {
        QCOMPARE(pending->status, DayStatus::NotYetAnnounced);
        QCOMPARE(pending->paperCount, 0);
    }
    QCOMPARE(m_library->days().size(), notYetAnnounced.isValid() ? 2 : 1);
}

void TstDayFetcher::feedShowingAStoredDayMeansNotYetAnnounced()
{
    const QByteArray feed = readFixture(QStringLiteral("rss/2026-03-05/astro-ph.GA.xml"));
    m_server->enqueue(QStringLiteral("/rss/astro-ph.GA"), FakeHttpServer::Response::ok(feed));
    const auto fetchGa = [](DayFetcher &f) {
        f.fetchLatest({QStringLiteral("astro-ph.GA")}, {});
    };

    QVERIFY(run(fetchGa, utc(QStringLiteral("2026-03-05T09:00:00Z"))));
    const auto before = m_library->day(QDate(2026, 3, 5));
    QVERIFY(before);

    // Next morning the feed has not moved on: Friday is "not announced yet", Thursday intact.
    QVERIFY(run(fetchGa, utc(QStringLiteral("2026-03-06T09:00:00Z"))));
    const auto friday = m_library->daySummary(QDate(2026, 3, 6));
    QVERIFY(friday);
    QCOMPARE(friday->status, DayStatus::NotYetAnnounced);
    const auto after = m_library->day(QDate(2026, 3, 5));
    QVERIFY(after);
    QCOMPARE(after->papers.size(), before->papers.size());
    QCOMPARE(after->status, DayStatus::Announced);
}

void TstDayFetcher::emptyFeedNeverErasesAStoredDay()
{
    const QByteArray full = readFixture(QStringLiteral("rss/2026-03-05/astro-ph.GA.xml"));
    QByteArray empty = full.left(full.indexOf("<item>")) + "  </channel>\n</rss>\n";

    m_server->enqueue(QStringLiteral("/rss/astro-ph.GA"), FakeHttpServer::Response::ok(full));
    m_server->enqueue(QStringLiteral("/rss/astro-ph.GA"), FakeHttpServer::Response::ok(empty));
    const auto fetchGa = [](DayFetcher &f) {
        f.fetchLatest({QStringLiteral("astro-ph.GA")}, {});
    };
    const QDateTime now = utc(QStringLiteral("2026-03-05T09:00:00Z"));

    QVERIFY(run(fetchGa, now));
    QVERIFY(run(fetchGa, now));

    const auto day = m_library->daySummary(QDate(2026, 3, 5));
    QVERIFY(day);
    QCOMPARE(day->status, DayStatus::Announced);
    QCOMPARE(day->paperCount, 60);
}

void TstDayFetcher::rangeIsBackFilledFromTheApi()
{
    for (const QString &category : {QStringLiteral("astro-ph.GA"), QStringLiteral("astro-ph.CO")}) {
        const QByteArray body = readFixture(QStringLiteral("api/2026-03-05/%1.xml").arg(category));
        m_server->enqueue(queriesCategory(category), Response::ok(body, "application/atom+xml"));
    }

    QVERIFY(run(
        [](DayFetcher &f) {
            f.fetchRange({QStringLiteral("astro-ph.GA"), QStringLiteral("astro-ph.CO")},
                         QDate(2026, 3, 5),
                         QDate(2026, 3, 5),
                         {});
        },
        utc(QStringLiteral("2026-04-01T12:00:00Z"))));

    QCOMPARE(m_server->requestCount(), 2);
    const auto day = m_library->day(QDate(2026, 3, 5));
    QVERIFY(day);
    QCOMPARE(day->source, QStringLiteral("api"));
    QCOMPARE(day->status, DayStatus::Announced);

    // The RSS feeds of the same day name the same papers (the fixtures are built that way).
    QSet<QString> rssIds;
    for (const QString &category : {QStringLiteral("astro-ph.GA"), QStringLiteral("astro-ph.CO")}) {
        const QByteArray rss = readFixture(QStringLiteral("rss/2026-03-05/%1.xml").arg(category));
        qsizetype at = rss.indexOf("<link>https://arxiv.org/abs/");
        while (at >= 0) {
            at += qsizetype(sizeof("<link>https://arxiv.org/abs/") - 1);
            rssIds.insert(QString::fromUtf8(rss.mid(at, rss.indexOf('<', at) - at)));
            at = rss.indexOf("<link>https://arxiv.org/abs/", at);
        }
    }
    QSet<QString> apiIds;
    for (const Sieve::Paper &paper : day->papers) {
        apiIds.insert(paper.id);
    }
    QCOMPARE(apiIds, rssIds);
    QCOMPARE(day->listings.size(), 60 + 45);
}

void TstDayFetcher::rangeSkipsWeekendsAndFutureDays()
{
    m_server->enqueue(
        [](const QByteArray &) {
            return true;
        },
        FakeHttpServer::Response::ok(
            readFixture(QStringLiteral("api/2026-03-05/astro-ph.GA.xml"))));

    // Friday 6 March is announced at the fake "now"; Saturday and Sunday are skipped; Monday 9
    // is in the future.
    QVERIFY(run(
        [](DayFetcher &f) {
            f.fetchRange({QStringLiteral("astro-ph.GA")}, QDate(2026, 3, 6), QDate(2026, 3, 9), {});
        },
        utc(QStringLiteral("2026-03-06T12:00:00Z"))));

    QCOMPARE(m_server->requestCount(), 1);
    QVERIFY(!m_library->daySummary(QDate(2026, 3, 7)));
    QVERIFY(!m_library->daySummary(QDate(2026, 3, 8)));
    const auto monday = m_library->daySummary(QDate(2026, 3, 9));
    QVERIFY(monday);
    QCOMPARE(monday->status, DayStatus::NotYetAnnounced);
}

void TstDayFetcher::faultsEndWithTheWholeDayOrNothing_data()
{
    QTest::addColumn<QString>("source"); // "rss": fetchLatest; "api": fetchRange of that day
    QTest::addColumn<int>("fault");
    QTest::addColumn<int>("requests"); // our attempts
    QTest::addColumn<QString>("message"); // part of the error; empty when the day is stored

    for (const QString &source : {QStringLiteral("rss"), QStringLiteral("api")}) {
        const QByteArray name = source.toUtf8();
        QTest::addRow("%s: happy path", name.data())
            << source << int(Fault::None) << 1 << QString();
        QTest::addRow("%s: 429 with Retry-After, then 200", name.data())
            << source << int(Fault::TooManyRequests) << 2 << QString();
        QTest::addRow("%s: two 503s, then 200", name.data())
            << source << int(Fault::Unavailable) << 3 << QString();
        QTest::addRow("%s: stalled answer", name.data())
            << source << int(Fault::Stall) << 3 << QStringLiteral("did not answer in time");
        QTest::addRow("%s: connection dropped mid-body", name.data())
            << source << int(Fault::DropMidBody) << 3
            << QStringLiteral("closed the connection before its answer was complete");
    }
}

// The fault cases of HttpClient's own tests, end to end: the fixture's real feed through
// ArxivClient and DayFetcher into the library. A day is stored whole or not at all.
void TstDayFetcher::faultsEndWithTheWholeDayOrNothing()
{
    QFETCH(QString, source);
    QFETCH(int, fault);
    QFETCH(int, requests);
    QFETCH(QString, message);

    Sieve::Net::RequestOptions options;
    options.transferTimeout = 1000ms;
    options.maxAttempts = 3;
    m_client->setRequestOptions(options);
    storeEmptyDay(QDate(2026, 3, 4), DayStatus::NoAnnouncement);
    const QStringList before = describeDays(m_library->days());

    const bool rss = source == QLatin1String("rss");
    const QByteArray body =
        readFixture(QStringLiteral("%1/2026-03-05/astro-ph.GA.xml").arg(source));
    const QString path = rss ? QStringLiteral("/rss/astro-ph.GA") : QStringLiteral("/api/query");
    const auto serve = [this, path](const Response &response) {
        m_server->enqueue(path, response);
    };
    switch (Fault(fault)) {
    case Fault::None:
        break;
    case Fault::TooManyRequests:
        serve(Response::status(429, {{"Retry-After", "1"}}));
        break;
    case Fault::Unavailable:
        serve(Response::status(503));
        serve(Response::status(503));
        break;
    case Fault::Stall:
        serve(Response::ok(body).stalled());
        break;
    case Fault::DropMidBody:
        serve(Response::ok(body).droppedMidBody());
        break;
    }
    if (Fault(fault) != Fault::Stall && Fault(fault) != Fault::DropMidBody) {
        serve(Response::ok(body));
    }

    const bool finished = run(
        [rss](DayFetcher &f) {
            const QStringList galaxies{QStringLiteral("astro-ph.GA")};
            if (rss) {
                f.fetchLatest(galaxies, {});
            } else {
                f.fetchRange(galaxies, QDate(2026, 3, 5), QDate(2026, 3, 5), {});
            }
        },
        utc(rss ? QStringLiteral("2026-03-05T12:00:00Z") : QStringLiteral("2026-04-01T12:00:00Z")));

    if (Fault(fault) == Fault::DropMidBody) {
        // Qt sends a GET again by itself, at once, when the connection breaks before it has
        // read the answer's head, so the server may see more requests than our attempts.
        QVERIFY2(m_server->requestCount() >= requests,
                 qPrintable(QString::number(m_server->requestCount())));
    } else {
        QCOMPARE(m_server->requestCount(), requests);
    }
    if (!message.isEmpty()) {
        QVERIFY(!finished);
        QCOMPARE(m_lastError.code(), Sieve::Error::Code::Network);
        QVERIFY2(m_lastError.userMessage().contains(message),
                 qPrintable(m_lastError.userMessage()));
        QCOMPARE(describeDays(m_library->days()), before);
        return;
    }

    QVERIFY2(finished, qPrintable(m_lastError.detail()));
    const auto day = m_library->daySummary(QDate(2026, 3, 5));
    QVERIFY(day);
    QCOMPARE(day->status, DayStatus::Announced);
    QCOMPARE(day->paperCount, 60);
    QCOMPARE(day->source, source);
    QCOMPARE(m_library->days().size(), 2);
    if (Fault(fault) == Fault::TooManyRequests) {
        // By the server's clock, from the moment the 429 was sent to the next request.
        const auto served = m_server->requests();
        const qint64 waited = served.at(1).arrivedMs - served.at(0).completedMs;
        QVERIFY2(waited >= 1000, qPrintable(QString::number(waited)));
    }
}

// arXiv's API terms ask for three seconds between requests; the two categories of a day are
// two requests, and the server sees the second at least that long after it answered the first.
void TstDayFetcher::apiRequestsAreThreeSecondsApartByTheServersClock()
{
    m_client->setApiInterval(ArxivClient::DefaultApiInterval);
    for (const QString &category : {QStringLiteral("astro-ph.GA"), QStringLiteral("astro-ph.CO")}) {
        m_server->enqueue(
            queriesCategory(category),
            Response::ok(readFixture(QStringLiteral("api/2026-03-05/%1.xml").arg(category)),
                         "application/atom+xml"));
    }

    QVERIFY(run(
        [](DayFetcher &f) {
            f.fetchRange({QStringLiteral("astro-ph.GA"), QStringLiteral("astro-ph.CO")},
                         QDate(2026, 3, 5),
                         QDate(2026, 3, 5),
                         {});
        },
        utc(QStringLiteral("2026-04-01T12:00:00Z"))));

    const auto requests = m_server->requests();
    QCOMPARE(requests.size(), 2);
    const qint64 gap = requests.at(1).arrivedMs - requests.at(0).completedMs;
    QVERIFY2(gap >= 3000, qPrintable(QString::number(gap)));
    const auto day = m_library->daySummary(QDate(2026, 3, 5));
    QVERIFY(day);
    QCOMPARE(day->status, DayStatus::Announced);
}

void TstDayFetcher::failuresLeaveTheLibraryUntouched_data()
{
    QTest::addColumn<int>("httpStatus");
    QTest::addColumn<QString>("body");
    QTest::addColumn<int>("errorCode");

    QTest::newRow("truncated feed") << 200 << QStringLiteral("rss/edge/malformed-truncated.xml")
                                    << int(Sieve::Error::Code::BadData);
    QTest::newRow("server keeps failing") << 503 << QString() << int(Sieve::Error::Code::Network);
}

void TstDayFetcher::failuresLeaveTheLibraryUntouched()
{
    QFETCH(int, httpStatus);
    QFETCH(QString, body);
    QFETCH(int, errorCode);

    m_server->enqueue(QStringLiteral("/rss/astro-ph.CO"),
                      httpStatus == 200 ? FakeHttpServer::Response::ok(readFixture(body))
                                        : FakeHttpServer::Response::status(httpStatus));

    QVERIFY(!run(
        [](DayFetcher &f) {
            f.fetchLatest({QStringLiteral("astro-ph.CO")}, {});
        },
        utc(QStringLiteral("2026-03-05T12:00:00Z"))));
    QCOMPARE(int(m_lastError.code()), errorCode);
    QVERIFY(!m_lastError.userMessage().isEmpty());
    QVERIFY(m_library->isEmpty());
}

void TstDayFetcher::storeEmptyDay(const QDate &date, DayStatus status)
{
    Day day;
    day.date = date;
    day.status = status;
    day.categories = {QStringLiteral("astro-ph.GA")};
    day.source = QStringLiteral("rss");
    QVERIFY(m_library->storeDay(day));
}

void TstDayFetcher::gapsBetweenStoredDaysAreFound()
{
    QVERIFY(DayFetcher::gapsIn(*m_library).isEmpty());

    storeEmptyDay(QDate(2026, 3, 4), DayStatus::NoAnnouncement);
    storeEmptyDay(QDate(2026, 3, 6), DayStatus::Failed);
    storeEmptyDay(QDate(2026, 3, 11), DayStatus::NoAnnouncement);

    // Thursday 5, Friday 6 (failed), Monday 9, Tuesday 10; never the weekend.
    const QList<QDate> expected{
        QDate(2026, 3, 5), QDate(2026, 3, 6), QDate(2026, 3, 9), QDate(2026, 3, 10)};
    QCOMPARE(DayFetcher::gapsIn(*m_library), expected);
}

void TstDayFetcher::fillGapsFetchesOnlyTheMissingDays()
{
    storeEmptyDay(QDate(2026, 3, 4), DayStatus::NoAnnouncement);
    storeEmptyDay(QDate(2026, 3, 6), DayStatus::NoAnnouncement);
    m_server->enqueue(
        [](const QByteArray &) {
            return true;
        },
        FakeHttpServer::Response::ok(
            readFixture(QStringLiteral("api/2026-03-05/astro-ph.GA.xml"))));

    QVERIFY(run(
        [](DayFetcher &f) {
            f.fillGaps({QStringLiteral("astro-ph.GA")}, {});
        },
        utc(QStringLiteral("2026-04-01T12:00:00Z"))));

    QCOMPARE(m_server->requestCount(), 1);
    const QString query = QUrl::fromPercentEncoding(m_server->requests().first().target);
    QVERIFY2(query.contains(QStringLiteral("202603031900")), qPrintable(query));
    const auto filled = m_library->daySummary(QDate(2026, 3, 5));
    QVERIFY(filled);
    QCOMPARE(filled->status, DayStatus::Announced);
    QCOMPARE(filled->paperCount, 60);
    QVERIFY(DayFetcher::gapsIn(*m_library).isEmpty());
}

void TstDayFetcher::nothingToFetchEndsAfterTheCallReturns_data()
{
    QTest::addColumn<int>("kind"); // 0: range, 1: fill gaps
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<int>("recorded");

    QTest::newRow("a weekend") << 0 << QDate(2026, 3, 7) << QDate(2026, 3, 8) << 0;
    QTest::newRow("a future day") << 0 << QDate(2027, 1, 4) << QDate(2027, 1, 4) << 1;
    QTest::newRow("no gap") << 1 << QDate() << QDate() << 0;
}

// A caller that connects, starts, then waits must hear the end even when no request is needed.
void TstDayFetcher::nothingToFetchEndsAfterTheCallReturns()
{
    QFETCH(int, kind);
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(int, recorded);

    storeEmptyDay(QDate(2026, 3, 5), DayStatus::NoAnnouncement);
    storeEmptyDay(QDate(2026, 3, 6), DayStatus::NoAnnouncement);
    DayFetcher fetcher(m_client.get(), m_library.get());
    fetcher.setClock([] {
        return utc(QStringLiteral("2026-03-11T12:00:00Z"));
    });
    QSignalSpy finished(&fetcher, &DayFetcher::finished);
    QSignalSpy recordedDays(&fetcher, &DayFetcher::dayRecorded);

    if (kind == 0) {
        fetcher.fetchRange({QStringLiteral("astro-ph.GA")}, from, to, {});
    } else {
        fetcher.fillGaps({QStringLiteral("astro-ph.GA")}, {});
    }
    QCOMPARE(finished.size(), 0);
    QCOMPARE(recordedDays.size(), 0);

    QVERIFY(finished.wait(5000));
    QCOMPARE(finished.size(), 1);
    QCOMPARE(recordedDays.size(), recorded);
    QCOMPARE(m_server->requestCount(), 0);
}

void TstDayFetcher::cancelBeforeTheStartFails()
{
    DayFetcher fetcher(m_client.get(), m_library.get());
    QSignalSpy finished(&fetcher, &DayFetcher::finished);
    QSignalSpy failed(&fetcher, &DayFetcher::failed);

    fetcher.fetchLatest({QStringLiteral("astro-ph.GA")}, {});
    fetcher.cancel();
    QVERIFY(failed.wait(5000));
    QCOMPARE(failed.first().first().value<Sieve::Error>().code(), Sieve::Error::Code::Cancelled);
    QCOMPARE(finished.size(), 0);
    QCOMPARE(m_server->requestCount(), 0);
}

QTEST_GUILESS_MAIN(TstDayFetcher)

#include "tst_dayfetcher.moc"
