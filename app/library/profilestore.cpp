// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "profilestore.h"

#include "database.h"
#include "library.h"
#include "sqlerror.h"

#include <app/platform/logging.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace Sieve::Library {

namespace {

QString saveFailed()
{
    return QCoreApplication::translate("Sieve::Library::ProfileStore",
                                       "The profile could not be saved.");
}

QString renameFailed()
{
    return QCoreApplication::translate("Sieve::Library::ProfileStore",
                                       "The profile could not be renamed.");
}

QString removeFailed()
{
    return QCoreApplication::translate("Sieve::Library::ProfileStore",
                                       "The profile could not be removed.");
}

Error noSuchProfile(const QString &name)
{
    return Error(Error::Code::InvalidInput,
                 QCoreApplication::translate("Sieve::Library::ProfileStore",
                                             "There is no profile named “%1”.")
                     .arg(name));
}

// Binds `values` in order and runs the query; false (with the error in the query) on failure.
bool exec(QSqlQuery &query, const QString &sql, const QVariantList &values)
{
    query.prepare(sql);
    for (const QVariant &value : values) {
        query.addBindValue(value);
    }
    return query.exec();
}

QString isoNow()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

QString compact(const QJsonDocument &document)
{
    return QString::fromUtf8(document.toJson(QJsonDocument::Compact));
}

StoredProfile profileFromRow(const QSqlQuery &query)
{
    StoredProfile profile;
    profile.name = query.value(0).toString();
    for (const auto &category : QJsonDocument::fromJson(query.value(1).toByteArray()).array()) {
        profile.categories.append(category.toString());
    }
    profile.criteria = query.value(2).toString();
    profile.settings = QJsonDocument::fromJson(query.value(3).toByteArray()).object();
    return profile;
}

} // namespace

ProfileStore::ProfileStore(const Library &library)
    : m_library(library)
{
}

QList<StoredProfile> ProfileStore::profiles() const
{
    QSqlQuery query(m_library.database().connection());
    QList<StoredProfile> profiles;
    if (!query.exec(QStringLiteral(
            "SELECT name, categories, criteria, settings FROM profiles ORDER BY name"))) {
        qCWarning(lcLibrary) << "Library read failed: profiles" << query.lastError().text();
        return profiles;
    }
    while (query.next()) {
        profiles.append(profileFromRow(query));
    }
    return profiles;
}

std::optional<StoredProfile> ProfileStore::profile(const QString &name) const
{
    QSqlQuery query(m_library.database().connection());
    query.prepare(
        QStringLiteral("SELECT name, categories, criteria, settings FROM profiles WHERE name = ?"));
    query.addBindValue(name);
    if (!query.exec() || !query.next()) {
        return std::nullopt;
    }
    return profileFromRow(query);
}

Result<void> ProfileStore::save(const StoredProfile &profile)
{
    if (profile.name.trimmed().isEmpty()) {
        return Error(
            Error::Code::InvalidInput,
            QCoreApplication::translate("Sieve::Library::ProfileStore", "A profile needs a name."));
    }

    QSqlQuery query(m_library.database().connection());
    query.prepare(QStringLiteral(
        "INSERT INTO profiles (name, categories, criteria, settings, created_at) "
        "VALUES (?, ?, ?, ?, ?) ON CONFLICT (name) DO UPDATE SET categories = "
        "excluded.categories, criteria = excluded.criteria, settings = excluded.settings"));
    query.addBindValue(profile.name);
    query.addBindValue(compact(QJsonDocument(QJsonArray::fromStringList(profile.categories))));
    query.addBindValue(profile.criteria.isNull() ? QStringLiteral("") : profile.criteria);
    query.addBindValue(compact(QJsonDocument(profile.settings)));
    query.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    if (!query.exec()) {
        return storageError(saveFailed(), QStringLiteral("save profile"), query);
    }
    return {};
}

QDateTime ProfileStore::createdAt(const QString &name) const
{
    QSqlQuery query(m_library.database().connection());
    if (!exec(query, QStringLiteral("SELECT created_at FROM profiles WHERE name = ?"), {name})
        || !query.next()) {
        return {};
    }
    return QDateTime::fromString(query.value(0).toString(), Qt::ISODate).toUTC();
}

Result<QString> ProfileStore::checkName(const QString &name, const QString &keeping) const
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty()) {
        return Error(
            Error::Code::InvalidInput,
            QCoreApplication::translate("Sieve::Library::ProfileStore", "A profile needs a name."));
    }
    for (const StoredProfile &other : profiles()) {
        if (other.name != keeping && other.name.compare(trimmed, Qt::CaseInsensitive) == 0) {
            return Error(Error::Code::InvalidInput,
                         QCoreApplication::translate("Sieve::Library::ProfileStore",
                                                     "There is already a profile named “%1”.")
                             .arg(other.name));
        }
    }
    return trimmed;
}

Result<void> ProfileStore::ensure(const QString &name)
{
    QSqlQuery query(m_library.database().connection());
    if (!exec(query,
              QStringLiteral("INSERT INTO profiles (name, created_at) VALUES (?, ?) "
                             "ON CONFLICT (name) DO NOTHING"),
              {name, isoNow()})) {
        return storageError(saveFailed(), QStringLiteral("ensure"), query);
    }
    return {};
}

