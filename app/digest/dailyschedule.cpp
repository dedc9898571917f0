// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "dailyschedule.h"

#include <app/arxiv/announcementcalendar.h>
#include <app/digest/dayfetcher.h>
#include <app/library/library.h>
#include <app/library/profilestore.h>
#include <app/library/runstore.h>
#include <app/platform/logging.h>

#include <algorithm>

namespace Sieve::Digest {

using std::chrono::milliseconds;

namespace {

const QString Claimed = QStringLiteral("claimed");
const QString Ran = QStringLiteral("ran");
const QString NoAnnouncement = QStringLiteral("no-announcement");

// Announcements happen on the hour (20:00 ET); looking at the quarter hours finds the next one
// without a time-zone library, and a few minutes late is fine for a reader's morning.
constexpr qint64 StepSeconds = 15 * 60;
constexpr int MaxSteps = 4 * 24 * 7; // a week, far more than any gap in the calendar

} // namespace

DailySchedule::DailySchedule(Arxiv::ArxivClient *client, Library::Library *library, QObject *parent)
    : QObject(parent)
    , m_library(library)
    , m_fetcher(std::make_unique<DayFetcher>(client, library))
    , m_clock([] {
        return QDateTime::currentDateTimeUtc();
    })
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &DailySchedule::wake);
    connect(m_fetcher.get(), &DayFetcher::finished, this, [this](const FetchReport &) {
        m_fetching = false;
        evaluate(Arxiv::AnnouncementCalendar::latestExpectedDay(m_clock()), true);
    });
    connect(m_fetcher.get(), &DayFetcher::failed, this, [this](const Error &error) {
        m_fetching = false;
        qCWarning(lcDigest) << "Scheduled fetch failed:" << error.detail();
        Q_EMIT failed(error);
        const QDate expected = Arxiv::AnnouncementCalendar::latestExpectedDay(m_clock());
        sleepUntil(m_clock().addMSecs(m_pollInterval.count()), expected);
    });
}

DailySchedule::~DailySchedule() = default;

void DailySchedule::setClock(Clock clock)
{
    m_clock = clock;
    m_fetcher->setClock(std::move(clock));
}

void DailySchedule::setProfile(const QString &name,
                               const QStringList &categories,
                               const Arxiv::MergeOptions &options)
{
    m_profile = name;
    m_categories = categories;
    m_options = options;
}

void DailySchedule::start()
{
    m_active = true;
    checkNow();
}

void DailySchedule::stop()
{
    m_active = false;
    m_timer.stop();
    m_nextCheck = {};
    if (m_fetching) {
        m_fetcher->cancel();
    }
}

QDateTime DailySchedule::nextAnnouncement(const QDateTime &nowUtc)
{
    const QDate current = Arxiv::AnnouncementCalendar::latestExpectedDay(nowUtc);
    QDateTime at = nowUtc.addSecs(StepSeconds - nowUtc.toSecsSinceEpoch() % StepSeconds);
    for (int step = 0; step < MaxSteps; ++step, at = at.addSecs(StepSeconds)) {
        if (Arxiv::AnnouncementCalendar::latestExpectedDay(at) != current) {
            return at;
        }
    }
    return nowUtc.addDays(1);
}

void DailySchedule::checkNow()
{
    if (m_fetching || m_categories.isEmpty()) {
        return;
    }
    evaluate(Arxiv::AnnouncementCalendar::latestExpectedDay(m_clock()), false);
}

void DailySchedule::evaluate(const QDate &expected, bool fetched)
{
    Library::RunStore store(*m_library);
    const QString outcome = store.scheduledOutcome(m_profile, expected);
    if (outcome == Ran || outcome == NoAnnouncement) {
        sleepUntil(nextAnnouncement(m_clock()), expected);
        return;
    }

    const std::optional<DaySummary> day = m_library->daySummary(expected);
    if (day && day->status == DayStatus::Announced) {
        if (outcome.isEmpty() && !fetched && isNewerThan(expected)) {
            // The profile was made after the day was out: the window ranks the day at once, and
            // an LLM run of it is for the reader to start. The schedule begins with the next.
            qCInfo(lcDigest) << "Profile" << m_profile << "is newer than" << expected;
            sleepUntil(nextAnnouncement(m_clock()), expected);
            return;
        }
        store.recordScheduled(m_profile, expected, Claimed);
        qCInfo(lcDigest) << "Scheduled day ready:" << expected << "for profile" << m_profile;
        // Armed before the owner hears of the day: a run that never reports back must not stop
        // the days after it.
        sleepUntil(nextAnnouncement(m_clock()), expected);
        Q_EMIT dayReady(expected, m_profile);
        return;
    }
    if (day && day->status == DayStatus::NoAnnouncement) {
        store.recordScheduled(m_profile, expected, NoAnnouncement);
        sleepUntil(nextAnnouncement(m_clock()), expected);
        return;
    }
    if (!fetched) {
        fetch(expected);
        return;
    }
    // Still the previous day, or a fetch that recorded something else: look again later.
    sleepUntil(m_clock().addMSecs(m_pollInterval.count()), expected);
}

bool DailySchedule::isNewerThan(const QDate &day) const
{
    const QDateTime created = Library::ProfileStore(*m_library).createdAt(m_profile);
    return created.isValid() && Arxiv::AnnouncementCalendar::latestExpectedDay(created) >= day;
}

void DailySchedule::fetch(const QDate &expected)
{
    qCInfo(lcDigest) << "Scheduled fetch for" << expected;
    m_fetching = true;
    m_nextCheck = {};
    m_fetcher->fetchLatest(m_categories, m_options);
}

void DailySchedule::sleepUntil(const QDateTime &atUtc, const QDate &expected)
{
    m_nextCheck = atUtc;
    Q_EMIT waiting(expected, atUtc);
    if (m_active) {
        armTimer();
    }
}

void DailySchedule::armTimer()
{
    const qint64 remaining = std::max<qint64>(0, m_clock().msecsTo(m_nextCheck));
    m_capped = remaining > m_maxWait.count();
    m_timer.start(milliseconds(std::min<qint64>(remaining, m_maxWait.count())));
}

// After a capped wait the wall clock, not the time the timer waited, says whether the moment
// has come: after a suspend it may be long past; before it, the schedule simply waits again.
void DailySchedule::wake()
{
    if (m_capped && m_clock() < m_nextCheck) {
        armTimer();
        return;
    }
    checkNow();
}

void DailySchedule::markRun(const QDate &date, const QString &profile)
{
    Library::RunStore(*m_library).recordScheduled(profile, date, Ran);
    if (profile == m_profile) {
        sleepUntil(nextAnnouncement(m_clock()), date);
    }
}

} // namespace Sieve::Digest
