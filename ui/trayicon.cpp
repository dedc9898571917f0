// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "trayicon.h"

#include "desktopnotifier.h"

#include <app/platform/logging.h>

#include <QApplication>
#include <QMenu>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>
#include <QSystemTrayIcon>

#include <memory>

namespace Sieve::Ui {

namespace {

constexpr int IconSize = 64;
constexpr int MaxShownCount = 99;
constexpr int NotificationMs = 10000;

} // namespace

TrayIcon::TrayIcon(const QIcon &appIcon, QObject *parent)
    : QObject(parent)
    , m_appIcon(appIcon)
    , m_notifier(new DesktopNotifier(this))
{
    connect(m_notifier, &DesktopNotifier::clicked, this, [this] {
        Q_EMIT paperRequested(m_notifiedDate, m_notifiedPaper);
    });
    if (!isAvailable()) {
        return;
    }
    m_tray = new QSystemTrayIcon(m_appIcon, this);
    m_tray->setToolTip(tr("PaperSieve"));

    m_menu = new QMenu();
    QAction *show = m_menu->addAction(tr("&Show PaperSieve"));
    connect(show, &QAction::triggered, this, &TrayIcon::showWindowRequested);
    m_menu->addSeparator();
    QAction *quit = m_menu->addAction(tr("&Quit"));
    connect(quit, &QAction::triggered, this, &TrayIcon::quitRequested);
    m_tray->setContextMenu(m_menu);

    connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason r) {
        if (r == QSystemTrayIcon::Trigger || r == QSystemTrayIcon::DoubleClick) {
            Q_EMIT showWindowRequested();
        }
    });
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
        Q_EMIT paperRequested(m_notifiedDate, m_notifiedPaper);
    });
}

// The menu has no QObject parent (QSystemTrayIcon does not take ownership of it).
TrayIcon::~TrayIcon()
{
    delete m_menu;
}

bool TrayIcon::isAvailable()
{
    return QSystemTrayIcon::isSystemTrayAvailable();
}

void TrayIcon::setVisible(bool visible)
{
    if (m_tray) {
        m_tray->setVisible(visible);
    }
}

bool TrayIcon::isVisible() const
{
    return m_tray && m_tray->isVisible();
}

void TrayIcon::setUnreadCount(int unread)
{
    m_unread = std::max(0, unread);
    if (!m_tray) {
        return;
    }
    m_tray->setIcon(badgedIcon(m_appIcon, m_unread));
    m_tray->setToolTip(m_unread > 0 ? tr("PaperSieve: %n unread pick(s)", nullptr, m_unread)
                                    : tr("PaperSieve"));
}

QString TrayIcon::notificationText(int relevant, const QString &bestTitle, const QString &note)
{
    const QString text = relevant <= 0
        ? tr("Nothing relevant arrived today.")
        : tr("%n relevant paper(s) arrived. Best: %1", nullptr, relevant)
              .arg(bestTitle.simplified());
    return note.isEmpty() ? text : text + QLatin1Char('\n') + note;
}

void TrayIcon::notifyDay(const QDate &date,
                         int relevant,
                         const QString &bestTitle,
                         const QString &bestId,
                         const QString &note)
{
    m_notifiedDate = date;
    m_notifiedPaper = bestId;
    const QString title =
        tr("New papers for %1").arg(QLocale().toString(date, QLocale::ShortFormat));
    const QString text = notificationText(relevant, bestTitle, note);
    if (isVisible() && QSystemTrayIcon::supportsMessages()) {
        m_tray->showMessage(title, text, m_appIcon, NotificationMs);
    } else if (DesktopNotifier::isSupported()) {
        m_notifier->notify(title, text);
    } else {
        qCInfo(lcUi) << "No tray icon and no notification service: the new day is not announced";
    }
}

QIcon TrayIcon::badgedIcon(const QIcon &base, int count)
{
    QPixmap pixmap = base.pixmap(IconSize, IconSize);
    if (pixmap.isNull()) {
        pixmap = QPixmap(IconSize, IconSize);
        pixmap.fill(Qt::transparent);
    }
    if (count <= 0) {
        return QIcon(pixmap);
    }

    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF badge(IconSize * 0.42, 0, IconSize * 0.58, IconSize * 0.46);
    QPainterPath path;
    path.addRoundedRect(badge, badge.height() / 2, badge.height() / 2);
    painter.fillPath(path, QColor(0xd9, 0x3a, 0x2b));
    painter.setPen(Qt::white);
    QFont font = painter.font();
    font.setBold(true);
    font.setPixelSize(int(badge.height() * 0.7));
    painter.setFont(font);
    const QString text = count > MaxShownCount ? QStringLiteral("99+") : QString::number(count);
    painter.drawText(badge, Qt::AlignCenter, text);
    painter.end();
    return QIcon(pixmap);
}

} // namespace Sieve::Ui