Result<void> ProfileStore::create(const StoredProfile &profile)
{
    const Result<QString> name = checkName(profile.name);
    if (!name) {
        return name.error();
    }
    StoredProfile created = profile;
    created.name = name.value();
    return inTransaction(QStringLiteral("create profile"), [&]() -> Result<void> {
        QSqlQuery query(m_library.database().connection());
        // A new profile starts afresh, whatever a profile of that name once left behind.
        for (const QString &sql : {QStringLiteral("DELETE FROM ratings WHERE profile = ?"),
                                   QStringLiteral("DELETE FROM scheduled_days WHERE profile = ?"),
                                   QStringLiteral("UPDATE reading SET starred_profile = NULL "
                                                  "WHERE starred_profile = ?")}) {
            if (!exec(query, sql, {created.name})) {
                return storageError(saveFailed(), QStringLiteral("create profile"), query);
            }
        }
        return save(created);
    });
}

Result<void> ProfileStore::duplicate(const QString &source, const QString &name)
{
    const std::optional<StoredProfile> original = profile(source);
    if (!original) {
        return noSuchProfile(source);
    }
    const Result<QString> checked = checkName(name);
    if (!checked) {
        return checked.error();
    }
    StoredProfile copy = *original;
    copy.name = checked.value();
    return inTransaction(QStringLiteral("duplicate profile"), [&]() -> Result<void> {
        if (const Result<void> created = create(copy); !created) {
            return created;
        }
        QSqlQuery query(m_library.database().connection());
        if (!exec(query,
                  QStringLiteral("INSERT INTO ratings (profile, paper_id, rating, rated_at) "
                                 "SELECT ?, paper_id, rating, rated_at FROM ratings "
                                 "WHERE profile = ?"),
                  {copy.name, source})) {
            return storageError(saveFailed(), QStringLiteral("copy ratings"), query);
        }
        return {};
    });
}

Result<void> ProfileStore::rename(const QString &from, const QString &to)
{
    const Result<QString> name = checkName(to, from);
    if (!name) {
        return name.error();
    }
    if (name.value() == from) {
        return {};
    }
    const QVariantList names{name.value(), from};
    return inTransaction(QStringLiteral("rename profile"), [&]() -> Result<void> {
        QSqlQuery query(m_library.database().connection());
        if (!exec(query, QStringLiteral("UPDATE profiles SET name = ? WHERE name = ?"), names)) {
            return storageError(renameFailed(), QStringLiteral("rename profile"), query);
        }
        if (query.numRowsAffected() != 1) {
            return noSuchProfile(from);
        }
        // OR REPLACE: whatever a deleted profile of the new name left behind gives way.
        for (const QString &sql :
             {QStringLiteral("UPDATE OR REPLACE ratings SET profile = ? WHERE profile = ?"),
              QStringLiteral("UPDATE OR REPLACE scheduled_days SET profile = ? WHERE profile = ?"),
              QStringLiteral("UPDATE reading SET starred_profile = ? WHERE starred_profile = ?")}) {
            if (!exec(query, sql, names)) {
                return storageError(
                    renameFailed(), QStringLiteral("rename what the profile keeps"), query);
            }
        }
        return {};
    });
}

ProfileFootprint ProfileStore::footprint(const QString &name) const
{
    ProfileFootprint footprint;
    QSqlQuery query(m_library.database().connection());
    if (exec(query, QStringLiteral("SELECT COUNT(*) FROM ratings WHERE profile = ?"), {name})
        && query.next()) {
        footprint.ratings = query.value(0).toInt();
    }
    if (exec(query,
             QStringLiteral("SELECT COUNT(*) FROM runs r JOIN profiles p ON p.id = r.profile_id "
                            "WHERE p.name = ?"),
             {name})
        && query.next()) {
        footprint.runs = query.value(0).toInt();
    }
    return footprint;
}

Result<void> ProfileStore::remove(const QString &name)
{
    const QList<StoredProfile> all = profiles();
    const bool known = std::any_of(all.cbegin(), all.cend(), [&name](const StoredProfile &p) {
        return p.name == name;
    });
    if (!known) {
        return noSuchProfile(name);
    }
    if (all.size() == 1) {
        return Error(Error::Code::InvalidInput,
                     QCoreApplication::translate("Sieve::Library::ProfileStore",
                                                 "“%1” is the only profile and cannot be deleted.")
                         .arg(name));
    }

    return inTransaction(QStringLiteral("remove profile"), [&]() -> Result<void> {
        QSqlQuery query(m_library.database().connection());
        // The runs' profile_id becomes NULL (ON DELETE SET NULL): their scores stay.
        for (const QString &sql : {QStringLiteral("DELETE FROM profiles WHERE name = ?"),
                                   QStringLiteral("DELETE FROM ratings WHERE profile = ?"),
                                   QStringLiteral("DELETE FROM scheduled_days WHERE profile = ?"),
                                   QStringLiteral("UPDATE reading SET starred_profile = NULL "
                                                  "WHERE starred_profile = ?")}) {
            if (!exec(query, sql, {name})) {
                return storageError(removeFailed(), QStringLiteral("remove profile"), query);
            }
        }
        qCInfo(lcLibrary) << "Profile removed:" << name;
        return {};
    });
}

// Nested calls (duplicate() creates) join the transaction already open.
Result<void> ProfileStore::inTransaction(const QString &what,
                                         const std::function<Result<void>()> &work)
{
    QSqlDatabase db = m_library.database().connection();
    if (m_depth > 0) {
        return work();
    }
    QSqlQuery begin(db);
    if (!begin.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        return storageError(saveFailed(), what + QStringLiteral(": begin"), begin);
    }
    begin.finish();

    ++m_depth;
    Result<void> done = work();
    --m_depth;
    if (done && !db.commit()) {
        done = storageError(saveFailed(), what + QStringLiteral(": commit"), db.lastError());
    }
    if (!done) {
        db.rollback();
    }
    return done;
}

} // namespace Sieve::Library
