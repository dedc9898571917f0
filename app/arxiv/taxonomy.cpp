// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "taxonomy.h"

#include <app/platform/logging.h>

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

namespace Sieve::Arxiv {

namespace {

constexpr auto BuiltInPath = ":/papersieve/arxiv/taxonomy.json";

// Points per query word, by where it matched; the best place counts.
constexpr int NameWordEqual = 100;
constexpr int NameWordStem = 90;
constexpr int NameWordPrefix = 60;
constexpr int AliasWordEqual = 70;
constexpr int AliasWordPrefix = 40;
constexpr int ArchiveWordEqual = 30;
constexpr int ArchiveWordPrefix = 20;
constexpr int GroupWordEqual = 20;
constexpr int GroupWordPrefix = 10;

// Bonuses for the query as a whole.
constexpr int NameEqualBonus = 100;
constexpr int AliasEqualBonus = 60;
constexpr int NameStartBonus = 40;
constexpr int NameContainsBonus = 20;

constexpr int CodeEqual = 1000;
constexpr int CodePrefix = 900;
constexpr int SuffixEqual = 800;

// Words that join a name ("Astrophysics of Galaxies"); a query may use them or leave them out.
bool isLinkWord(const QString &word)
{
    static const QStringList LinkWords{QStringLiteral("and"),
                                       QStringLiteral("of"),
                                       QStringLiteral("the"),
                                       QStringLiteral("in"),
                                       QStringLiteral("for")};
    return LinkWords.contains(word);
}

QStringList wordsOf(const QString &folded)
{
    static const QRegularExpression Separators(QStringLiteral("[^\\p{L}\\p{N}]+"));
    return folded.split(Separators, Qt::SkipEmptyParts);
}

// Just enough stemming that "galaxy" finds "galaxies" and "network" finds "networks".
QString stem(const QString &word)
{
    if (word.size() > 4 && word.endsWith(QLatin1String("ies"))) {
        return word.chopped(3) + QLatin1Char('y');
    }
    if (word.size() > 3 && word.endsWith(QLatin1Char('s')) && !word.endsWith(QLatin1String("ss"))) {
        return word.chopped(1);
    }
    return word;
}

int matchWord(
    const QString &word, const QStringList &candidates, int equal, int stemmed, int prefix)
{
    int best = 0;
    const QString wordStem = stem(word);
    for (const QString &candidate : candidates) {
        if (candidate == word) {
            return equal;
        }
        if (stem(candidate) == wordStem) {
            best = std::max(best, stemmed);
        } else if (candidate.startsWith(word)) {
            best = std::max(best, prefix);
        }
    }
    return best;
}

QStringList stringsOf(const QJsonValue &value)
{
    QStringList strings;
    for (const QJsonValue &item : value.toArray()) {
        strings.append(item.toString());
    }
    return strings;
}

Error badTaxonomy(const QString &detail)
{
    return Error(Error::Code::BadData,
                 QCoreApplication::translate("Sieve::Arxiv::Taxonomy",
                                             "The list of arXiv categories could not be read."),
                 detail);
}

} // namespace

const Taxonomy &Taxonomy::builtIn()
{
    static const Taxonomy taxonomy = [] {
        QFile file(QString::fromLatin1(BuiltInPath));
        if (!file.open(QIODevice::ReadOnly)) {
            qCCritical(lcArxiv) << "bundled taxonomy missing" << file.fileName();
            return Taxonomy();
        }
        Result<Taxonomy> read = fromJson(file.readAll());
        if (!read) {
            qCCritical(lcArxiv) << "bundled taxonomy unreadable:" << read.error().detail();
            return Taxonomy();
        }
        qCDebug(lcArxiv) << "taxonomy loaded:" << read->categories().size() << "categories";
        return std::move(read).value();
    }();
    return taxonomy;
}

Result<Taxonomy> Taxonomy::fromJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return badTaxonomy(parseError.errorString());
    }

    Taxonomy taxonomy;
    for (const QJsonValue &group : document.object().value(QLatin1String("groups")).toArray()) {
        const QString groupName = group[QLatin1String("name")].toString();
        for (const QJsonValue &archive : group[QLatin1String("archives")].toArray()) {
            for (const QJsonValue &item : archive[QLatin1String("categories")].toArray()) {
                Category category;
                category.code = item[QLatin1String("code")].toString();
                category.name = item[QLatin1String("name")].toString();
                category.archive = archive[QLatin1String("code")].toString();
                category.archiveName = archive[QLatin1String("name")].toString();
                category.group = groupName;
                category.aliases = stringsOf(item[QLatin1String("aliases")]);
                if (category.code.isEmpty() || category.name.isEmpty()) {
                    return badTaxonomy(QStringLiteral("a category without code or name"));
                }
                taxonomy.add(category);
            }
        }
    }

    if (taxonomy.m_categories.isEmpty()) {
        return badTaxonomy(QStringLiteral("no categories"));
    }
    return taxonomy;
}

