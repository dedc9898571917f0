// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "markdownexporter.h"

#include <QList>
#include <QRegularExpression>
#include <QStringList>

#include <algorithm>
#include <cmath>

namespace Sieve::Digest {

namespace {

constexpr int CellPadding = 3; // spaces after the widest cell of a column, as in the reference

const QString NoRunModel = QStringLiteral("no LLM run");
// The words the run panel and the CLI use for a model missing from the price table.
const QString UnknownCost = QStringLiteral("cost unknown");
const QString NotScored = QStringLiteral("not scored");
const QString NotScoredYet = QStringLiteral("not scored yet");
const QString PromptHeading = QStringLiteral("# Paper Selection Prompt");

// Fields arrive from feeds and from the LLM; a line break inside one would end the Markdown
// line that holds it.
QString oneLine(const QString &text)
{
    if (!text.contains(QLatin1Char('\n')) && !text.contains(QLatin1Char('\r'))) {
        return text;
    }

    QStringList parts;
    for (const QString &line : text.split(QRegularExpression(QStringLiteral("[\r\n]+")))) {
        const QString trimmed = line.trimmed();
        if (!trimmed.isEmpty()) {
            parts.append(trimmed);
        }
    }
    return parts.join(QLatin1Char(' '));
}

bool opensHtml(const QString &text, qsizetype at)
{
    if (at + 1 >= text.size()) {
        return false;
    }
    const QChar next = text.at(at + 1);
    const bool asciiLetter = next.unicode() < 128 && next.isLetter();
    return asciiLetter || next == QLatin1Char('/') || next == QLatin1Char('!')
        || next == QLatin1Char('?');
}

QString table(const QList<QStringList> &rows)
{
    QList<qsizetype> widths(rows.first().size(), 0);
    for (const QStringList &row : rows) {
        for (qsizetype column = 0; column < row.size(); ++column) {
            widths[column] = std::max(widths[column], row.at(column).size());
        }
    }

    auto line = [&widths](const QStringList &cells) -> QString {
        QString out = QStringLiteral("|");
        for (qsizetype column = 0; column < cells.size(); ++column) {
            const qsizetype width = widths.at(column) + CellPadding;
            out += QLatin1Char(' ') + cells.at(column).leftJustified(width) + QLatin1Char('|');
        }
        return out + QLatin1Char('\n');
    };

    QStringList rule;
    for (const qsizetype width : widths) {
        rule.append(QLatin1Char(':') + QString(width + CellPadding - 1, QLatin1Char('-')));
    }
    QString out = line(rows.first());
    out += QStringLiteral("|") + rule.join(QStringLiteral(":|")) + QStringLiteral(":|\n");
    for (qsizetype row = 1; row < rows.size(); ++row) {
        out += line(rows.at(row));
    }
    return out;
}

// The model name comes from settings; a "|" in it would split the table.
QString tableCell(const QString &text)
{
    QString cell = MarkdownExporter::escapeText(text);
    return cell.replace(QLatin1Char('|'), QStringLiteral("\\|"));
}

QString costCell(const std::optional<double> &usd, const DigestUsage &usage)
{
    if (!usage.hasRun()) {
        return MarkdownExporter::formatCost(0.0);
    }
    return usd ? MarkdownExporter::formatCost(*usd) : UnknownCost;
}

QString usageTable(const DigestUsage &usage)
{
    const QString model = usage.hasRun() ? tableCell(usage.model) : NoRunModel;
    const QList<QStringList> rows = {
        {QStringLiteral("*[%1]*").arg(model),
         QStringLiteral("Prompt"),
         QStringLiteral("Completion"),
         QStringLiteral("Total")},
        {QStringLiteral("**Token**"),
         QString::number(usage.promptTokens),
         QString::number(usage.completionTokens),
         QString::number(usage.totalTokens())},
        {QStringLiteral("**Cost**"),
         costCell(usage.promptCostUsd, usage),
         costCell(usage.completionCostUsd, usage),
         costCell(usage.totalCostUsd(), usage)},
    };
    return table(rows);
}

QString totals(const Digest &digest)
{
    const QString relevant =
        digest.totalRelevant ? QString::number(*digest.totalRelevant) : NotScoredYet;
    return QStringLiteral("Total arXiv papers: %1\n\nTotal scanned papers: %2\n\n"
                          "Total relevant papers: %3\n\n")
        .arg(QString::number(digest.totalArxiv), QString::number(digest.totalScanned), relevant);
}

QString papers(int count)
{
    return count == 1 ? QStringLiteral("1 paper") : QStringLiteral("%1 papers").arg(count);
}

// One paragraph after the totals, only when an author stage ran: "Author stage: 1 paper by
// followed authors, 12 below the h-index cutoff of 15. Semantic Scholar: 40 papers looked up,
// 3 not looked up." and, when some were not looked up, why.
QString authorStage(const std::optional<Library::AuthorStageRecord> &stage)
{
    if (!stage) {
        return {};
    }
    QString out =
        QStringLiteral("Author stage: %1 by followed authors").arg(papers(stage->followed));
    if (stage->hIndexCutoff) {
        out += QStringLiteral(", %1 below the h-index cutoff of %2")
                   .arg(QString::number(stage->belowCutoff), QString::number(*stage->hIndexCutoff));
    }
    out += QLatin1Char('.');

    const std::initializer_list<std::pair<int, const char *>> counts = {
        {stage->lookedUp, "looked up"},
        {stage->fromCache, "from the cache"},
        {stage->unknown, "unknown"},
        {stage->notLookedUp, "not looked up"},
    };
    QStringList parts;
    for (const auto &[count, what] : counts) {
        if (count > 0) {
            const QString number = parts.isEmpty() ? papers(count) : QString::number(count);
            parts.append(number + QLatin1Char(' ') + QLatin1String(what));
        }
    }
    if (!parts.isEmpty()) {
        out += QStringLiteral(" Semantic Scholar: ") + parts.join(QStringLiteral(", "))
            + QLatin1Char('.');
    }
    if (!stage->problem.isEmpty()) {
        out += QLatin1Char(' ') + MarkdownExporter::escapeText(stage->problem);
    }
    return out + QStringLiteral("\n\n");
}

QString authorsLine(const Paper &paper)
{
    return QStringLiteral("**Authors:** ")
        + MarkdownExporter::escapeText(paper.authors.join(QStringLiteral(", ")))
        + QLatin1Char('\n');
}

QString contents(const QList<DigestEntry> &entries)
{
    QString out = QStringLiteral("**Table of contents with paper titles:**\n\n");
    for (qsizetype index = 0; index < entries.size(); ++index) {
        const Paper &paper = entries.at(index).paper;
        const QString rank = QString::number(index + 1);
        out += rank + QStringLiteral(". [") + MarkdownExporter::escapeLinkText(paper.title)
            + QStringLiteral("](#user-content-link") + rank + QStringLiteral(")\n");
        out += authorsLine(paper) + QLatin1Char('\n');
    }
    return out + QStringLiteral("---\n\n");
}

QString scoreLine(const QString &label, const std::optional<int> &score)
{
    const QString value = score ? QString::number(*score) : NotScored;
    return QStringLiteral("**%1:** %2\n").arg(label, value);
}

// Scored and unscored papers say so through their scores; other states get their own line.
bool showsStatus(const DigestEntry &entry)
{
    return !entry.status.isEmpty() && entry.status != EntryStatus::Scored
        && entry.status != EntryStatus::Unscored;
}

QString statusLine(const DigestEntry &entry)
{
    QString status = MarkdownExporter::escapeText(entry.status);
    if (!entry.statusReason.isEmpty()) {
        status += QStringLiteral(" (") + MarkdownExporter::escapeText(entry.statusReason)
            + QLatin1Char(')');
    }
    return QStringLiteral("**Status:** ") + status + QStringLiteral("\n\n");
}

// "**Local ranker:** #3 · star formation history (+), bar (−)": only when the digest was
// ranked locally, so a digest without it keeps the reference layout.
QString localLine(const LocalRanking &local)
{
    constexpr qsizetype ShownReasons = 3;
    QStringList reasons;
    for (const Ranker::Contribution &reason :
         local.why.first(std::min(ShownReasons, local.why.size()))) {
        const QString sign = reason.weight < 0 ? QStringLiteral("(\u2212)") : QStringLiteral("(+)");
        reasons.append(MarkdownExporter::escapeText(reason.label) + QLatin1Char(' ') + sign);
    }
    QString line = QStringLiteral("**Local ranker:** #") + QString::number(local.rank);
    if (!reasons.isEmpty()) {
        line += QStringLiteral(" \u00b7 ") + reasons.join(QStringLiteral(", "));
    }
    return line + QLatin1Char('\n');
}

QString section(const DigestEntry &entry, qsizetype rank)
{
    const Paper &paper = entry.paper;
    const QString number = QString::number(rank);
    QString out = QStringLiteral("## ") + number + QStringLiteral(". [")
        + MarkdownExporter::escapeLinkText(paper.title) + QStringLiteral("](") + paper.absUrl()
        + QStringLiteral(") <a id=\"link") + number + QStringLiteral("\"></a>\n\n");
    out += QStringLiteral("**ArXiv ID:** ") + paper.id + QStringLiteral("\n\n");
    out += authorsLine(paper) + QLatin1Char('\n');
    out += QStringLiteral("**Abstract:** ") + MarkdownExporter::escapeText(paper.abstract)
        + QStringLiteral("\n\n");
    if (!entry.comment.isEmpty()) {
        out += QStringLiteral("**Comment:** ") + MarkdownExporter::escapeText(entry.comment)
            + QStringLiteral("\n\n");
    }
    if (!entry.followedAuthor.isEmpty()) {
        out += QStringLiteral("**Followed author:** ")
            + MarkdownExporter::escapeText(entry.followedAuthor) + QStringLiteral("\n\n");
    }
    if (showsStatus(entry)) {
        out += statusLine(entry);
    }
    out += scoreLine(QStringLiteral("Relevance"), entry.relevance);
    out += scoreLine(QStringLiteral("Novelty"), entry.novelty);
    if (entry.local) {
        out += localLine(*entry.local);
    }
    return out + QStringLiteral("\n---\n\n");
}

} // namespace

QString MarkdownExporter::formatCost(double usd)
{
    if (!std::isfinite(usd)) {
        return UnknownCost;
    }

    // Below a cent, two significant digits ("$0.0034"): a day's cost is often that small.
    if (usd > 0 && usd < 0.01) {
        const int decimals = int(std::ceil(-std::log10(usd))) + 1;
        QString digits = QString::number(usd, 'f', decimals);
        while (digits.endsWith(QLatin1Char('0'))) {
            digits.chop(1);
        }
        return QLatin1Char('$') + digits;
    }

    QString digits = QString::number(usd, 'f', 2);
    if (digits.endsWith(QLatin1Char('0'))) {
        digits.chop(1);
    }
    return QLatin1Char('$') + digits;
}

QString MarkdownExporter::escapeLinkText(const QString &text)
{
    const QString line = oneLine(text);
    QString out;
    out.reserve(line.size() + 8);
    for (qsizetype at = 0; at < line.size(); ++at) {
        const QChar c = line.at(at);
        const bool bracket = c == QLatin1Char('[') || c == QLatin1Char(']');
        const bool lastChar = at + 1 == line.size();
        const bool escapesNext = c == QLatin1Char('\\')
            && (lastChar || line.at(at + 1) == QLatin1Char('[')
                || line.at(at + 1) == QLatin1Char(']'));
        if (bracket || escapesNext) {
            out += QLatin1Char('\\');
        }
        if (c == QLatin1Char('<') && opensHtml(line, at)) {
            out += QStringLiteral("&lt;");
        } else {
            out += c;
        }
    }
    return out;
}

QString MarkdownExporter::escapeText(const QString &text)
{
    const QString line = oneLine(text);
    QString out;
    out.reserve(line.size());
    for (qsizetype at = 0; at < line.size(); ++at) {
        const QChar c = line.at(at);
        if (c == QLatin1Char('<') && opensHtml(line, at)) {
            out += QStringLiteral("&lt;");
        } else {
            out += c;
        }
    }
    return out;
}

QString MarkdownExporter::render(const Digest &digest)
{
    QString out = QStringLiteral("# Personalized Daily ArXiv Papers ")
        + digest.date.toString(Qt::ISODate) + QStringLiteral("\n\n");
    out += usageTable(digest.usage) + QLatin1Char('\n');
    out += totals(digest);
    out += authorStage(digest.usage.authorStage);
    out += contents(digest.entries);
    for (qsizetype index = 0; index < digest.entries.size(); ++index) {
        out += section(digest.entries.at(index), index + 1);
    }

    if (digest.prompt.isEmpty()) {
        out.chop(1); // the blank line that would have led to the prompt
        return out;
    }
    return out + PromptHeading + QStringLiteral("\n\n") + digest.prompt;
}

Result<void> MarkdownExporter::write(const Digest &digest, const QString &path)
{
    return writeFileAtomically(path, render(digest).toUtf8());
}

} // namespace Sieve::Digest
