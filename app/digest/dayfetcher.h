// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#ifndef SIEVE_DIGEST_DAYFETCHER_H
#define SIEVE_DIGEST_DAYFETCHER_H

#include <app/arxiv/feedmerger.h>
#include <app/core/day.h>
#include <app/core/error.h>

#include <QDate>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>

namespace Sieve::Arxiv {
class ArxivClient;
class FeedJob;
} // namespace Sieve::Arxiv

namespace Sieve::Library {
class Library;
}

namespace Sieve::Digest {

// What one fetch did to the library, day by day.
struct FetchReport
{
    QList<DaySummary> days; // every day recorded, oldest first
    int requests = 0;
};

// The first stages of the daily run: fetch a profile's categories from arXiv, merge the
// listings, and record the outcome in the library as one transaction per day.
//
// fetchLatest() reads the RSS feeds, which only ever hold the newest announcement: the day the
// feed names is the day stored. A feed that still shows an older day than the calendar expects
// records the expected day as "not yet announced"; an empty weekday feed records "no
// announcement". fetchRange() back-fills past days from the API, one request per category and
// day (paged), each day stored as soon as it is complete.
//
// Exactly one of finished() or failed() ends every call, never before the call has returned.
// Not re-entrant: one fetch at a time.
class DayFetcher : public QObject
{
    Q_OBJECT

public:
    using Clock = std::function<QDateTime()>;

    DayFetcher(Arxiv::ArxivClient *client, Library::Library *library, QObject *parent = nullptr);
    ~DayFetcher() override;

    // For tests and the scheduler: what "now" is. Defaults to the system clock (UTC).
    void setClock(Clock clock);

    void fetchLatest(const QStringList &categories, const Arxiv::MergeOptions &options);
    void fetchRange(const QStringList &categories,
                    const QDate &from,
                    const QDate &to,
                    const Arxiv::MergeOptions &options);

    // Back-fills every announcement day missing between the oldest and the newest stored day
    // (or recorded as failed or not yet announced), from the API.
    void fillGaps(const QStringList &categories, const Arxiv::MergeOptions &options);
    static QList<QDate> gapsIn(const Library::Library &library);

    void cancel();

Q_SIGNALS:
    void progress(const QString &message, int done, int total);
    void dayRecorded(const Sieve::DaySummary &day);
    void finished(const Sieve::Digest::FetchReport &report);
    void failed(const Sieve::Error &error);

private:
    void begin(const QStringList &categories, const Arxiv::MergeOptions &options);
    void startSoon(std::function<void()> step);
    void onFeedsFetched(const QList<Sieve::Feed> &feeds);
    void fetchDays(const QList<QDate> &days);
    void fetchNextRangeDay();
    void onRangeFeedFetched(const Feed &feed);
    Result<void> record(const Day &day);
    Result<void> recordStatus(const QDate &date, DayStatus status, const QString &reason);
    void finish();
    void fail(const Error &error);

    QPointer<Arxiv::ArxivClient> m_client;
    Library::Library *m_library = nullptr;
    Clock m_clock;
    QStringList m_categories;
    Arxiv::MergeOptions m_options;
    QList<QDate> m_pendingDays;
    int m_categoryIndex = 0;
    QList<Feed> m_dayFeeds;
    FetchReport m_report;
    QPointer<Arxiv::FeedJob> m_currentJob;
    bool m_busy = false;
    bool m_cancelled = false; // cancel() came before the fetch had started
};

} // namespace Sieve::Digest

Q_DECLARE_METATYPE(Sieve::Digest::FetchReport)

#endif // SIEVE_DIGEST_DAYFETCHER_H
