// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "sqlerror.h"

#include <app/platform/logging.h>

#include <QSqlQuery>

namespace Sieve::Library {

Error storageError(const QString &userMessage, const QString &step, const QSqlError &sqlError)
{
    const QString detail = step + QStringLiteral(": ") + sqlError.text();
    qCWarning(lcLibrary) << "SQL step failed:" << detail;
    return Error(Error::Code::Storage, userMessage, detail);
}

Error storageError(const QString &userMessage, const QString &step, const QSqlQuery &query)
{
    return storageError(userMessage, step, query.lastError());
}

} // namespace Sieve::Library
