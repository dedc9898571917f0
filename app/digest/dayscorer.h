// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#ifndef SIEVE_DIGEST_DAYSCORER_H
#define SIEVE_DIGEST_DAYSCORER_H

#include <app/core/error.h>
#include <app/core/paper.h>
#include <app/library/runstore.h>
#include <app/scoring/completion.h>
#include <app/scoring/pricing.h>
#include <app/scoring/promptbuilder.h>
#include <app/scoring/ratelimiter.h>
#include <app/scoring/scoringprofile.h>

#include <QDate>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>
#include <optional>

namespace Sieve::Scoring {
class Provider;
class ProviderJob;
} // namespace Sieve::Scoring

namespace Sieve::Library {
class Library;
}

namespace Sieve::Digest {

struct ScoringOptions
{
    int concurrency = 4; // requests in flight at once
    int batchSize = 16; // papers per abstract request
    std::optional<int> adaptiveThreshold; // see Scoring::batchSize()
    bool titleFilter = false; // ask about titles first; papers named irrelevant are skipped
    int titleBatchSize = 60;
    int maxAsks = 3; // times a paper is put to the model before it is marked failed
    std::optional<double> budgetUsd; // stop before a request would take the run past it
    Scoring::RateLimits limits;
    Scoring::CompletionOptions completion; // structuredOutput applies to the abstract stage
    Scoring::PriceTable prices = Scoring::PriceTable::defaults();
    QString profileName = QStringLiteral("default");
    // Papers to leave to the reader, with the reason shown ("skipped by local ranker"); they
    // are stored as skipped and never sent.
    QHash<QString, QString> skip;
    // Papers the reader asked for by name, e.g. ones a filter skipped. They are asked even when
    // `skip` names them, an earlier part of the run skipped them or the title filter would.
    // When the day's latest run is finished (done or partial) under the same profile, model,
    // criteria and prompt, only they are asked, as an addition to that run, so the day keeps
    // its other scores; otherwise the whole day is run as usual (see addsToLatestRun()).
    QStringList only;
};

// Papers through one stage of a run (this call's, not an earlier part of a resumed run).
struct StageProgress
{
    int done = 0;
    int total = 0; // 0: the stage has nothing to ask in this call
};

// Where a run stands, for progress bars and the CLI's status line.
struct ScoringProgress
{
    QString stage; // "title" or "abstract"
    int settled = 0; // papers with a final outcome so far
    int total = 0;
    int requests = 0;
    Scoring::TokenUsage usage;
    std::optional<double> costUsd;
    // Titles judged by the title pre-filter (answered, or let through when the request
    // failed); total 0 when it is off.
    StageProgress titles;
    // Papers whose abstracts are asked about, settled (scored, failed or over the budget).
    // Those the titles rule out leave the total, which is final once the titles are done.
    StageProgress abstracts;
};

// What a run ended with. Every paper of the day is in exactly one of the counts.
struct ScoringReport
{
    qint64 runId = 0;
    int papers = 0;
    int scored = 0; // answered in this run, cache hits included
    int fromCache = 0;
    int failed = 0;
    int skipped = 0;
    int overBudget = 0;
    int requests = 0; // made by this call, not by an earlier part of a resumed run
    bool resumed = false;
    bool cancelled = false;
    Scoring::TokenUsage usage; // of this call
    std::optional<double> costUsd; // of this call; nullopt when the model has no price
    QList<Library::ScoreRecord> failures; // the failed papers with their reasons
};

// The LLM stages of the daily run for one day and one profile: papers already answered under
// the same criteria, prompt and model come from the cache; the rest go out in batches, several
// at once under the rate limiter, which every attempt passes, retries of 429, 5xx, resets and
// timeouts included; missing and unreadable answers are asked again up to maxAsks;
// every answer is stored the moment it arrives. A run that was cancelled or killed continues
// where it stopped when started again with the same settings, and pays for nothing twice.
//
// Exactly one of finished() or failed() ends every start(). One run at a time.
class DayScorer : public QObject
{
    Q_OBJECT

public:
    DayScorer(Scoring::Provider *provider, Library::Library *library, QObject *parent = nullptr);
    ~DayScorer() override;

    // Tokens and cost of what start() would send now (cache hits and skips left out).
    Result<Scoring::RunEstimate> estimate(const QDate &date,
                                          const Scoring::ScoringProfile &profile,
                                          const ScoringOptions &options) const;

    void
    start(const QDate &date, const Scoring::ScoringProfile &profile, const ScoringOptions &options);

    // True when start() would ask only for `options.only`, adding to the day's latest run.
    bool addsToLatestRun(const QDate &date,
                         const Scoring::ScoringProfile &profile,
                         const ScoringOptions &options) const;

