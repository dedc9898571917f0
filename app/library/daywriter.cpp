// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "daywriter.h"

#include "sqlerror.h"

#include <app/platform/logging.h>

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QVariant>

namespace Sieve::Library {

namespace {

const QString UpsertDaySql = QStringLiteral(
    "INSERT INTO days (date, status, categories, source, reason, fetched_at) "
    "VALUES (?, ?, ?, ?, ?, ?) "
    "ON CONFLICT (date) DO UPDATE SET status = excluded.status, "
    "categories = excluded.categories, source = excluded.source, reason = excluded.reason, "
    "fetched_at = excluded.fetched_at");

const QString InsertPaperSql = QStringLiteral(
    "INSERT INTO papers (version, title, abstract, comment, journal_ref, doi, license, "
    "primary_category, published, updated, id, seq, first_seen) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");

const QString UpdatePaperSql = QStringLiteral(
    "UPDATE papers SET version = ?, title = ?, abstract = ?, comment = ?, journal_ref = ?, "
    "doi = ?, license = ?, primary_category = ?, published = ?, updated = ? WHERE id = ?");

// bindPaperColumns() fills the first ten placeholders of both statements above.
constexpr int PaperColumnCount = 10;

QVariant isoUtc(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toUTC().toString(Qt::ISODate)) : QVariant();
}

// For NOT NULL text columns: a null QString would bind as SQL NULL.
QString nonNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

} // namespace

DayWriter::DayWriter(QSqlDatabase db)
    : m_db(std::move(db))
    , m_upsertDay(m_db)
    , m_clearListings(m_db)
    , m_clearDayPapers(m_db)
    , m_findPaper(m_db)
    , m_nextSeq(m_db)
    , m_insertPaper(m_db)
    , m_updatePaper(m_db)
    , m_clearAuthors(m_db)
    , m_insertAuthor(m_db)
    , m_clearCategories(m_db)
    , m_insertCategory(m_db)
    , m_clearFts(m_db)
    , m_insertFts(m_db)
    , m_insertDayPaper(m_db)
    , m_insertListing(m_db)
{
}

Result<void> DayWriter::write(const Day &day, const QDateTime &now)
{
    m_failedMessage = QCoreApplication::translate("Sieve::Library",
                                                  "The papers of %1 could not be saved to the "
                                                  "library; it still holds what it had before.")
                          .arg(QLocale().toString(day.date, QLocale::LongFormat));

    Result<void> result = prepareAll();
    if (result) {
        result = readNextSeq();
    }
    if (result) {
        result = replaceDayRow(day, now);
    }
    for (qsizetype i = 0; result && i < day.papers.size(); ++i) {
        result = upsertPaper(day.papers.at(i), now);
    }
    if (result) {
        result = insertDayPapers(day);
    }
    if (result) {
        result = insertListings(day);
    }
    return result;
}

Result<void> DayWriter::prepareAll()
{
    const std::pair<QSqlQuery *, QString> statements[] = {
        {&m_upsertDay, UpsertDaySql},
        {&m_clearListings, QStringLiteral("DELETE FROM announcements WHERE date = ?")},
        {&m_clearDayPapers, QStringLiteral("DELETE FROM day_papers WHERE date = ?")},
        {&m_findPaper, QStringLiteral("SELECT version, seq FROM papers WHERE id = ?")},
        {&m_nextSeq, QStringLiteral("SELECT coalesce(max(seq), 0) + 1 FROM papers")},
        {&m_insertPaper, InsertPaperSql},
        {&m_updatePaper, UpdatePaperSql},
        {&m_clearAuthors, QStringLiteral("DELETE FROM paper_authors WHERE paper_id = ?")},
        {&m_insertAuthor,
         QStringLiteral("INSERT INTO paper_authors (paper_id, position, name) VALUES (?, ?, ?)")},
        {&m_clearCategories, QStringLiteral("DELETE FROM paper_categories WHERE paper_id = ?")},
        {&m_insertCategory,
         QStringLiteral(
             "INSERT INTO paper_categories (paper_id, position, category) VALUES (?, ?, ?)")},
        {&m_clearFts, QStringLiteral("DELETE FROM papers_fts WHERE rowid = ?")},
        {&m_insertFts,
         QStringLiteral(
             "INSERT INTO papers_fts (rowid, title, abstract, authors) VALUES (?, ?, ?, ?)")},
        {&m_insertDayPaper,
         QStringLiteral("INSERT INTO day_papers (date, paper_id, position) VALUES (?, ?, ?)")},
        {&m_insertListing,
         QStringLiteral("INSERT INTO announcements (date, paper_id, category, announce_type, "
                        "position) VALUES (?, ?, ?, ?, ?)")},
    };

    for (const auto &[query, sql] : statements) {
        if (!query->prepare(sql)) {
            return storageError(m_failedMessage, QStringLiteral("prepare ") + sql, *query);
        }
    }
    return {};
}

