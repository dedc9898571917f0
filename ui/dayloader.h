// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#ifndef SIEVE_UI_DAYLOADER_H
#define SIEVE_UI_DAYLOADER_H

#include <app/digest/dayview.h>

#include <QDate>
#include <QList>
#include <QObject>
#include <QString>
#include <QThreadPool>

#include <memory>

namespace Sieve::Ui {

// Builds reading lists off the UI thread. Every request runs on one worker thread that opens its
// own Library on the file given to setLibraryPath() and keeps the local ranker between requests;
// the ranker is prepared again after setProfile() or invalidateRanker(), and learns each new
// rating through learnRatings(). Requests run in the order given; a day load, search, re-rank or
// ranking that was overtaken by a newer one of its kind is not reported.
// Lives on the UI thread; its signals arrive there.
class DayLoader : public QObject
{
    Q_OBJECT

public:
    explicit DayLoader(QObject *parent = nullptr);
    ~DayLoader() override; // waits for the request in progress

    void setLibraryPath(const QString &path);
    void setProfile(const QString &name); // "" means the default profile
    void invalidateRanker(); // the criteria changed: prepare the ranker anew

    // The reader rated or starred papers (already written to the library) under the current
    // profile: the cached ranker learns them, incrementally when they are new, by retraining
    // on the profile's ratings when one was changed or withdrawn. When that moved the ranking,
    // `shown` is built again and ends with dayReranked().
    void learnRatings(const QDate &shown);

    // Ends with dayLoaded() or dayMissing().
    void load(const QDate &date);
    // Full-text search over the whole library; ends with searchFinished(), whose `days` say
    // which day first listed each result (invalid when none does).
    void search(const QString &text);
    // Counts the relevant papers of each day, one dayCounted() each, after every pending load.
    void count(const QList<QDate> &dates);
    // The day as listed for the current profile (local ranks, followed authors), for the LLM
    // pre-filter; ends with dayRanked(), whose listing has no papers when the day has none.
    void rank(const QDate &date);

Q_SIGNALS:
    void dayLoaded(const Sieve::Digest::DayListing &listing);
    void dayMissing(const QDate &date);
    void searchFinished(const QString &text,
                        const QList<Sieve::Digest::ListedPaper> &results,
                        const QList<QDate> &days);
    void dayCounted(const QDate &date, int relevant, bool hasLlmScores);
    void dayReranked(const Sieve::Digest::DayListing &listing);
    void
    dayRanked(const QString &profile, const QDate &date, const Sieve::Digest::DayListing &listing);

private:
    struct Request
    {
        QString path;
        QString profile;
        quint64 rankerGeneration = 0;
    };

    struct Worker;

    Request request() const;
    void countNext();

    std::shared_ptr<Worker> m_worker; // touched only by the pool's thread
    QThreadPool m_pool;
    QString m_path;
    QString m_profile;
    quint64 m_rankerGeneration = 0;
    quint64 m_loadGeneration = 0;
    quint64 m_searchGeneration = 0;
    quint64 m_countGeneration = 0;
    quint64 m_rerankGeneration = 0;
    quint64 m_rankGeneration = 0;
    int m_loadsInFlight = 0;
    bool m_counting = false;
    QList<QDate> m_toCount;
};

} // namespace Sieve::Ui

#endif // SIEVE_UI_DAYLOADER_H