void Taxonomy::add(const Category &category)
{
    Entry entry;
    entry.code = fold(category.code);
    const qsizetype dot = entry.code.indexOf(QLatin1Char('.'));
    entry.suffix = dot < 0 ? entry.code : entry.code.mid(dot + 1);
    entry.name = fold(category.name);
    entry.nameWords = wordsOf(entry.name);
    for (const QString &alias : category.aliases) {
        entry.aliases.append(fold(alias));
        entry.aliasWords.append(wordsOf(entry.aliases.constLast()));
    }
    entry.archiveWords = wordsOf(fold(category.archiveName)) + wordsOf(fold(category.archive));
    entry.groupWords = wordsOf(fold(category.group));

    m_categories.append(category);
    m_entries.append(entry);
}

std::optional<Category> Taxonomy::category(const QString &code) const
{
    const QString folded = fold(code).trimmed();
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).code == folded) {
            return m_categories.at(i);
        }
    }
    return std::nullopt;
}

QList<Category> Taxonomy::search(const QString &text) const
{
    const QString query = fold(text);
    if (query.isEmpty()) {
        return m_categories;
    }

    // A query written like a code ("cs.LG", "astro-ph") asks for codes only; its pieces would
    // otherwise match words all over the taxonomy ("ph" begins "physics").
    const bool looksLikeCode = !query.contains(QLatin1Char(' '))
        && (query.contains(QLatin1Char('.')) || query.contains(QLatin1Char('-')));
    const QStringList words = wordsOf(query);

    QList<std::pair<int, qsizetype>> hits;
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        const int score = std::max(codeScore(m_entries.at(i), query),
                                   looksLikeCode ? 0 : wordScore(m_entries.at(i), query, words));
        if (score > 0) {
            hits.append({score, i});
        }
    }
    if (looksLikeCode && hits.isEmpty()) {
        for (qsizetype i = 0; i < m_entries.size(); ++i) {
            if (const int score = wordScore(m_entries.at(i), query, words); score > 0) {
                hits.append({score, i});
            }
        }
    }

    std::stable_sort(hits.begin(), hits.end(), [](const auto &a, const auto &b) {
        return a.first > b.first;
    });
    QList<Category> found;
    found.reserve(hits.size());
    for (const auto &hit : std::as_const(hits)) {
        found.append(m_categories.at(hit.second));
    }
    return found;
}

int Taxonomy::codeScore(const Entry &entry, const QString &query)
{
    if (entry.code == query) {
        return CodeEqual;
    }
    if (entry.code.startsWith(query)) {
        return CodePrefix - int(entry.code.size() - query.size());
    }
    if (query.size() >= 2 && entry.suffix == query) {
        return SuffixEqual;
    }
    return 0;
}

int Taxonomy::wordScore(const Entry &entry, const QString &query, const QStringList &words)
{
    int total = 0;
    for (const QString &word : words) {
        if (isLinkWord(word)) {
            continue;
        }
        const int score = std::max({
            matchWord(word, entry.nameWords, NameWordEqual, NameWordStem, NameWordPrefix),
            matchWord(word, entry.aliasWords, AliasWordEqual, AliasWordEqual, AliasWordPrefix),
            matchWord(
                word, entry.archiveWords, ArchiveWordEqual, ArchiveWordEqual, ArchiveWordPrefix),
            matchWord(word, entry.groupWords, GroupWordEqual, GroupWordEqual, GroupWordPrefix),
        });
        if (score == 0) {
            return 0;
        }
        total += score;
    }
    if (total == 0) {
        return 0;
    }

    if (entry.name == query) {
        total += NameEqualBonus;
    } else if (entry.aliases.contains(query)) {
        total += AliasEqualBonus;
    } else if (entry.name.startsWith(query)) {
        total += NameStartBonus;
    } else if (entry.name.contains(query)) {
        total += NameContainsBonus;
    }
    return total;
}

QString Taxonomy::fold(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString folded;
    folded.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (!c.isMark()) {
            folded.append(c.toLower());
        }
    }
    return folded.simplified();
}

} // namespace Sieve::Arxiv
