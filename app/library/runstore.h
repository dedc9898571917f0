// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#ifndef SIEVE_LIBRARY_RUNSTORE_H
#define SIEVE_LIBRARY_RUNSTORE_H

#include <app/core/error.h>

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <functional>
#include <optional>

namespace Sieve::Library {

class Library;

// Token counts as the provider reported them: `prompt` includes the `cached` ones (read from
// the provider's prompt cache) and the `cacheWrite` ones (written to it).
struct TokenCounts
{
    qint64 prompt = 0;
    qint64 cached = 0;
    qint64 completion = 0;
    qint64 cacheWrite = 0;
};

// One scoring run of a profile over a day, as stored.
struct RunRecord
{
    qint64 id = 0;
    QDate date;
    QString profile; // the profile's name
    QString criteria; // the profile's criteria text when the run started
    QString provider;
    QString model;
    QString status; // "running", "done", "partial", "cancelled", "failed"
    int promptVersion = 0;
    QString criteriaHash;
    QString prompt; // what the digest appends
    std::optional<double> budgetUsd;
    TokenCounts tokens;
    double costUsd = 0; // of the priced requests
    bool costKnown = true; // false when some request's model had no price
    int requests = 0;
    QString reason; // why it ended short; empty otherwise
    QDateTime startedAt;
    QDateTime finishedAt;

    bool isResumable() const;
};

// A paper's outcome in a run. Status is one of "scored", "failed", "skipped", "over-budget".
struct ScoreRecord
{
    QString paperId;
    std::optional<int> relevance;
    std::optional<int> novelty;
    QString comment;
    QString source; // "llm" (answered in this run), "cache" (an earlier answer) or empty
    QString status;
    QString reason; // why it failed or was skipped; empty when scored
};

// What a cached answer was given under: the same paper version under the same key gets the
// same answer, so it is never asked (or paid for) again.
struct AnswerKey
{
    QString criteriaHash;
    int promptVersion = 0;
    QString model;
    QString stage; // "abstract" or "title"
};

struct CachedAnswer
{
    QString paperId;
    int paperVersion = 0;
    std::optional<int> relevance;
    std::optional<int> novelty;
    QString comment;
    QString verdict; // title stage: "irrelevant"
};

// One request to the provider, answered or not.
struct RequestRecord
{
    QString stage; // "abstract" or "title"
    QStringList paperIds;
    bool answered = false;
    TokenCounts tokens;
    std::optional<double> costUsd; // nullopt: the model has no price
    QString error; // technical detail when it failed
    QDateTime startedAt;
    QDateTime finishedAt;
};

// What a run's author stage found (schema 5): followed authors' papers, papers the h-index
// filter kept from the LLM, and how Semantic Scholar answered. The four look-up counts cover
// each paper at most once; all stay 0 when only names were matched.
struct AuthorStageRecord
{
    int followed = 0; // papers naming a followed author
    int belowCutoff = 0; // skipped by the h-index filter
    std::optional<int> hIndexCutoff; // nullopt: the filter was off
    int lookedUp = 0; // answered by Semantic Scholar during this run
    int fromCache = 0; // answered from the library's copy of earlier answers
    int unknown = 0; // Semantic Scholar does not know them (yet)
    int notLookedUp = 0; // Semantic Scholar failed or was too slow
    int requests = 0;
    QString problem; // for the reader: why some papers were not looked up; empty otherwise

    // Papers the h-index filter could not judge, so they went on to the LLM.
    int missed() const { return unknown + notLookedUp; }

    friend bool operator==(const AuthorStageRecord &, const AuthorStageRecord &) = default;
};

struct StoredPrice
{
    QString model;
    double inputPerMTok = 0;
    double cachedInputPerMTok = 0;
    double outputPerMTok = 0;
};

// Runs, their requests, scores and the LLM response cache, in the library's SQLite file.
// Everything a request brought back is written in one transaction with the run's new totals,
// so a crash loses at most the requests still in flight. Same thread rules as Library.
class RunStore
{
public:
    explicit RunStore(const Library &library);

    // Creates the run (and the profile row its name needs) with status "running".
    Result<qint64> createRun(const RunRecord &run);

    // The newest run of `date` with this profile, model and criteria that did not finish
    // (running when the process died, or cancelled): continuing it never pays twice.
    std::optional<RunRecord> resumableRun(const QDate &date,
                                          const QString &profile,
                                          const QString &model,
                                          const QString &criteriaHash,
                                          int promptVersion) const;

    Result<void> reopenRun(qint64 runId);

    std::optional<RunRecord> run(qint64 runId) const;
    std::optional<RunRecord> latestRun(const QDate &date) const; // of any profile
    QList<RunRecord> runs(const QDate &date) const; // newest first

    QList<ScoreRecord> scores(qint64 runId) const;
    QList<RequestRecord> requests(qint64 runId) const;

    // Cached answers for these papers (id -> version), by paper id.
    QHash<QString, CachedAnswer> cachedAnswers(const AnswerKey &key,
                                               const QHash<QString, int> &versions) const;

    // One answered or failed request: its record, the scores it settled, the answers worth
    // caching and the run's totals, all in one transaction.
    Result<void> recordRequest(qint64 runId,
                               const RequestRecord &request,
                               const QList<ScoreRecord> &scores,
                               const AnswerKey &key,
                               const QList<CachedAnswer> &answers);

    // Outcomes that cost nothing: cache hits, failures, skips, papers over budget.
    Result<void> recordScores(qint64 runId, const QList<ScoreRecord> &scores);

    Result<void> finishRun(qint64 runId, const QString &status, const QString &reason);

    // Replaces what an earlier attempt of the run (a cancelled one, say) recorded.
    Result<void> recordAuthorStage(qint64 runId, const AuthorStageRecord &record);
    // nullopt when the run had no author stage (or was made before schema 5).
    std::optional<AuthorStageRecord> authorStage(qint64 runId) const;

    // What the daily schedule recorded for a profile's day: "claimed", "ran", "no-announcement",
    // or empty when it never acted on that day.
    QString scheduledOutcome(const QString &profile, const QDate &date) const;
    Result<void> recordScheduled(const QString &profile, const QDate &date, const QString &outcome);

    QList<StoredPrice> prices() const;
    Result<void> setPrice(const StoredPrice &price);
    Result<void> removePrice(const QString &model);

private:
    Result<void> inTransaction(const QString &what, const std::function<Result<void>()> &work);
    std::optional<RunRecord> readRun(const QString &condition, const QVariantList &values) const;
    QList<RunRecord> readRuns(const QString &condition, const QVariantList &values) const;
    Result<void> writeScores(qint64 runId, const QList<ScoreRecord> &scores);

    const Library &m_library;
};

} // namespace Sieve::Library

#endif // SIEVE_LIBRARY_RUNSTORE_H
