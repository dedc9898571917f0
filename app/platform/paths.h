// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#ifndef SIEVE_PLATFORM_PATHS_H
#define SIEVE_PLATFORM_PATHS_H

#include <QString>

namespace Sieve::Platform {

// Where the library lives. By default the platform's app-data folder
// (~/.local/share/PaperSieve on Linux); PAPERSIEVE_DATA_DIR or an explicit override (the CLI's
// --data-dir) replaces it. The folder is created on first use.
class Paths
{
public:
    static void setDataDirOverride(const QString &dir);
    static QString dataDir();
    // The platform's folder when nothing overrides it (~/.local/share/PaperSieve on Linux).
    static QString defaultDataDir();
    static QString libraryFile();

private:
    static QString s_dataDirOverride;
};

} // namespace Sieve::Platform

#endif // SIEVE_PLATFORM_PATHS_H
