// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "autostart.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSaveFile>

namespace Sieve::Platform {

namespace {

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace

QString Autostart::location()
{
    return QDir::home().filePath(
        QStringLiteral("Library/LaunchAgents/org.papersieve.PaperSieve.plist"));
}

bool Autostart::isEnabled()
{
    return QFile::exists(location());
}

Result<void> Autostart::enable(const QString &program, const QStringList &arguments)
{
    QString items = QStringLiteral("    <string>%1</string>\n").arg(escaped(program));
    for (const QString &argument : arguments) {
        items += QStringLiteral("    <string>%1</string>\n").arg(escaped(argument));
    }
    const QString plist =
        QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                       "<!DOCTYPE plist PUBLIC \"-//Apple//DTD PLIST 1.0//EN\" "
                       "\"http://www.apple.com/DTDs/PropertyList-1.0.dtd\">\n"
                       "<plist version=\"1.0\">\n<dict>\n"
                       "  <key>Label</key><string>org.papersieve.PaperSieve</string>\n"
                       "  <key>ProgramArguments</key>\n  <array>\n%1  </array>\n"
                       "  <key>RunAtLoad</key><true/>\n"
                       "</dict>\n</plist>\n")
            .arg(items);

    QDir().mkpath(QFileInfo(location()).absolutePath());
    QSaveFile file(location());
    if (!file.open(QIODevice::WriteOnly) || file.write(plist.toUtf8()) < 0 || !file.commit()) {
        return Error(Error::Code::Storage,
                     QCoreApplication::translate("Sieve::Platform::Autostart",
                                                 "Starting with the session could not be set up."),
                     file.errorString());
    }
    return {};
}

Result<void> Autostart::disable()
{
    QFile::remove(location());
    return {};
}

} // namespace Sieve::Platform
