// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "scoringprofile.h"

#include <app/platform/logging.h>

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

namespace Sieve::Scoring {

namespace {

constexpr auto DefaultSystemPrompt =
    "You help a researcher keep up with the papers announced on arXiv each day.\n"
    "Read the title and abstract of every paper below, judge how well it fits the reader's "
    "interests described in the topics, and score it honestly: on most days, most papers will "
    "not fit.";

constexpr auto DefaultCriteria =
    "Use these topics to decide which papers the reader wants to see. A paper must fit at "
    "least one topic to score high; fitting several counts in its favour. Prefer new methods "
    "and new understanding over routine use of known tools.\n"
    "\n"
    "1. Learning and Representations\n"
    "   - Relevant: How neural networks organise what they learn, sparse or contrastive "
    "feature learning, the dynamics of training.\n"
    "   - Irrelevant: Known techniques applied to one more data set without new insight.\n"
    "\n"
    "2. Architectures\n"
    "   - Relevant: Mixture-of-experts, attention variants, conditional computation, studies "
    "of why an architecture works.\n"
    "   - Irrelevant: An existing architecture used as a black box for some task.\n"
    "\n"
    "3. Efficiency\n"
    "   - Relevant: Pruning, quantisation, low-rank methods, the memory of attention caches, "
    "theory of efficient inference.\n"
    "   - Irrelevant: An existing compression recipe applied to one more model.\n"
    "\n"
    "4. Large Language Models\n"
    "   - Relevant: Advances in pre-training, theory or interpretability of language models.\n"
    "   - Irrelevant: Prompting tricks, fine-tuning for one domain, releases of benchmarks or "
    "data sets.\n"
    "\n"
    "**Keywords:**\n"
    "\n"
    "- Relevant: mixture of experts, representation learning, sparsity, pruning, quantization, "
    "low-rank, foundation model\n"
    "- Irrelevant: reinforcement learning, federated learning, diffusion models";

constexpr auto DefaultRubric =
    "> Relevance says how closely a paper matches the reader's topics; novelty says how new "
    "and consequential its contribution is.\n"
    "> Judge the two separately: a paper can be on topic and routine, or far from the topics "
    "and original.\n"
    "\n"
    "### Relevance Scoring\n"
    "\n"
    "- Relevance 9-10 (Core): squarely about one of the topics, often naming its keywords in "
    "the title.\n"
    "- Relevance 7-8 (Close): about a topic, but looking at a side of it or using it in a "
    "neighbouring setting.\n"
    "- Relevance 5-6 (Partial): touches a topic while its main subject lies elsewhere.\n"
    "- Relevance 3-4 (Distant): shares little more than vocabulary with the topics.\n"
    "- Relevance 1-2 (Unrelated): belongs to another field. An idea that could reshape a topic "
    "from the outside may still deserve 9-10, but this is rare.\n"
    "\n"
    "### Novelty Scoring\n"
    "\n"
    "- Novelty 9-10 (Breakthrough): opens a new direction or settles a long-standing problem.\n"
    "- Novelty 7-8 (Advance): a clear improvement or insight, short of a new direction.\n"
    "- Novelty 5-6 (Incremental): a modest extension that may pay off later.\n"
    "- Novelty 3-4 (Minor): small changes, narrow engineering, a new benchmark or data set.\n"
    "- Novelty 1-2 (Routine): standard methods applied without new insight.";

enum class Section { Preamble, System, Criteria, Rubric, Skipped, Other };

Section sectionOf(const QString &heading)
{
    // A digest lists its papers as "## 1. [Title](https://arxiv.org/abs/…)": not the reader's.
    static const QRegularExpression digestEntry(QStringLiteral(R"(^\d+\.\s*\[)"));
    const QString name = heading.trimmed().toLower();
    if (digestEntry.match(name).hasMatch()) {
        return Section::Skipped;
    }
    if (name.startsWith(QLatin1String("relevant topics")) || name == QLatin1String("topics")
        || name == QLatin1String("criteria")) {
        return Section::Criteria;
    }
    if (name.startsWith(QLatin1String("scoring criteria")) || name == QLatin1String("rubric")) {
        return Section::Rubric;
    }
    if (name.startsWith(QLatin1String("system"))) {
        return Section::System;
    }
    if (name.startsWith(QLatin1String("instructions")) || name.startsWith(QLatin1String("paper"))) {
        return Section::Skipped;
    }
    return Section::Other;
}

// Files saved as UTF-8 and read back as Windows-1252 somewhere upstream; the reference digest
// carries such dashes and quotes.
QString repairMojibake(QString text)
{
    static const std::pair<const char *, const char *> Repairs[] = {
        {"\xC3\xA2\xE2\x82\xAC\xE2\x80\x9C", "\xE2\x80\x93"}, // en dash
        {"\xC3\xA2\xE2\x82\xAC\xE2\x80\x9D", "\xE2\x80\x94"}, // em dash
        {"\xC3\xA2\xE2\x82\xAC\xE2\x84\xA2", "\xE2\x80\x99"}, // right single quote
        {"\xC3\xA2\xE2\x82\xAC\xC5\x93", "\xE2\x80\x9C"}, // left double quote
    };
    for (const auto &[broken, fixed] : Repairs) {
        text.replace(QString::fromUtf8(broken), QString::fromUtf8(fixed));
    }
    return text;
}

// A whole digest (its table and papers, then the prompt that chose them) imports from the
// prompt's own heading; a plain prompt file is taken whole.
QString promptPart(const QString &text)
{
    static const QRegularExpression promptHeading(
        QStringLiteral(R"(^#[ \t]+Paper Selection Prompt[ \t]*$)"),
        QRegularExpression::MultilineOption | QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = promptHeading.match(text);
    return match.hasMatch() ? text.mid(match.capturedStart()) : text;
}

QString trimmedBlock(const QStringList &lines)
{
    qsizetype first = 0;
    qsizetype last = lines.size() - 1;
    while (first <= last && lines.at(first).trimmed().isEmpty()) {
        ++first;
    }
    while (last >= first && lines.at(last).trimmed().isEmpty()) {
        --last;
    }

    QStringList kept;
    for (qsizetype i = first; i <= last; ++i) {
        QString line = lines.at(i);
        while (line.endsWith(QLatin1Char(' ')) || line.endsWith(QLatin1Char('\t'))) {
            line.chop(1);
        }
        if (line.isEmpty() && !kept.isEmpty() && kept.constLast().isEmpty()) {
            continue; // runs of blank lines say nothing more than one
        }
        kept.append(line);
    }
    return kept.join(QLatin1Char('\n'));
}

QStringList splitKeywords(const QString &list)
{
    QStringList keywords;
    for (const QString &part : list.split(QLatin1Char(','))) {
        QString keyword = part.trimmed();
        if (keyword.endsWith(QLatin1Char('.')) && keyword != QLatin1String("etc.")) {
            keyword.chop(1);
        }
        if (!keyword.isEmpty() && keyword != QLatin1String("etc.")) {
            keywords.append(keyword);
        }
    }
    return keywords;
}

const QString EverythingMode = QStringLiteral("everything");
const QString ShareMode = QStringLiteral("share");
const QString RecallMode = QStringLiteral("recall");

// A share outside (0, 1] in a hand-edited profile falls back to the default.
double shareFrom(const QJsonObject &json, const QString &key, double fallback)
{
    const double value = json.value(key).toDouble(fallback);
    return value > 0 && value <= 1 ? value : fallback;
}

} // namespace

QString normaliseMarkdown(const QString &text)
{
    QString unified = text;
    unified.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    unified.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    return trimmedBlock(unified.split(QLatin1Char('\n')));
}

ScoringProfile ScoringProfile::defaults()
{
    ScoringProfile profile;
    profile.name = QStringLiteral("default");
    profile.systemPrompt = QString::fromUtf8(DefaultSystemPrompt);
    profile.criteria = QString::fromUtf8(DefaultCriteria);
    profile.rubric = QString::fromUtf8(DefaultRubric);
    return profile;
}

Result<ScoringProfile> ScoringProfile::importPrompt(const QString &markdown)
{
    QString text = repairMojibake(markdown);
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    text = promptPart(text);

    QMap<Section, QStringList> bodies;
    QStringList others;
    Section current = Section::Preamble;
    bool inSections = false; // a "##" section began: the preamble is over
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        const bool title = line.startsWith(QLatin1String("# "));
        if (line.startsWith(QLatin1String("## ")) || (title && inSections)) {
            // Every heading ends the section above it; one we do not know is kept whole.
            inSections = true;
            current = title ? Section::Other : sectionOf(line.mid(3));
            if (current == Section::Other) {
                others.append(QString());
                others.append(line);
            }
            continue;
        }
        if (title) {
            continue; // the document's title, above its preamble
        }
        (current == Section::Other ? others : bodies[current]).append(line);
    }

