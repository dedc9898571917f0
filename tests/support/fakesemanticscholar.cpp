// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "fakesemanticscholar.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Sieve::Test {

namespace {

using Response = FakeHttpServer::Response;

Response json(const QJsonValue &value)
{
    const QJsonDocument document =
        value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    return Response::ok(document.toJson(QJsonDocument::Compact), "application/json");
}

QStringList requestedIds(const FakeHttpServer::Request &request)
{
    QStringList ids;
    const QJsonArray array =
        QJsonDocument::fromJson(request.body).object().value(QStringLiteral("ids")).toArray();
    for (const QJsonValue &id : array) {
        ids.append(id.toString());
    }
    return ids;
}

} // namespace

FakeSemanticScholar::FakeSemanticScholar(QObject *parent)
    : QObject(parent)
{
    m_http.setResponder([this](const FakeHttpServer::Request &request) {
        return respond(request);
    });
}

void FakeSemanticScholar::addPaper(const QString &arxivId, const QList<Author> &authors)
{
    m_papers.insert(arxivId, authors);
    for (const Author &author : authors) {
        m_authors.insert(author.id, author);
    }
}

void FakeSemanticScholar::failNext(int httpStatus, int times)
{
    const QByteArray body = R"({"message": "Internal Server Error"})";
    for (int i = 0; i < times; ++i) {
        m_failures.enqueue(
            Response::status(httpStatus, {{"Content-Type", "application/json"}}, body));
    }
}

void FakeSemanticScholar::stallNext(int times)
{
    for (int i = 0; i < times; ++i) {
        m_failures.enqueue(Response::ok("{}").stalled());
    }
}

int FakeSemanticScholar::requestCount(const QString &path) const
{
    int count = 0;
    for (const auto &request : m_http.requests()) {
        count += request.path == path ? 1 : 0;
    }
    return count;
}

FakeHttpServer::Response FakeSemanticScholar::respond(const FakeHttpServer::Request &request)
{
    if (!m_failures.isEmpty()) {
        return m_failures.dequeue();
    }

    QJsonArray answer;
    if (request.path == paperBatchPath()) {
        for (const QString &id : requestedIds(request)) {
            const QString arxivId = id.mid(id.indexOf(QLatin1Char(':')) + 1);
            const auto paper = m_papers.constFind(arxivId);
            if (paper == m_papers.constEnd()) {
                answer.append(QJsonValue::Null);
                continue;
            }
            QJsonArray authors;
            for (const Author &author : *paper) {
                authors.append(QJsonObject{{QStringLiteral("authorId"), author.id},
                                           {QStringLiteral("name"), author.name}});
            }
            const QString s2Id = QStringLiteral("s2-") + arxivId;
            const QJsonObject externalIds{{QStringLiteral("ArXiv"), arxivId}};
            answer.append(QJsonObject{{QStringLiteral("paperId"), s2Id},
                                      {QStringLiteral("externalIds"), externalIds},
                                      {QStringLiteral("authors"), authors}});
        }
        return json(answer);
    }
    if (request.path == authorBatchPath()) {
        for (const QString &id : requestedIds(request)) {
            const auto author = m_authors.constFind(id);
            if (author == m_authors.constEnd()) {
                answer.append(QJsonValue::Null);
                continue;
            }
            answer.append(QJsonObject{{QStringLiteral("authorId"), author->id},
                                      {QStringLiteral("name"), author->name},
                                      {QStringLiteral("hIndex"), author->hIndex},
                                      {QStringLiteral("paperCount"), author->hIndex * 4}});
        }
        return json(answer);
    }
    return Response::status(404);
}

} // namespace Sieve::Test
