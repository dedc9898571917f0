// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "library.h"

#include "database.h"
#include "daywriter.h"
#include "ftsquery.h"
#include "readingstore.h"

#include <app/platform/logging.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace Sieve::Library {

namespace {

const QString PaperColumns = QStringLiteral(
    "p.id, p.version, p.title, p.abstract, p.comment, p.journal_ref, p.doi, p.license, "
    "p.primary_category, p.published, p.updated");

const QString SummarySql =
    QStringLiteral("SELECT d.date, d.status, d.categories, d.source, d.reason, "
                   "(SELECT count(*) FROM day_papers dp WHERE dp.date = d.date), "
                   "(SELECT count(*) FROM scores s WHERE s.status = 'scored' AND s.run_id = "
                   "(SELECT max(r.id) FROM runs r WHERE r.date = d.date)) "
                   "FROM days d %1 ORDER BY d.date DESC");

// Title words weigh most, then authors, then the abstract (column order of papers_fts).
const QString SearchSql =
    QStringLiteral("SELECT %1 FROM papers_fts JOIN papers p ON p.seq = papers_fts.rowid "
                   "WHERE papers_fts MATCH ? ORDER BY bm25(papers_fts, 4.0, 1.0, 2.0) LIMIT ?");

QDateTime fromIsoUtc(const QVariant &value)
{
    if (value.isNull()) {
        return {};
    }
    return QDateTime::fromString(value.toString(), Qt::ISODate).toUTC();
}

// Reads the columns of PaperColumns starting at the query's first column.
Paper paperFromRow(const QSqlQuery &query)
{
    Paper paper;
    paper.id = query.value(0).toString();
    paper.version = query.value(1).toInt();
    paper.title = query.value(2).toString();
    paper.abstract = query.value(3).toString();
    paper.comment = query.value(4).toString();
    paper.journalRef = query.value(5).toString();
    paper.doi = query.value(6).toString();
    paper.license = query.value(7).toString();
    paper.primaryCategory = query.value(8).toString();
    paper.published = fromIsoUtc(query.value(9));
    paper.updated = fromIsoUtc(query.value(10));
    return paper;
}

QStringList stringListFromJson(const QString &json)
{
    QStringList list;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const auto &value : array) {
        list.append(value.toString());
    }
    return list;
}

bool execLogged(QSqlQuery &query, const char *what)
{
    if (query.exec()) {
        return true;
    }
    qCWarning(lcLibrary) << "Library read failed:" << what << query.lastError().text();
    return false;
}

// Fills the authors or categories of papers from rows of (paper_id, text) in position order.
void fillLists(QSqlQuery &query, QList<Paper> &papers, QStringList Paper::*list)
{
    QHash<QString, qsizetype> indexById;
    for (qsizetype i = 0; i < papers.size(); ++i) {
        indexById.insert(papers.at(i).id, i);
    }
    while (query.next()) {
        const auto it = indexById.constFind(query.value(0).toString());
        if (it != indexById.constEnd()) {
            (papers[*it].*list).append(query.value(1).toString());
        }
    }
}

} // namespace

Library::Library(std::unique_ptr<Database> database)
    : m_database(std::move(database))
    , m_reading(std::make_unique<ReadingStore>(m_database->connection()))
{
}

Library::~Library() = default;

Result<std::unique_ptr<Library>> Library::open(const QString &path)
{
    Result<std::unique_ptr<Database>> database = Database::open(path);
    if (!database) {
        return database.error();
    }
    return std::unique_ptr<Library>(new Library(std::move(database).value()));
}

int Library::schemaVersion() const
{
    return m_database->schemaVersion();
}

QString Library::path() const
{
    return m_database->path();
}

Result<void> Library::storeDay(const Day &day)
{
    if (!day.date.isValid()) {
        return Error(
            Error::Code::InvalidInput,
            QCoreApplication::translate("Sieve::Library", "A day without a date cannot be saved."),
            QStringLiteral("storeDay with an invalid date"));
    }

    QElapsedTimer timer;
    timer.start();
    QSqlDatabase db = m_database->connection();
    // IMMEDIATE takes the write lock now, waiting up to the busy timeout, instead of failing
    // half-way when another connection wrote since this transaction began reading.
    QSqlQuery begin(db);
    if (!begin.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        qCWarning(lcLibrary) << "Cannot begin a transaction:" << begin.lastError().text();
        return Error(Error::Code::Storage,
                     QCoreApplication::translate("Sieve::Library",
                                                 "The library is busy or cannot be written to; "
                                                 "close other PaperSieve windows, then try "
                                                 "again."),
                     begin.lastError().text());
    }
    begin.finish();

    Result<void> written = DayWriter(db).write(day, QDateTime::currentDateTimeUtc());
    if (written && !db.commit()) {
        written =
            Error(Error::Code::Storage,
                  QCoreApplication::translate("Sieve::Library",
                                              "The library could not save the day; check that the "
                                              "disk is not full, then fetch again."),
                  QStringLiteral("commit: ") + db.lastError().text());
    }
    if (!written) {
        db.rollback();
        qCWarning(lcLibrary) << "Rolled back day" << day.date << ":" << written.error().detail();
        return written;
    }

    qCInfo(lcLibrary) << "Stored day" << day.date << "with" << day.papers.size() << "papers and"
                      << day.listings.size() << "listings in" << timer.elapsed() << "ms";
    return {};
}

QList<DaySummary> Library::days() const
{
    return readSummaries({}, {});
}

std::optional<DaySummary> Library::daySummary(const QDate &date) const
{
    const QList<DaySummary> summaries = readSummaries(QStringLiteral("WHERE d.date = ?"), date);
    if (summaries.isEmpty()) {
        return std::nullopt;
    }
    return summaries.constFirst();
}

