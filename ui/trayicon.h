// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#ifndef SIEVE_UI_TRAYICON_H
#define SIEVE_UI_TRAYICON_H

#include <QDate>
#include <QIcon>
#include <QObject>
#include <QString>

class QAction;
class QMenu;
class QSystemTrayIcon;

namespace Sieve::Ui {

// The optional icon in the system tray: the unread count of the newest day's picks on the icon,
// a menu to show the window or quit, and the notification after a scheduled run. Without a
// visible tray icon (none on this desktop, or turned off) the notification goes to the desktop's
// notification service instead (DesktopNotifier); the icon's calls then only keep their state.
class DesktopNotifier;

class TrayIcon : public QObject
{
    Q_OBJECT

public:
    explicit TrayIcon(const QIcon &appIcon, QObject *parent = nullptr);
    ~TrayIcon() override;

    static bool isAvailable();

    void setVisible(bool visible);
    bool isVisible() const;

    // Unread papers among the day's relevant ones; 0 shows the plain icon.
    void setUnreadCount(int unread);

    int unreadCount() const { return m_unread; }

    // "7 relevant papers arrived. Best: <title>", then `note` (what went wrong, or empty); a
    // click asks for the best paper.
    void notifyDay(const QDate &date,
                   int relevant,
                   const QString &bestTitle,
                   const QString &bestId,
                   const QString &note);

    // What the last notification named; a click on it asks for this paper.
    QDate notifiedDate() const { return m_notifiedDate; }

    QString notifiedPaper() const { return m_notifiedPaper; }

    // The icon with the count drawn on it, as the tray shows it (tests look at it).
    static QIcon badgedIcon(const QIcon &base, int count);
    static QString notificationText(int relevant, const QString &bestTitle, const QString &note);

Q_SIGNALS:
    void showWindowRequested();
    void quitRequested();
    // The notification was clicked: open this day at this paper.
    void paperRequested(const QDate &date, const QString &paperId);

private:
    QIcon m_appIcon;
    QSystemTrayIcon *m_tray = nullptr;
    QMenu *m_menu = nullptr;
    DesktopNotifier *m_notifier = nullptr;
    int m_unread = 0;
    QDate m_notifiedDate;
    QString m_notifiedPaper;
};

} // namespace Sieve::Ui

#endif // SIEVE_UI_TRAYICON_H
