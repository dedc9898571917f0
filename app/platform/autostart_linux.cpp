// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "autostart.h"

#include <app/platform/logging.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QStandardPaths>

namespace Sieve::Platform {

namespace {

QString quoted(const QString &argument)
{
    // The Desktop Entry spec quotes arguments with double quotes and escapes \ " ` $ inside.
    if (!argument.contains(QLatin1Char(' ')) && !argument.contains(QLatin1Char('"'))) {
        return argument;
    }
    QString escaped = argument;
    for (const QLatin1Char c :
         {QLatin1Char('\\'), QLatin1Char('"'), QLatin1Char('`'), QLatin1Char('$')}) {
        escaped.replace(c, QStringLiteral("\\") + c);
    }
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

Error writeError(const QString &detail)
{
    return Error(Error::Code::Storage,
                 QCoreApplication::translate("Sieve::Platform::Autostart",
                                             "Starting with the session could not be set up."),
                 detail);
}

} // namespace

QString Autostart::location()
{
    const QString config = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
    return QDir(config).filePath(QStringLiteral("autostart/org.papersieve.PaperSieve.desktop"));
}

bool Autostart::isEnabled()
{
    return QFile::exists(location());
}

Result<void> Autostart::enable(const QString &program, const QStringList &arguments)
{
    QStringList exec{quoted(program)};
    for (const QString &argument : arguments) {
        exec.append(quoted(argument));
    }
    const QString entry = QStringLiteral("[Desktop Entry]\n"
                                         "Type=Application\n"
                                         "Name=PaperSieve\n"
                                         "Exec=%1\n"
                                         "Icon=org.papersieve.PaperSieve\n"
                                         "X-GNOME-Autostart-enabled=true\n")
                              .arg(exec.join(QLatin1Char(' ')));

    const QString path = location();
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        return writeError(QStringLiteral("cannot create ") + QFileInfo(path).absolutePath());
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(entry.toUtf8()) < 0 || !file.commit()) {
        return writeError(file.errorString());
    }
    qCInfo(lcPlatform) << "Autostart entry written:" << path;
    return {};
}

Result<void> Autostart::disable()
{
    const QString path = location();
    if (QFile::exists(path) && !QFile::remove(path)) {
        return writeError(QStringLiteral("cannot remove ") + path);
    }
    return {};
}

} // namespace Sieve::Platform
