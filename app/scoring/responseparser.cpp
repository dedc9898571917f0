// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "responseparser.h"

#include <app/platform/logging.h>

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <optional>

namespace Sieve::Scoring {

namespace {

constexpr qsizetype ExcerptLength = 60;

struct Fragment
{
    qsizetype start = 0;
    qsizetype end = 0; // one past the closing bracket
};

QChar closerOf(QChar opener)
{
    return opener == QLatin1Char('{') ? QLatin1Char('}') : QLatin1Char(']');
}

QChar previousNonSpace(const QString &text, qsizetype pos)
{
    for (qsizetype i = pos - 1; i >= 0; --i) {
        if (!text.at(i).isSpace()) {
            return text.at(i);
        }
    }
    return {};
}

QChar nextNonSpace(const QString &text, qsizetype pos)
{
    for (qsizetype i = pos + 1; i < text.size(); ++i) {
        if (!text.at(i).isSpace()) {
            return text.at(i);
        }
    }
    return {};
}

// A single quote opens a string only where JSON expects a value or key, and closes it only
// where a value or key can end: apostrophes inside words ("model's") are left alone.
bool opensSingleQuoted(const QString &text, qsizetype pos)
{
    const QChar before = previousNonSpace(text, pos);
    return before == QLatin1Char('{') || before == QLatin1Char('[') || before == QLatin1Char(',')
        || before == QLatin1Char(':');
}

bool closesSingleQuoted(const QString &text, qsizetype pos)
{
    const QChar after = nextNonSpace(text, pos);
    return after.isNull() || after == QLatin1Char(',') || after == QLatin1Char('}')
        || after == QLatin1Char(']') || after == QLatin1Char(':');
}

// Walks the text from an opening bracket to its partner, skipping brackets inside strings.
// Returns the position one past the partner, or -1 when the text ends first.
qsizetype matchingEnd(const QString &text, qsizetype start)
{
    const QChar opener = text.at(start);
    int depth = 0;
    QChar quote;
    for (qsizetype i = start; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (!quote.isNull()) {
            if (c == QLatin1Char('\\')) {
                ++i;
            } else if (c == quote && (quote == QLatin1Char('"') || closesSingleQuoted(text, i))) {
                quote = QChar();
            }
            continue;
        }
        if (c == QLatin1Char('"') || (c == QLatin1Char('\'') && opensSingleQuoted(text, i))) {
            quote = c;
        } else if (c == opener) {
            ++depth;
        } else if (c == closerOf(opener) && --depth == 0) {
            return i + 1;
        }
    }
    return -1;
}

// Rewrites the near-JSON models write into JSON: single-quoted strings become double-quoted,
// bare keys get quotes, and commas before a closing bracket go.
QString repaired(const QString &text)
{
    static const QRegularExpression bareKey(QStringLiteral(R"(^([A-Za-z_][A-Za-z0-9_]*)\s*:)"));

    QString out;
    out.reserve(text.size() + 16);
    QChar quote;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (!quote.isNull()) {
            if (c == QLatin1Char('\\') && i + 1 < text.size()) {
                const QChar escaped = text.at(++i);
                if (quote == QLatin1Char('\'') && escaped == QLatin1Char('\'')) {
                    out.append(escaped);
                } else {
                    out.append(c).append(escaped);
                }
            } else if (c == quote && (quote == QLatin1Char('"') || closesSingleQuoted(text, i))) {
                out.append(QLatin1Char('"'));
                quote = QChar();
            } else if (c == QLatin1Char('"')) {
                out.append(QLatin1String("\\\""));
            } else {
                out.append(c);
            }
            continue;
        }

        if (c == QLatin1Char('"') || (c == QLatin1Char('\'') && opensSingleQuoted(text, i))) {
            quote = c;
            out.append(QLatin1Char('"'));
        } else if (c == QLatin1Char(',')
                   && (nextNonSpace(text, i) == QLatin1Char('}')
                       || nextNonSpace(text, i) == QLatin1Char(']'))) {
            continue;
        } else if (c.isLetter() && opensSingleQuoted(text, i)
                   && previousNonSpace(text, i) != QLatin1Char(':')) {
            const QRegularExpressionMatch key = bareKey.match(QStringView(text).mid(i));
            if (!key.hasMatch()) {
                out.append(c);
                continue;
            }
            out.append(QLatin1Char('"') + key.captured(1) + QLatin1Char('"'));
            i += key.capturedLength(1) - 1;
        } else {
            out.append(c);
        }
    }
    return out;
}

QString keyName(const QString &key)
{
    QString name;
    for (const QChar c : key) {
        if (c.isLetterOrNumber()) {
            name.append(c.toLower());
        }
    }
    return name;
}

QJsonValue field(const QJsonObject &object, std::initializer_list<QLatin1String> names)
{
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QString name = keyName(it.key());
        for (const QLatin1String candidate : names) {
            if (name == candidate) {
                return it.value();
            }
        }
    }
    return QJsonValue(QJsonValue::Undefined);
}

