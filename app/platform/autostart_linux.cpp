// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "autostart.h"

#include <app/platform/logging.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QStandardPaths>

#include <algorithm>

namespace Sieve::Platform {

namespace {

// The Desktop Entry specification's reserved characters: an argument holding one is quoted.
// (A carriage return is not among them, but quoting it too is allowed and keeps it one argument.)
const QString Reserved = QStringLiteral(" \t\n\r\"'\\><~|&;$*?#()`");

// One argument of the Exec key as the specification's quoting rules want it: a literal % is
// doubled (%f and the like are field codes); an empty argument or one with a reserved character
// goes in double quotes, with \ " ` and $ escaped by a backslash inside them.
QString execArgument(const QString &argument)
{
    QString escaped = argument;
    escaped.replace(QLatin1Char('%'), QStringLiteral("%%"));
    const bool reserved = std::any_of(escaped.cbegin(), escaped.cend(), [](QChar c) {
        return Reserved.contains(c);
    });
    if (!escaped.isEmpty() && !reserved) {
        return escaped;
    }
    for (const QLatin1Char c :
         {QLatin1Char('\\'), QLatin1Char('"'), QLatin1Char('`'), QLatin1Char('$')}) {
        escaped.replace(c, QStringLiteral("\\") + c);
    }
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

// Exec is also a string value of the key file, whose own escapes are undone before the
// quoting above: a backslash written for the quoting is doubled again, so the file holds \\$
// for a literal $ in a quoted argument, as the specification says.
QString keyFileString(const QString &value)
{
    QString escaped;
    escaped.reserve(value.size());
    for (const QChar c : value) {
        switch (c.unicode()) {
        case u'\\':
            escaped += QStringLiteral("\\\\");
            break;
        case u'\n':
            escaped += QStringLiteral("\\n");
            break;
        case u'\t':
            escaped += QStringLiteral("\\t");
            break;
        case u'\r':
            escaped += QStringLiteral("\\r");
            break;
        default:
            escaped += c;
        }
    }
    return escaped;
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
    QStringList exec{execArgument(program)};
    for (const QString &argument : arguments) {
        exec.append(execArgument(argument));
    }
    const QString entry = QStringLiteral("[Desktop Entry]\n"
                                         "Type=Application\n"
                                         "Name=PaperSieve\n"
                                         "Exec=%1\n"
                                         "Icon=org.papersieve.PaperSieve\n"
                                         "X-GNOME-Autostart-enabled=true\n")
                              .arg(keyFileString(exec.join(QLatin1Char(' '))));

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