    // Stops sending, aborts what is in flight and ends with finished() (cancelled = true).
    // What was already stored stays; starting again continues the run.
    void cancel();

    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void progress(const Sieve::Digest::ScoringProgress &progress);
    void finished(const Sieve::Digest::ScoringReport &report);
    void failed(const Sieve::Error &error); // nothing could start: no such day, storage

private:
    struct Batch
    {
        QString stage;
        QStringList ids;
        int ask = 1;
        // Attempts of this ask after 429, 5xx, resets and timeouts; each one is sent through
        // pump(), so it waits for the rate limiter like a first attempt.
        int attempt = 1;
        std::chrono::milliseconds notBefore{0}; // the retry's backoff, on now()'s clock
    };

    struct InFlight
    {
        Batch batch;
        qint64 estimatedTokens = 0;
        double reservedUsd = 0;
        std::chrono::milliseconds startedAt{0};
        QDateTime startedUtc;
    };

    struct Plan
    {
        QList<Paper> papers;
        QList<Library::ScoreRecord> settled; // cache hits and skips
        QStringList toTitle;
        QStringList toScore;
    };

    // Which papers a call covers: the day, or only the papers named in ScoringOptions::only.
    enum class Scope {
        Day,
        Named,
    };

    Result<Plan> plan(const QDate &date,
                      qint64 runId,
                      const QString &criteriaHash,
                      const ScoringOptions &options,
                      Scope scope = Scope::Day) const;
    std::optional<Library::RunRecord> runToExtend(const QDate &date,
                                                  const QString &criteriaHash,
                                                  const ScoringOptions &options) const;
    Library::AnswerKey keyFor(const QString &stage) const;
    Library::AnswerKey keyFor(const QString &criteriaHash, const QString &stage) const;
    QList<Batch> cut(const QString &stage, const QStringList &ids, int ask) const;
    Scoring::Prompt promptFor(const Batch &batch) const;
    qint64 estimateTokens(const Scoring::Prompt &prompt, int papers) const;
    std::optional<double> costOf(const Scoring::TokenUsage &usage) const;

    void pump();
    qsizetype nextDue() const;
    bool repeatLater(const Batch &batch, const Scoring::ProviderJob &job);
    bool overBudget(double nextUsd) const;
    void stopForBudget();
    void send(const Batch &batch, const Scoring::Prompt &prompt, qint64 tokens);
    void onAnswered(Scoring::ProviderJob *job, const Scoring::Completion &completion);
    void onFailed(Scoring::ProviderJob *job, const Error &error);
    void settleAbstracts(const InFlight &flight, const Scoring::Completion &completion);
    void settleTitles(const InFlight &flight, const Scoring::Completion &completion);
    void askAgainOrFail(const Batch &batch, const QStringList &ids, const QString &reason);
    void store(const InFlight &flight,
               const Scoring::Completion *completion,
               const QString &error,
               const QList<Library::ScoreRecord> &scores,
               const QList<Library::CachedAnswer> &answers);
    void settle(const QList<Library::ScoreRecord> &scores);
    void abortInFlight();
    void failEverything(const QString &reason, const QStringList &alsoOpen);
    void finishIfDone();
    void finish();
    void emitProgress();
    std::chrono::milliseconds now() const;

    QPointer<Scoring::Provider> m_provider;
    Library::Library *m_library = nullptr;
    std::unique_ptr<Library::RunStore> m_store;
    std::unique_ptr<Scoring::PromptBuilder> m_prompts;
    ScoringOptions m_options;
    Scoring::RateLimiter m_limiter;
    QElapsedTimer m_clock;
    QTimer m_wakeUp;
    QDate m_date;
    QString m_criteriaHash;
    QHash<QString, Paper> m_papers;
    QList<Batch> m_pending; // title batches first, then abstract batches
    QStringList m_afterTitles; // waiting for the title stage to finish
    QHash<Scoring::ProviderJob *, InFlight> m_inFlight;
    ScoringReport m_report;
    int m_settled = 0;
    int m_settledAtStart = 0; // settled before this call asked anything (earlier, cached, skipped)
    int m_titlesTotal = 0;
    int m_titlesJudged = 0;
    int m_titleSkipped = 0; // ruled out by their titles in this call
    bool m_running = false;
    bool m_stopping = false;
    double m_spentUsd = 0;
    double m_reservedUsd = 0;
};

} // namespace Sieve::Digest

Q_DECLARE_METATYPE(Sieve::Digest::ScoringProgress)
Q_DECLARE_METATYPE(Sieve::Digest::ScoringReport)

#endif // SIEVE_DIGEST_DAYSCORER_H
