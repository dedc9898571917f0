// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#ifndef SIEVE_TEST_FAKENOTIFICATIONSERVER_H
#define SIEVE_TEST_FAKENOTIFICATIONSERVER_H

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace Sieve::Test {

// A notification daemon on the session bus (tools/dev.sh gives the tests a private one): it owns
// org.freedesktop.Notifications on a bus connection of its own, so the code under test reaches it
// through the bus daemon, and speaks the Desktop Notifications Specification 1.2. Notify records
// each notification; click() and close() send ActionInvoked and NotificationClosed as a daemon
// does when the reader clicks or dismisses one. Tests sharing the bus must not run at once
// (ctest RESOURCE_LOCK).
class FakeNotificationServer : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")

public:
    struct Notification
    {
        uint id = 0;
        QString appName;
        uint replacesId = 0;
        QString icon;
        QString summary;
        QString body;
        QStringList actions; // key, label, key, label...
        QVariantMap hints;
        int timeoutMs = 0;
    };

    // `capabilities` as GetCapabilities answers them ("body-markup": the body is read as markup).
    explicit FakeNotificationServer(const QStringList &capabilities = {QStringLiteral("body"),
                                                                       QStringLiteral("actions")},
                                    QObject *parent = nullptr);
    ~FakeNotificationServer() override;

    // False without a session bus or when another daemon owns the name.
    bool isRegistered() const { return m_registered; }

    QList<Notification> notifications() const { return m_notifications; }

    void click(uint id, const QString &action = QStringLiteral("default"));
    void close(uint id);

    // The specification's methods, named as it names them; called over the bus.
public Q_SLOTS:
    Q_SCRIPTABLE QStringList GetCapabilities() const;
    Q_SCRIPTABLE uint Notify(const QString &appName,
                             uint replacesId,
                             const QString &icon,
                             const QString &summary,
                             const QString &body,
                             const QStringList &actions,
                             const QVariantMap &hints,
                             int timeoutMs);
    Q_SCRIPTABLE void CloseNotification(uint id);
    Q_SCRIPTABLE QString GetServerInformation(QString &vendor,
                                              QString &version,
                                              QString &specVersion) const;

Q_SIGNALS:
    Q_SCRIPTABLE void NotificationClosed(uint id, uint reason);
    Q_SCRIPTABLE void ActionInvoked(uint id, const QString &actionKey);
    // Not on the bus: a notification was recorded.
    void received(uint id);

private:
    QString m_connectionName;
    QStringList m_capabilities;
    QList<Notification> m_notifications;
    uint m_nextId = 1;
    bool m_registered = false;
};

} // namespace Sieve::Test

#endif // SIEVE_TEST_FAKENOTIFICATIONSERVER_H
