// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "readingstore.h"

#include "sqlerror.h"

#include <app/platform/logging.h>

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace Sieve::Library {

namespace {

constexpr int LowestRating = 1;
constexpr int LowestThumb = 2;
constexpr int NeutralRating = 3;
constexpr int HighestRating = 5;

const QString DefaultProfile = QStringLiteral("default");

// Column names come only from this file, never from callers.
const QString UpsertSql = QStringLiteral("INSERT INTO reading (paper_id, %1) VALUES (?, ?) "
                                         "ON CONFLICT (paper_id) DO UPDATE SET %1 = excluded.%1");

// Callers mark `sourceText` with QT_TRANSLATE_NOOP("Sieve::Library", ...): lupdate sees no
// tr() here, and without the mark the message would never reach the translation files.
QString text(const char *sourceText)
{
    return QCoreApplication::translate("Sieve::Library", sourceText);
}

QString profileName(const QString &profile)
{
    return profile.isEmpty() ? DefaultProfile : profile;
}

bool paperExists(const QSqlDatabase &db, const QString &paperId)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT 1 FROM papers WHERE id = ?"));
    query.addBindValue(paperId);
    return query.exec() && query.next();
}

Error unknownPaper(const QString &paperId)
{
    return Error(Error::Code::InvalidInput,
                 text(QT_TRANSLATE_NOOP("Sieve::Library", "This paper is not in the library.")),
                 QStringLiteral("reading state for unknown paper '%1'").arg(paperId));
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

ReadingState ReadingStore::state(const QString &profile, const QString &paperId) const
{
    return states(profile, {paperId}).value(paperId);
}

QHash<QString, ReadingState> ReadingStore::states(const QString &profile,
                                                  const QStringList &paperIds) const
{
    QHash<QString, ReadingState> states;
    if (paperIds.isEmpty()) {
        return states;
    }

    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "SELECT ids.value, r.starred, r.read_at, g.rating, r.note FROM json_each(?) AS ids "
        "LEFT JOIN reading AS r ON r.paper_id = ids.value "
        "LEFT JOIN ratings AS g ON g.paper_id = ids.value AND g.profile = ? "
        "WHERE r.paper_id IS NOT NULL OR g.paper_id IS NOT NULL"));
    query.addBindValue(
        QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(paperIds)).toJson()));
    query.addBindValue(profileName(profile));
    if (!query.exec()) {
        qCWarning(lcLibrary) << "Library read failed: reading state" << query.lastError().text();
        return states;
    }

    while (query.next()) {
        states.insert(query.value(0).toString(), stateFromRow(query));
    }
    return states;
}

QList<ProfileRating> ReadingStore::ratedPapers(const QString &profile) const
{
    QMap<QString, ProfileRating> rated; // sorted by paper id, so the ranker trains in one order
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT paper_id, rating FROM ratings WHERE profile = ?"));
    query.addBindValue(profileName(profile));
    if (!query.exec()) {
        qCWarning(lcLibrary) << "Library read failed: ratings" << query.lastError().text();
        return {};
    }
    while (query.next()) {
        const QString id = query.value(0).toString();
        rated[id].paperId = id;
        rated[id].rating = query.value(1).toInt();
    }

    query.prepare(
        QStringLiteral("SELECT paper_id FROM reading WHERE starred = 1 AND starred_profile = ?"));
    query.addBindValue(profileName(profile));
    if (!query.exec()) {
        qCWarning(lcLibrary) << "Library read failed: stars" << query.lastError().text();
        return {};
    }
    while (query.next()) {
        const QString id = query.value(0).toString();
        rated[id].paperId = id;
        rated[id].starred = true;
    }
    return rated.values();
}

