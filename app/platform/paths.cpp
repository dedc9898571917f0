// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "paths.h"

#include "logging.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace Sieve::Platform {

QString Paths::s_dataDirOverride;

void Paths::setDataDirOverride(const QString &dir)
{
    s_dataDirOverride = dir.isEmpty() ? QString() : QDir(dir).absolutePath();
}

QString Paths::dataDir()
{
    QString dir = s_dataDirOverride;
    if (dir.isEmpty()) {
        dir = qEnvironmentVariable("PAPERSIEVE_DATA_DIR");
    }
    if (dir.isEmpty()) {
        dir = defaultDataDir();
    }

    if (!QDir().mkpath(dir)) {
        qCWarning(lcPlatform) << "cannot create data folder" << dir;
    }
    return dir;
}

QString Paths::defaultDataDir()
{
    // Qt nests the application's folder in the organisation's; both are "PaperSieve", and
    // "PaperSieve/PaperSieve" would only puzzle a reader looking for their library.
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    const QDir nested(dir);
    const QString parent = QFileInfo(dir).path();
    if (nested.dirName() == QFileInfo(parent).fileName()) {
        return parent;
    }
    return dir;
}

QString Paths::libraryFile()
{
    return QDir(dataDir()).filePath(QStringLiteral("library.sqlite"));
}

} // namespace Sieve::Platform
