// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "dayloader.h"

#include <app/library/library.h>
#include <app/library/profilestore.h>
#include <app/library/readingstore.h>
#include <app/platform/logging.h>

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QMap>
#include <QThread>
#include <QtConcurrent>

#include <algorithm>
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
    quint64 preparations = 0; // rankers prepared so far
    QHash<QString, Ranker::RatedPaper> learnt; // what the ranker was taught, by paper id
    std::atomic<quint64> latestLoad = 0; // written by the UI thread
    std::atomic<quint64> latestRerank = 0; // written by the UI thread
    bool rerankOwed = false; // a rating moved the ranking; no day was built since

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
            const QList<Ranker::RatedPaper> rated = Digest::DayView::ratings(*opened, profile.name);
            ranker = Digest::DayView::prepareRanker(*opened, profile, rated);
            learnt.clear();
            for (const Ranker::RatedPaper &paper : rated) {
                learnt.insert(paper.paper.id, paper);
            }
            profileName = request.profile;
            rankerGeneration = request.rankerGeneration;
            ++preparations;
        }
        return ranker.get();
    }

    // True when the ranking may have changed: the ranker was prepared now, or learnt a rating.
    bool learnRatings(const Request &request)
    {
        const quint64 before = preparations;
        if (!rankerFor(request)) {
            return false;
        }
        if (preparations != before) {
            return true; // prepared from the ratings as stored now
        }

        QMap<QString, Ranker::Rating> stored; // by paper id: new ratings are taught in one order
        for (const Library::ProfileRating &given : library->reading().ratedPapers(profile.name)) {
            if (const auto rating = Digest::DayView::rankerRating(given)) {
                stored.insert(given.paperId, *rating);
            }
        }
        bool retrain = false;
        for (auto it = learnt.begin(); it != learnt.end();) {
            const auto now = stored.constFind(it.key());
            retrain = retrain || now == stored.cend() || *now != it->rating;
            if (now == stored.cend()) {
                it = learnt.erase(it);
                continue;
            }
            it->rating = *now;
            ++it;
        }
        QList<Ranker::RatedPaper> added;
        for (auto it = stored.cbegin(); it != stored.cend(); ++it) {
            if (learnt.contains(it.key())) {
                continue;
            }
            if (const std::optional<Paper> paper = library->paper(it.key())) {
                added.append({*paper, it.value()});
                learnt.insert(it.key(), added.constLast());
            }
        }
        if (retrain) {
            // LocalRanker learns only additions; a changed mind means training on all again.
            QList<Ranker::RatedPaper> all = learnt.values();
            std::sort(all.begin(), all.end(), [](const auto &a, const auto &b) {
                return a.paper.id < b.paper.id;
            });
            ranker->setRatings(all);
        } else {
            for (const Ranker::RatedPaper &paper : std::as_const(added)) {
                ranker->addRating(paper.paper, paper.rating);
            }
        }
        qCDebug(lcUi) << "ranker learnt ratings: new" << added.size() << "retrained" << retrain;
        return retrain || !added.isEmpty();
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
        const auto reading = opened->reading().states(request.profile, ids);

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

void DayLoader::learnRatings(const QDate &shown)
{
    const quint64 generation = ++m_rerankGeneration;
    m_worker->latestRerank = generation;
    auto work = [worker = m_worker, request = request(), shown, generation] {
        QElapsedTimer timer;
        timer.start();
        worker->rerankOwed = worker->learnRatings(request) || worker->rerankOwed;
        // Every rating is learnt at once; only the newest request's day is worth building.
        if (!worker->rerankOwed || !shown.isValid() || worker->latestRerank != generation) {
            return std::optional<Digest::DayListing>();
        }
        worker->rerankOwed = false;
        auto listing = worker->build(request, shown);
        qCDebug(lcUi) << "day re-ranked after a rating:" << shown << "in ms:" << timer.elapsed();
        return listing;
    };
    runOn(&m_pool, this, std::move(work), [this, generation](const auto &listing) {
        if (listing && generation == m_rerankGeneration) {
            Q_EMIT dayReranked(*listing);
        }
    });
}

void DayLoader::rank(const QDate &date)
{
    const quint64 generation = ++m_rankGeneration;
    const Request current = request();
    const QString profile = current.profile.isEmpty() ? QStringLiteral("default") : current.profile;
    auto work = [worker = m_worker, request = current, date] {
        return worker->build(request, date);
    };
    runOn(&m_pool, this, std::move(work), [this, date, generation, profile](const auto &listing) {
        if (generation == m_rankGeneration) {
            Q_EMIT dayRanked(profile, date, listing.value_or(Digest::DayListing()));
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
