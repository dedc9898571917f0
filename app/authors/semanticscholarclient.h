// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#ifndef SIEVE_AUTHORS_SEMANTICSCHOLARCLIENT_H
#define SIEVE_AUTHORS_SEMANTICSCHOLARCLIENT_H

#include <app/core/error.h>
#include <app/net/requestoptions.h>

#include <QHash>
#include <QJsonArray>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <chrono>
#include <functional>
#include <optional>

namespace Sieve::Net {
class HttpClient;
class HttpJob;
} // namespace Sieve::Net

namespace Sieve::Authors {

// One author as Semantic Scholar knows them.
struct S2Author
{
    QString authorId; // empty when S2 lists the name without linking it to an author profile
    QString name;
    std::optional<int> hIndex; // nothing when not looked up (or S2 did not say)
    int paperCount = -1; // -1 when not looked up
};

// What one look-up learned. Nothing here is fatal: every paper asked for is in `unknownPapers`,
// in `notLookedUp`, or only in `authorsByPaper` (complete). A paper in `notLookedUp` may still
// have its author list in `authorsByPaper` when only the h-index requests failed.
struct AuthorLookup
{
    QHash<QString, QList<S2Author>> authorsByPaper; // arXiv id -> authors in paper order
    QStringList unknownPapers; // S2 answered but does not know them (yet)
    QStringList notLookedUp; // a request failed before S2 could say
    QHash<QString, S2Author> fetchedAuthors; // asked for in this look-up: for the caller's cache
    std::optional<Error> problem; // the first failure, when there was one

    bool isComplete() const { return notLookedUp.isEmpty() && !problem; }
};

// Looks up the authors of arXiv papers in the Semantic Scholar Graph API, in few requests: the
// paper batch endpoint (up to 500 ids each) gives every paper's author ids, then the author
// batch endpoint (up to 1000 ids each) gives their h-index and paper count. Requests go one at a
// time through the injected HttpClient, at least minInterval apart (S2 allows one per second).
// 429 is retried with Retry-After honoured; these POSTs are read-only, so retrying is safe.
//
// One look-up at a time (a call while busy is a programmer error and is ignored). It ends with
// exactly one signal: finished() whenever S2 answered at least once (failures after that show
// up as AuthorLookup::notLookedUp and problem), failed() when it never did.
class SemanticScholarClient : public QObject
{
    Q_OBJECT

public:
    static constexpr int MaxPapersPerRequest = 500;
    static constexpr int MaxAuthorsPerRequest = 1000;

    // `http` is not owned and must outlive this object.
    explicit SemanticScholarClient(Net::HttpClient *http, QObject *parent = nullptr);
    ~SemanticScholarClient() override; // aborts the running request without signalling

    static QUrl defaultBaseUrl(); // https://api.semanticscholar.org

    // Scheme, host and port (and a path prefix, if any) that replace defaultBaseUrl().
    void setBaseUrl(const QUrl &baseUrl) { m_baseUrl = baseUrl; }

    QUrl baseUrl() const { return m_baseUrl; }

    // Sent as x-api-key when not empty; never logged.
    void setApiKey(const QByteArray &apiKey) { m_apiKey = apiKey; }

    bool hasApiKey() const { return !m_apiKey.isEmpty(); }

    // Least time between two requests' starts; 1 s by default, S2's documented limit.
    void setMinInterval(std::chrono::milliseconds interval) { m_options.minInterval = interval; }

    void setTransferTimeout(std::chrono::milliseconds timeout)
    {
        m_options.transferTimeout = timeout;
    }

    void setMaxAttempts(int attempts) { m_options.maxAttempts = attempts; }

    // Smaller batches than S2 allows (tests); values are clamped to 1..the S2 maximum.
    void setBatchSizes(int papersPerRequest, int authorsPerRequest);

    bool isBusy() const { return m_busy; }

    // Looks up the papers (version-less arXiv ids such as "2504.11651"; duplicates are asked
    // once). Authors in `knownAuthors` (a fresh cache the caller keeps, by author id) are not
    // asked for again: their entries are copied into the result as they are.
    void lookUpPapers(const QStringList &arxivIds,
                      const QHash<QString, S2Author> &knownAuthors = {});

    // Requests made since construction (retries not counted), for measurements.
    int requestCount() const { return m_requestCount; }

Q_SIGNALS:
    void finished(const Sieve::Authors::AuthorLookup &result);
    void failed(const Sieve::Error &error);

private:
    void sendNextPaperBatch();
    void onPaperBatch(const QStringList &ids, const QByteArray &body);
    void sendNextAuthorBatch();
    void onAuthorBatch(const QJsonArray &answer);
    void onRequestFailed(const QStringList &paperIds, const Error &error);
    void post(const QString &path,
              const QString &fields,
              const QStringList &ids,
              const std::function<void(const QByteArray &)> &onBody,
              const std::function<void(const Error &)> &onError);
    void fillAuthorDetails();
    void finish();

    QPointer<Net::HttpClient> m_http;
    QPointer<Net::HttpJob> m_job;
    QUrl m_baseUrl;
    QByteArray m_apiKey;
    Net::RequestOptions m_options;
    int m_papersPerRequest = MaxPapersPerRequest;
    int m_authorsPerRequest = MaxAuthorsPerRequest;
    int m_requestCount = 0;

    bool m_busy = false;
    bool m_anyAnswer = false;
    QStringList m_pendingPapers;
    QStringList m_pendingAuthors;
    QHash<QString, S2Author> m_knownAuthors;
    AuthorLookup m_result;
};

} // namespace Sieve::Authors

Q_DECLARE_METATYPE(Sieve::Authors::AuthorLookup)

#endif // SIEVE_AUTHORS_SEMANTICSCHOLARCLIENT_H