QString idText(const QJsonValue &value)
{
    if (value.isString()) {
        return value.toString().trimmed();
    }
    if (value.isDouble()) {
        // A bare number loses trailing zeros; IDs since 2015 (YYMM >= 1501) have five digits.
        const double number = value.toDouble();
        return QString::number(number, 'f', number >= 1501 ? 5 : 4);
    }
    return {};
}

std::optional<double> scoreValue(const QJsonValue &value)
{
    static const QRegularExpression scoreText(
        QStringLiteral(R"(^\s*(-?\d+(?:\.\d+)?)\s*(?:/\s*10)?\s*$)"));

    if (value.isDouble()) {
        return value.toDouble();
    }
    const QRegularExpressionMatch match = scoreText.match(value.toString());
    if (!match.hasMatch()) {
        return std::nullopt;
    }
    return match.captured(1).toDouble();
}

QString excerpt(const QString &text)
{
    const QString flat = text.simplified();
    return flat.size() <= ExcerptLength ? flat : flat.left(ExcerptLength) + QStringLiteral("...");
}

QString compactJson(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

class BatchReader
{
public:
    explicit BatchReader(const QStringList &expectedIds)
        : m_expected(expectedIds)
    {
        for (const QString &id : expectedIds) {
            m_byNormalised.insert(ResponseParser::normaliseId(id), id);
        }
    }

    void readText(const QString &text)
    {
        qsizetype pos = 0;
        qsizetype lastUnclosed = -1;
        qsizetype lastRead = -1;
        bool sawObject = false;
        while ((pos = text.indexOf(QLatin1Char('{'), pos)) >= 0) {
            sawObject = true;
            const qsizetype end = matchingEnd(text, pos);
            if (end < 0) {
                lastUnclosed = pos; // complete objects inside it are still read
                ++pos;
            } else if (readFragment(text.mid(pos, end - pos))) {
                lastRead = end;
                pos = end;
            } else {
                ++pos; // an unreadable wrapper may hold readable objects
            }
        }

        if (!sawObject) {
            report(Problem::Kind::NoJson, {}, excerpt(text));
        } else if (lastUnclosed > lastRead) {
            report(Problem::Kind::Truncated, {}, excerpt(text.mid(lastUnclosed)));
        }
    }

    ParsedBatch finish()
    {
        for (const QString &id : m_expected) {
            if (!m_accepted.contains(id)) {
                m_batch.missing.append(id);
            }
        }
        return m_batch;
    }

    void report(Problem::Kind kind, const QString &paperId, const QString &detail)
    {
        qCWarning(lcScoring).noquote()
            << "model answer:" << problemKindName(kind) << paperId << detail;
        m_batch.problems.append({kind, paperId, detail});
    }

private:
    // False when the fragment is not JSON and holds another object worth trying on its own.
    bool readFragment(const QString &fragment)
    {
        const QJsonDocument document = QJsonDocument::fromJson(repaired(fragment).toUtf8());
        if (!document.isObject()) {
            if (fragment.indexOf(QLatin1Char('{'), 1) > 0) {
                return false;
            }
            if (fragment.contains(QLatin1Char(':'))) {
                report(Problem::Kind::Unparseable, {}, excerpt(fragment));
            } else {
                // Braces in prose or TeX ("$\mathcal{O}(n)$") around the answer, not an object.
                qCDebug(lcScoring).noquote() << "skipped braces in prose:" << excerpt(fragment);
            }
            return true;
        }

        readObject(document.object());
        return true;
    }

    void readObject(const QJsonObject &object)
    {
        const QString written = idText(field(object,
                                             {QLatin1String("arxivid"),
                                              QLatin1String("id"),
                                              QLatin1String("paperid"),
                                              QLatin1String("arxiv")}));
        if (written.isEmpty()) {
            if (!readWrapped(object)) {
                report(Problem::Kind::NoId, {}, excerpt(compactJson(object)));
            }
            return;
        }

        const QString id = m_byNormalised.value(ResponseParser::normaliseId(written));
        if (id.isEmpty()) {
            m_batch.unknown.append(written);
            report(Problem::Kind::UnknownId, written, {});
            return;
        }
        if (m_accepted.contains(id)) {
            if (!m_batch.duplicates.contains(id)) {
                m_batch.duplicates.append(id);
            }
            report(Problem::Kind::DuplicateId, id, {});
            return;
        }

        readScore(id, object);
    }

    // {"papers": [{...}, {...}]}: some models wrap the list in an object.
    bool readWrapped(const QJsonObject &object)
    {
        bool found = false;
        for (const QJsonValue &value : object) {
            if (!value.isArray()) {
                continue;
            }
            for (const QJsonValue &item : value.toArray()) {
                if (item.isObject()) {
                    found = true;
                    readObject(item.toObject());
                }
            }
        }
        return found;
    }

    void readScore(const QString &id, const QJsonObject &object)
    {
        const std::optional<int> relevance = checkedScore(
            id, field(object, {QLatin1String("relevance"), QLatin1String("relevancescore")}));
        const std::optional<int> novelty = checkedScore(
            id, field(object, {QLatin1String("novelty"), QLatin1String("noveltyscore")}));
        if (!relevance || !novelty) {
            return;
        }

        const QJsonValue comment = field(
            object, {QLatin1String("comment"), QLatin1String("comments"), QLatin1String("reason")});
        m_accepted.insert(id);
        m_batch.scores.append({id, *relevance, *novelty, comment.toString().trimmed()});
    }

    std::optional<int> checkedScore(const QString &id, const QJsonValue &value)
    {
        const std::optional<double> number = scoreValue(value);
        const QString written =
            value.isDouble() ? QString::number(value.toDouble()) : value.toString();
        if (!number) {
            report(Problem::Kind::ScoreRejected, id, written);
            return std::nullopt;
        }

        const int score = qRound(*number);
        if (score >= 1 && score <= 10) {
            return score;
        }
        if (score == 0 || score == 11) {
            report(Problem::Kind::ScoreClamped, id, written);
            return std::clamp(score, 1, 10);
        }
        report(Problem::Kind::ScoreRejected, id, written);
        return std::nullopt;
    }

    QStringList m_expected;
    QHash<QString, QString> m_byNormalised;
    QSet<QString> m_accepted;
    ParsedBatch m_batch;
};

} // namespace

