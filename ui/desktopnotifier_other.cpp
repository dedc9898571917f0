// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "desktopnotifier.h"

namespace Sieve::Ui {

// Windows and macOS: the tray icon shows the notifications; without it there are none.

DesktopNotifier::DesktopNotifier(QObject *parent)
    : QObject(parent)
{
}

DesktopNotifier::~DesktopNotifier() = default;

bool DesktopNotifier::isSupported()
{
    return false;
}

void DesktopNotifier::notify(const QString &, const QString &) { }

void DesktopNotifier::send(const QString &, const QString &) { }

void DesktopNotifier::onActionInvoked(uint, const QString &) { }

void DesktopNotifier::onClosed(uint) { }

} // namespace Sieve::Ui
