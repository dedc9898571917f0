// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#ifndef SIEVE_LIBRARY_DATABASE_H
#define SIEVE_LIBRARY_DATABASE_H

#include <app/core/error.h>

#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace Sieve::Library {

// One configured and migrated SQLite connection with a name of its own. It belongs to the thread
// that opened it; the destructor closes it and removes it from QSqlDatabase's registry.
class Database
{
public:
    // Opens or creates the file at `path` (":memory:" for a private in-memory database), turns on
    // foreign keys, a busy timeout and (for files) WAL, then migrates to Migrator::latestVersion().
    // A database written by a newer PaperSieve is refused before anything is written to it.
    static Result<std::unique_ptr<Database>> open(const QString &path);

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QSqlDatabase connection() const { return m_db; }

    QString path() const { return m_path; }

    int schemaVersion() const { return m_schemaVersion; }

    bool isInMemory() const;

private:
    Database(QString path, QString connectionName);

    Result<void> connect();
    Result<int> readUserVersion();
    Result<void> configure();
    Result<void> pragma(const QString &statement, const QString &expected = {});

    QString m_path;
    QString m_connectionName;
    QSqlDatabase m_db;
    int m_schemaVersion = 0;
};

} // namespace Sieve::Library

#endif // SIEVE_LIBRARY_DATABASE_H
