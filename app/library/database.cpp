// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "database.h"

#include "migrator.h"
#include "sqlerror.h"

#include <app/platform/logging.h>

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlQuery>

#include <atomic>

namespace Sieve::Library {

namespace {

constexpr int BusyTimeoutMs = 5000;
const QString MemoryPath = QStringLiteral(":memory:");

std::atomic<int> s_nextConnection{1};

QString openFailedMessage()
{
    return QCoreApplication::translate("Sieve::Library",
                                       "The library could not be opened; check that its folder "
                                       "exists and can be written to.");
}

} // namespace

Database::Database(QString path, QString connectionName)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
{
}

Database::~Database()
{
    if (m_db.isValid()) {
        m_db.close();
    }
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<Database>> Database::open(const QString &path)
{
    const QString name = QStringLiteral("papersieve.library.%1").arg(s_nextConnection++);
    std::unique_ptr<Database> database(new Database(path, name));

    if (Result<void> connected = database->connect(); !connected) {
        return connected.error();
    }

    const Result<int> storedVersion = database->readUserVersion();
    if (!storedVersion) {
        return storedVersion.error();
    }
    if (*storedVersion > Migrator::latestVersion()) {
        qCWarning(lcLibrary) << "Refusing library" << path << "of schema" << *storedVersion
                             << "newer than" << Migrator::latestVersion();
        const QString message = QCoreApplication::translate(
            "Sieve::Library",
            "The library was written by a newer version of PaperSieve and was left unchanged; "
            "update PaperSieve to open it.");
        const QString detail = QStringLiteral("user_version %1 > supported %2")
                                   .arg(*storedVersion)
                                   .arg(Migrator::latestVersion());
        return Error(Error::Code::Storage, message, detail);
    }

    if (Result<void> configured = database->configure(); !configured) {
        return configured.error();
    }
    if (Result<void> migrated = Migrator::migrate(database->m_db, *storedVersion); !migrated) {
        return migrated.error();
    }

    const Result<int> version = database->readUserVersion();
    if (!version) {
        return version.error();
    }
    if (*version != Migrator::latestVersion()) {
        return Error(Error::Code::Storage,
                     openFailedMessage(),
                     QStringLiteral("schema %1 after migrating, expected %2")
                         .arg(*version)
                         .arg(Migrator::latestVersion()));
    }

    database->m_schemaVersion = *version;
    qCInfo(lcLibrary) << "Opened library" << path << "at schema" << *version;
    return database;
}

bool Database::isInMemory() const
{
    return m_path == MemoryPath;
}

Result<void> Database::connect()
{
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    if (!m_db.isValid()) {
        return Error(Error::Code::Storage,
                     openFailedMessage(),
                     QStringLiteral("the Qt SQLite driver (QSQLITE) is not available"));
    }

    if (!isInMemory()) {
        const QFileInfo info(m_path);
        if (!QDir().mkpath(info.absolutePath())) {
            return Error(Error::Code::Storage,
                         openFailedMessage(),
                         QStringLiteral("cannot create folder %1").arg(info.absolutePath()));
        }
    }

    m_db.setDatabaseName(m_path);
    m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(BusyTimeoutMs));
    if (!m_db.open()) {
        return storageError(
            openFailedMessage(), QStringLiteral("open ") + m_path, m_db.lastError());
    }
    return {};
}

Result<int> Database::readUserVersion()
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next()) {
        return storageError(openFailedMessage(), QStringLiteral("read user_version"), query);
    }
    return query.value(0).toInt();
}

Result<void> Database::configure()
{
    const QString busy = QStringLiteral("PRAGMA busy_timeout = %1").arg(BusyTimeoutMs);
    Result<void> result = pragma(QStringLiteral("PRAGMA foreign_keys = ON"));
    if (result) {
        result = pragma(busy);
    }
    if (result && !isInMemory()) {
        result = pragma(QStringLiteral("PRAGMA journal_mode = WAL"), QStringLiteral("wal"));
    }
    if (result && !isInMemory()) {
        // With WAL, NORMAL loses at most the last commits on power loss, never consistency.
        result = pragma(QStringLiteral("PRAGMA synchronous = NORMAL"));
    }
    return result;
}

// PRAGMA takes no bound values; every statement here is a constant of ours.
Result<void> Database::pragma(const QString &statement, const QString &expected)
{
    QSqlQuery query(m_db);
    if (!query.exec(statement)) {
        return storageError(openFailedMessage(), statement, query);
    }
    if (expected.isEmpty()) {
        return {};
    }

    const QString answer = query.next() ? query.value(0).toString() : QString();
    if (answer.compare(expected, Qt::CaseInsensitive) != 0) {
        return Error(Error::Code::Storage,
                     openFailedMessage(),
                     statement + QStringLiteral(" answered '") + answer + QLatin1Char('\''));
    }
    return {};
}

} // namespace Sieve::Library
