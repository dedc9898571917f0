// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "authorstore.h"

#include "database.h"
#include "library.h"
#include "sqlerror.h"

#include <app/platform/logging.h>

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace Sieve::Library {

namespace {

// SQLite limits bound parameters per statement; look-ups go in slices of this many ids.
constexpr qsizetype SliceSize = 500;

QString placeholders(qsizetype count)
{
    QStringList marks(count, QStringLiteral("?"));
    return marks.join(QLatin1Char(','));
}

QString iso(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

QDateTime fromIso(const QVariant &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODate);
}

QVariant orNull(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

Error saveError(const QString &step, const QSqlQuery &query)
{
    return storageError(
        QCoreApplication::translate("Sieve::Library::AuthorStore",
                                    "The library could not save what Semantic Scholar said."),
        step,
        query);
}

} // namespace

AuthorStore::AuthorStore(const Library &library)
    : m_library(library)
{
}

QHash<QString, StoredPaperAuthors> AuthorStore::papers(const QStringList &paperIds) const
{
    QHash<QString, StoredPaperAuthors> found;
    QSqlQuery query(m_library.database().connection());
    for (qsizetype from = 0; from < paperIds.size(); from += SliceSize) {
        const QStringList slice = paperIds.mid(from, SliceSize);
        query.prepare(QStringLiteral("SELECT p.paper_id, p.status, p.fetched_at, a.author_id, "
                                     "a.name FROM s2_papers p LEFT JOIN s2_paper_authors a "
                                     "ON a.paper_id = p.paper_id WHERE p.paper_id IN (%1) "
                                     "ORDER BY p.paper_id, a.position")
                          .arg(placeholders(slice.size())));
        for (const QString &id : slice) {
            query.addBindValue(id);
        }
        if (!query.exec()) {
            qCWarning(lcLibrary) << "Library read failed: S2 papers" << query.lastError().text();
            return found;
        }
        while (query.next()) {
            const QString id = query.value(0).toString();
            StoredPaperAuthors &paper = found[id];
            paper.paperId = id;
            paper.known = query.value(1).toString() == QLatin1String("known");
            paper.fetchedAt = fromIso(query.value(2));
            if (!query.value(4).isNull()) {
                StoredAuthor author;
                author.authorId = query.value(3).toString();
                author.name = query.value(4).toString();
                paper.authors.append(author);
            }
        }
    }
    return found;
}

QHash<QString, StoredAuthor> AuthorStore::authors(const QStringList &authorIds) const
{
    QHash<QString, StoredAuthor> found;
    QSqlQuery query(m_library.database().connection());
    for (qsizetype from = 0; from < authorIds.size(); from += SliceSize) {
        const QStringList slice = authorIds.mid(from, SliceSize);
        query.prepare(QStringLiteral("SELECT author_id, name, h_index, paper_count, fetched_at "
                                     "FROM s2_authors WHERE author_id IN (%1)")
                          .arg(placeholders(slice.size())));
        for (const QString &id : slice) {
            query.addBindValue(id);
        }
        if (!query.exec()) {
            qCWarning(lcLibrary) << "Library read failed: S2 authors" << query.lastError().text();
            return found;
        }
        while (query.next()) {
            StoredAuthor author;
            author.authorId = query.value(0).toString();
            author.name = query.value(1).toString();
            if (!query.value(2).isNull()) {
                author.hIndex = query.value(2).toInt();
            }
            author.paperCount = query.value(3).isNull() ? -1 : query.value(3).toInt();
            author.fetchedAt = fromIso(query.value(4));
            found.insert(author.authorId, author);
        }
    }
    return found;
}

Result<void> AuthorStore::store(const QList<StoredPaperAuthors> &papers,
                                const QList<StoredAuthor> &authors,
                                const QDateTime &at)
{
    QSqlDatabase db = m_library.database().connection();
    if (!db.transaction()) {
        return storageError(
            QCoreApplication::translate("Sieve::Library::AuthorStore", "The library is busy."),
            QStringLiteral("begin S2 store"),
            db.lastError());
    }

    const auto write = [&]() -> Result<void> {
        QSqlQuery query(db);
        for (const StoredPaperAuthors &paper : papers) {
            query.prepare(QStringLiteral("INSERT OR REPLACE INTO s2_papers (paper_id, status, "
                                         "fetched_at) VALUES (?, ?, ?)"));
            query.addBindValue(paper.paperId);
            query.addBindValue(paper.known ? QStringLiteral("known") : QStringLiteral("unknown"));
            query.addBindValue(iso(at));
            if (!query.exec()) {
                return saveError(QStringLiteral("store S2 paper"), query);
            }
            query.prepare(QStringLiteral("DELETE FROM s2_paper_authors WHERE paper_id = ?"));
            query.addBindValue(paper.paperId);
            if (!query.exec()) {
                return saveError(QStringLiteral("clear S2 paper authors"), query);
            }
            for (qsizetype position = 0; position < paper.authors.size(); ++position) {
                query.prepare(QStringLiteral("INSERT INTO s2_paper_authors (paper_id, position, "
                                             "author_id, name) VALUES (?, ?, ?, ?)"));
                query.addBindValue(paper.paperId);
                query.addBindValue(int(position));
                query.addBindValue(orNull(paper.authors.at(position).authorId));
                query.addBindValue(paper.authors.at(position).name);
                if (!query.exec()) {
                    return saveError(QStringLiteral("store S2 paper author"), query);
                }
            }
        }
        for (const StoredAuthor &author : authors) {
            query.prepare(
                QStringLiteral("INSERT OR REPLACE INTO s2_authors (author_id, name, "
                               "h_index, paper_count, fetched_at) VALUES (?, ?, ?, ?, ?)"));
            query.addBindValue(author.authorId);
            query.addBindValue(author.name);
            query.addBindValue(author.hIndex ? QVariant(*author.hIndex) : QVariant());
            query.addBindValue(author.paperCount >= 0 ? QVariant(author.paperCount) : QVariant());
            query.addBindValue(iso(at));
            if (!query.exec()) {
                return saveError(QStringLiteral("store S2 author"), query);
            }
        }
        return {};
    };

    Result<void> written = write();
    if (written && !db.commit()) {
        written = storageError(QCoreApplication::translate("Sieve::Library::AuthorStore",
                                                           "The library could not save."),
                               QStringLiteral("commit S2 store"),
                               db.lastError());
    }
    if (!written) {
        db.rollback();
    }
    return written;
}

} // namespace Sieve::Library
