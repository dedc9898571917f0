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

namespace Sieve::Library {

namespace {

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
        return storageError(QCoreApplication::translate("Sieve::Library::ProfileStore",
                                                        "The profile could not be saved."),
                            QStringLiteral("save profile"),
                            query);
    }
    return {};
}

Result<void> ProfileStore::remove(const QString &name)
{
    QSqlQuery query(m_library.database().connection());
    query.prepare(QStringLiteral("DELETE FROM profiles WHERE name = ?"));
    query.addBindValue(name);
    if (!query.exec()) {
        return storageError(QCoreApplication::translate("Sieve::Library::ProfileStore",
                                                        "The profile could not be removed."),
                            QStringLiteral("remove profile"),
                            query);
    }
    return {};
}

} // namespace Sieve::Library
