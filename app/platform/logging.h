// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#ifndef SIEVE_PLATFORM_LOGGING_H
#define SIEVE_PLATFORM_LOGGING_H

#include <QLoggingCategory>

// Every logging category of PaperSieve, in one list so the names cannot drift. Debug output is
// off by default; turn an area on with QT_LOGGING_RULES="papersieve.arxiv.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcPlatform)
Q_DECLARE_LOGGING_CATEGORY(lcNet)
Q_DECLARE_LOGGING_CATEGORY(lcArxiv)
Q_DECLARE_LOGGING_CATEGORY(lcLibrary)
Q_DECLARE_LOGGING_CATEGORY(lcDigest)
Q_DECLARE_LOGGING_CATEGORY(lcScoring)
Q_DECLARE_LOGGING_CATEGORY(lcAuthors)
Q_DECLARE_LOGGING_CATEGORY(lcCli)
Q_DECLARE_LOGGING_CATEGORY(lcUi)
Q_DECLARE_LOGGING_CATEGORY(lcPdf)

#endif // SIEVE_PLATFORM_LOGGING_H
