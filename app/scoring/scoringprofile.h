// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#ifndef SIEVE_SCORING_SCORINGPROFILE_H
#define SIEVE_SCORING_SCORINGPROFILE_H

#include <app/core/error.h>

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace Sieve::Scoring {

// What the LLM stage is sent of a day (Digest::LocalPrefilter): every paper, the local ranker's
// best share of the day, or the fewest best papers expected to hold a share of the relevant ones.
// The rest are "skipped by local ranker"; a followed author's paper is never skipped.
struct PrefilterSetting
{
    enum class Mode {
        Everything,
        TopShare,
        Recall,
    };

    Mode mode = Mode::Everything;
    double share = 0.5; // TopShare: the share of the day sent, in (0, 1]
    double recall = 0.95; // Recall: the expected share of the relevant papers sent, in (0, 1]

    bool operator==(const PrefilterSetting &) const = default;

    // The profile settings' "prefilter" object; fromJson() reads leniently (defaults for what is
    // missing or out of range).
    QJsonObject toJson() const;
    static PrefilterSetting fromJson(const QJsonObject &json);
};

// What a reader asks the model to look for. The three texts are Markdown without their section
// heading: PromptBuilder adds "## Relevant Topics" and "## Scoring Criteria" itself.
struct ScoringProfile
{
    QString name;
    QString systemPrompt; // who the model is and what it does, a few sentences
    QString criteria; // numbered topics with Relevant/Irrelevant notes, then **Keywords:**
    QString rubric; // what each relevance and novelty band means
    int relevanceCutoff = 0; // papers scoring below leave the digest; 0 keeps every paper
    int noveltyCutoff = 0;
    double relevanceWeight = 1;
    double noveltyWeight = 1;
    QStringList followedAuthors; // one entry each: a name, "s2:ID" or "s2:ID Name"
    // A followed author's paper ranks with this score (relevance + novelty reach 20 at most)
    // and passes every cutoff and pre-filter.
    double authorMatchScore = 20;
    int hIndexCutoff = 0; // papers with no author this high skip the LLM stage; 0 turns it off
    QString provider = QStringLiteral("openai"); // "openai" (any compatible endpoint), "anthropic"
    QString model = QStringLiteral("gpt-4.1-mini");
    PrefilterSetting prefilter; // the run panel's choice, also for the scheduled daily run

    // A starting point in our own words: the structure every imported prompt has, with example
    // topics on machine learning the reader is expected to rewrite.
    static ScoringProfile defaults();

    // Reads a prompt file of the tool our users come from: a system text before the first "##"
    // heading (or under "## System message"), "## Relevant Topics" and "## Scoring Criteria".
    // "## Instructions" and "## Papers" are ours to write and are skipped; any other section is
    // kept at the end of the criteria so nothing the reader wrote is lost. Every heading ends
    // the section above it. A whole digest of that tool (its table and papers, then the prompt)
    // is read from its "# Paper Selection Prompt" heading on. Text without a topics section is
    // refused. Settings not in the file keep the values of defaults(), except the system prompt
    // and rubric, which stay empty when the file has none.
    static Result<ScoringProfile> importPrompt(const QString &markdown);

    // Every field under its own key, for the library's profile settings. fromJson() takes what
    // is there and keeps the values of a default-constructed profile for the rest.
    QJsonObject toJson() const;
    static ScoringProfile fromJson(const QJsonObject &json);
};

// One numbered topic of the criteria, as the reader wrote it.
struct CriteriaTopic
{
    int number = 0;
    QString title;
    QString relevant;
    QString irrelevant; // empty when the topic has no such note
};

// The criteria read back into parts, for display and checks; the prompt sends the text itself.
struct CriteriaOutline
{
    QList<CriteriaTopic> topics;
    QStringList relevantKeywords;
    QStringList irrelevantKeywords;
    QMap<QString, QStringList> otherKeywords; // further lists by label, e.g. "Application"

    static CriteriaOutline parse(const QString &criteria);

private:
    void addNote(const QString &label, const QString &text, bool isKeywordList);
};

// Markdown as the prompt sends it: LF line ends, no trailing spaces, no leading or trailing blank
// lines, no runs of blank lines. Texts that differ only in such whitespace normalise equal.
QString normaliseMarkdown(const QString &text);

} // namespace Sieve::Scoring

#endif // SIEVE_SCORING_SCORINGPROFILE_H
