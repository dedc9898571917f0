// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#ifndef SIEVE_DIGEST_DIGEST_H
#define SIEVE_DIGEST_DIGEST_H

#include <app/core/error.h>
#include <app/core/paper.h>
#include <app/library/runstore.h>
#include <app/ranker/localranker.h>

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Sieve::Digest {

// The values DigestEntry::status takes.
namespace EntryStatus {
inline constexpr QLatin1String Scored("scored");
inline constexpr QLatin1String Unscored("unscored");
inline constexpr QLatin1String Failed("failed");
inline constexpr QLatin1String Skipped("skipped");
inline constexpr QLatin1String OverBudget("over-budget");
} // namespace EntryStatus

// Where the local ranker put a paper among the day's papers, and why.
struct LocalRanking
{
    int rank = 0; // 1-based over every paper of the day, listed or not
    double score = 0; // comparable within the day only
    QList<Ranker::Contribution> why; // strongest first, a handful at most
};

// One paper of a digest with what the LLM and the local ranker said about it.
struct DigestEntry
{
    Paper paper;
    AnnounceType announceType = AnnounceType::Unknown;
    std::optional<int> relevance; // 1..10; empty = not scored
    std::optional<int> novelty;
    QString comment; // the LLM's one-line reason; empty when it gave none
    QString status; // one of EntryStatus
    QString statusReason; // why a paper failed or was skipped, e.g. "provider error: HTTP 500"
    QString followedAuthor; // why it names a followed author ("Listed as ..."); empty otherwise
    std::optional<LocalRanking> local; // empty until DigestBuilder::addLocalRanking()
};

// What scoring a day cost: the runs behind the shown scores, added up (see DigestBuilder).
// Costs are in US dollars, unrounded.
struct DigestUsage
{
    QString model; // empty = no LLM run yet
    qint64 promptTokens = 0;
    qint64 completionTokens = 0;
    std::optional<double> promptCostUsd; // empty = cost unknown
    std::optional<double> completionCostUsd;
    // What the author stage behind the shown scores found (followed authors, the h-index
    // filter, Semantic Scholar's answers); empty when no author stage ran.
    std::optional<Library::AuthorStageRecord> authorStage;

    bool hasRun() const { return !model.isEmpty(); }

    qint64 totalTokens() const { return promptTokens + completionTokens; }

    // Empty when either part is unknown.
    std::optional<double> totalCostUsd() const;
};

// A day's digest, ready to export: everything the Markdown and JSON files show.
struct Digest
{
    QDate date;
    QStringList categories;
    int totalArxiv = 0; // listings in the day's feeds
    int totalScanned = 0; // distinct papers considered
    std::optional<int> totalRelevant; // empty until scores exist
    QList<DigestEntry> entries; // already in final order; rank = index + 1
    // Scored below the cutoffs, or skipped: in the JSON export (after `entries`), not in the
    // Markdown digest, which lists what the reader should look at.
    QList<DigestEntry> others;
    DigestUsage usage;
    QString prompt; // the prompt used, appended at the end; may be empty
};

// Replaces `path` with `data` through QSaveFile, so a failure leaves any old file untouched and
// never a half-written one. Fails with Error::Code::Storage.
Result<void> writeFileAtomically(const QString &path, const QByteArray &data);

} // namespace Sieve::Digest

#endif // SIEVE_DIGEST_DIGEST_H
