// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#ifndef SIEVE_DIGEST_AUTHORENRICHER_H
#define SIEVE_DIGEST_AUTHORENRICHER_H

#include <app/authors/followedauthors.h>
#include <app/authors/semanticscholarclient.h>
#include <app/core/error.h>
#include <app/core/paper.h>

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

#include <chrono>
#include <functional>
#include <optional>

namespace Sieve::Library {
class Library;
}

namespace Sieve::Digest {

struct AuthorOptions
{
    Authors::FollowedAuthors followed;
    std::optional<int> hIndexCutoff; // papers with no author this high skip the LLM stage
    std::chrono::hours knownPaperMaxAge{24 * 30};
    std::chrono::hours unknownPaperMaxAge{12}; // new papers reach S2 within a day or two
    std::chrono::hours authorMaxAge{24 * 30};
};

// What the author stage found for a day. Every paper is in exactly one of: looked up now,
// answered from the cache, unknown to S2, or not looked up (S2 failed); or none of them when
// the stage needed no Semantic Scholar at all.
struct AuthorReport
{
    QHash<QString, Authors::AuthorMatch> matches; // paper id -> the followed author it names
    QHash<QString, QString> skip; // below the h-index cutoff, with the reason to show
    int lookedUp = 0;
    int fromCache = 0;
    int unknown = 0;
    int notLookedUp = 0;
    int requests = 0;
    std::optional<Error> problem; // why some papers were not looked up
};

// The "enrich authors" stage of the daily run: followed-author matches and the h-index
// pre-filter, with Semantic Scholar answers kept in the library so that a day costs a few
// requests once. Semantic Scholar being slow, down or not knowing a paper never fails the
// stage: the filter steps aside for those papers (they go on to the LLM) and the report counts
// them. Ends with finished(), always, never synchronously. One enrichment at a time.
class AuthorEnricher : public QObject
{
    Q_OBJECT

public:
    using Clock = std::function<QDateTime()>;

    // `client` may be null: then only names are matched and no h-index is known.
    AuthorEnricher(Authors::SemanticScholarClient *client,
                   Library::Library *library,
                   QObject *parent = nullptr);

    void setClock(Clock clock) { m_clock = std::move(clock); }

    void enrich(const QList<Paper> &papers, const AuthorOptions &options);

    // Matches from what the library already knows, without any request (the digest's badges).
    static QHash<QString, Authors::AuthorMatch>
    matchesFromCache(const Library::Library &library,
                     const QList<Paper> &papers,
                     const Authors::FollowedAuthors &followed);

Q_SIGNALS:
    void finished(const Sieve::Digest::AuthorReport &report);

private:
    void onLookup(const Authors::AuthorLookup &lookup);
    void onLookupFailed(const Error &error);
    void conclude();

    QPointer<Authors::SemanticScholarClient> m_client;
    Library::Library *m_library = nullptr;
    Clock m_clock;
    QList<Paper> m_papers;
    AuthorOptions m_options;
    QStringList m_asked;
    QHash<QString, QList<Authors::S2Author>> m_authorsByPaper;
    QHash<QString, Authors::S2Author> m_authorDetails;
    AuthorReport m_report;
    int m_requestsBefore = 0;
};

} // namespace Sieve::Digest

Q_DECLARE_METATYPE(Sieve::Digest::AuthorReport)

#endif // SIEVE_DIGEST_AUTHORENRICHER_H
