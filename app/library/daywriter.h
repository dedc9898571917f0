// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#ifndef SIEVE_LIBRARY_DAYWRITER_H
#define SIEVE_LIBRARY_DAYWRITER_H

#include <app/core/day.h>
#include <app/core/error.h>

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlQuery>

namespace Sieve::Library {

// Writes one Day with prepared statements, each prepared once and reused for every paper. The
// caller owns the transaction: a failed write() leaves partial rows that must be rolled back.
class DayWriter
{
public:
    explicit DayWriter(QSqlDatabase db);

    Result<void> write(const Day &day, const QDateTime &now);

private:
    Result<void> prepareAll();
    Result<void> readNextSeq();
    Result<void> replaceDayRow(const Day &day, const QDateTime &now);
    Result<void> upsertPaper(const Paper &paper, const QDateTime &now);
    Result<void> insertPaper(const Paper &paper, const QDateTime &now, const QString &step);
    Result<void> updatePaper(const Paper &paper, qint64 seq, const QString &step);
    Result<void> clearDetails(const Paper &paper, qint64 seq); // authors, categories, FTS
    Result<void> insertDetails(const Paper &paper, qint64 seq);
    Result<void> insertDayPapers(const Day &day);
    Result<void> insertListings(const Day &day);
    void bindPaperColumns(QSqlQuery &query, const Paper &paper);
    Result<void> run(QSqlQuery &query, const QString &step);

    QSqlDatabase m_db;
    QString m_failedMessage;
    qint64 m_nextSeqValue = 1; // papers.seq (the FTS rowid) for the next new paper
    QSqlQuery m_upsertDay;
    QSqlQuery m_clearListings;
    QSqlQuery m_clearDayPapers;
    QSqlQuery m_findPaper;
    QSqlQuery m_nextSeq;
    QSqlQuery m_insertPaper;
    QSqlQuery m_updatePaper;
    QSqlQuery m_clearAuthors;
    QSqlQuery m_insertAuthor;
    QSqlQuery m_clearCategories;
    QSqlQuery m_insertCategory;
    QSqlQuery m_clearFts;
    QSqlQuery m_insertFts;
    QSqlQuery m_insertDayPaper;
    QSqlQuery m_insertListing;
};

} // namespace Sieve::Library

#endif // SIEVE_LIBRARY_DAYWRITER_H
