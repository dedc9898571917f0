// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "dayfetcher.h"

#include <app/arxiv/announcementcalendar.h>
#include <app/arxiv/arxivclient.h>
#include <app/library/library.h>
#include <app/platform/logging.h>

#include <QSet>
#include <QTimer>

namespace Sieve::Digest {

namespace {

using Arxiv::AnnouncementCalendar;

QDate previousAnnouncementDay(const QDate &day)
{
    const QList<QDate> before =
        AnnouncementCalendar::announcementDaysBetween(day.addDays(-7), day.addDays(-1));
    return before.isEmpty() ? QDate() : before.last();
}

DaySummary summaryOf(const Day &day)
{
    DaySummary summary;
    summary.date = day.date;
    summary.status = day.status;
    summary.categories = day.categories;
    summary.source = day.source;
    summary.reason = day.reason;
    summary.paperCount = int(day.papers.size());
    return summary;
}

} // namespace

DayFetcher::DayFetcher(Arxiv::ArxivClient *client, Library::Library *library, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_library(library)
    , m_clock([] {
        return QDateTime::currentDateTimeUtc();
    })
{
    qRegisterMetaType<Sieve::DaySummary>();
    qRegisterMetaType<Sieve::Digest::FetchReport>();
}

DayFetcher::~DayFetcher()
{
    if (m_currentJob) {
        m_currentJob->disconnect(this);
        m_currentJob->abort();
    }
}

void DayFetcher::setClock(Clock clock)
{
    m_clock = std::move(clock);
}

void DayFetcher::begin(const QStringList &categories, const Arxiv::MergeOptions &options)
{
    Q_ASSERT(!m_busy);
    m_busy = true;
    m_cancelled = false;
    m_categories = categories;
    m_options = options;
    m_report = {};
}

// Callers connect, start, then wait: even a fetch with nothing to do signals only after the
// starting call has returned.
void DayFetcher::startSoon(std::function<void()> step)
{
    QTimer::singleShot(0, this, [this, step = std::move(step)] {
        if (m_cancelled) {
            fail(Error(Error::Code::Cancelled,
                       tr("The fetch was cancelled."),
                       QStringLiteral("cancelled before it started")));
            return;
        }
        step();
    });
}

void DayFetcher::fetchLatest(const QStringList &categories, const Arxiv::MergeOptions &options)
{
    begin(categories, options);
    startSoon([this] {
        Q_EMIT progress(
            tr("Fetching the arXiv feed of %1").arg(m_categories.join(QLatin1Char('+'))), 0, 1);
        Arxiv::FeedJob *job = m_client->fetchRss(m_categories);
        m_currentJob = job;
        connect(job, &Arxiv::FeedJob::finished, this, &DayFetcher::onFeedsFetched);
        connect(job, &Arxiv::FeedJob::failed, this, &DayFetcher::fail);
    });
}

void DayFetcher::onFeedsFetched(const QList<Feed> &feeds)
{
    m_report.requests += int(feeds.size());
    if (feeds.isEmpty() || !feeds.first().announcementDate.isValid()) {
        fail(Error(Error::Code::BadData,
                   tr("The arXiv feed does not say which day it announces; try again later.")));
        return;
    }

    Day day = Arxiv::FeedMerger::merge(feeds, m_options);
    day.source = QStringLiteral("rss");
    day.categories = m_categories;

    // An empty feed never overwrites a day that has papers: that would lose a day.
    const auto stored = m_library->daySummary(day.date);
    const bool keepStored =
        day.papers.isEmpty() && stored && stored->status == DayStatus::Announced;
    if (!keepStored) {
        if (const auto recorded = record(day); !recorded) {
            fail(recorded.error());
            return;
        }
    }

    // A feed one announcement behind the calendar has simply not been updated yet: say so for
    // the expected day. A feed further behind is stale for another reason; it is logged only.
    const QDate expected = AnnouncementCalendar::latestExpectedDay(m_clock());
    if (expected.isValid() && day.date < expected) {
        if (previousAnnouncementDay(expected) == day.date) {
            const auto recorded = recordStatus(
                expected,
                DayStatus::NotYetAnnounced,
                tr("arXiv's feed still shows %1.").arg(day.date.toString(Qt::ISODate)));
            if (!recorded) {
                fail(recorded.error());
                return;
            }
        } else {
            qCWarning(lcDigest) << "feed shows" << day.date << "but the calendar expects"
                                << expected;
        }
    }
    finish();
}

void DayFetcher::fetchRange(const QStringList &categories,
                            const QDate &from,
                            const QDate &to,
                            const Arxiv::MergeOptions &options)
{
    begin(categories, options);
    const QList<QDate> days = AnnouncementCalendar::announcementDaysBetween(from, to);
    startSoon([this, days] {
        fetchDays(days);
    });
}

void DayFetcher::fillGaps(const QStringList &categories, const Arxiv::MergeOptions &options)
{
    begin(categories, options);
    startSoon([this] {
        fetchDays(gapsIn(*m_library));
    });
}

QList<QDate> DayFetcher::gapsIn(const Library::Library &library)
{
    const QList<DaySummary> stored = library.days();
    if (stored.size() < 2) {
        return {};
    }

    // days() is newest first. A day that failed or was not yet announced is a gap too.
    QSet<QDate> complete;
    for (const DaySummary &day : stored) {
        if (day.status == DayStatus::Announced || day.status == DayStatus::NoAnnouncement) {
            complete.insert(day.date);
        }
    }

    QList<QDate> gaps;
    const QList<QDate> expected =
        AnnouncementCalendar::announcementDaysBetween(stored.last().date, stored.first().date);
    for (const QDate &day : expected) {
        if (!complete.contains(day)) {
            gaps.append(day);
        }
    }
    return gaps;
}

void DayFetcher::fetchDays(const QList<QDate> &days)
{
    // Days the calendar does not expect yet are recorded as such without asking arXiv.
    const QDate expected = AnnouncementCalendar::latestExpectedDay(m_clock());
    m_pendingDays.clear();
    for (const QDate &day : days) {
        if (expected.isValid() && day > expected) {
            if (const auto recorded = recordStatus(day, DayStatus::NotYetAnnounced, {});
                !recorded) {
                fail(recorded.error());
                return;
            }
            continue;
        }
        m_pendingDays.append(day);
    }

    m_categoryIndex = 0;
    m_dayFeeds.clear();
    fetchNextRangeDay();
}

void DayFetcher::fetchNextRangeDay()
{
    if (m_pendingDays.isEmpty()) {
        finish();
        return;
    }

    const QDate day = m_pendingDays.first();
    const QString category = m_categories.at(m_categoryIndex);
    const auto [fromUtc, toUtc] = AnnouncementCalendar::submissionWindow(day);
    const int total = int(m_categories.size());
    Q_EMIT progress(
        tr("Fetching %1 for %2 from the arXiv API").arg(category, day.toString(Qt::ISODate)),
        m_categoryIndex,
        total);

    Arxiv::FeedJob *job = m_client->fetchApi(category, fromUtc, toUtc);
    m_currentJob = job;
    connect(job, &Arxiv::FeedJob::finished, this, [this](const QList<Feed> &feeds) {
        if (!feeds.isEmpty()) {
            onRangeFeedFetched(feeds.first());
        } else {
            onRangeFeedFetched(Feed{});
        }
    });
    connect(job, &Arxiv::FeedJob::failed, this, &DayFetcher::fail);
}

void DayFetcher::onRangeFeedFetched(const Feed &fetched)
{
    const QDate date = m_pendingDays.first();
    Feed feed = fetched;
    feed.announcementDate = date;
    feed.categories = {m_categories.at(m_categoryIndex)};
    m_dayFeeds.append(feed);
    ++m_report.requests;

    if (++m_categoryIndex < m_categories.size()) {
        fetchNextRangeDay();
        return;
    }

    Day day = Arxiv::FeedMerger::merge(m_dayFeeds, m_options);
    day.date = date;
    day.source = QStringLiteral("api");
    day.categories = m_categories;
    if (const auto recorded = record(day); !recorded) {
        fail(recorded.error());
        return;
    }

    m_pendingDays.removeFirst();
    m_categoryIndex = 0;
    m_dayFeeds.clear();
    fetchNextRangeDay();
}

Result<void> DayFetcher::record(const Day &day)
{
    const Result<void> stored = m_library->storeDay(day);
    if (!stored) {
        return stored;
    }

    const DaySummary summary = summaryOf(day);
    m_report.days.append(summary);
    qCInfo(lcDigest) << "day recorded:" << day.date << dayStatusName(day.status)
                     << day.papers.size() << "papers";
    Q_EMIT dayRecorded(summary);
    return {};
}

Result<void> DayFetcher::recordStatus(const QDate &date, DayStatus status, const QString &reason)
{
    // A status never replaces a day whose papers are already stored.
    const auto stored = m_library->daySummary(date);
    if (stored && stored->status == DayStatus::Announced) {
        return {};
    }

    Day day;
    day.date = date;
    day.status = status;
    day.categories = m_categories;
    day.source = QStringLiteral("rss");
    day.reason = reason;
    return record(day);
}

void DayFetcher::cancel()
{
    if (m_currentJob) {
        m_currentJob->abort();
    } else if (m_busy) {
        m_cancelled = true;
    }
}

void DayFetcher::finish()
{
    m_busy = false;
    m_currentJob = nullptr;
    Q_EMIT finished(m_report);
}

void DayFetcher::fail(const Error &error)
{
    m_busy = false;
    m_currentJob = nullptr;
    qCWarning(lcDigest) << "fetch failed:" << error.detail();
    Q_EMIT failed(error);
}

} // namespace Sieve::Digest
