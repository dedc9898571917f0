// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#ifndef SIEVE_LIBRARY_LIBRARY_H
#define SIEVE_LIBRARY_LIBRARY_H

#include <app/core/day.h>
#include <app/core/error.h>
#include <app/core/paper.h>

#include <QDate>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace Sieve::Library {

class Database;
class ReadingStore;

// The local store of days and papers (SQLite). Each Library owns its own connection and must
// be used only on the thread that opened it; open one Library per thread that needs one.
// Reads that fail log a warning and answer as if nothing were stored.
class Library
{
public:
    // Opens (creating if needed) the SQLite file at `path`, ":memory:" for a throw-away one, and
    // migrates it to the current schema. A library written by a newer PaperSieve is refused.
    static Result<std::unique_ptr<Library>> open(const QString &path);

    ~Library();
    Library(const Library &) = delete;
    Library &operator=(const Library &) = delete;

    int schemaVersion() const;
    QString path() const;

    // Stores a day in one transaction: upserts its papers (a stored newer version is never
    // replaced by an older one), replaces their authors and categories, and replaces the day's
    // row, paper order and listings. On any failure nothing is changed.
    Result<void> storeDay(const Day &day);

    QList<DaySummary> days() const; // newest first
    std::optional<Day> day(const QDate &date) const;
    std::optional<DaySummary> daySummary(const QDate &date) const;
    std::optional<Paper> paper(const QString &id) const;

    // Full-text search over titles, abstracts and authors, best match first. Every word must
    // match, as a prefix; accents are ignored. Any text is accepted: operators are plain words.
    QList<Paper> search(const QString &text, int limit = 50) const;

    // The first stored day that listed the paper, e.g. to date a search result; nullopt when no
    // stored day lists it.
    std::optional<QDate> firstListedDay(const QString &paperId) const;

    // The newest stored day whose status is Announced.
    std::optional<QDate> latestAnnouncedDay() const;
    bool isEmpty() const; // no day stored

    // The connection, for the stores that share this library's file (RunStore).
    Database &database() const { return *m_database; }

    // The reader's stars, read marks, ratings and notes, on this library's connection.
    ReadingStore &reading() const { return *m_reading; }

private:
    explicit Library(std::unique_ptr<Database> database);

    std::optional<Paper> readPaper(const QString &id) const;
    QList<DaySummary> readSummaries(const QString &condition, const QDate &date) const;

    std::unique_ptr<Database> m_database;
    std::unique_ptr<ReadingStore> m_reading;
};

} // namespace Sieve::Library

#endif // SIEVE_LIBRARY_LIBRARY_H