// Read once per day: the caller's transaction keeps other writers out until commit.
Result<void> DayWriter::readNextSeq()
{
    const QString step = QStringLiteral("read next paper seq");
    if (Result<void> counted = run(m_nextSeq, step); !counted) {
        return counted;
    }
    if (!m_nextSeq.next()) {
        return storageError(m_failedMessage, step, m_nextSeq);
    }
    m_nextSeqValue = m_nextSeq.value(0).toLongLong();
    m_nextSeq.finish();
    return {};
}

Result<void> DayWriter::replaceDayRow(const Day &day, const QDateTime &now)
{
    const QString date = day.date.toString(Qt::ISODate);
    const QJsonArray categories = QJsonArray::fromStringList(day.categories);

    m_upsertDay.bindValue(0, date);
    m_upsertDay.bindValue(1, dayStatusName(day.status));
    m_upsertDay.bindValue(
        2, QString::fromUtf8(QJsonDocument(categories).toJson(QJsonDocument::Compact)));
    m_upsertDay.bindValue(3, day.source);
    m_upsertDay.bindValue(4, day.reason);
    m_upsertDay.bindValue(5, isoUtc(now));
    Result<void> result = run(m_upsertDay, QStringLiteral("store day ") + date);

    if (result) {
        m_clearListings.bindValue(0, date);
        result = run(m_clearListings, QStringLiteral("clear listings of ") + date);
    }
    if (result) {
        m_clearDayPapers.bindValue(0, date);
        result = run(m_clearDayPapers, QStringLiteral("clear papers of ") + date);
    }
    return result;
}

Result<void> DayWriter::upsertPaper(const Paper &paper, const QDateTime &now)
{
    const QString step = QStringLiteral("store paper '%1'").arg(paper.id);
    m_findPaper.bindValue(0, paper.id);
    if (Result<void> found = run(m_findPaper, step); !found) {
        return found;
    }
    if (!m_findPaper.next()) {
        m_findPaper.finish();
        return insertPaper(paper, now, step);
    }

    const int storedVersion = m_findPaper.value(0).toInt();
    const qint64 seq = m_findPaper.value(1).toLongLong();
    m_findPaper.finish();
    if (storedVersion > paper.version) {
        qCDebug(lcLibrary) << "Keeping" << paper.id << "v" << storedVersion << "over v"
                           << paper.version;
        return {};
    }
    return updatePaper(paper, seq, step);
}

Result<void> DayWriter::insertPaper(const Paper &paper, const QDateTime &now, const QString &step)
{
    const qint64 seq = m_nextSeqValue++;
    bindPaperColumns(m_insertPaper, paper);
    m_insertPaper.bindValue(PaperColumnCount, paper.id);
    m_insertPaper.bindValue(PaperColumnCount + 1, seq);
    m_insertPaper.bindValue(PaperColumnCount + 2, isoUtc(now));
    if (Result<void> inserted = run(m_insertPaper, step); !inserted) {
        return inserted;
    }
    return insertDetails(paper, seq);
}

