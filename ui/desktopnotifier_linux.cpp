// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "desktopnotifier.h"

#include <app/platform/logging.h>

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QGuiApplication>
#include <QVariantMap>

#include <functional>

namespace Sieve::Ui {

namespace {

// The Desktop Notifications Specification (1.2).
const QString Service = QStringLiteral("org.freedesktop.Notifications");
const QString Path = QStringLiteral("/org/freedesktop/Notifications");
const QString Interface = QStringLiteral("org.freedesktop.Notifications");
const QString DefaultAction = QStringLiteral("default"); // a click on the notification itself
const QString AppId = QStringLiteral("org.papersieve.PaperSieve"); // desktop entry and icon
constexpr int ServerDefaultTimeout = -1;

// QtDBus delivers bus signals to slots only; this forwards them to functions.
class SignalRelay : public QObject
{
    Q_OBJECT

public:
    SignalRelay(std::function<void(uint, const QString &)> invoked,
                std::function<void(uint)> closed,
                QObject *parent)
        : QObject(parent)
        , m_invoked(std::move(invoked))
        , m_closed(std::move(closed))
    {
    }

public Q_SLOTS:

    void actionInvoked(uint id, const QString &action) { m_invoked(id, action); }

    void notificationClosed(uint id, uint reason)
    {
        Q_UNUSED(reason);
        m_closed(id);
    }

private:
    std::function<void(uint, const QString &)> m_invoked;
    std::function<void(uint)> m_closed;
};

QString asText(const QDBusError &error)
{
    return error.name() + QStringLiteral(": ") + error.message();
}

} // namespace

DesktopNotifier::DesktopNotifier(QObject *parent)
    : QObject(parent)
{
}

DesktopNotifier::~DesktopNotifier() = default;

bool DesktopNotifier::isSupported()
{
    return true;
}

void DesktopNotifier::notify(const QString &title, const QString &body)
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        qCWarning(lcUi) << "No session bus: the notification is not shown";
        return;
    }
    if (!m_listener) {
        m_listener = new SignalRelay(
            [this](uint id, const QString &action) {
                onActionInvoked(id, action);
            },
            [this](uint id) {
                onClosed(id);
            },
            this);
        bus.connect(Service,
                    Path,
                    Interface,
                    QStringLiteral("ActionInvoked"),
                    m_listener,
                    SLOT(actionInvoked(uint, QString)));
        bus.connect(Service,
                    Path,
                    Interface,
                    QStringLiteral("NotificationClosed"),
                    m_listener,
                    SLOT(notificationClosed(uint, uint)));
    }
    if (m_markup) {
        send(title, body);
        return;
    }

    // Paper titles are untrusted text: a service that reads markup gets them escaped.
    const QDBusMessage ask =
        QDBusMessage::createMethodCall(Service, Path, Interface, QStringLiteral("GetCapabilities"));
    auto *watcher = new QDBusPendingCallWatcher(bus.asyncCall(ask), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, title, body](auto *call) {
        call->deleteLater();
        const QDBusPendingReply<QStringList> reply = *call;
        if (reply.isError()) {
            qCWarning(lcUi) << "Notification service not reachable:" << asText(reply.error());
            return;
        }
        m_markup = reply.value().contains(QStringLiteral("body-markup"));
        send(title, body);
    });
}

void DesktopNotifier::send(const QString &title, const QString &body)
{
    QDBusMessage call =
        QDBusMessage::createMethodCall(Service, Path, Interface, QStringLiteral("Notify"));
    const QVariantMap hints{{QStringLiteral("desktop-entry"), AppId}};
    call << QGuiApplication::applicationDisplayName() << m_lastId << AppId << title
         << (*m_markup ? body.toHtmlEscaped() : body)
         //: The button of a desktop notification that opens the paper it names
         << QStringList{DefaultAction, tr("Open")} << hints << ServerDefaultTimeout;

    auto *watcher =
        new QDBusPendingCallWatcher(QDBusConnection::sessionBus().asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this](auto *pending) {
        pending->deleteLater();
        const QDBusPendingReply<uint> reply = *pending;
        if (reply.isError()) {
            qCWarning(lcUi) << "Notification not shown:" << asText(reply.error());
            return;
        }
        m_lastId = reply.value();
        qCDebug(lcUi) << "Notification shown:" << m_lastId;
        Q_EMIT shown();
    });
}

void DesktopNotifier::onActionInvoked(uint id, const QString &action)
{
    // Other programs' notifications come through the same signal.
    if (id != 0 && id == m_lastId && action == DefaultAction) {
        Q_EMIT clicked();
    }
}

void DesktopNotifier::onClosed(uint id)
{
    if (id == m_lastId) {
        m_lastId = 0;
    }
}

} // namespace Sieve::Ui

#include "desktopnotifier_linux.moc"
