// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "semanticscholarclient.h"

#include <app/net/httpclient.h>
#include <app/net/httpjob.h>
#include <app/platform/logging.h>

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>
#include <QUrlQuery>

#include <algorithm>
#include <utility>

namespace Sieve::Authors {

namespace {

constexpr std::chrono::milliseconds DefaultMinInterval{1000};
const QString PaperBatchPath = QStringLiteral("/graph/v1/paper/batch");
const QString AuthorBatchPath = QStringLiteral("/graph/v1/author/batch");

QString translated(const char *text)
{
    return QCoreApplication::translate("Sieve::Authors::SemanticScholarClient", text);
}

Error badDataError(const QString &detail)
{
    return Error(Error::Code::BadData,
                 translated("Semantic Scholar sent an answer that could not be read."),
                 detail);
}

// The parsed answer of a batch endpoint: one entry per id asked, null for unknown ids.
std::optional<QJsonArray> batchAnswer(const QByteArray &body, qsizetype expected)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (!document.isArray() || document.array().size() != expected) {
        return std::nullopt;
    }
    return document.array();
}

QStringList withoutDuplicates(const QStringList &ids)
{
    QStringList unique;
    QSet<QString> seen;
    for (const QString &id : ids) {
        const QString trimmed = id.trimmed();
        if (!trimmed.isEmpty() && !seen.contains(trimmed)) {
            seen.insert(trimmed);
            unique.append(trimmed);
        }
    }
    return unique;
}

S2Author authorFromJson(const QJsonObject &object)
{
    S2Author author;
    author.authorId = object.value(QLatin1String("authorId")).toString();
    author.name = object.value(QLatin1String("name")).toString();
    const QJsonValue hIndex = object.value(QLatin1String("hIndex"));
    if (hIndex.isDouble()) {
        author.hIndex = hIndex.toInt();
    }
    author.paperCount = object.value(QLatin1String("paperCount")).toInt(-1);
    return author;
}

} // namespace

SemanticScholarClient::SemanticScholarClient(Net::HttpClient *http, QObject *parent)
    : QObject(parent)
    , m_http(http)
    , m_baseUrl(defaultBaseUrl())
{
    m_options.minInterval = DefaultMinInterval;
}

SemanticScholarClient::~SemanticScholarClient()
{
    if (m_job) {
        m_job->disconnect(this);
        m_job->abort();
    }
}

QUrl SemanticScholarClient::defaultBaseUrl()
{
    QUrl url;
    url.setScheme(QStringLiteral("https"));
    url.setHost(QStringLiteral("api.semanticscholar.org"));
    return url;
}

void SemanticScholarClient::setBatchSizes(int papersPerRequest, int authorsPerRequest)
{
    m_papersPerRequest = std::clamp(papersPerRequest, 1, MaxPapersPerRequest);
    m_authorsPerRequest = std::clamp(authorsPerRequest, 1, MaxAuthorsPerRequest);
}

void SemanticScholarClient::lookUpPapers(const QStringList &arxivIds,
                                         const QHash<QString, S2Author> &knownAuthors)
{
    if (m_busy) {
        qCWarning(lcAuthors) << "look-up ignored: another one is running";
        return;
    }

    m_busy = true;
    m_anyAnswer = false;
    m_result = AuthorLookup();
    m_pendingPapers = withoutDuplicates(arxivIds);
    m_pendingAuthors.clear();
    m_knownAuthors = knownAuthors;
    qCDebug(lcAuthors) << "looking up papers:" << m_pendingPapers.size()
                       << "known authors:" << knownAuthors.size();

    // Never signal from inside the call, even with nothing to do.
    QTimer::singleShot(0, this, &SemanticScholarClient::sendNextPaperBatch);
}

void SemanticScholarClient::sendNextPaperBatch()
{
    if (m_pendingPapers.isEmpty()) {
        sendNextAuthorBatch();
        return;
    }

    const QStringList batch = m_pendingPapers.mid(0, m_papersPerRequest);
    m_pendingPapers.remove(0, batch.size());
    QStringList s2Ids;
    for (const QString &id : batch) {
        s2Ids.append(QStringLiteral("ARXIV:") + id);
    }
    post(
        PaperBatchPath,
        QStringLiteral("externalIds,authors"),
        s2Ids,
        [this, batch](const QByteArray &body) {
            onPaperBatch(batch, body);
        },
        [this, batch](const Error &error) {
            onRequestFailed(batch, error);
        });
}

void SemanticScholarClient::onPaperBatch(const QStringList &ids, const QByteArray &body)
{
    const std::optional<QJsonArray> answer = batchAnswer(body, ids.size());
    if (!answer) {
        qCWarning(lcAuthors) << "unreadable paper batch answer, bytes:" << body.size();
        onRequestFailed(
            ids,
            badDataError(
                QStringLiteral("paper batch: not an array of %1 entries").arg(ids.size())));
        return;
    }

    m_anyAnswer = true;
    QSet<QString> queued(m_pendingAuthors.cbegin(), m_pendingAuthors.cend());
    for (qsizetype i = 0; i < ids.size(); ++i) {
        const QJsonValue entry = answer->at(i);
        if (!entry.isObject()) {
            m_result.unknownPapers.append(ids.at(i));
            continue;
        }
        QList<S2Author> authors;
        const QJsonArray list = entry.toObject().value(QLatin1String("authors")).toArray();
        for (const QJsonValue &value : list) {
            const S2Author author = authorFromJson(value.toObject());
            const QString &id = author.authorId;
            if (!id.isEmpty() && !m_knownAuthors.contains(id) && !queued.contains(id)) {
                queued.insert(id);
                m_pendingAuthors.append(id);
            }
            authors.append(author);
        }
        m_result.authorsByPaper.insert(ids.at(i), authors);
    }
    sendNextPaperBatch();
}

