// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#ifndef SIEVE_DIGEST_DAILYSCHEDULE_H
#define SIEVE_DIGEST_DAILYSCHEDULE_H

#include <app/arxiv/feedmerger.h>
#include <app/core/error.h>

#include <QDate>
#include <QDateTime>
#include <QObject>
#include <QStringList>
#include <QTimer>

#include <chrono>
#include <functional>
#include <memory>

namespace Sieve::Arxiv {
class ArxivClient;
}

namespace Sieve::Library {
class Library;
}

namespace Sieve::Digest {

class DayFetcher;

// The daily rhythm of one profile: once arXiv's calendar says a new day should be out, fetch
// the feed, and keep polling while the feed still shows the previous day ("not announced yet").
// When the day is there, dayReady() asks the owner to run the profile on it; the owner calls
// markRun() with that day and profile when the run has ended, however it ended (finished, failed
// or cancelled), even if the schedule follows another profile by then. A day is never handed
// out twice for a profile, across restarts too (the library records it); a day left unfinished
// by a crash is handed out again so its run can continue. Weekends and days
// arXiv skipped ("no announcement") run nothing. The next announcement is watched for from the
// moment a day is handed out, so a run that never ends holds up no later day. A profile made
// after a day was announced and stored is handed out the days after it, not that one: making a
// profile never starts an LLM run the reader did not ask for.
class DailySchedule : public QObject
{
    Q_OBJECT

public:
    using Clock = std::function<QDateTime()>;

    DailySchedule(Arxiv::ArxivClient *client, Library::Library *library, QObject *parent = nullptr);
    ~DailySchedule() override;

    void setClock(Clock clock);

    void setPollInterval(std::chrono::milliseconds interval) { m_pollInterval = interval; }

    // The longest the timer waits before looking at the clock again (15 minutes): QTimer counts
    // no time the machine spends suspended, so one wait of many hours could wake hours late.
    void setMaxWait(std::chrono::milliseconds wait) { m_maxWait = wait; }

    void setProfile(const QString &name,
                    const QStringList &categories,
                    const Arxiv::MergeOptions &options);

    // Checks now, then whenever the calendar or the poll interval says so.
    void start();
    void stop();

    bool isActive() const { return m_active; }

    // One look at the calendar, the library and (when needed) the feed. start() calls it; tests
    // call it with an injected clock.
    void checkNow();

    // Records `date` as run for `profile`, the one dayReady() named.
    void markRun(const QDate &date, const QString &profile);

    // When the schedule will look again (UTC); invalid while stopped or fetching.
    QDateTime nextCheck() const { return m_nextCheck; }

    // The first moment after `nowUtc` at which arXiv's calendar expects a newer feed.
    static QDateTime nextAnnouncement(const QDateTime &nowUtc);

Q_SIGNALS:
    void dayReady(const QDate &date, const QString &profile);
    void waiting(const QDate &expected, const QDateTime &nextCheckUtc); // polling or idle
    void failed(const Sieve::Error &error); // the feed could not be read; it is tried again

private:
    void evaluate(const QDate &expected, bool fetched);
    void fetch(const QDate &expected);
    bool isNewerThan(const QDate &day) const; // the profile was made after `day` was out
    void sleepUntil(const QDateTime &atUtc, const QDate &expected);
    void armTimer();
    void wake();

    Library::Library *m_library = nullptr;
    std::unique_ptr<DayFetcher> m_fetcher;
    Clock m_clock;
    QString m_profile = QStringLiteral("default");
    QStringList m_categories;
    Arxiv::MergeOptions m_options;
    std::chrono::milliseconds m_pollInterval{15 * 60 * 1000};
    std::chrono::milliseconds m_maxWait{15 * 60 * 1000};
    QTimer m_timer;
    QDateTime m_nextCheck;
    bool m_active = false;
    bool m_capped = false; // the timer waits less than the time left until m_nextCheck
    bool m_fetching = false;
};

} // namespace Sieve::Digest

#endif // SIEVE_DIGEST_DAILYSCHEDULE_H
