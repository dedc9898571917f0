// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "migrator.h"

#include "sqlerror.h"

#include <app/platform/logging.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlQuery>

namespace Sieve::Library {

namespace {

const QString MigrationsFolder = QStringLiteral(":/papersieve/library/migrations");

QString migrationFailedMessage()
{
    return QCoreApplication::translate("Sieve::Library",
                                       "The library could not be upgraded to this version of "
                                       "PaperSieve and was left as it was; keep using the "
                                       "version that wrote it, and report the problem.");
}

// Moves `index` past a quoted run that starts at it; SQL escapes a quote by doubling it.
qsizetype skipQuoted(const QString &script, qsizetype index)
{
    const QChar quote = script.at(index);
    ++index;
    while (index < script.size()) {
        if (script.at(index) == quote) {
            if (index + 1 < script.size() && script.at(index + 1) == quote) {
                index += 2;
                continue;
            }
            return index + 1;
        }
        ++index;
    }
    return index;
}

qsizetype skipComment(const QString &script, qsizetype index)
{
    if (script.at(index + 1) == QLatin1Char('-')) {
        const qsizetype end = script.indexOf(QLatin1Char('\n'), index);
        return end < 0 ? script.size() : end + 1;
    }
    const qsizetype end = script.indexOf(QStringLiteral("*/"), index + 2);
    return end < 0 ? script.size() : end + 2;
}

bool startsComment(const QString &script, qsizetype index)
{
    if (index + 1 >= script.size()) {
        return false;
    }
    const QChar c = script.at(index);
    const QChar next = script.at(index + 1);
    return (c == QLatin1Char('-') && next == QLatin1Char('-'))
        || (c == QLatin1Char('/') && next == QLatin1Char('*'));
}

} // namespace

QList<Migration> Migrator::builtIn()
{
    static const QRegularExpression namePattern(QStringLiteral("^(\\d{4})_(\\w+)\\.sql$"));

    QList<Migration> migrations;
    const QStringList files = QDir(MigrationsFolder).entryList(QDir::Files, QDir::Name);
    for (const QString &fileName : files) {
        const QRegularExpressionMatch match = namePattern.match(fileName);
        if (!match.hasMatch()) {
            continue;
        }

        QFile file(MigrationsFolder + QLatin1Char('/') + fileName);
        if (!file.open(QIODevice::ReadOnly)) {
            qFatal("Built-in migration %s cannot be read", qPrintable(fileName));
        }
        migrations.append(
            {match.captured(1).toInt(), match.captured(2), QString::fromUtf8(file.readAll())});
    }

    for (qsizetype i = 0; i < migrations.size(); ++i) {
        if (migrations.at(i).version != i + 1) {
            qFatal("Built-in migrations are not numbered 1, 2, 3...");
        }
    }
    return migrations;
}

int Migrator::latestVersion()
{
    static const int latest = [] {
        const QList<Migration> migrations = builtIn();
        return migrations.isEmpty() ? 0 : migrations.constLast().version;
    }();
    return latest;
}

Result<void> Migrator::migrate(QSqlDatabase &db, int currentVersion)
{
    const QList<Migration> migrations = builtIn();
    for (const Migration &migration : migrations) {
        if (migration.version <= currentVersion) {
            continue;
        }
        if (Result<void> applied = apply(db, migration); !applied) {
            return applied;
        }
        qCInfo(lcLibrary) << "Migrated the library to schema" << migration.version
                          << migration.name;
    }
    return {};
}

QStringList Migrator::splitStatements(const QString &script)
{
    QStringList statements;
    QString current;
    qsizetype index = 0;

    while (index < script.size()) {
        const QChar c = script.at(index);
        if (startsComment(script, index)) {
            index = skipComment(script, index);
            current.append(QLatin1Char(' '));
        } else if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            const qsizetype end = skipQuoted(script, index);
            current.append(QStringView(script).sliced(index, end - index));
            index = end;
        } else if (c == QLatin1Char(';')) {
            if (!current.trimmed().isEmpty()) {
                statements.append(current.trimmed());
            }
            current.clear();
            ++index;
        } else {
            current.append(c);
            ++index;
        }
    }

    if (!current.trimmed().isEmpty()) {
        statements.append(current.trimmed());
    }
    return statements;
}

Result<void> Migrator::apply(QSqlDatabase &db, const Migration &migration)
{
    const QString step = QStringLiteral("migration %1").arg(migration.version);
    if (!db.transaction()) {
        return storageError(migrationFailedMessage(), step, db.lastError());
    }

    QSqlQuery query(db);
    const QStringList statements = splitStatements(migration.sql);
    for (const QString &statement : statements) {
        if (!query.exec(statement)) {
            const Error error = storageError(migrationFailedMessage(), step, query);
            query.finish();
            db.rollback();
            return error;
        }
    }

    // PRAGMA cannot take a bound value; the version is an integer we own, not user text.
    const QString setVersion = QStringLiteral("PRAGMA user_version = %1").arg(migration.version);
    if (!query.exec(setVersion)) {
        const Error error = storageError(migrationFailedMessage(), step, query);
        query.finish();
        db.rollback();
        return error;
    }

    query.finish();
    if (!db.commit()) {
        const Error error = storageError(migrationFailedMessage(), step, db.lastError());
        db.rollback();
        return error;
    }
    return {};
}

} // namespace Sieve::Library
