// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#ifndef SIEVE_SCORING_PROMPTBUILDER_H
#define SIEVE_SCORING_PROMPTBUILDER_H

#include <app/core/paper.h>
#include <app/scoring/scoringprofile.h>

#include <QByteArray>
#include <QList>
#include <QString>

namespace Sieve::Scoring {

struct ChatMessage
{
    enum class Role { System, User };

    Role role = Role::User;
    QString content;
};

// One request's messages. The user message is `cacheablePrefix` followed by `variablePart`, so a
// provider that caches prompt prefixes (or marks one, as Anthropic does) can split it there.
struct Prompt
{
    QString system;
    QString cacheablePrefix; // the same bytes for every batch of a profile
    QString variablePart; // the papers of this batch

    QString userMessage() const { return cacheablePrefix + variablePart; }

    QList<ChatMessage> messages() const;
};

// Assembles the prompts of both scoring stages from a profile. Stable text comes first (system,
// topics, rubric, output instructions) and the papers last, so providers can cache the prefix.
class PromptBuilder
{
public:
    // Part of every cache key: raise it whenever the wording below changes what a model answers.
    static constexpr int PromptVersion = 1;
    static constexpr int AbstractLimit = 4000; // characters of an abstract sent to the model

    explicit PromptBuilder(ScoringProfile profile);

    const ScoringProfile &profile() const { return m_profile; }

    // The abstract stage: one JSON object per paper with ARXIVID, COMMENT, RELEVANCE, NOVELTY.
    Prompt abstractPrompt(const QList<Paper> &papers) const;

    // The title pre-filter: titles only; the model answers with the ids it finds clearly
    // irrelevant, as a JSON array (ResponseParser::parseTitleFilter reads it).
    Prompt titleFilterPrompt(const QList<Paper> &papers) const;

    // "ArXiv ID: ...\nTitle: ...\nAuthors: ...\nAbstract: ..." with the abstract cut to
    // AbstractLimit characters; whitespace runs inside fields become single spaces.
    static QString paperBlock(const Paper &paper);

    static QString titleLine(const Paper &paper);

private:
    ScoringProfile m_profile;
};

// SHA-256 (lowercase hex) of the abstract stage's stable text after normalising line endings,
// trailing spaces and blank-line runs: equal for profiles that differ only in such whitespace.
// Cutoffs, weights, provider and model do not enter it; they do not change what the model sees.
QByteArray criteriaHash(const ScoringProfile &profile);

} // namespace Sieve::Scoring

#endif // SIEVE_SCORING_PROMPTBUILDER_H
