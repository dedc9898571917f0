// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "readingstore.h"

#include "sqlerror.h"

#include <app/platform/logging.h>

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace Sieve::Library {

namespace {

constexpr int LowestRating = 1;
constexpr int NeutralRating = 3;
constexpr int HighestRating = 5;

// Column names come only from this file, never from callers.
const QString UpsertSql = QStringLiteral("INSERT INTO reading (paper_id, %1) VALUES (?, ?) "
                                         "ON CONFLICT (paper_id) DO UPDATE SET %1 = excluded.%1");

QString text(const char *sourceText)
{
    return QCoreApplication::translate("Sieve::Library", sourceText);
}

bool paperExists(const QSqlDatabase &db, const QString &paperId)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT 1 FROM papers WHERE id = ?"));
    query.addBindValue(paperId);
    return query.exec() && query.next();
}

// Reads starred, read_at, rating and note from the query's columns 1 to 4.
ReadingState stateFromRow(const QSqlQuery &query)
{
    ReadingState state;
    state.starred = query.value(1).toInt() != 0;
    if (!query.value(2).isNull()) {
        state.readAt = QDateTime::fromString(query.value(2).toString(), Qt::ISODate).toUTC();
    }
    if (!query.value(3).isNull()) {
        state.rating = query.value(3).toInt();
    }
    state.note = query.value(4).toString();
    return state;
}

} // namespace

ReadingStore::ReadingStore(QSqlDatabase db)
    : m_db(std::move(db))
{
}

ReadingState ReadingStore::state(const QString &paperId) const
{
    return states({paperId}).value(paperId);
}

QHash<QString, ReadingState> ReadingStore::states(const QStringList &paperIds) const
{
    QHash<QString, ReadingState> states;
    if (paperIds.isEmpty()) {
        return states;
    }

    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT paper_id, starred, read_at, rating, note FROM reading "
                                 "WHERE paper_id IN (SELECT value FROM json_each(?))"));
    query.addBindValue(
        QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(paperIds)).toJson()));
    if (!query.exec()) {
        qCWarning(lcLibrary) << "Library read failed: reading state" << query.lastError().text();
        return states;
    }

    while (query.next()) {
        states.insert(query.value(0).toString(), stateFromRow(query));
    }
    return states;
}

QList<std::pair<QString, ReadingState>> ReadingStore::ratedPapers() const
{
    QList<std::pair<QString, ReadingState>> rated;
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT paper_id, starred, read_at, rating, note FROM reading "
                                   "WHERE starred = 1 OR rating IS NOT NULL ORDER BY paper_id"))) {
        qCWarning(lcLibrary) << "Library read failed: ratings" << query.lastError().text();
        return rated;
    }
    while (query.next()) {
        rated.append({query.value(0).toString(), stateFromRow(query)});
    }
    return rated;
}

Result<void> ReadingStore::setStarred(const QString &paperId, bool starred)
{
    return write(paperId, QStringLiteral("starred"), starred ? 1 : 0);
}

Result<void> ReadingStore::setReadAt(const QString &paperId, const QDateTime &readAt)
{
    const QVariant value = readAt.isValid() ? QVariant(readAt.toUTC().toString(Qt::ISODate))
                                            : QVariant(QMetaType::fromType<QString>());
    return write(paperId, QStringLiteral("read_at"), value);
}

Result<void> ReadingStore::setRating(const QString &paperId, std::optional<int> rating)
{
    if (rating && (*rating < LowestRating || *rating > HighestRating)) {
        return Error(Error::Code::InvalidInput,
                     text("A rating goes from 1 to 5."),
                     QStringLiteral("rating %1 out of range").arg(*rating));
    }
    const QVariant value = rating ? QVariant(*rating) : QVariant(QMetaType::fromType<int>());
    return write(paperId, QStringLiteral("rating"), value);
}

Result<void> ReadingStore::setNote(const QString &paperId, const QString &note)
{
    const QString trimmed = note.trimmed();
    const QVariant value =
        trimmed.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(trimmed);
    return write(paperId, QStringLiteral("note"), value);
}

Result<int> ReadingStore::rate(const QString &paperId, Thumb thumb)
{
    const int rating = steppedRating(state(paperId).rating, thumb);
    if (Result<void> written = setRating(paperId, rating); !written) {
        return written.error();
    }
    return rating;
}

int ReadingStore::steppedRating(std::optional<int> rating, Thumb thumb)
{
    const int step = thumb == Thumb::Up ? 1 : -1;
    return std::clamp(rating.value_or(NeutralRating) + step, LowestRating, HighestRating);
}

Result<void>
ReadingStore::write(const QString &paperId, const QString &column, const QVariant &value)
{
    if (!paperExists(m_db, paperId)) {
        return Error(Error::Code::InvalidInput,
                     text("This paper is not in the library."),
                     QStringLiteral("reading state for unknown paper '%1'").arg(paperId));
    }

    QSqlQuery query(m_db);
    query.prepare(UpsertSql.arg(column));
    query.addBindValue(paperId);
    query.addBindValue(value);
    if (!query.exec()) {
        return storageError(text("The library could not save your change."),
                            QStringLiteral("write reading.") + column,
                            query);
    }
    qCDebug(lcLibrary) << "reading state saved:" << paperId << column;
    return {};
}

} // namespace Sieve::Library