Result<void> DayWriter::updatePaper(const Paper &paper, qint64 seq, const QString &step)
{
    bindPaperColumns(m_updatePaper, paper);
    m_updatePaper.bindValue(PaperColumnCount, paper.id);
    Result<void> updated = run(m_updatePaper, step);
    if (updated) {
        updated = clearDetails(paper, seq);
    }
    return updated ? insertDetails(paper, seq) : updated;
}

void DayWriter::bindPaperColumns(QSqlQuery &query, const Paper &paper)
{
    query.bindValue(0, paper.version);
    query.bindValue(1, nonNull(paper.title));
    query.bindValue(2, nonNull(paper.abstract));
    query.bindValue(3, paper.comment);
    query.bindValue(4, paper.journalRef);
    query.bindValue(5, paper.doi);
    query.bindValue(6, paper.license);
    query.bindValue(7, paper.primaryCategory);
    query.bindValue(8, isoUtc(paper.published));
    query.bindValue(9, isoUtc(paper.updated));
}

Result<void> DayWriter::clearDetails(const Paper &paper, qint64 seq)
{
    const QString step = QStringLiteral("clear details of '%1'").arg(paper.id);
    m_clearAuthors.bindValue(0, paper.id);
    m_clearCategories.bindValue(0, paper.id);
    m_clearFts.bindValue(0, seq);
    Result<void> result = run(m_clearAuthors, step);
    if (result) {
        result = run(m_clearCategories, step);
    }
    if (result) {
        result = run(m_clearFts, step);
    }
    return result;
}

Result<void> DayWriter::insertDetails(const Paper &paper, qint64 seq)
{
    const QString step = QStringLiteral("store details of '%1'").arg(paper.id);
    Result<void> result;
    for (qsizetype i = 0; result && i < paper.authors.size(); ++i) {
        m_insertAuthor.bindValue(0, paper.id);
        m_insertAuthor.bindValue(1, int(i));
        m_insertAuthor.bindValue(2, nonNull(paper.authors.at(i)));
        result = run(m_insertAuthor, step);
    }
    for (qsizetype i = 0; result && i < paper.categories.size(); ++i) {
        m_insertCategory.bindValue(0, paper.id);
        m_insertCategory.bindValue(1, int(i));
        m_insertCategory.bindValue(2, paper.categories.at(i));
        result = run(m_insertCategory, step);
    }

    if (result) {
        m_insertFts.bindValue(0, seq);
        m_insertFts.bindValue(1, nonNull(paper.title));
        m_insertFts.bindValue(2, nonNull(paper.abstract));
        m_insertFts.bindValue(3, paper.authors.join(QLatin1Char('\n')));
        result = run(m_insertFts, step);
    }
    return result;
}

Result<void> DayWriter::insertDayPapers(const Day &day)
{
    const QString date = day.date.toString(Qt::ISODate);
    Result<void> result;
    for (qsizetype i = 0; result && i < day.papers.size(); ++i) {
        const QString &paperId = day.papers.at(i).id;
        m_insertDayPaper.bindValue(0, date);
        m_insertDayPaper.bindValue(1, paperId);
        m_insertDayPaper.bindValue(2, int(i));
        result = run(m_insertDayPaper, QStringLiteral("list paper '%1' on %2").arg(paperId, date));
    }
    return result;
}

Result<void> DayWriter::insertListings(const Day &day)
{
    const QString date = day.date.toString(Qt::ISODate);
    Result<void> result;
    for (qsizetype i = 0; result && i < day.listings.size(); ++i) {
        const Listing &listing = day.listings.at(i);
        m_insertListing.bindValue(0, date);
        m_insertListing.bindValue(1, listing.paperId);
        m_insertListing.bindValue(2, listing.category);
        m_insertListing.bindValue(3, announceTypeName(listing.announceType));
        m_insertListing.bindValue(4, int(i));
        const QString step =
            QStringLiteral("list '%1' in %2 on %3").arg(listing.paperId, listing.category, date);
        result = run(m_insertListing, step);
    }
    return result;
}

Result<void> DayWriter::run(QSqlQuery &query, const QString &step)
{
    if (!query.exec()) {
        return storageError(m_failedMessage, step, query);
    }
    return {};
}

} // namespace Sieve::Library