QList<DaySummary> Library::readSummaries(const QString &condition, const QDate &date) const
{
    QSqlQuery query(m_database->connection());
    query.prepare(SummarySql.arg(condition));
    if (date.isValid()) {
        query.addBindValue(date.toString(Qt::ISODate));
    }

    QList<DaySummary> summaries;
    if (!execLogged(query, "day summaries")) {
        return summaries;
    }
    while (query.next()) {
        DaySummary summary;
        summary.date = QDate::fromString(query.value(0).toString(), Qt::ISODate);
        summary.status = dayStatusFromName(query.value(1).toString());
        summary.categories = stringListFromJson(query.value(2).toString());
        summary.source = query.value(3).toString();
        summary.reason = query.value(4).toString();
        summary.paperCount = query.value(5).toInt();
        summary.scoredCount = query.value(6).toInt();
        summaries.append(summary);
    }
    return summaries;
}

std::optional<Day> Library::day(const QDate &date) const
{
    const std::optional<DaySummary> summary = daySummary(date);
    if (!summary) {
        return std::nullopt;
    }

    Day day;
    day.date = summary->date;
    day.status = summary->status;
    day.categories = summary->categories;
    day.source = summary->source;
    day.reason = summary->reason;

    const QString isoDate = date.toString(Qt::ISODate);
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral("SELECT %1 FROM day_papers d JOIN papers p ON p.id = d.paper_id "
                                 "WHERE d.date = ? ORDER BY d.position")
                      .arg(PaperColumns));
    query.addBindValue(isoDate);
    if (execLogged(query, "papers of a day")) {
        while (query.next()) {
            day.papers.append(paperFromRow(query));
        }
    }

    query.prepare(QStringLiteral("SELECT a.paper_id, a.name FROM day_papers d "
                                 "JOIN paper_authors a ON a.paper_id = d.paper_id "
                                 "WHERE d.date = ? ORDER BY a.paper_id, a.position"));
    query.addBindValue(isoDate);
    if (execLogged(query, "authors of a day")) {
        fillLists(query, day.papers, &Paper::authors);
    }

    query.prepare(QStringLiteral("SELECT c.paper_id, c.category FROM day_papers d "
                                 "JOIN paper_categories c ON c.paper_id = d.paper_id "
                                 "WHERE d.date = ? ORDER BY c.paper_id, c.position"));
    query.addBindValue(isoDate);
    if (execLogged(query, "categories of a day")) {
        fillLists(query, day.papers, &Paper::categories);
    }

    query.prepare(QStringLiteral("SELECT paper_id, category, announce_type FROM announcements "
                                 "WHERE date = ? ORDER BY position"));
    query.addBindValue(isoDate);
    if (execLogged(query, "listings of a day")) {
        while (query.next()) {
            day.listings.append({query.value(0).toString(),
                                 query.value(1).toString(),
                                 announceTypeFromName(query.value(2).toString())});
        }
    }
    return day;
}

std::optional<Paper> Library::paper(const QString &id) const
{
    return readPaper(id);
}

std::optional<Paper> Library::readPaper(const QString &id) const
{
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral("SELECT %1 FROM papers p WHERE p.id = ?").arg(PaperColumns));
    query.addBindValue(id);
    if (!execLogged(query, "paper") || !query.next()) {
        return std::nullopt;
    }
    QList<Paper> papers{paperFromRow(query)};

    query.prepare(QStringLiteral(
        "SELECT paper_id, name FROM paper_authors WHERE paper_id = ? ORDER BY position"));
    query.addBindValue(id);
    if (execLogged(query, "authors of a paper")) {
        fillLists(query, papers, &Paper::authors);
    }

    query.prepare(QStringLiteral(
        "SELECT paper_id, category FROM paper_categories WHERE paper_id = ? ORDER BY position"));
    query.addBindValue(id);
    if (execLogged(query, "categories of a paper")) {
        fillLists(query, papers, &Paper::categories);
    }
    return papers.constFirst();
}

QList<Paper> Library::search(const QString &text, int limit) const
{
    const QString match = ftsMatchExpression(text);
    if (match.isEmpty() || limit <= 0) {
        return {};
    }

    QSqlQuery query(m_database->connection());
    query.prepare(SearchSql.arg(QStringLiteral("p.id")));
    query.addBindValue(match);
    query.addBindValue(limit);
    QStringList ids;
    if (execLogged(query, "search")) {
        while (query.next()) {
            ids.append(query.value(0).toString());
        }
    }

    QList<Paper> papers;
    for (const QString &id : std::as_const(ids)) {
        if (std::optional<Paper> found = readPaper(id)) {
            papers.append(std::move(*found));
        }
    }
    return papers;
}

std::optional<QDate> Library::firstListedDay(const QString &paperId) const
{
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral("SELECT min(date) FROM day_papers WHERE paper_id = ?"));
    query.addBindValue(paperId);
    if (!execLogged(query, "first day of a paper") || !query.next() || query.value(0).isNull()) {
        return std::nullopt;
    }
    return QDate::fromString(query.value(0).toString(), Qt::ISODate);
}

std::optional<QDate> Library::latestAnnouncedDay() const
{
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral("SELECT max(date) FROM days WHERE status = ?"));
    query.addBindValue(dayStatusName(DayStatus::Announced));
    if (!execLogged(query, "latest day") || !query.next() || query.value(0).isNull()) {
        return std::nullopt;
    }
    return QDate::fromString(query.value(0).toString(), Qt::ISODate);
}

bool Library::isEmpty() const
{
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral("SELECT EXISTS (SELECT 1 FROM days)"));
    if (!execLogged(query, "any day") || !query.next()) {
        return true;
    }
    return !query.value(0).toBool();
}

} // namespace Sieve::Library