void SemanticScholarClient::sendNextAuthorBatch()
{
    if (m_pendingAuthors.isEmpty() || m_result.problem) {
        finish();
        return;
    }

    const QStringList batch = m_pendingAuthors.mid(0, m_authorsPerRequest);
    m_pendingAuthors.remove(0, batch.size());
    post(
        AuthorBatchPath,
        QStringLiteral("name,hIndex,paperCount"),
        batch,
        [this, batch](const QByteArray &body) {
            const std::optional<QJsonArray> answer = batchAnswer(body, batch.size());
            if (!answer) {
                qCWarning(lcAuthors) << "unreadable author batch answer, bytes:" << body.size();
                onRequestFailed(
                    {},
                    badDataError(QStringLiteral("author batch: not %1 entries").arg(batch.size())));
                return;
            }
            onAuthorBatch(*answer);
        },
        [this](const Error &error) {
            onRequestFailed({}, error);
        });
}

void SemanticScholarClient::onAuthorBatch(const QJsonArray &answer)
{
    m_anyAnswer = true;
    for (const QJsonValue &entry : answer) {
        if (entry.isObject()) {
            const S2Author author = authorFromJson(entry.toObject());
            m_result.fetchedAuthors.insert(author.authorId, author);
        }
    }
    sendNextAuthorBatch();
}

// Semantic Scholar rarely recovers within one look-up once a request has failed after its
// retries, so the remaining requests are not sent: their papers are reported as not looked up.
void SemanticScholarClient::onRequestFailed(const QStringList &paperIds, const Error &error)
{
    qCWarning(lcAuthors) << "Semantic Scholar request failed:" << error.detail();
    if (!m_result.problem) {
        m_result.problem = error;
    }
    m_result.notLookedUp.append(paperIds);
    m_result.notLookedUp.append(m_pendingPapers);
    m_pendingPapers.clear();
    m_pendingAuthors.clear();
    finish();
}

void SemanticScholarClient::post(const QString &path,
                                 const QString &fields,
                                 const QStringList &ids,
                                 const std::function<void(const QByteArray &)> &onBody,
                                 const std::function<void(const Error &)> &onError)
{
    if (!m_http) {
        onError(Error(Error::Code::InvalidInput,
                      tr("Semantic Scholar cannot be asked: the network is not available.")));
        return;
    }

    QUrl url = m_baseUrl;
    QString basePath = m_baseUrl.path();
    while (basePath.endsWith(QLatin1Char('/'))) {
        basePath.chop(1);
    }
    url.setPath(basePath + path);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("fields"), fields);
    url.setQuery(query);

    const QJsonObject request{{QStringLiteral("ids"), QJsonArray::fromStringList(ids)}};
    const QByteArray body = QJsonDocument(request).toJson(QJsonDocument::Compact);

    // Batch look-ups only read, so a POST that failed on the way may be sent again.
    Net::RequestOptions options = m_options;
    options.retryNonIdempotent = true;
    options.rawHeaders.append({QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json")});
    if (!m_apiKey.isEmpty()) {
        options.rawHeaders.append({QByteArrayLiteral("x-api-key"), m_apiKey});
    }

    ++m_requestCount;
    qCDebug(lcAuthors) << "POST" << url.host() << url.path() << "ids:" << ids.size();
    m_job = m_http->post(url, body, QByteArrayLiteral("application/json"), options);
    connect(m_job, &Net::HttpJob::finished, this, onBody);
    connect(m_job, &Net::HttpJob::failed, this, onError);
}

void SemanticScholarClient::fillAuthorDetails()
{
    QSet<QString> incomplete(m_result.notLookedUp.cbegin(), m_result.notLookedUp.cend());
    for (auto it = m_result.authorsByPaper.begin(); it != m_result.authorsByPaper.end(); ++it) {
        for (S2Author &author : it.value()) {
            if (author.authorId.isEmpty()) {
                continue;
            }
            const auto fetched = m_result.fetchedAuthors.constFind(author.authorId);
            const auto known = m_knownAuthors.constFind(author.authorId);
            if (fetched != m_result.fetchedAuthors.constEnd()) {
                author.hIndex = fetched->hIndex;
                author.paperCount = fetched->paperCount;
            } else if (known != m_knownAuthors.constEnd()) {
                author.hIndex = known->hIndex;
                author.paperCount = known->paperCount;
            } else if (m_result.problem && !incomplete.contains(it.key())) {
                incomplete.insert(it.key());
                m_result.notLookedUp.append(it.key());
            }
        }
    }
}

void SemanticScholarClient::finish()
{
    fillAuthorDetails();
    m_busy = false;
    m_job = nullptr;
    m_knownAuthors.clear();

    const AuthorLookup result = std::exchange(m_result, AuthorLookup());
    qCInfo(lcAuthors) << "look-up done: papers" << result.authorsByPaper.size() << "unknown"
                      << result.unknownPapers.size() << "not looked up" << result.notLookedUp.size()
                      << "requests so far" << m_requestCount;
    if (!result.problem) {
        Q_EMIT finished(result);
        return;
    }

    const int missing = int(result.notLookedUp.size());
    const Error &cause = *result.problem;
    //: %1 says why, e.g. "api.semanticscholar.org answered with HTTP 500 4 times; ..."
    const Error error(cause.code(),
                      tr("The authors of %n paper(s) were not looked up on Semantic Scholar. %1",
                         nullptr,
                         missing)
                          .arg(cause.userMessage()),
                      cause.detail());
    if (!m_anyAnswer) {
        Q_EMIT failed(error);
        return;
    }
    AuthorLookup partial = result;
    partial.problem = error;
    Q_EMIT finished(partial);
}

} // namespace Sieve::Authors
