// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#ifndef SIEVE_TEST_FAKESEMANTICSCHOLAR_H
#define SIEVE_TEST_FAKESEMANTICSCHOLAR_H

#include <QHash>
#include <QList>
#include <QObject>
#include <QQueue>
#include <QString>
#include <QUrl>

#include <tests/support/fakehttpserver.h>

namespace Sieve::Test {

// The two batch endpoints of the Semantic Scholar Graph API on 127.0.0.1, answering from a
// table: POST /graph/v1/paper/batch with {"ids": ["ARXIV:..."]} gives one entry per id (null for
// a paper it does not know) with externalIds and authors; POST /graph/v1/author/batch gives
// name, hIndex and paperCount. Failures can be scripted ahead of the answers.
class FakeSemanticScholar : public QObject
{
    Q_OBJECT

public:
    struct Author
    {
        QString id;
        QString name;
        int hIndex = 0;
    };

    explicit FakeSemanticScholar(QObject *parent = nullptr);

    QUrl baseUrl() const { return m_http.baseUrl(); }

    bool isListening() const { return m_http.isListening(); }

    void addPaper(const QString &arxivId, const QList<Author> &authors);

    // The next requests get these answers instead (a status with an error body, or a stall).
    void failNext(int httpStatus, int times = 1);
    void stallNext(int times = 1);

    int requestCount() const { return m_http.requestCount(); }

    int requestCount(const QString &path) const;

    static QString paperBatchPath() { return QStringLiteral("/graph/v1/paper/batch"); }

    static QString authorBatchPath() { return QStringLiteral("/graph/v1/author/batch"); }

private:
    FakeHttpServer::Response respond(const FakeHttpServer::Request &request);

    FakeHttpServer m_http;
    QHash<QString, QList<Author>> m_papers;
    QHash<QString, Author> m_authors;
    QQueue<FakeHttpServer::Response> m_failures;
};

} // namespace Sieve::Test

#endif // SIEVE_TEST_FAKESEMANTICSCHOLAR_H
