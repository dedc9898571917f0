// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "fakehttpserver.h"

#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <zlib.h>

namespace Sieve::Test {

namespace {

constexpr QByteArrayView HeadEnd("\r\n\r\n");

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 301:
        return "Moved Permanently";
    case 302:
        return "Found";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 404:
        return "Not Found";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        return "Status";
    }
}

QByteArray responseHead(const FakeHttpServer::Response &response, qsizetype contentLength)
{
    QByteArray head = "HTTP/1.1 " + QByteArray::number(response.code) + ' '
        + reasonPhrase(response.code) + "\r\n";
    for (const auto &[name, value] : response.headers) {
        head += name + ": " + value + "\r\n";
    }
    head += "Content-Length: " + QByteArray::number(contentLength) + "\r\n";
    head += "Connection: close\r\n\r\n";
    return head;
}

} // namespace

FakeHttpServer::Response FakeHttpServer::Response::ok(const QByteArray &body,
                                                      const QByteArray &contentType)
{
    Response response;
    response.headers.append({QByteArrayLiteral("Content-Type"), contentType});
    response.body = body;
    return response;
}

FakeHttpServer::Response
FakeHttpServer::Response::status(int code, const Headers &headers, const QByteArray &body)
{
    Response response;
    response.code = code;
    response.headers = headers;
    response.body = body;
    return response;
}

FakeHttpServer::Response FakeHttpServer::Response::delayed(std::chrono::milliseconds by) const
{
    Response copy = *this;
    copy.behaviour = Behaviour::Delay;
    copy.delay = by;
    return copy;
}

FakeHttpServer::Response FakeHttpServer::Response::stalled() const
{
    Response copy = *this;
    copy.behaviour = Behaviour::Stall;
    return copy;
}

FakeHttpServer::Response FakeHttpServer::Response::droppedMidBody() const
{
    Response copy = *this;
    copy.behaviour = Behaviour::DropMidBody;
    return copy;
}

FakeHttpServer::Response FakeHttpServer::Response::gzipped() const
{
    Response copy = *this;
    copy.behaviour = Behaviour::Gzip;
    return copy;
}

FakeHttpServer::FakeHttpServer(QObject *parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
{
    m_clock.start();
    connect(m_server, &QTcpServer::newConnection, this, &FakeHttpServer::acceptConnections);
    m_server->listen(QHostAddress::LocalHost, 0);
}

FakeHttpServer::~FakeHttpServer()
{
    const auto sockets = m_connections.keys();
    for (QTcpSocket *socket : sockets) {
        socket->disconnect(this);
        socket->abort();
    }
}

bool FakeHttpServer::isListening() const
{
    return m_server->isListening();
}

quint16 FakeHttpServer::port() const
{
    return m_server->serverPort();
}

QUrl FakeHttpServer::baseUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(port());
    return url;
}

QUrl FakeHttpServer::url(const QString &path, const QString &query) const
{
    QUrl result = baseUrl();
    result.setPath(path);
    if (!query.isEmpty()) {
        result.setQuery(query);
    }
    return result;
}

void FakeHttpServer::enqueue(const QString &path, const Response &response)
{
    for (Route &route : m_routes) {
        if (!route.matches && route.path == path) {
            route.pending.enqueue(response);
            return;
        }
    }

    Route route;
    route.path = path;
    route.pending.enqueue(response);
    m_routes.append(route);
}

void FakeHttpServer::enqueue(const Predicate &matches, const Response &response)
{
    Route route;
    route.matches = matches;
    route.pending.enqueue(response);
    m_routes.append(route);
}

