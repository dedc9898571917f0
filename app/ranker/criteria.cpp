// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "criteria.h"

#include <QRegularExpression>

namespace Sieve::Ranker {

namespace {

enum class Section { Topics, Keywords, Ignored };
enum class Field { None, Relevant, Irrelevant };

QStringList splitKeywords(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[,;]|\\(|\\)"));
    QStringList keywords;
    for (const QString &part : text.split(separators, Qt::SkipEmptyParts)) {
        const QString keyword = part.trimmed();
        if (!keyword.isEmpty()) {
            keywords.append(keyword);
        }
    }
    return keywords;
}

void appendText(QString &target, const QString &text)
{
    if (!target.isEmpty()) {
        target.append(QLatin1Char(' '));
    }
    target.append(text);
}

struct Parser
{
    Criteria criteria;
    QString looseText;
    Section section = Section::Topics;
    Field field = Field::None;

    void heading(const QString &text)
    {
        field = Field::None;
        if (text.contains(QLatin1String("keyword"), Qt::CaseInsensitive)) {
            section = Section::Keywords;
        } else if (text.contains(QLatin1String("scor"), Qt::CaseInsensitive)) {
            section = Section::Ignored;
        } else {
            section = Section::Topics;
        }
    }

    void note(Field kind, const QString &text)
    {
        field = kind;
        if (section == Section::Keywords) {
            QStringList &list =
                kind == Field::Relevant ? criteria.keywords : criteria.negativeKeywords;
            list.append(splitKeywords(text));
        } else if (!criteria.topics.isEmpty()) {
            Topic &topic = criteria.topics.last();
            appendText(kind == Field::Relevant ? topic.relevant : topic.irrelevant, text);
        }
    }

    void plain(const QString &text)
    {
        if (section != Section::Topics) {
            return;
        }
        if (criteria.topics.isEmpty()) {
            appendText(looseText, text);
            return;
        }
        Topic &topic = criteria.topics.last();
        appendText(field == Field::Irrelevant ? topic.irrelevant : topic.relevant, text);
    }

    void line(const QString &raw)
    {
        static const QRegularExpression topicRe(QStringLiteral("^\\d+[.)]\\s+(.+)$"));
        static const QRegularExpression noteRe(
            QStringLiteral("^[-*+]?\\s*(relevant|irrelevant|not relevant)\\s*:\\s*(.*)$"),
            QRegularExpression::CaseInsensitiveOption);
        QString text = raw.trimmed();
        text.remove(QStringLiteral("**"));
        if (text.isEmpty() || text.startsWith(QLatin1Char('>'))) {
            return;
        }
        if (text.startsWith(QLatin1Char('#'))) {
            heading(text);
            return;
        }
        if (section == Section::Ignored) {
            return;
        }
        if (const auto match = noteRe.match(text); match.hasMatch()) {
            const bool positive =
                match.captured(1).compare(QLatin1String("relevant"), Qt::CaseInsensitive) == 0;
            note(positive ? Field::Relevant : Field::Irrelevant, match.captured(2).trimmed());
            return;
        }
        if (text.endsWith(QLatin1Char(':'))) {
            heading(text);
            return;
        }
        if (const auto match = topicRe.match(text); match.hasMatch()) {
            criteria.topics.append(Topic{match.captured(1).trimmed(), {}, {}});
            field = Field::None;
            section = Section::Topics;
            return;
        }
        if (text.startsWith(QLatin1Char('-')) || text.startsWith(QLatin1Char('*'))) {
            text = text.mid(1).trimmed();
        }
        plain(text);
    }
};

} // namespace

Criteria Criteria::parse(const QString &markdown)
{
    Parser parser;
    for (const QString &line : markdown.split(QLatin1Char('\n'))) {
        parser.line(line);
    }
    // A paragraph before numbered topics is usually instructions; it only counts when there
    // are no topics at all.
    if (parser.criteria.topics.isEmpty() && !parser.looseText.isEmpty()) {
        parser.criteria.topics.append(Topic{QString(), parser.looseText, QString()});
    }
    return parser.criteria;
}

} // namespace Sieve::Ranker
