// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#ifndef SIEVE_UI_DESKTOPNOTIFIER_H
#define SIEVE_UI_DESKTOPNOTIFIER_H

#include <QObject>
#include <QString>

#include <optional>

namespace Sieve::Ui {

// Desktop notifications for when there is no tray icon to show them: on Linux through the
// desktop's notification service (org.freedesktop.Notifications on the session bus). Elsewhere
// isSupported() is false and notify() does nothing; Windows and macOS notify through the tray
// icon only. Never blocks: calls are asynchronous, and a missing service is only logged.
class DesktopNotifier : public QObject
{
    Q_OBJECT

public:
    explicit DesktopNotifier(QObject *parent = nullptr);
    ~DesktopNotifier() override;

    static bool isSupported();

    // Shows a notification in place of the previous one. `title` and `body` are plain text,
    // escaped for services that read markup.
    void notify(const QString &title, const QString &body);

Q_SIGNALS:
    // The service showed the notification.
    void shown();
    // The reader clicked the last notification.
    void clicked();

private:
    void send(const QString &title, const QString &body);
    void onActionInvoked(uint id, const QString &action);
    void onClosed(uint id);

    QObject *m_listener = nullptr; // relays the service's signals; created on first use
    std::optional<bool> m_markup; // whether the service reads markup; unknown until asked
    uint m_lastId = 0; // of our notification on screen; 0 when none
};

} // namespace Sieve::Ui

#endif // SIEVE_UI_DESKTOPNOTIFIER_H
