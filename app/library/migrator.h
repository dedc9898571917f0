// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#ifndef SIEVE_LIBRARY_MIGRATOR_H
#define SIEVE_LIBRARY_MIGRATOR_H

#include <app/core/error.h>

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace Sieve::Library {

// One numbered schema step, read from the resource migrations/NNNN_name.sql.
struct Migration
{
    int version = 0;
    QString name;
    QString sql;
};

// Brings a database to the schema this build knows, one migration per transaction, and records
// the version reached in PRAGMA user_version.
class Migrator
{
public:
    // The built-in migrations in version order. They are numbered 1, 2, 3... without gaps.
    static QList<Migration> builtIn();

    // The schema version of this build: the number of the last built-in migration.
    static int latestVersion();

    // Applies every built-in migration above `currentVersion`. A failed migration is rolled back
    // and leaves the database at the version of the last one that succeeded.
    static Result<void> migrate(QSqlDatabase &db, int currentVersion);

    // The statements of a script split on the ';' that ends them, skipping '--' and '/* */'
    // comments and quoted text. Scripts must not contain triggers (BEGIN ... END).
    static QStringList splitStatements(const QString &script);

private:
    static Result<void> apply(QSqlDatabase &db, const Migration &migration);
};

} // namespace Sieve::Library

#endif // SIEVE_LIBRARY_MIGRATOR_H
