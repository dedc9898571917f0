// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "authorenricher.h"

#include <app/library/authorstore.h>
#include <app/library/library.h>
#include <app/platform/logging.h>

#include <QSet>
#include <QTimer>

namespace Sieve::Digest {

namespace {

Authors::S2Author fromStored(const Library::StoredAuthor &stored)
{
    return {stored.authorId, stored.name, stored.hIndex, stored.paperCount};
}

Library::StoredAuthor toStored(const Authors::S2Author &author)
{
    return {author.authorId, author.name, author.hIndex, author.paperCount, {}};
}

bool isOlder(const QDateTime &at, const QDateTime &now, std::chrono::hours age)
{
    return !at.isValid() || at.secsTo(now) > std::chrono::seconds(age).count();
}

} // namespace

AuthorEnricher::AuthorEnricher(Authors::SemanticScholarClient *client,
                               Library::Library *library,
                               QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_library(library)
    , m_clock([] {
        return QDateTime::currentDateTimeUtc();
    })
{
    if (m_client) {
        connect(
            m_client, &Authors::SemanticScholarClient::finished, this, &AuthorEnricher::onLookup);
        connect(m_client,
                &Authors::SemanticScholarClient::failed,
                this,
                &AuthorEnricher::onLookupFailed);
    }
}

void AuthorEnricher::enrich(const QList<Paper> &papers, const AuthorOptions &options)
{
    m_papers = papers;
    m_options = options;
    m_report = {};
    m_asked.clear();
    m_authorsByPaper.clear();
    m_authorDetails.clear();

    const bool needsS2 = options.hIndexCutoff || options.followed.hasSemanticScholarIds();
    if (!needsS2 || !m_client || m_client->isBusy()) {
        QTimer::singleShot(0, this, &AuthorEnricher::conclude);
        return;
    }

    QStringList ids;
    for (const Paper &paper : papers) {
        ids.append(paper.id);
    }
    const Library::AuthorStore store(*m_library);
    const QDateTime now = m_clock();
    const auto cached = store.papers(ids);
    QStringList authorIds;
    for (const QString &id : std::as_const(ids)) {
        const auto it = cached.constFind(id);
        const bool fresh = it != cached.constEnd()
            && !isOlder(it->fetchedAt,
                        now,
                        it->known ? options.knownPaperMaxAge : options.unknownPaperMaxAge);
        if (!fresh) {
            m_asked.append(id);
            continue;
        }
        if (!it->known) {
            ++m_report.unknown;
            continue;
        }
        ++m_report.fromCache;
        QList<Authors::S2Author> authors;
        for (const Library::StoredAuthor &author : it->authors) {
            authors.append(fromStored(author));
            if (!author.authorId.isEmpty()) {
                authorIds.append(author.authorId);
            }
        }
        m_authorsByPaper.insert(id, authors);
    }

    QHash<QString, Authors::S2Author> known;
    for (const Library::StoredAuthor &author : store.authors(authorIds)) {
        if (!isOlder(author.fetchedAt, now, options.authorMaxAge)) {
            known.insert(author.authorId, fromStored(author));
        }
    }
    m_authorDetails = known;

    if (m_asked.isEmpty()
        && known.size() == QSet<QString>(authorIds.cbegin(), authorIds.cend()).size()) {
        QTimer::singleShot(0, this, &AuthorEnricher::conclude);
        return;
    }
    // Cached papers whose authors' details are stale are asked again with the new ones: the
    // client's author batch then covers them in the same one or two requests.
    for (const QString &id : std::as_const(ids)) {
        if (!m_asked.contains(id) && m_authorsByPaper.contains(id)) {
            const auto &authors = m_authorsByPaper[id];
            const bool stale =
                std::any_of(authors.cbegin(), authors.cend(), [&known](const auto &a) {
                    return !a.authorId.isEmpty() && !known.contains(a.authorId);
                });
            if (stale) {
                m_asked.append(id);
                --m_report.fromCache;
            }
        }
    }

    m_requestsBefore = m_client->requestCount();
    qCInfo(lcAuthors) << "Looking up papers on Semantic Scholar:" << m_asked.size()
                      << "cached:" << m_report.fromCache;
    m_client->lookUpPapers(m_asked, known);
}

void AuthorEnricher::onLookup(const Authors::AuthorLookup &lookup)
{
    m_report.requests = m_client->requestCount() - m_requestsBefore;
    m_report.problem = lookup.problem;
    m_authorDetails.insert(lookup.fetchedAuthors);

    QList<Library::StoredPaperAuthors> papers;
    for (auto it = lookup.authorsByPaper.cbegin(); it != lookup.authorsByPaper.cend(); ++it) {
        m_authorsByPaper.insert(it.key(), it.value());
        Library::StoredPaperAuthors paper{it.key(), true, {}, {}};
        for (const Authors::S2Author &author : it.value()) {
            paper.authors.append(toStored(author));
        }
        papers.append(paper);
        m_report.lookedUp += lookup.notLookedUp.contains(it.key()) ? 0 : 1;
    }
    for (const QString &id : lookup.unknownPapers) {
        papers.append({id, false, {}, {}});
        m_authorsByPaper.remove(id);
        ++m_report.unknown;
    }
    m_report.notLookedUp = int(lookup.notLookedUp.size());

    QList<Library::StoredAuthor> authors;
    for (const Authors::S2Author &author : lookup.fetchedAuthors) {
        authors.append(toStored(author));
    }
    const Result<void> stored = Library::AuthorStore(*m_library).store(papers, authors, m_clock());
    if (!stored) {
        qCWarning(lcAuthors) << "Semantic Scholar answers not cached:" << stored.error().detail();
    }
    conclude();
}

void AuthorEnricher::onLookupFailed(const Error &error)
{
    m_report.requests = m_client->requestCount() - m_requestsBefore;
    m_report.problem = error;
    m_report.notLookedUp = int(m_asked.size());
    qCWarning(lcAuthors) << "Semantic Scholar not reached; the h-index filter steps aside for"
                         << m_asked.size() << "papers:" << error.detail();
    conclude();
}

void AuthorEnricher::conclude()
{
    const std::optional<int> cutoff = m_options.hIndexCutoff;
    for (const Paper &paper : std::as_const(m_papers)) {
        QList<Authors::S2Author> authors = m_authorsByPaper.value(paper.id);
        for (Authors::S2Author &author : authors) {
            if (const auto details = m_authorDetails.constFind(author.authorId);
                details != m_authorDetails.constEnd()) {
                author.hIndex = details->hIndex;
            }
        }

        if (const auto match = m_options.followed.match(paper.authors, authors)) {
            m_report.matches.insert(paper.id, *match);
            continue; // a followed author's paper is never filtered out
        }
        if (!cutoff || authors.isEmpty()) {
            continue;
        }
        int highest = -1;
        for (const Authors::S2Author &author : std::as_const(authors)) {
            highest = std::max(highest, author.hIndex.value_or(-1));
        }
        if (highest >= 0 && highest < *cutoff) {
            m_report.skip.insert(paper.id,
                                 tr("no author with an h-index of %1 or more (highest %2)")
                                     .arg(*cutoff)
                                     .arg(highest));
        }
    }
    qCInfo(lcAuthors) << "Author stage: matches" << m_report.matches.size()
                      << "below h-index:" << m_report.skip.size()
                      << "not looked up:" << m_report.notLookedUp;
    Q_EMIT finished(m_report);
}

QHash<QString, Authors::AuthorMatch>
AuthorEnricher::matchesFromCache(const Library::Library &library,
                                 const QList<Paper> &papers,
                                 const Authors::FollowedAuthors &followed)
{
    QHash<QString, Authors::AuthorMatch> matches;
    if (followed.isEmpty()) {
        return matches;
    }
    QStringList ids;
    for (const Paper &paper : papers) {
        ids.append(paper.id);
    }
    const auto cached = followed.hasSemanticScholarIds()
        ? Library::AuthorStore(library).papers(ids)
        : QHash<QString, Library::StoredPaperAuthors>();
    for (const Paper &paper : papers) {
        QList<Authors::S2Author> authors;
        for (const Library::StoredAuthor &author : cached.value(paper.id).authors) {
            authors.append(fromStored(author));
        }
        if (const auto match = followed.match(paper.authors, authors)) {
            matches.insert(paper.id, *match);
        }
    }
    return matches;
}

} // namespace Sieve::Digest