QString problemKindName(Problem::Kind kind)
{
    switch (kind) {
    case Problem::Kind::EmptyAnswer:
        return QStringLiteral("empty answer");
    case Problem::Kind::NoJson:
        return QStringLiteral("no JSON");
    case Problem::Kind::Unparseable:
        return QStringLiteral("unparseable");
    case Problem::Kind::Truncated:
        return QStringLiteral("truncated");
    case Problem::Kind::NoId:
        return QStringLiteral("no id");
    case Problem::Kind::UnknownId:
        return QStringLiteral("unknown id");
    case Problem::Kind::DuplicateId:
        return QStringLiteral("duplicate id");
    case Problem::Kind::ScoreClamped:
        return QStringLiteral("score clamped");
    case Problem::Kind::ScoreRejected:
        return QStringLiteral("score rejected");
    }
    return {};
}

ParsedBatch ResponseParser::parse(const QString &answer, const QStringList &expectedIds)
{
    BatchReader reader(expectedIds);
    if (answer.trimmed().isEmpty()) {
        reader.report(Problem::Kind::EmptyAnswer, {}, {});
    } else {
        reader.readText(answer);
    }
    return reader.finish();
}

QStringList ResponseParser::parseTitleFilter(const QString &answer, const QStringList &expectedIds)
{
    QHash<QString, QString> byNormalised;
    for (const QString &id : expectedIds) {
        byNormalised.insert(normaliseId(id), id);
    }

    qsizetype pos = 0;
    while ((pos = answer.indexOf(QLatin1Char('['), pos)) >= 0) {
        const qsizetype end = matchingEnd(answer, pos);
        const QJsonDocument document = end < 0
            ? QJsonDocument()
            : QJsonDocument::fromJson(repaired(answer.mid(pos, end - pos)).toUtf8());
        if (!document.isArray()) {
            ++pos;
            continue;
        }

        QSet<QString> named;
        for (const QJsonValue &item : document.array()) {
            const QJsonValue id = item.isObject()
                ? field(item.toObject(), {QLatin1String("arxivid"), QLatin1String("id")})
                : item;
            named.insert(byNormalised.value(normaliseId(idText(id))));
        }
        QStringList dropped;
        for (const QString &id : expectedIds) {
            if (named.contains(id)) {
                dropped.append(id);
            }
        }
        return dropped;
    }

    qCWarning(lcScoring).noquote() << "title filter answer has no JSON array, keeping all"
                                   << expectedIds.size() << "papers:" << excerpt(answer);
    return {};
}

QString ResponseParser::normaliseId(const QString &id)
{
    static const QRegularExpression prefix(
        QStringLiteral(R"(^(?:https?://(?:www\.)?arxiv\.org/(?:abs|pdf)/|arxiv:\s*))"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression version(QStringLiteral(R"(v\d+$)"));

    QString normalised = id.trimmed();
    normalised.remove(prefix);
    normalised.remove(version);
    return normalised.trimmed();
}

} // namespace Sieve::Scoring
