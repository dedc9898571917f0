// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "dayloader.h"

#include <app/library/library.h>
#include <app/library/profilestore.h>
#include <app/library/readingstore.h>
#include <app/platform/logging.h>

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QThread>
#include <QtConcurrent>

#include <atomic>
#include <optional>

namespace Sieve::Ui {

namespace {

constexpr int SearchLimit = 200;

// Runs `work` on `pool` and hands its result to `done` on the thread of `context`.
template <typename Work, typename Done>
void runOn(QThreadPool *pool, QObject *context, Work work, Done done)
{
    using Result = std::invoke_result_t<Work>;
    auto *watcher = new QFutureWatcher<Result>(context);
    QObject::connect(watcher, &QFutureWatcher<Result>::finished, context, [watcher, done] {
        watcher->deleteLater();
        done(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(pool, std::move(work)));
}

Scoring::ScoringProfile storedProfile(const Library::Library &library, const QString &name)
{
    const QString wanted = name.isEmpty() ? QStringLiteral("default") : name;
    const auto stored = Library::ProfileStore(library).profile(wanted);
    // A run creates the row of its profile with no settings: that profile is the defaults, as
    // `papersieve run` reads it.
    Scoring::ScoringProfile profile = stored && !stored->settings.isEmpty()
        ? Scoring::ScoringProfile::fromJson(stored->settings)
        : Scoring::ScoringProfile::defaults();
    profile.name = wanted;
    return profile;
}

} // namespace

// The worker thread's side: its own connection and the prepared ranker.
struct DayLoader::Worker
{
    QString path;
    QThread *thread = nullptr;
    std::unique_ptr<Library::Library> library;
    QString profileName;
    quint64 rankerGeneration = 0;
    Scoring::ScoringProfile profile;
    std::unique_ptr<Ranker::LocalRanker> ranker;
    std::atomic<quint64> latestLoad = 0; // written by the UI thread

    const Library::Library *open(const Request &request)
    {
        // A library belongs to the thread that opened it; the pool keeps one thread, but a
        // library from another thread is never used.
        if (library && path == request.path && thread == QThread::currentThread()) {
            return library.get();
        }
        ranker.reset();
        library.reset();
        auto opened = Library::Library::open(request.path);
        if (!opened) {
            qCWarning(lcUi) << "worker could not open the library:" << opened.error().detail();
            return nullptr;
        }
        library = std::move(opened.value());
        path = request.path;
        thread = QThread::currentThread();
        return library.get();
    }

    const Ranker::LocalRanker *rankerFor(const Request &request)
    {
        const Library::Library *opened = open(request);
        if (!opened) {
            return nullptr;
        }
        const bool current = ranker && profileName == request.profile
            && rankerGeneration == request.rankerGeneration;
        if (!current) {
            profile = storedProfile(*opened, request.profile);
            ranker = Digest::DayView::prepareRanker(*opened, profile);
            profileName = request.profile;
            rankerGeneration = request.rankerGeneration;
        }
        return ranker.get();
    }

    std::optional<Digest::DayListing> build(const Request &request, const QDate &date)
    {
        const Ranker::LocalRanker *prepared = rankerFor(request);
        if (!prepared) {
            return std::nullopt;
        }
        return Digest::DayView::build(*library, date, profile, *prepared);
    }

    std::pair<QList<Digest::ListedPaper>, QList<QDate>> search(const Request &request,
                                                               const QString &text)
    {
        const Library::Library *opened = open(request);
        if (!opened) {
            return {};
        }
        const QList<Paper> papers = opened->search(text, SearchLimit);
        QStringList ids;
        for (const Paper &paper : papers) {
            ids.append(paper.id);
        }
        const auto reading = opened->reading().states(ids);

        QList<Digest::ListedPaper> results;
        QList<QDate> days;
        results.reserve(papers.size());
        for (const Paper &paper : papers) {
            Digest::ListedPaper listed;
            listed.paper = paper;
            listed.rank = int(results.size()) + 1;
            listed.reading = reading.value(paper.id);
            results.append(listed);
            days.append(opened->firstListedDay(paper.id).value_or(QDate()));
        }
        return {results, days};
    }
};

DayLoader::DayLoader(QObject *parent)
    : QObject(parent)
    , m_worker(std::make_shared<Worker>())
{
    qRegisterMetaType<Digest::DayListing>();
    m_pool.setMaxThreadCount(1);
    m_pool.setExpiryTimeout(-1);
}

DayLoader::~DayLoader()
{
    m_pool.clear();
    // The connection closes on the thread that opened it, after the request in progress. Not
    // through QtConcurrent: waiting on its future would run a task not yet started right here.
    m_pool.start([worker = m_worker] {
        worker->ranker.reset();
        worker->library.reset();
    });
    m_pool.waitForDone();
}

void DayLoader::setLibraryPath(const QString &path)
{
    m_path = path;
}

void DayLoader::setProfile(const QString &name)
{
    m_profile = name;
}

void DayLoader::invalidateRanker()
{
    ++m_rankerGeneration;
}

DayLoader::Request DayLoader::request() const
{
    return {m_path, m_profile, m_rankerGeneration};
}

void DayLoader::load(const QDate &date)
{
    const quint64 generation = ++m_loadGeneration;
    m_worker->latestLoad = generation;
    ++m_loadsInFlight;

    auto work = [worker = m_worker, request = request(), date, generation] {
        if (worker->latestLoad != generation) {
            return std::optional<Digest::DayListing>(); // overtaken before it started
        }
        QElapsedTimer timer;
        timer.start();
        auto listing = worker->build(request, date);
        qCDebug(lcUi) << "day built:" << date << "in ms:" << timer.elapsed();
        return listing;
    };
    runOn(&m_pool, this, std::move(work), [this, date, generation](const auto &listing) {
        --m_loadsInFlight;
        if (generation == m_loadGeneration) {
            if (listing) {
                Q_EMIT dayLoaded(*listing);
            } else {
                Q_EMIT dayMissing(date);
            }
        }
        countNext();
    });
}

void DayLoader::search(const QString &text)
{
    const quint64 generation = ++m_searchGeneration;
    auto work = [worker = m_worker, request = request(), text] {
        return worker->search(request, text);
    };
    runOn(&m_pool, this, std::move(work), [this, text, generation](const auto &found) {
        if (generation == m_searchGeneration) {
            Q_EMIT searchFinished(text, found.first, found.second);
        }
    });
}

void DayLoader::count(const QList<QDate> &dates)
{
    ++m_countGeneration;
    m_toCount = dates;
    countNext();
}

void DayLoader::countNext()
{
    // One day at a time, so a day the reader asks for waits for at most one count.
    if (m_counting || m_loadsInFlight > 0 || m_toCount.isEmpty()) {
        return;
    }
    m_counting = true;
    const QDate date = m_toCount.takeFirst();
    auto work = [worker = m_worker, request = request(), date] {
        return worker->build(request, date);
    };
    const quint64 generation = m_countGeneration;
    runOn(&m_pool, this, std::move(work), [this, date, generation](const auto &listing) {
        m_counting = false;
        // A count started before the profile changed is not this profile's.
        const bool current = generation == m_countGeneration;
        if (current && listing && listing->summary.status == DayStatus::Announced) {
            Q_EMIT dayCounted(date, listing->relevantCount, listing->hasLlmScores);
        }
        countNext();
    });
}

} // namespace Sieve::Ui
