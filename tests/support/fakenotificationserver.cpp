// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "fakenotificationserver.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>

namespace Sieve::Test {

namespace {

const QString Service = QStringLiteral("org.freedesktop.Notifications");
const QString Path = QStringLiteral("/org/freedesktop/Notifications");
constexpr uint DismissedByUser = 2; // NotificationClosed's reason
constexpr uint ClosedByCall = 3;

} // namespace

FakeNotificationServer::FakeNotificationServer(const QStringList &capabilities, QObject *parent)
    : QObject(parent)
    , m_connectionName(QStringLiteral("fake-notifications-%1").arg(quintptr(this)))
    , m_capabilities(capabilities)
{
    QDBusConnection bus =
        QDBusConnection::connectToBus(QDBusConnection::SessionBus, m_connectionName);
    if (!bus.isConnected()) {
        return;
    }
    const QDBusConnection::RegisterOptions exported =
        QDBusConnection::ExportScriptableSlots | QDBusConnection::ExportScriptableSignals;
    m_registered = bus.registerObject(Path, this, exported) && bus.registerService(Service);
}

FakeNotificationServer::~FakeNotificationServer()
{
    {
        QDBusConnection bus(m_connectionName);
        bus.unregisterService(Service);
        bus.unregisterObject(Path);
    }
    QDBusConnection::disconnectFromBus(m_connectionName);
}

void FakeNotificationServer::click(uint id, const QString &action)
{
    Q_EMIT ActionInvoked(id, action);
    // Daemons close a notification once it was clicked.
    Q_EMIT NotificationClosed(id, DismissedByUser);
}

void FakeNotificationServer::close(uint id)
{
    Q_EMIT NotificationClosed(id, DismissedByUser);
}

QStringList FakeNotificationServer::GetCapabilities() const
{
    return m_capabilities;
}

uint FakeNotificationServer::Notify(const QString &appName,
                                    uint replacesId,
                                    const QString &icon,
                                    const QString &summary,
                                    const QString &body,
                                    const QStringList &actions,
                                    const QVariantMap &hints,
                                    int timeoutMs)
{
    // A notification still on screen is replaced in place and keeps its id.
    const bool onScreen = replacesId != 0 && replacesId < m_nextId;
    const uint id = onScreen ? replacesId : m_nextId++;
    const Notification notification{
        id, appName, replacesId, icon, summary, body, actions, hints, timeoutMs};
    m_notifications.append(notification);
    Q_EMIT received(id);
    return id;
}

void FakeNotificationServer::CloseNotification(uint id)
{
    Q_EMIT NotificationClosed(id, ClosedByCall);
}

QString FakeNotificationServer::GetServerInformation(QString &vendor,
                                                     QString &version,
                                                     QString &specVersion) const
{
    vendor = QStringLiteral("PaperSieve tests");
    version = QStringLiteral("1");
    specVersion = QStringLiteral("1.2");
    return QStringLiteral("fake-notifications");
}

} // namespace Sieve::Test
