// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "singleinstance.h"

#include <app/platform/logging.h>

#include <QCryptographicHash>
#include <QDataStream>
#include <QLocalServer>
#include <QLocalSocket>

namespace Sieve::Platform {

namespace {

// A socket name must be short and free of path characters on every platform.
QString nameFor(const QString &key)
{
    const QByteArray user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME")).toUtf8();
    const QByteArray seed = user + '\n' + key.toUtf8();
    const QByteArray hash = QCryptographicHash::hash(seed, QCryptographicHash::Sha256).toHex();
    return QStringLiteral("papersieve-") + QString::fromLatin1(hash.left(24));
}

} // namespace

SingleInstance::SingleInstance(const QString &key, QObject *parent)
    : QObject(parent)
    , m_serverName(nameFor(key))
{
}

SingleInstance::~SingleInstance() = default;

bool SingleInstance::isListening() const
{
    return m_server && m_server->isListening();
}

bool SingleInstance::handOverTo(const QStringList &arguments, std::chrono::milliseconds timeout)
{
    QLocalSocket socket;
    socket.connectToServer(m_serverName);
    if (socket.waitForConnected(int(timeout.count()))) {
        QByteArray message;
        QDataStream stream(&message, QIODevice::WriteOnly);
        stream << arguments;
        socket.write(message);
        const bool sent = socket.waitForBytesWritten(int(timeout.count()));
        socket.disconnectFromServer();
        if (sent) {
            qCInfo(lcPlatform) << "Handed the launch over to the running instance";
            return true;
        }
    }
    listen();
    return false;
}

bool SingleInstance::listen()
{
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server->listen(m_serverName)) {
        // Nobody answered above, so the name is a leftover of a crashed instance.
        QLocalServer::removeServer(m_serverName);
        if (!m_server->listen(m_serverName)) {
            qCWarning(lcPlatform) << "Single-instance socket unavailable:"
                                  << m_server->errorString();
            return false;
        }
    }
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::readConnection);
    return true;
}

void SingleInstance::readConnection()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
            QDataStream stream(socket);
            stream.startTransaction();
            QStringList arguments;
            stream >> arguments;
            if (stream.commitTransaction()) {
                Q_EMIT activationRequested(arguments);
            }
        });
    }
}

} // namespace Sieve::Platform