Result<void> ReadingStore::setStarred(const QString &profile, const QString &paperId, bool starred)
{
    if (!paperExists(m_db, paperId)) {
        return unknownPaper(paperId);
    }

    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("INSERT INTO reading (paper_id, starred, starred_profile) VALUES (?, ?, ?) "
                       "ON CONFLICT (paper_id) DO UPDATE SET starred = excluded.starred, "
                       "starred_profile = excluded.starred_profile"));
    query.addBindValue(paperId);
    query.addBindValue(starred ? 1 : 0);
    query.addBindValue(starred ? QVariant(profileName(profile))
                               : QVariant(QMetaType::fromType<QString>()));
    if (!query.exec()) {
        return storageError(
            text(QT_TRANSLATE_NOOP("Sieve::Library", "The library could not save your change.")),
            QStringLiteral("write star"),
            query);
    }
    qCDebug(lcLibrary) << "star saved:" << paperId << starred;
    return {};
}

Result<void> ReadingStore::setReadAt(const QString &paperId, const QDateTime &readAt)
{
    const QVariant value = readAt.isValid() ? QVariant(readAt.toUTC().toString(Qt::ISODate))
                                            : QVariant(QMetaType::fromType<QString>());
    return write(paperId, QStringLiteral("read_at"), value);
}

Result<void> ReadingStore::setNote(const QString &paperId, const QString &note)
{
    const QString trimmed = note.trimmed();
    const QVariant value =
        trimmed.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(trimmed);
    return write(paperId, QStringLiteral("note"), value);
}

Result<void>
ReadingStore::setRating(const QString &profile, const QString &paperId, std::optional<int> rating)
{
    if (rating && (*rating < LowestRating || *rating > HighestRating)) {
        return Error(Error::Code::InvalidInput,
                     text(QT_TRANSLATE_NOOP("Sieve::Library", "A rating goes from 1 to 5.")),
                     QStringLiteral("rating %1 out of range").arg(*rating));
    }
    if (!paperExists(m_db, paperId)) {
        return unknownPaper(paperId);
    }

    QSqlQuery query(m_db);
    if (rating) {
        query.prepare(QStringLiteral(
            "INSERT INTO ratings (profile, paper_id, rating, rated_at) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (profile, paper_id) DO UPDATE SET rating = excluded.rating, "
            "rated_at = excluded.rated_at"));
    } else {
        query.prepare(QStringLiteral("DELETE FROM ratings WHERE profile = ? AND paper_id = ?"));
    }
    query.addBindValue(profileName(profile));
    query.addBindValue(paperId);
    if (rating) {
        query.addBindValue(*rating);
        query.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    }
    if (!query.exec()) {
        return storageError(
            text(QT_TRANSLATE_NOOP("Sieve::Library", "The library could not save your change.")),
            QStringLiteral("write rating"),
            query);
    }
    qCDebug(lcLibrary) << "rating saved:" << paperId << profileName(profile);
    return {};
}

Result<int> ReadingStore::rate(const QString &profile, const QString &paperId, Thumb thumb)
{
    const int rating = steppedRating(state(profile, paperId).rating, thumb);
    if (Result<void> written = setRating(profile, paperId, rating); !written) {
        return written.error();
    }
    return rating;
}

int ReadingStore::steppedRating(std::optional<int> rating, Thumb thumb)
{
    const int from = rating.value_or(NeutralRating);
    if (thumb == Thumb::Up) {
        return std::min(from + 1, HighestRating);
    }
    return from <= LowestThumb ? from : from - 1;
}

Result<void>
ReadingStore::write(const QString &paperId, const QString &column, const QVariant &value)
{
    if (!paperExists(m_db, paperId)) {
        return unknownPaper(paperId);
    }

    QSqlQuery query(m_db);
    query.prepare(UpsertSql.arg(column));
    query.addBindValue(paperId);
    query.addBindValue(value);
    if (!query.exec()) {
        return storageError(
            text(QT_TRANSLATE_NOOP("Sieve::Library", "The library could not save your change.")),
            QStringLiteral("write reading.") + column,
            query);
    }
    qCDebug(lcLibrary) << "reading state saved:" << paperId << column;
    return {};
}

} // namespace Sieve::Library
