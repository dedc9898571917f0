// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "runstore.h"

#include "database.h"
#include "library.h"
#include "sqlerror.h"

#include <app/platform/logging.h>

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace Sieve::Library {

namespace {

const QString RunColumns = QStringLiteral(
    "r.id, r.date, p.name, p.criteria, r.provider, r.model, r.status, r.prompt_version, "
    "r.criteria_hash, r.prompt, r.budget_usd, r.prompt_tokens, r.cached_tokens, "
    "r.completion_tokens, r.cost_usd, r.cost_known, r.requests, r.reason, r.started_at, "
    "r.finished_at, r.cache_write_tokens");

const QString RunSelect =
    QStringLiteral("SELECT %1 FROM runs r LEFT JOIN profiles p ON p.id = r.profile_id ");

QString tr(const char *text)
{
    return QCoreApplication::translate("Sieve::Library::RunStore", text);
}

QString saveFailed()
{
    return tr("The library could not save the scores; check that the disk is not full.");
}

QVariant nullable(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

QVariant nullable(const std::optional<int> &value)
{
    return value ? QVariant(*value) : QVariant();
}

QVariant nullable(const std::optional<double> &value)
{
    return value ? QVariant(*value) : QVariant();
}

std::optional<int> optionalInt(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<int>(value.toInt());
}

QString isoNow()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QString iso(const QDateTime &time)
{
    return (time.isValid() ? time : QDateTime::currentDateTimeUtc())
        .toUTC()
        .toString(Qt::ISODateWithMs);
}

QDateTime fromIso(const QVariant &value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromString(value.toString(), Qt::ISODate);
}

bool exec(QSqlQuery &query, const QVariantList &values)
{
    for (const QVariant &value : values) {
        query.addBindValue(value);
    }
    return query.exec();
}

RunRecord runFromRow(const QSqlQuery &q)
{
    RunRecord run;
    run.id = q.value(0).toLongLong();
    run.date = QDate::fromString(q.value(1).toString(), Qt::ISODate);
    run.profile = q.value(2).toString();
    run.criteria = q.value(3).toString();
    run.provider = q.value(4).toString();
    run.model = q.value(5).toString();
    run.status = q.value(6).toString();
    run.promptVersion = q.value(7).toInt();
    run.criteriaHash = q.value(8).toString();
    run.prompt = q.value(9).toString();
    if (!q.value(10).isNull()) {
        run.budgetUsd = q.value(10).toDouble();
    }
    run.tokens = {q.value(11).toLongLong(),
                  q.value(12).toLongLong(),
                  q.value(13).toLongLong(),
                  q.value(20).toLongLong()};
    run.costUsd = q.value(14).toDouble();
    run.costKnown = q.value(15).toBool();
    run.requests = q.value(16).toInt();
    run.reason = q.value(17).toString();
    run.startedAt = fromIso(q.value(18));
    run.finishedAt = fromIso(q.value(19));
    return run;
}

} // namespace

bool RunRecord::isResumable() const
{
    return status == QLatin1String("running") || status == QLatin1String("cancelled");
}

RunStore::RunStore(const Library &library)
    : m_library(library)
{
}

Result<void> RunStore::inTransaction(const QString &what, const std::function<Result<void>()> &work)
{
    QSqlDatabase db = m_library.database().connection();
    QSqlQuery begin(db);
    if (!begin.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        return storageError(saveFailed(), what + QStringLiteral(": begin"), begin);
    }
    begin.finish();

    Result<void> done = work();
    if (done && !db.commit()) {
        done = storageError(saveFailed(), what + QStringLiteral(": commit"), db.lastError());
    }
    if (!done) {
        db.rollback();
    }
    return done;
}

Result<qint64> RunStore::createRun(const RunRecord &run)
{
    qint64 runId = 0;
    const Result<void> done = inTransaction(QStringLiteral("create run"), [&]() -> Result<void> {
        QSqlQuery query(m_library.database().connection());
        query.prepare(
            QStringLiteral("INSERT INTO profiles (name, criteria, created_at) VALUES (?, ?, ?) "
                           "ON CONFLICT (name) DO NOTHING"));
        const QString criteria = run.criteria.isNull() ? QStringLiteral("") : run.criteria;
        if (!exec(query, {run.profile, criteria, isoNow()})) {
            return storageError(saveFailed(), QStringLiteral("upsert profile"), query);
        }

        query.prepare(QStringLiteral(
            "INSERT INTO runs (profile_id, date, model, provider, status, prompt_version, "
            "criteria_hash, prompt, budget_usd, started_at) "
            "VALUES ((SELECT id FROM profiles WHERE name = ?), ?, ?, ?, 'running', ?, ?, ?, ?, "
            "?)"));
        const QVariantList values{run.profile,
                                  run.date.toString(Qt::ISODate),
                                  run.model,
                                  run.provider,
                                  QString::number(run.promptVersion),
                                  run.criteriaHash,
                                  run.prompt,
                                  nullable(run.budgetUsd),
                                  isoNow()};
        if (!exec(query, values)) {
            return storageError(saveFailed(), QStringLiteral("insert run"), query);
        }
        runId = query.lastInsertId().toLongLong();
        return {};
    });
    if (!done) {
        return done.error();
    }
    return runId;
}

std::optional<RunRecord> RunStore::resumableRun(const QDate &date,
                                                const QString &profile,
                                                const QString &model,
                                                const QString &criteriaHash,
                                                int promptVersion) const
{
    const QString condition =
        QStringLiteral("WHERE r.date = ? AND p.name = ? AND r.model = ? AND r.criteria_hash = ? "
                       "AND r.prompt_version = ? AND r.status IN ('running', 'cancelled') "
                       "ORDER BY r.id DESC LIMIT 1");
    return readRun(
        condition,
        {date.toString(Qt::ISODate), profile, model, criteriaHash, QString::number(promptVersion)});
}

Result<void> RunStore::reopenRun(qint64 runId)
{
    QSqlQuery query(m_library.database().connection());
    query.prepare(QStringLiteral(
        "UPDATE runs SET status = 'running', reason = NULL, finished_at = NULL WHERE id = ?"));
    if (!exec(query, {runId})) {
        return storageError(saveFailed(), QStringLiteral("reopen run"), query);
    }
    return {};
}

std::optional<RunRecord> RunStore::run(qint64 runId) const
{
    return readRun(QStringLiteral("WHERE r.id = ?"), {runId});
}

std::optional<RunRecord> RunStore::latestRun(const QDate &date) const
{
    return readRun(QStringLiteral("WHERE r.date = ? ORDER BY r.id DESC LIMIT 1"),
                   {date.toString(Qt::ISODate)});
}

QList<RunRecord> RunStore::runs(const QDate &date) const
{
    return readRuns(QStringLiteral("WHERE r.date = ? ORDER BY r.id DESC"),
                    {date.toString(Qt::ISODate)});
}

std::optional<RunRecord> RunStore::readRun(const QString &condition,
                                           const QVariantList &values) const
{
    const QList<RunRecord> found = readRuns(condition, values);
    return found.isEmpty() ? std::nullopt : std::optional<RunRecord>(found.constFirst());
}

QList<RunRecord> RunStore::readRuns(const QString &condition, const QVariantList &values) const
{
    QSqlQuery query(m_library.database().connection());
    query.prepare(RunSelect.arg(RunColumns) + condition);
    QList<RunRecord> runs;
    if (!exec(query, values)) {
        qCWarning(lcLibrary) << "Library read failed: runs" << query.lastError().text();
        return runs;
    }
    while (query.next()) {
        runs.append(runFromRow(query));
    }
    return runs;
}

QList<ScoreRecord> RunStore::scores(qint64 runId) const
{
    QSqlQuery query(m_library.database().connection());
    query.prepare(QStringLiteral("SELECT paper_id, relevance, novelty, comment, source, status, "
                                 "reason FROM scores WHERE run_id = ?"));
    QList<ScoreRecord> scores;
    if (!exec(query, {runId})) {
        qCWarning(lcLibrary) << "Library read failed: scores" << query.lastError().text();
        return scores;
    }
    while (query.next()) {
        ScoreRecord score;
        score.paperId = query.value(0).toString();
        score.relevance = optionalInt(query.value(1));
        score.novelty = optionalInt(query.value(2));
        score.comment = query.value(3).toString();
        score.source = query.value(4).toString();
        score.status = query.value(5).toString();
        score.reason = query.value(6).toString();
        scores.append(score);
    }
    return scores;
}

QList<RequestRecord> RunStore::requests(qint64 runId) const
{
    QSqlQuery query(m_library.database().connection());
    query.prepare(QStringLiteral(
        "SELECT stage, papers, status, prompt_tokens, cached_tokens, completion_tokens, cost_usd, "
        "error, started_at, finished_at, cache_write_tokens FROM run_requests WHERE run_id = ? "
        "ORDER BY seq"));
    QList<RequestRecord> requests;
    if (!exec(query, {runId})) {
        qCWarning(lcLibrary) << "Library read failed: requests" << query.lastError().text();
        return requests;
    }
    while (query.next()) {
        RequestRecord request;
        request.stage = query.value(0).toString();
        const QJsonArray ids = QJsonDocument::fromJson(query.value(1).toByteArray()).array();
        for (const auto &id : ids) {
            request.paperIds.append(id.toString());
        }
        request.answered = query.value(2).toString() == QLatin1String("answered");
        request.tokens = {query.value(3).toLongLong(),
                          query.value(4).toLongLong(),
                          query.value(5).toLongLong(),
                          query.value(10).toLongLong()};
        if (!query.value(6).isNull()) {
            request.costUsd = query.value(6).toDouble();
        }
        request.error = query.value(7).toString();
        request.startedAt = fromIso(query.value(8));
        request.finishedAt = fromIso(query.value(9));
        requests.append(request);
    }
    return requests;
}

QHash<QString, CachedAnswer> RunStore::cachedAnswers(const AnswerKey &key,
                                                     const QHash<QString, int> &versions) const
{
    QSqlQuery query(m_library.database().connection());
    query.prepare(QStringLiteral(
        "SELECT paper_id, paper_version, relevance, novelty, comment, verdict FROM llm_answers "
        "WHERE criteria_hash = ? AND prompt_version = ? AND model = ? AND stage = ?"));
    QHash<QString, CachedAnswer> answers;
    if (!exec(query, {key.criteriaHash, key.promptVersion, key.model, key.stage})) {
        qCWarning(lcLibrary) << "Library read failed: cached answers" << query.lastError().text();
        return answers;
    }
    while (query.next()) {
        const QString id = query.value(0).toString();
        const auto version = versions.constFind(id);
        if (version == versions.constEnd() || *version != query.value(1).toInt()) {
            continue;
        }
        CachedAnswer answer;
        answer.paperId = id;
        answer.paperVersion = *version;
        answer.relevance = optionalInt(query.value(2));
        answer.novelty = optionalInt(query.value(3));
        answer.comment = query.value(4).toString();
        answer.verdict = query.value(5).toString();
        answers.insert(id, answer);
    }
    return answers;
}

Result<void> RunStore::writeScores(qint64 runId, const QList<ScoreRecord> &scores)
{
    QSqlQuery query(m_library.database().connection());
    query.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO scores (run_id, paper_id, relevance, novelty, comment, source, "
        "status, reason, criteria_hash) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, (SELECT criteria_hash FROM runs WHERE id = ?))"));
    for (const ScoreRecord &score : scores) {
        const QVariantList values{runId,
                                  score.paperId,
                                  nullable(score.relevance),
                                  nullable(score.novelty),
                                  nullable(score.comment),
                                  nullable(score.source),
                                  score.status,
                                  nullable(score.reason),
                                  runId};
        if (!exec(query, values)) {
            return storageError(saveFailed(), QStringLiteral("insert score"), query);
        }
    }
    return {};
}

Result<void> RunStore::recordRequest(qint64 runId,
                                     const RequestRecord &request,
                                     const QList<ScoreRecord> &scores,
                                     const AnswerKey &key,
                                     const QList<CachedAnswer> &answers)
{
    return inTransaction(QStringLiteral("record request"), [&]() -> Result<void> {
        QSqlQuery query(m_library.database().connection());
        query.prepare(QStringLiteral(
            "INSERT INTO run_requests (run_id, seq, stage, papers, status, prompt_tokens, "
            "cached_tokens, completion_tokens, cost_usd, error, started_at, finished_at, "
            "cache_write_tokens) "
            "VALUES (?, (SELECT count(*) FROM run_requests WHERE run_id = ?), ?, ?, ?, ?, ?, ?, "
            "?, ?, ?, ?, ?)"));
        const QByteArray papers = QJsonDocument(QJsonArray::fromStringList(request.paperIds))
                                      .toJson(QJsonDocument::Compact);
        const QVariantList values{runId,
                                  runId,
                                  request.stage,
                                  QString::fromUtf8(papers),
                                  request.answered ? QStringLiteral("answered")
                                                   : QStringLiteral("failed"),
                                  request.tokens.prompt,
                                  request.tokens.cached,
                                  request.tokens.completion,
                                  nullable(request.costUsd),
                                  nullable(request.error),
                                  iso(request.startedAt),
                                  iso(request.finishedAt),
                                  request.tokens.cacheWrite};
        if (!exec(query, values)) {
            return storageError(saveFailed(), QStringLiteral("insert request"), query);
        }

        query.prepare(QStringLiteral(
            "UPDATE runs SET requests = requests + 1, prompt_tokens = prompt_tokens + ?, "
            "cached_tokens = cached_tokens + ?, completion_tokens = completion_tokens + ?, "
            "cache_write_tokens = cache_write_tokens + ?, cost_usd = cost_usd + ?, "
            "cost_known = cost_known AND ? WHERE id = ?"));
        const QVariantList totals{request.tokens.prompt,
                                  request.tokens.cached,
                                  request.tokens.completion,
                                  request.tokens.cacheWrite,
                                  request.costUsd.value_or(0.0),
                                  request.costUsd.has_value() ? 1 : 0,
                                  runId};
        if (!exec(query, totals)) {
            return storageError(saveFailed(), QStringLiteral("update run totals"), query);
        }

        query.prepare(QStringLiteral(
            "INSERT OR REPLACE INTO llm_answers (paper_id, paper_version, criteria_hash, "
            "prompt_version, model, stage, relevance, novelty, comment, verdict, answered_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        for (const CachedAnswer &answer : answers) {
            const QVariantList row{answer.paperId,
                                   answer.paperVersion,
                                   key.criteriaHash,
                                   key.promptVersion,
                                   key.model,
                                   key.stage,
                                   nullable(answer.relevance),
                                   nullable(answer.novelty),
                                   nullable(answer.comment),
                                   nullable(answer.verdict),
                                   isoNow()};
            if (!exec(query, row)) {
                return storageError(saveFailed(), QStringLiteral("insert cached answer"), query);
            }
        }
        return writeScores(runId, scores);
    });
}

Result<void> RunStore::recordScores(qint64 runId, const QList<ScoreRecord> &scores)
{
    if (scores.isEmpty()) {
        return {};
    }
    return inTransaction(QStringLiteral("record scores"), [&]() -> Result<void> {
        return writeScores(runId, scores);
    });
}

Result<void> RunStore::finishRun(qint64 runId, const QString &status, const QString &reason)
{
    QSqlQuery query(m_library.database().connection());
    query.prepare(
        QStringLiteral("UPDATE runs SET status = ?, reason = ?, finished_at = ? WHERE id = ?"));
    if (!exec(query, {status, nullable(reason), isoNow(), runId})) {
        return storageError(saveFailed(), QStringLiteral("finish run"), query);
    }
    return {};
}

Result<void> RunStore::recordAuthorStage(qint64 runId, const AuthorStageRecord &record)
{
    QSqlQuery query(m_library.database().connection());
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO run_authors (run_id, followed, "
                                 "below_cutoff, h_index_cutoff, looked_up, from_cache, unknown, "
                                 "not_looked_up, requests, problem, recorded_at) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const QVariantList values = {runId,
                                 record.followed,
                                 record.belowCutoff,
                                 nullable(record.hIndexCutoff),
                                 record.lookedUp,
                                 record.fromCache,
                                 record.unknown,
                                 record.notLookedUp,
                                 record.requests,
                                 nullable(record.problem),
                                 isoNow()};
    if (!exec(query, values)) {
        return storageError(saveFailed(), QStringLiteral("record author stage"), query);
    }
    return {};
}

std::optional<AuthorStageRecord> RunStore::authorStage(qint64 runId) const
{
    QSqlQuery query(m_library.database().connection());
    query.prepare(QStringLiteral("SELECT followed, below_cutoff, h_index_cutoff, looked_up, "
                                 "from_cache, unknown, not_looked_up, requests, problem "
                                 "FROM run_authors WHERE run_id = ?"));
    if (!exec(query, {runId}) || !query.next()) {
        return std::nullopt;
    }
    AuthorStageRecord record;
    record.followed = query.value(0).toInt();
    record.belowCutoff = query.value(1).toInt();
    record.hIndexCutoff = optionalInt(query.value(2));
    record.lookedUp = query.value(3).toInt();
    record.fromCache = query.value(4).toInt();
    record.unknown = query.value(5).toInt();
    record.notLookedUp = query.value(6).toInt();
    record.requests = query.value(7).toInt();
    record.problem = query.value(8).toString();
    return record;
}

QString RunStore::scheduledOutcome(const QString &profile, const QDate &date) const
{
    QSqlQuery query(m_library.database().connection());
    query.prepare(
        QStringLiteral("SELECT outcome FROM scheduled_days WHERE profile = ? AND date = ?"));
    if (!exec(query, {profile, date.toString(Qt::ISODate)}) || !query.next()) {
        return {};
    }
    return query.value(0).toString();
}

Result<void>
RunStore::recordScheduled(const QString &profile, const QDate &date, const QString &outcome)
{
    QSqlQuery query(m_library.database().connection());
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO scheduled_days (profile, date, outcome, "
                                 "updated_at) VALUES (?, ?, ?, ?)"));
    if (!exec(query, {profile, date.toString(Qt::ISODate), outcome, isoNow()})) {
        return storageError(saveFailed(), QStringLiteral("record scheduled day"), query);
    }
    return {};
}

QList<StoredPrice> RunStore::prices() const
{
    QSqlQuery query(m_library.database().connection());
    query.prepare(QStringLiteral("SELECT model, input_per_mtok, cached_input_per_mtok, "
                                 "output_per_mtok FROM prices ORDER BY model"));
    QList<StoredPrice> prices;
    if (!query.exec()) {
        qCWarning(lcLibrary) << "Library read failed: prices" << query.lastError().text();
        return prices;
    }
    while (query.next()) {
        prices.append({query.value(0).toString(),
                       query.value(1).toDouble(),
                       query.value(2).toDouble(),
                       query.value(3).toDouble()});
    }
    return prices;
}

Result<void> RunStore::setPrice(const StoredPrice &price)
{
    QSqlQuery query(m_library.database().connection());
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO prices (model, input_per_mtok, "
                                 "cached_input_per_mtok, output_per_mtok) VALUES (?, ?, ?, ?)"));
    const QVariantList values{
        price.model, price.inputPerMTok, price.cachedInputPerMTok, price.outputPerMTok};
    if (!exec(query, values)) {
        return storageError(
            tr("The price could not be saved."), QStringLiteral("set price"), query);
    }
    return {};
}

Result<void> RunStore::removePrice(const QString &model)
{
    QSqlQuery query(m_library.database().connection());
    query.prepare(QStringLiteral("DELETE FROM prices WHERE model = ?"));
    if (!exec(query, {model})) {
        return storageError(
            tr("The price could not be removed."), QStringLiteral("remove price"), query);
    }
    return {};
}

} // namespace Sieve::Library
