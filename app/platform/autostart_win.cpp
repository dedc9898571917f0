// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "autostart.h"

#include <QDir>
#include <QSettings>

namespace Sieve::Platform {

namespace {

const QString RunKey =
    QStringLiteral("HKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Run");
const QString ValueName = QStringLiteral("PaperSieve");

} // namespace

QString Autostart::location()
{
    return RunKey + QLatin1Char('\\') + ValueName;
}

bool Autostart::isEnabled()
{
    return QSettings(RunKey, QSettings::NativeFormat).contains(ValueName);
}

Result<void> Autostart::enable(const QString &program, const QStringList &arguments)
{
    QStringList command{QLatin1Char('"') + QDir::toNativeSeparators(program) + QLatin1Char('"')};
    for (const QString &argument : arguments) {
        command.append(QLatin1Char('"') + argument + QLatin1Char('"'));
    }
    QSettings run(RunKey, QSettings::NativeFormat);
    run.setValue(ValueName, command.join(QLatin1Char(' ')));
    run.sync();
    return {};
}

Result<void> Autostart::disable()
{
    QSettings run(RunKey, QSettings::NativeFormat);
    run.remove(ValueName);
    run.sync();
    return {};
}

} // namespace Sieve::Platform