QByteArray FakeHttpServer::gzip(const QByteArray &data)
{
    z_stream stream{};
    // 15 window bits plus 16 asks zlib for a gzip wrapper rather than a raw zlib stream.
    if (deflateInit2(&stream, Z_BEST_SPEED, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK) {
        return {};
    }

    QByteArray out(qsizetype(deflateBound(&stream, uLong(data.size()))) + 32, Qt::Uninitialized);
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    stream.avail_in = uInt(data.size());
    stream.next_out = reinterpret_cast<Bytef *>(out.data());
    stream.avail_out = uInt(out.size());
    const int status = deflate(&stream, Z_FINISH);
    out.resize(qsizetype(stream.total_out));
    deflateEnd(&stream);

    return status == Z_STREAM_END ? out : QByteArray();
}

void FakeHttpServer::acceptConnections()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        m_connections.insert(socket, Connection{});
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
            readFrom(socket);
        });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            complete(m_connections.value(socket).requestIndex);
            m_connections.remove(socket);
            socket->deleteLater();
        });
    }
}

void FakeHttpServer::readFrom(QTcpSocket *socket)
{
    Connection &connection = m_connections[socket];
    connection.buffer += socket->readAll();
    if (connection.requestIndex >= 0) {
        return; // one request per connection: anything after it is ignored
    }

    const qsizetype headEnd = connection.buffer.indexOf(HeadEnd);
    if (headEnd < 0) {
        return;
    }

    const QList<QByteArray> lines = connection.buffer.left(headEnd).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    Request request;
    request.method = requestLine.value(0);
    request.target = requestLine.value(1);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines.at(i).indexOf(':');
        if (colon > 0) {
            request.headers.insert(lines.at(i).left(colon).trimmed().toLower(),
                                   lines.at(i).mid(colon + 1).trimmed());
        }
    }

    const qsizetype bodyLength = request.headers.value("content-length", "0").toLongLong();
    const qsizetype bodyStart = headEnd + HeadEnd.size();
    if (connection.buffer.size() - bodyStart < bodyLength) {
        return;
    }

    request.body = connection.buffer.mid(bodyStart, bodyLength);
    const QUrl targetUrl = QUrl::fromEncoded(request.target);
    request.path = targetUrl.path();
    request.arrivedMs = m_clock.elapsed();
    m_requests.append(request);
    const int index = int(m_requests.size() - 1);
    connection.requestIndex = index;
    m_maxInFlight = std::max(m_maxInFlight, ++m_inFlight);

    handle(socket, index);
    Q_EMIT requestReceived(index);
}

void FakeHttpServer::handle(QTcpSocket *socket, int requestIndex)
{
    const Response response = responseFor(m_requests.at(requestIndex));
    if (response.behaviour == Behaviour::Stall) {
        return;
    }
    if (response.behaviour == Behaviour::Delay || response.delay.count() > 0) {
        QTimer::singleShot(response.delay, socket, [this, socket, requestIndex, response] {
            send(socket, requestIndex, response);
        });
        return;
    }
    send(socket, requestIndex, response);
}

FakeHttpServer::Response FakeHttpServer::responseFor(const Request &request)
{
    for (Route &route : m_routes) {
        const bool hit = route.matches ? route.matches(request.target) : route.path == request.path;
        if (!hit) {
            continue;
        }
        if (!route.pending.isEmpty()) {
            route.last = route.pending.dequeue();
        }
        if (route.last) {
            return *route.last;
        }
    }
    if (m_responder) {
        return m_responder(request);
    }
    return Response::status(404, {}, QByteArrayLiteral("no such route"));
}

void FakeHttpServer::send(QTcpSocket *socket, int requestIndex, const Response &response)
{
    Response sent = response;
    if (response.behaviour == Behaviour::Gzip) {
        sent.body = gzip(response.body);
        sent.headers.append({QByteArrayLiteral("Content-Encoding"), QByteArrayLiteral("gzip")});
    }

    socket->write(responseHead(sent, sent.body.size()));
    if (response.behaviour == Behaviour::DropMidBody) {
        socket->write(sent.body.left(sent.body.size() / 2));
    } else {
        socket->write(sent.body);
    }
    complete(requestIndex);
    socket->disconnectFromHost();
}

void FakeHttpServer::complete(int requestIndex)
{
    if (requestIndex < 0 || m_requests[requestIndex].completedMs >= 0) {
        return;
    }
    m_requests[requestIndex].completedMs = m_clock.elapsed();
    --m_inFlight;
}

} // namespace Sieve::Test
