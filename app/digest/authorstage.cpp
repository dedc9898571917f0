// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "authorstage.h"

#include <app/library/library.h>
#include <app/platform/logging.h>

namespace Sieve::Digest {

QSet<QString> AuthorStageResult::followedPapers() const
{
    QSet<QString> papers;
    for (auto it = report.matches.cbegin(); it != report.matches.cend(); ++it) {
        papers.insert(it.key());
    }
    return papers;
}

Library::AuthorStageRecord AuthorStageResult::record() const
{
    Library::AuthorStageRecord record;
    record.followed = int(report.matches.size());
    record.belowCutoff = int(report.skip.size());
    record.hIndexCutoff = hIndexCutoff;
    record.lookedUp = report.lookedUp;
    record.fromCache = report.fromCache;
    record.unknown = report.unknown;
    record.notLookedUp = report.notLookedUp;
    record.requests = report.requests;
    record.problem = report.problem ? report.problem->userMessage() : QString();
    return record;
}

AuthorStage::AuthorStage(Net::HttpClient *http, Library::Library *library, QObject *parent)
    : QObject(parent)
    , m_http(http)
    , m_library(library)
{
}

// The client aborts its request without a signal; the enricher goes first, as it watches it.
AuthorStage::~AuthorStage()
{
    cancel();
}

bool AuthorStage::isNeeded(const Scoring::ScoringProfile &profile)
{
    const AuthorOptions options = optionsFor(profile);
    return !options.followed.isEmpty() || options.hIndexCutoff.has_value();
}

AuthorOptions AuthorStage::optionsFor(const Scoring::ScoringProfile &profile)
{
    AuthorOptions options;
    options.followed = Authors::FollowedAuthors::fromEntries(profile.followedAuthors);
    if (profile.hIndexCutoff > 0) {
        options.hIndexCutoff = profile.hIndexCutoff;
    }
    return options;
}

void AuthorStage::start(const QDate &date, const Scoring::ScoringProfile &profile)
{
    if (isRunning()) {
        qCWarning(lcAuthors) << "author stage ignored: another one is running";
        return;
    }

    m_client = std::make_unique<Authors::SemanticScholarClient>(m_http);
    m_client->setBaseUrl(m_access.baseUrl);
    m_client->setApiKey(m_access.apiKey);
    if (m_access.transferTimeout) {
        m_client->setTransferTimeout(*m_access.transferTimeout);
    }
    if (m_access.maxAttempts) {
        m_client->setMaxAttempts(*m_access.maxAttempts);
    }
    if (m_access.minInterval) {
        m_client->setMinInterval(*m_access.minInterval);
    }
    m_enricher = std::make_unique<AuthorEnricher>(m_client.get(), m_library);
    connect(m_enricher.get(), &AuthorEnricher::finished, this, &AuthorStage::onEnriched);

    const AuthorOptions options = optionsFor(profile);
    m_cutoff = options.hIndexCutoff;
    const std::optional<Day> day = m_library ? m_library->day(date) : std::nullopt;
    qCInfo(lcAuthors) << "Author stage of" << date << "follows" << options.followed.authors().size()
                      << "authors, h-index cutoff" << m_cutoff.value_or(0);
    m_enricher->enrich(day ? day->papers : QList<Paper>(), options);
}

void AuthorStage::cancel()
{
    if (m_enricher) {
        m_enricher->disconnect(this);
    }
    m_enricher.reset();
    m_client.reset();
}

// Called from within the client's and the enricher's signals: they go later, not now.
void AuthorStage::onEnriched(const AuthorReport &report)
{
    m_enricher->disconnect(this);
    m_enricher.release()->deleteLater();
    m_client.release()->deleteLater();
    Q_EMIT finished(AuthorStageResult{report, m_cutoff});
}

Result<void>
AuthorStage::record(const Library::Library &library, qint64 runId, const AuthorStageResult &result)
{
    return Library::RunStore(library).recordAuthorStage(runId, result.record());
}

} // namespace Sieve::Digest
