// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#ifndef SIEVE_DIGEST_AUTHORSTAGE_H
#define SIEVE_DIGEST_AUTHORSTAGE_H

#include <app/authors/semanticscholarclient.h>
#include <app/core/error.h>
#include <app/digest/authorenricher.h>
#include <app/library/runstore.h>
#include <app/scoring/scoringprofile.h>

#include <QByteArray>
#include <QDate>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QUrl>

#include <chrono>
#include <memory>
#include <optional>

namespace Sieve::Net {
class HttpClient;
}

namespace Sieve::Library {
class Library;
}

namespace Sieve::Digest {

// Where Semantic Scholar is and how patiently to ask it. The key is the caller's to read from
// the keychain (entry "s2"); without one, requests share the public rate limit.
struct SemanticScholarAccess
{
    QUrl baseUrl = Authors::SemanticScholarClient::defaultBaseUrl();
    QByteArray apiKey; // sent as x-api-key, never logged
    // nullopt keeps the client's defaults (30 s, 4 attempts, 1 s apart); tests shorten them.
    std::optional<std::chrono::milliseconds> transferTimeout;
    std::optional<int> maxAttempts;
    std::optional<std::chrono::milliseconds> minInterval;
};

// What the author stage of a run found.
struct AuthorStageResult
{
    AuthorReport report;
    std::optional<int> hIndexCutoff; // as the profile had it; nullopt when off

    // The papers DayScorer leaves to the reader: below the h-index cutoff, with the reason.
    QHash<QString, QString> skip() const { return report.skip; }

    // Papers by followed authors: no later filter may skip them.
    QSet<QString> followedPapers() const;

    // The counts kept with the run (RunStore::recordAuthorStage).
    Library::AuthorStageRecord record() const;
};

// The author stage of the daily run, before the LLM stages, in one place for the CLI and the
// app: it reads the day from the library, matches the profile's followed authors and applies
// its h-index cutoff with Semantic Scholar's answers (AuthorEnricher; a few batched requests,
// cached in the library). It never fails: Semantic Scholar being slow, down or not knowing a
// paper only makes the filter step aside for those papers, and the result counts them.
//
// Ends every start() with finished(), never synchronously, unless cancel() came first. One
// stage at a time; lives on the thread of `library`.
class AuthorStage : public QObject
{
    Q_OBJECT

public:
    // Neither is owned; both must outlive the stage.
    AuthorStage(Net::HttpClient *http, Library::Library *library, QObject *parent = nullptr);
    ~AuthorStage() override;

    // Whether a run of this profile has an author stage: it follows someone or has an h-index
    // cutoff. Without one, there is nothing to do and nothing to record.
    static bool isNeeded(const Scoring::ScoringProfile &profile);
    static AuthorOptions optionsFor(const Scoring::ScoringProfile &profile);

    void setAccess(const SemanticScholarAccess &access) { m_access = access; }

    const SemanticScholarAccess &access() const { return m_access; }

    void start(const QDate &date, const Scoring::ScoringProfile &profile);
    void cancel(); // drops the look-up in flight; finished() does not follow

    bool isRunning() const { return m_enricher != nullptr; }

    // Keeps the result with the run the LLM stages made, for the window and the exports.
    static Result<void>
    record(const Library::Library &library, qint64 runId, const AuthorStageResult &result);

Q_SIGNALS:
    void finished(const Sieve::Digest::AuthorStageResult &result);

private:
    void onEnriched(const AuthorReport &report);

    Net::HttpClient *m_http = nullptr;
    Library::Library *m_library = nullptr;
    SemanticScholarAccess m_access;
    std::optional<int> m_cutoff;
    // Made per start, so that cancelling can drop a look-up without a signal.
    std::unique_ptr<Authors::SemanticScholarClient> m_client;
    std::unique_ptr<AuthorEnricher> m_enricher;
};

} // namespace Sieve::Digest

Q_DECLARE_METATYPE(Sieve::Digest::AuthorStageResult)

#endif // SIEVE_DIGEST_AUTHORSTAGE_H
