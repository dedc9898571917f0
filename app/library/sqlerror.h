// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#ifndef SIEVE_LIBRARY_SQLERROR_H
#define SIEVE_LIBRARY_SQLERROR_H

#include <app/core/error.h>

#include <QSqlError>
#include <QString>

class QSqlQuery;

namespace Sieve::Library {

// The one place where SQL failures become an Error: the user reads `userMessage`, the log and
// `Error::detail()` get the step that failed and SQLite's own words.
Error storageError(const QString &userMessage, const QString &step, const QSqlError &sqlError);
Error storageError(const QString &userMessage, const QString &step, const QSqlQuery &query);

} // namespace Sieve::Library

#endif // SIEVE_LIBRARY_SQLERROR_H