    const QString criteria = trimmedBlock(bodies.value(Section::Criteria));
    if (criteria.isEmpty()) {
        return Error(
            Error::Code::InvalidInput,
            QCoreApplication::translate("Sieve::Scoring",
                                        "The prompt has no \"## Relevant Topics\" section. "
                                        "Add your topics under that heading."),
            QStringLiteral("no topics section in the imported prompt"));
    }

    ScoringProfile profile = defaults();
    profile.name = QString();
    profile.criteria =
        others.isEmpty() ? criteria : criteria + QLatin1String("\n\n") + trimmedBlock(others);
    profile.rubric = trimmedBlock(bodies.value(Section::Rubric));
    profile.systemPrompt = bodies.contains(Section::System)
        ? trimmedBlock(bodies.value(Section::System))
        : trimmedBlock(bodies.value(Section::Preamble));
    qCDebug(lcScoring) << "imported a prompt with" << CriteriaOutline::parse(criteria).topics.size()
                       << "topics";
    return profile;
}

CriteriaOutline CriteriaOutline::parse(const QString &criteria)
{
    static const QRegularExpression topicLine(QStringLiteral(R"(^(\d+)\.\s+(.+?)\s*$)"));
    static const QRegularExpression noteLine(QStringLiteral(R"(^\s*[-*]\s*([^:]+?):\s*(.*?)\s*$)"));
    static const QRegularExpression keywordsHeading(QStringLiteral(R"(^\W*Keywords\W*$)"),
                                                    QRegularExpression::CaseInsensitiveOption);

    CriteriaOutline outline;
    bool inKeywords = false;
    for (const QString &line : criteria.split(QLatin1Char('\n'))) {
        if (keywordsHeading.match(line).hasMatch()) {
            inKeywords = true;
            continue;
        }

        const QRegularExpressionMatch topic = topicLine.match(line);
        if (topic.hasMatch()) {
            inKeywords = false;
            outline.topics.append({topic.captured(1).toInt(), topic.captured(2), {}, {}});
            continue;
        }

        const QRegularExpressionMatch note = noteLine.match(line);
        if (note.hasMatch()) {
            outline.addNote(note.captured(1), note.captured(2), inKeywords);
        }
    }
    return outline;
}

void CriteriaOutline::addNote(const QString &label, const QString &text, bool isKeywordList)
{
    const QString kind = label.toLower();
    const bool relevant = kind == QLatin1String("relevant");
    const bool irrelevant =
        kind == QLatin1String("irrelevant") || kind == QLatin1String("not relevant");

    if (isKeywordList) {
        if (relevant) {
            relevantKeywords.append(splitKeywords(text));
        } else if (irrelevant) {
            irrelevantKeywords.append(splitKeywords(text));
        } else {
            otherKeywords[label].append(splitKeywords(text));
        }
    } else if (!topics.isEmpty() && (relevant || irrelevant)) {
        (relevant ? topics.last().relevant : topics.last().irrelevant) = text;
    }
}

QJsonObject PrefilterSetting::toJson() const
{
    const QString name = mode == Mode::TopShare ? ShareMode
        : mode == Mode::Recall                  ? RecallMode
                                                : EverythingMode;
    return {{QStringLiteral("mode"), name},
            {QStringLiteral("share"), share},
            {QStringLiteral("recall"), recall}};
}

PrefilterSetting PrefilterSetting::fromJson(const QJsonObject &json)
{
    PrefilterSetting setting;
    const QString mode = json.value(QStringLiteral("mode")).toString();
    if (mode == ShareMode) {
        setting.mode = PrefilterSetting::Mode::TopShare;
    } else if (mode == RecallMode) {
        setting.mode = PrefilterSetting::Mode::Recall;
    }
    setting.share = shareFrom(json, QStringLiteral("share"), setting.share);
    setting.recall = shareFrom(json, QStringLiteral("recall"), setting.recall);
    return setting;
}

QJsonObject ScoringProfile::toJson() const
{
    return {{QStringLiteral("name"), name},
            {QStringLiteral("systemPrompt"), systemPrompt},
            {QStringLiteral("criteria"), criteria},
            {QStringLiteral("rubric"), rubric},
            {QStringLiteral("relevanceCutoff"), relevanceCutoff},
            {QStringLiteral("noveltyCutoff"), noveltyCutoff},
            {QStringLiteral("relevanceWeight"), relevanceWeight},
            {QStringLiteral("noveltyWeight"), noveltyWeight},
            {QStringLiteral("followedAuthors"), QJsonArray::fromStringList(followedAuthors)},
            {QStringLiteral("authorMatchScore"), authorMatchScore},
            {QStringLiteral("hIndexCutoff"), hIndexCutoff},
            {QStringLiteral("provider"), provider},
            {QStringLiteral("model"), model},
            {QStringLiteral("prefilter"), prefilter.toJson()}};
}

ScoringProfile ScoringProfile::fromJson(const QJsonObject &json)
{
    ScoringProfile profile;
    profile.name = json.value(QStringLiteral("name")).toString(profile.name);
    profile.systemPrompt = json.value(QStringLiteral("systemPrompt")).toString();
    profile.criteria = json.value(QStringLiteral("criteria")).toString();
    profile.rubric = json.value(QStringLiteral("rubric")).toString();
    profile.relevanceCutoff =
        json.value(QStringLiteral("relevanceCutoff")).toInt(profile.relevanceCutoff);
    profile.noveltyCutoff =
        json.value(QStringLiteral("noveltyCutoff")).toInt(profile.noveltyCutoff);
    profile.relevanceWeight =
        json.value(QStringLiteral("relevanceWeight")).toDouble(profile.relevanceWeight);
    profile.noveltyWeight =
        json.value(QStringLiteral("noveltyWeight")).toDouble(profile.noveltyWeight);
    for (const QJsonValue &entry : json.value(QStringLiteral("followedAuthors")).toArray()) {
        profile.followedAuthors.append(entry.toString());
    }
    profile.authorMatchScore =
        json.value(QStringLiteral("authorMatchScore")).toDouble(profile.authorMatchScore);
    profile.hIndexCutoff = json.value(QStringLiteral("hIndexCutoff")).toInt(profile.hIndexCutoff);
    profile.provider = json.value(QStringLiteral("provider")).toString(profile.provider);
    profile.model = json.value(QStringLiteral("model")).toString(profile.model);
    profile.prefilter =
        PrefilterSetting::fromJson(json.value(QStringLiteral("prefilter")).toObject());
    return profile;
}

} // namespace Sieve::Scoring
