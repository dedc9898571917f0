// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#ifndef SIEVE_TEST_FAKEHTTPSERVER_H
#define SIEVE_TEST_FAKEHTTPSERVER_H

#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QQueue>
#include <QString>
#include <QUrl>

#include <chrono>
#include <functional>
#include <optional>
#include <utility>

class QTcpServer;
class QTcpSocket;

namespace Sieve::Test {

// An HTTP/1.1 server on 127.0.0.1 (port chosen by the system) that answers from scripts.
//
// Each route (a path without query, or a predicate on the full request target) holds a queue of
// responses served in order. When a route's queue runs dry it repeats the last response it
// served. A request that matches no route (or only routes that never had a response) goes to
// the responder when one is set, and gets 404 otherwise.
// Every connection is answered with "Connection: close" and closed after one response.
//
// The server lives on the thread that created it and needs that thread's event loop running
// (QSignalSpy::wait, QTRY_*). Times are milliseconds on the server's own steady clock, started
// when the server was created.
class FakeHttpServer : public QObject
{
    Q_OBJECT

public:
    enum class Behaviour {
        Normal,
        Delay, // answer after Response::delay (every behaviour but Stall honours a delay)
        Stall, // read the request, never answer
        DropMidBody, // send the headers with the full Content-Length, half the body, then close
        Gzip, // gzip the body and say so with Content-Encoding
    };

    using Headers = QList<std::pair<QByteArray, QByteArray>>;

    struct Response
    {
        int code = 200; // HTTP status
        Headers headers;
        QByteArray body;
        Behaviour behaviour = Behaviour::Normal;
        std::chrono::milliseconds delay{0};

        static Response ok(const QByteArray &body,
                           const QByteArray &contentType = QByteArrayLiteral("text/plain"));
        static Response status(int code, const Headers &headers = {}, const QByteArray &body = {});

        Response delayed(std::chrono::milliseconds by) const;
        Response stalled() const;
        Response droppedMidBody() const;
        Response gzipped() const;
    };

    struct Request
    {
        QByteArray method;
        QByteArray target; // as sent: path and query
        QString path; // decoded path, without query
        QHash<QByteArray, QByteArray> headers; // names in lower case
        QByteArray body;
        qint64 arrivedMs = 0; // when the whole request had been read
        qint64 completedMs = -1; // when the answer was sent or the client left; -1 while open

        QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
    };

    using Predicate = std::function<bool(const QByteArray &target)>;

    // Builds the answer to a request no scripted route serves, for fakes whose answers depend
    // on what was asked. Called once per request, after it has been recorded in requests().
    using Responder = std::function<Response(const Request &request)>;

    explicit FakeHttpServer(QObject *parent = nullptr);
    ~FakeHttpServer() override;

    bool isListening() const;
    quint16 port() const;
    QUrl baseUrl() const; // http://127.0.0.1:PORT
    QUrl url(const QString &path, const QString &query = {}) const;

    void enqueue(const QString &path, const Response &response);
    void enqueue(const Predicate &matches, const Response &response);

    // Replaces the default 404 for unscripted requests; an empty function restores it.
    void setResponder(Responder responder) { m_responder = std::move(responder); }

    QList<Request> requests() const { return m_requests; }

    int requestCount() const { return int(m_requests.size()); }

    // The most requests that were ever being handled at the same time.
    int maxConcurrentRequests() const { return m_maxInFlight; }

    qint64 elapsedMs() const { return m_clock.elapsed(); }

    static QByteArray gzip(const QByteArray &data);

Q_SIGNALS:
    void requestReceived(int index);

private:
    struct Route
    {
        QString path;
        Predicate matches;
        QQueue<Response> pending;
        std::optional<Response> last;
    };

    struct Connection
    {
        QByteArray buffer;
        int requestIndex = -1;
    };

    void acceptConnections();
    void readFrom(QTcpSocket *socket);
    void handle(QTcpSocket *socket, int requestIndex);
    Response responseFor(const Request &request);
    void send(QTcpSocket *socket, int requestIndex, const Response &response);
    void complete(int requestIndex);

    QTcpServer *m_server = nullptr;
    QElapsedTimer m_clock;
    QList<Route> m_routes;
    Responder m_responder;
    QList<Request> m_requests;
    QHash<QTcpSocket *, Connection> m_connections;
    int m_inFlight = 0;
    int m_maxInFlight = 0;
};

} // namespace Sieve::Test

#endif // SIEVE_TEST_FAKEHTTPSERVER_H
