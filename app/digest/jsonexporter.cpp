// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "jsonexporter.h"

#include <app/platform/logging.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonParseError>

namespace Sieve::Digest {

namespace {

const QString FormatName = QStringLiteral("papersieve-digest");

template <typename T>
QJsonValue orNull(const std::optional<T> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

std::optional<int> optionalInt(const QJsonValue &value)
{
    return value.isDouble() ? std::optional<int>(value.toInt()) : std::nullopt;
}

std::optional<double> optionalDouble(const QJsonValue &value)
{
    return value.isDouble() ? std::optional<double>(value.toDouble()) : std::nullopt;
}

QStringList stringList(const QJsonValue &value)
{
    QStringList out;
    for (const QJsonValue &item : value.toArray()) {
        out.append(item.toString());
    }
    return out;
}

QJsonValue authorStageToJson(const std::optional<Library::AuthorStageRecord> &stage)
{
    if (!stage) {
        return QJsonValue::Null;
    }
    return QJsonObject{{QStringLiteral("followed"), stage->followed},
                       {QStringLiteral("belowCutoff"), stage->belowCutoff},
                       {QStringLiteral("hIndexCutoff"), orNull(stage->hIndexCutoff)},
                       {QStringLiteral("lookedUp"), stage->lookedUp},
                       {QStringLiteral("fromCache"), stage->fromCache},
                       {QStringLiteral("unknown"), stage->unknown},
                       {QStringLiteral("notLookedUp"), stage->notLookedUp},
                       {QStringLiteral("requests"), stage->requests},
                       {QStringLiteral("problem"), stage->problem}};
}

std::optional<Library::AuthorStageRecord> authorStageFromJson(const QJsonValue &value)
{
    if (!value.isObject()) {
        return std::nullopt;
    }
    const QJsonObject object = value.toObject();
    Library::AuthorStageRecord stage;
    stage.followed = object.value(QStringLiteral("followed")).toInt();
    stage.belowCutoff = object.value(QStringLiteral("belowCutoff")).toInt();
    stage.hIndexCutoff = optionalInt(object.value(QStringLiteral("hIndexCutoff")));
    stage.lookedUp = object.value(QStringLiteral("lookedUp")).toInt();
    stage.fromCache = object.value(QStringLiteral("fromCache")).toInt();
    stage.unknown = object.value(QStringLiteral("unknown")).toInt();
    stage.notLookedUp = object.value(QStringLiteral("notLookedUp")).toInt();
    stage.requests = object.value(QStringLiteral("requests")).toInt();
    stage.problem = object.value(QStringLiteral("problem")).toString();
    return stage;
}

QJsonObject usageToJson(const DigestUsage &usage)
{
    QJsonObject out;
    out.insert(QStringLiteral("model"),
               usage.hasRun() ? QJsonValue(usage.model) : QJsonValue(QJsonValue::Null));
    out.insert(QStringLiteral("promptTokens"), usage.promptTokens);
    out.insert(QStringLiteral("completionTokens"), usage.completionTokens);
    out.insert(QStringLiteral("promptCostUsd"), orNull(usage.promptCostUsd));
    out.insert(QStringLiteral("completionCostUsd"), orNull(usage.completionCostUsd));
    out.insert(QStringLiteral("totalCostUsd"), orNull(usage.totalCostUsd()));
    out.insert(QStringLiteral("authorStage"), authorStageToJson(usage.authorStage));
    return out;
}

DigestUsage usageFromJson(const QJsonObject &object)
{
    DigestUsage usage;
    usage.model = object.value(QStringLiteral("model")).toString();
    usage.promptTokens = object.value(QStringLiteral("promptTokens")).toInteger();
    usage.completionTokens = object.value(QStringLiteral("completionTokens")).toInteger();
    usage.promptCostUsd = optionalDouble(object.value(QStringLiteral("promptCostUsd")));
    usage.completionCostUsd = optionalDouble(object.value(QStringLiteral("completionCostUsd")));
    usage.authorStage = authorStageFromJson(object.value(QStringLiteral("authorStage")));
    return usage;
}

QString kindName(Ranker::Contribution::Kind kind)
{
    return kind == Ranker::Contribution::Kind::Topic ? QStringLiteral("topic")
                                                     : QStringLiteral("term");
}

QJsonValue localToJson(const std::optional<LocalRanking> &local)
{
    if (!local) {
        return QJsonValue::Null;
    }
    QJsonArray why;
    for (const Ranker::Contribution &reason : local->why) {
        why.append(QJsonObject{{QStringLiteral("label"), reason.label},
                               {QStringLiteral("kind"), kindName(reason.kind)},
                               {QStringLiteral("weight"), reason.weight}});
    }
    return QJsonObject{{QStringLiteral("rank"), local->rank},
                       {QStringLiteral("score"), local->score},
                       {QStringLiteral("why"), why}};
}

std::optional<LocalRanking> localFromJson(const QJsonValue &value)
{
    if (!value.isObject()) {
        return std::nullopt;
    }
    const QJsonObject object = value.toObject();
    LocalRanking local;
    local.rank = object.value(QStringLiteral("rank")).toInt();
    local.score = object.value(QStringLiteral("score")).toDouble();
    for (const QJsonValue &item : object.value(QStringLiteral("why")).toArray()) {
        const QJsonObject reason = item.toObject();
        const bool topic =
            reason.value(QStringLiteral("kind")).toString() == QLatin1String("topic");
        local.why.append(
            {topic ? Ranker::Contribution::Kind::Topic : Ranker::Contribution::Kind::Term,
             reason.value(QStringLiteral("label")).toString(),
             reason.value(QStringLiteral("weight")).toDouble()});
    }
    return local;
}

QJsonObject entryToJson(const DigestEntry &entry, qsizetype rank, bool listed)
{
    const Paper &paper = entry.paper;
    QJsonObject out;
    out.insert(QStringLiteral("rank"), rank);
    out.insert(QStringLiteral("listed"), listed);
    out.insert(QStringLiteral("id"), paper.id);
    out.insert(QStringLiteral("version"), paper.version);
    out.insert(QStringLiteral("title"), paper.title);
    out.insert(QStringLiteral("authors"), QJsonArray::fromStringList(paper.authors));
    out.insert(QStringLiteral("categories"), QJsonArray::fromStringList(paper.categories));
    out.insert(QStringLiteral("primaryCategory"), paper.primaryCategory);
    out.insert(QStringLiteral("announceType"), announceTypeName(entry.announceType));
    out.insert(QStringLiteral("abstract"), paper.abstract);
    out.insert(QStringLiteral("arxivComment"), paper.comment);
    out.insert(QStringLiteral("comment"), entry.comment);
    out.insert(QStringLiteral("relevance"), orNull(entry.relevance));
    out.insert(QStringLiteral("novelty"), orNull(entry.novelty));
    out.insert(QStringLiteral("status"), entry.status);
    out.insert(QStringLiteral("statusReason"), entry.statusReason);
    out.insert(QStringLiteral("followedAuthor"), entry.followedAuthor);
    out.insert(QStringLiteral("local"), localToJson(entry.local));
    out.insert(QStringLiteral("absUrl"), paper.absUrl());
    out.insert(QStringLiteral("pdfUrl"), paper.pdfUrl());
    return out;
}

DigestEntry entryFromJson(const QJsonObject &object)
{
    DigestEntry entry;
    Paper &paper = entry.paper;
    paper.id = object.value(QStringLiteral("id")).toString();
    paper.version = object.value(QStringLiteral("version")).toInt();
    paper.title = object.value(QStringLiteral("title")).toString();
    paper.authors = stringList(object.value(QStringLiteral("authors")));
    paper.categories = stringList(object.value(QStringLiteral("categories")));
    paper.primaryCategory = object.value(QStringLiteral("primaryCategory")).toString();
    paper.abstract = object.value(QStringLiteral("abstract")).toString();
    paper.comment = object.value(QStringLiteral("arxivComment")).toString();
    entry.announceType =
        announceTypeFromName(object.value(QStringLiteral("announceType")).toString());
    entry.comment = object.value(QStringLiteral("comment")).toString();
    entry.relevance = optionalInt(object.value(QStringLiteral("relevance")));
    entry.novelty = optionalInt(object.value(QStringLiteral("novelty")));
    entry.status = object.value(QStringLiteral("status")).toString();
    entry.statusReason = object.value(QStringLiteral("statusReason")).toString();
    entry.followedAuthor = object.value(QStringLiteral("followedAuthor")).toString();
    entry.local = localFromJson(object.value(QStringLiteral("local")));
    return entry;
}

Error badData(const QString &detail)
{
    const QString userText = QCoreApplication::translate(
        "Sieve::Digest", "This file is not a PaperSieve digest this version can read.");
    return Error(Error::Code::BadData, userText, detail);
}

} // namespace

QJsonDocument JsonExporter::toJson(const Digest &digest)
{
    QJsonObject totals;
    totals.insert(QStringLiteral("arxiv"), digest.totalArxiv);
    totals.insert(QStringLiteral("scanned"), digest.totalScanned);
    totals.insert(QStringLiteral("relevant"), orNull(digest.totalRelevant));

    QJsonArray papers;
    for (qsizetype index = 0; index < digest.entries.size(); ++index) {
        papers.append(entryToJson(digest.entries.at(index), index + 1, true));
    }
    for (qsizetype index = 0; index < digest.others.size(); ++index) {
        const qsizetype rank = digest.entries.size() + index + 1;
        papers.append(entryToJson(digest.others.at(index), rank, false));
    }

    QJsonObject root;
    root.insert(QStringLiteral("format"), FormatName);
    root.insert(QStringLiteral("formatVersion"), FormatVersion);
    root.insert(QStringLiteral("date"), digest.date.toString(Qt::ISODate));
    root.insert(QStringLiteral("categories"), QJsonArray::fromStringList(digest.categories));
    root.insert(QStringLiteral("totals"), totals);
    root.insert(QStringLiteral("usage"), usageToJson(digest.usage));
    root.insert(QStringLiteral("papers"), papers);
    root.insert(QStringLiteral("prompt"), digest.prompt);
    return QJsonDocument(root);
}

Result<void> JsonExporter::write(const Digest &digest, const QString &path)
{
    return writeFileAtomically(path, toJson(digest).toJson(QJsonDocument::Indented));
}

Result<Digest> JsonExporter::fromJson(const QJsonDocument &document)
{
    const QJsonObject root = document.object();
    if (root.value(QStringLiteral("format")).toString() != FormatName) {
        return badData(QStringLiteral("not a papersieve-digest document"));
    }
    const int version = root.value(QStringLiteral("formatVersion")).toInt();
    if (version < 1 || version > FormatVersion) {
        return badData(QStringLiteral("unsupported formatVersion %1").arg(version));
    }

    Digest digest;
    digest.date = QDate::fromString(root.value(QStringLiteral("date")).toString(), Qt::ISODate);
    if (!digest.date.isValid()) {
        return badData(QStringLiteral("invalid date"));
    }
    digest.categories = stringList(root.value(QStringLiteral("categories")));
    digest.prompt = root.value(QStringLiteral("prompt")).toString();
    digest.usage = usageFromJson(root.value(QStringLiteral("usage")).toObject());

    const QJsonObject totals = root.value(QStringLiteral("totals")).toObject();
    digest.totalArxiv = totals.value(QStringLiteral("arxiv")).toInt();
    digest.totalScanned = totals.value(QStringLiteral("scanned")).toInt();
    digest.totalRelevant = optionalInt(totals.value(QStringLiteral("relevant")));

    for (const QJsonValue &paper : root.value(QStringLiteral("papers")).toArray()) {
        const QJsonObject object = paper.toObject();
        const bool listed = object.value(QStringLiteral("listed")).toBool(true);
        (listed ? digest.entries : digest.others).append(entryFromJson(object));
    }
    return digest;
}

Result<Digest> JsonExporter::read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        qCWarning(lcDigest) << "could not read digest" << path << ":" << file.errorString();
        const QString userText =
            QCoreApplication::translate("Sieve::Digest", "The digest \"%1\" could not be opened.")
                .arg(QDir::toNativeSeparators(path));
        return Error(Error::Code::Storage, userText, file.errorString());
    }

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return badData(parseError.errorString());
    }
    return fromJson(document);
}

} // namespace Sieve::Digest
