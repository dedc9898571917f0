// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "promptbuilder.h"

#include <QCryptographicHash>

namespace Sieve::Scoring {

namespace {

constexpr auto AbstractInstructions =
    "Answer with one JSON object per line (JSON Lines), one line for every paper in the list "
    "and nothing else: no headings, no code fences, no commentary. Each object has exactly "
    "these keys:\n"
    "\n"
    "- \"ARXIVID\": the paper's arXiv ID, exactly as the list gives it.\n"
    "- \"COMMENT\": one short sentence naming the topic the paper matches closely, by its "
    "number and title, and why. Name a topic only for a specific match, never for broad words "
    "the paper shares with it; write \"No topic matches.\" when none does.\n"
    "- \"RELEVANCE\": a whole number from 1 to 10 on the relevance scale.\n"
    "- \"NOVELTY\": a whole number from 1 to 10 on the novelty scale.\n"
    "\n"
    "A line looks like this:\n"
    "{\"ARXIVID\": \"2501.01234\", \"COMMENT\": \"Matches topic 3: a new pruning rule with a "
    "convergence proof.\", \"RELEVANCE\": 8, \"NOVELTY\": 7}";

constexpr auto TitleFilterInstructions =
    "Below are only the titles of today's papers. Name the papers that are clearly outside "
    "every topic above, so that their abstracts need not be read. A paper you name is dropped "
    "without a second look: when in doubt, leave it out of your answer.\n"
    "\n"
    "Answer with a single JSON array of arXiv IDs and nothing else, for example "
    "[\"2501.01234\", \"2501.01240\"], or [] when no paper is clearly irrelevant.";

QString section(const QString &heading, const QString &body)
{
    if (body.isEmpty()) {
        return {};
    }
    return QLatin1String("## ") + heading + QLatin1String("\n\n") + body + QLatin1String("\n\n");
}

QString abstractPrefix(const ScoringProfile &profile)
{
    return section(QStringLiteral("Relevant Topics"), profile.criteria)
        + section(QStringLiteral("Scoring Criteria"), profile.rubric)
        + section(QStringLiteral("Output Format"), QString::fromUtf8(AbstractInstructions))
        + QLatin1String("## Papers\n\n");
}

} // namespace

QList<ChatMessage> Prompt::messages() const
{
    QList<ChatMessage> list;
    if (!system.isEmpty()) {
        list.append({ChatMessage::Role::System, system});
    }
    list.append({ChatMessage::Role::User, userMessage()});
    return list;
}

PromptBuilder::PromptBuilder(ScoringProfile profile)
    : m_profile(std::move(profile))
{
    m_profile.systemPrompt = normaliseMarkdown(m_profile.systemPrompt);
    m_profile.criteria = normaliseMarkdown(m_profile.criteria);
    m_profile.rubric = normaliseMarkdown(m_profile.rubric);
}

Prompt PromptBuilder::abstractPrompt(const QList<Paper> &papers) const
{
    QStringList blocks;
    blocks.reserve(papers.size());
    for (const Paper &paper : papers) {
        blocks.append(paperBlock(paper));
    }

    return {m_profile.systemPrompt,
            abstractPrefix(m_profile),
            blocks.join(QLatin1String("\n\n")) + QLatin1Char('\n')};
}

Prompt PromptBuilder::titleFilterPrompt(const QList<Paper> &papers) const
{
    QStringList lines;
    lines.reserve(papers.size());
    for (const Paper &paper : papers) {
        lines.append(titleLine(paper));
    }

    const QString prefix = section(QStringLiteral("Relevant Topics"), m_profile.criteria)
        + section(QStringLiteral("Task"), QString::fromUtf8(TitleFilterInstructions))
        + QLatin1String("## Titles\n\n");
    return {m_profile.systemPrompt, prefix, lines.join(QLatin1Char('\n')) + QLatin1Char('\n')};
}

QString PromptBuilder::paperBlock(const Paper &paper)
{
    const QString abstract = paper.abstract.simplified().left(AbstractLimit);
    return QLatin1String("ArXiv ID: ") + paper.id + QLatin1String("\nTitle: ")
        + paper.title.simplified() + QLatin1String("\nAuthors: ")
        + paper.authors.join(QLatin1String(", ")) + QLatin1String("\nAbstract: ") + abstract;
}

QString PromptBuilder::titleLine(const Paper &paper)
{
    return paper.id + QLatin1String(": ") + paper.title.simplified();
}

QByteArray criteriaHash(const ScoringProfile &profile)
{
    const PromptBuilder builder(profile);
    const Prompt prompt = builder.abstractPrompt({});

    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(prompt.system.toUtf8());
    hash.addData(QByteArrayView("\0", 1)); // keeps "ab"+"c" apart from "a"+"bc"
    hash.addData(prompt.cacheablePrefix.toUtf8());
    return hash.result().toHex();
}

} // namespace Sieve::Scoring
