// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#ifndef SIEVE_PLATFORM_AUTOSTART_H
#define SIEVE_PLATFORM_AUTOSTART_H

#include <app/core/error.h>

#include <QString>
#include <QStringList>

namespace Sieve::Platform {

// Starting PaperSieve with the desktop session, the way each platform does it: an XDG autostart
// entry on Linux, a LaunchAgent on macOS, the Run key of the registry on Windows. The entry
// starts the app with `arguments` (e.g. --minimized).
class Autostart
{
public:
    static bool isEnabled();
    static Result<void> enable(const QString &program, const QStringList &arguments);
    static Result<void> disable();

    // Where the entry lives (a file, or a registry path); for messages and tests.
    static QString location();
};

} // namespace Sieve::Platform

#endif // SIEVE_PLATFORM_AUTOSTART_H
