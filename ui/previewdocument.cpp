// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "previewdocument.h"

#include "colours.h"

#include <app/authors/namematcher.h>
#include <app/core/textext.h>
#include <app/library/readingstore.h>

#include <QColor>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPalette>

namespace Sieve::Ui {

namespace {

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

// Our own links only: https to arxiv.org, fully percent-encoded, or nothing.
QString arxivLink(const QString &url)
{
    const QUrl parsed(url, QUrl::StrictMode);
    const bool ours = parsed.isValid() && parsed.scheme() == QLatin1String("https")
        && parsed.host() == QLatin1String("arxiv.org");
    return ours ? parsed.toString(QUrl::FullyEncoded) : QString();
}

QString cssColour(const QColor &colour)
{
    return colour.name(QColor::HexRgb);
}

// Some palettes keep a dark link colour on a dark base; lift it so links stay readable.
QColor readableLink(const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    QColor link = palette.color(QPalette::Link);
    if (isDarkColour(base) && isDarkColour(link)) {
        link = link.lighter(180);
    }
    return link;
}

QString stateText(const PreviewContent &content)
{
    QStringList parts;
    if (!content.followedAuthor.isEmpty()) {
        //: The badge of a paper by an author the reader follows
        parts.append(PreviewDocument::tr("◆ Followed author"));
    }
    if (content.starred) {
        parts.append(PreviewDocument::tr("★ Starred"));
    }
    if (content.read) {
        parts.append(PreviewDocument::tr("Read"));
    }
    if (content.rating == Library::ReadingStore::NotInterested) {
        parts.append(PreviewDocument::tr("Not interested"));
    } else if (content.rating) {
        parts.append(PreviewDocument::tr("Rated %1/5").arg(*content.rating));
    }
    return parts.join(QStringLiteral(" · "));
}

QString absLabel(const Paper &paper)
{
    return paper.id.isEmpty() ? QString() : QStringLiteral("arXiv:") + paper.versionedId();
}

// Text-mode italics ({\it …}, \textit{…}) as runs the page sets in <em>; their text stays text.
QJsonArray runsJson(const QString &text)
{
    QJsonArray runs;
    for (const TexText::Run &run : TexText::italicRuns(text)) {
        runs.append(QJsonObject{{QStringLiteral("text"), run.text},
                                {QStringLiteral("italic"), run.italic}});
    }
    return runs;
}

// The same runs for the document itself: each escaped first, then our own <em> around it.
QString runsHtml(const QJsonArray &runs)
{
    QString html;
    for (const QJsonValue &value : runs) {
        const QJsonObject run = value.toObject();
        const QString text = escaped(run.value(QLatin1String("text")).toString());
        html += run.value(QLatin1String("italic")).toBool()
            ? QStringLiteral("<em>") + text + QStringLiteral("</em>")
            : text;
    }
    return html;
}

QString section(const QString &id, const QString &heading, const QString &text)
{
    const QString hidden = text.isEmpty() ? QStringLiteral(" hidden") : QString();
    return QStringLiteral("<section id=\"") + id + QStringLiteral("\" class=\"note\"") + hidden
        + QStringLiteral("><h2>") + escaped(heading) + QStringLiteral("</h2><p class=\"text\">")
        + escaped(text) + QStringLiteral("</p></section>\n");
}

QString link(const QString &id, const QString &url, const QString &label)
{
    return QStringLiteral("<a id=\"") + id + QStringLiteral("\" href=\"") + escaped(url)
        + QStringLiteral("\">") + escaped(label) + QStringLiteral("</a>");
}

QString body(const PreviewContent &content)
{
    const QJsonObject data = PreviewDocument::toJson(content);
    const auto field = [&data](const char *name) {
        return data.value(QLatin1String(name)).toString();
    };
    const QString hidden = content.isEmpty() ? QStringLiteral(" hidden") : QString();

    QString html;
    html += QStringLiteral("<p id=\"empty\" class=\"empty\"")
        + (content.isEmpty() ? QString() : QStringLiteral(" hidden")) + QStringLiteral(">")
        + escaped(PreviewDocument::tr("No paper selected.")) + QStringLiteral("</p>\n");
    html += QStringLiteral("<article id=\"paper\"") + hidden + QStringLiteral(">\n");
    html += QStringLiteral("<p id=\"state\" class=\"state\">") + escaped(field("state"))
        + QStringLiteral("</p>\n");
    html += QStringLiteral("<h1 id=\"title\">")
        + runsHtml(data.value(QLatin1String("title")).toArray()) + QStringLiteral("</h1>\n");
    html += QStringLiteral("<p id=\"authors\" class=\"authors\">") + escaped(field("authors"))
        + QStringLiteral("</p>\n");
    html += QStringLiteral("<p class=\"meta\"><span id=\"categories\">")
        + escaped(field("categories")) + QStringLiteral("</span> · ")
        + link(QStringLiteral("abs-link"), field("absUrl"), field("absLabel"))
        + QStringLiteral(" · ")
        + link(QStringLiteral("pdf-link"), field("pdfUrl"), PreviewDocument::tr("PDF"))
        + QStringLiteral("</p>\n");
    html += section(
        QStringLiteral("followed"), PreviewDocument::tr("Followed author"), field("followed"));
    html += section(QStringLiteral("llm"), PreviewDocument::tr("LLM"), field("llm"));
    html += section(QStringLiteral("ranker"), PreviewDocument::tr("Local ranker"), field("ranker"));
    html += QStringLiteral("<p id=\"abstract\" class=\"abstract\">")
        + runsHtml(data.value(QLatin1String("abstract")).toArray())
        + QStringLiteral("</p>\n</article>\n");
    return html;
}

} // namespace

QUrl PreviewDocument::baseUrl()
{
    return QUrl(QStringLiteral("qrc:/preview/"));
}

QJsonObject PreviewDocument::toJson(const PreviewContent &content)
{
    const Paper &paper = content.paper;
    const bool empty = content.isEmpty();
    return QJsonObject{
        {QStringLiteral("id"), paper.id},
        {QStringLiteral("title"), runsJson(paper.title.simplified())},
        {QStringLiteral("authors"),
         Authors::NameMatcher::decodeTex(paper.authors.join(QStringLiteral(", ")))},
        {QStringLiteral("categories"), paper.categories.join(QStringLiteral(", "))},
        {QStringLiteral("absUrl"), empty ? QString() : arxivLink(paper.absUrl())},
        {QStringLiteral("absLabel"), absLabel(paper)},
        {QStringLiteral("pdfUrl"), empty ? QString() : arxivLink(paper.pdfUrl())},
        {QStringLiteral("llm"), content.llmComment.trimmed()},
        {QStringLiteral("ranker"), content.rankerExplanation.trimmed()},
        {QStringLiteral("followed"), content.followedAuthor.trimmed()},
        {QStringLiteral("state"), stateText(content)},
        {QStringLiteral("abstract"), runsJson(paper.abstract.trimmed())},
    };
}

QString PreviewDocument::updateScript(const PreviewContent &content)
{
    QString json = QString::fromUtf8(QJsonDocument(toJson(content)).toJson(QJsonDocument::Compact));
    // JSON is a JavaScript expression, but older engines reject raw line and paragraph separators.
    json.replace(QChar(0x2028), QLatin1String("\\u2028"));
    json.replace(QChar(0x2029), QLatin1String("\\u2029"));
    return QStringLiteral("window.paperSieve.show(") + json + QStringLiteral(");");
}

QString PreviewDocument::styleSheet(const QPalette &palette)
{
    const QColor text = palette.color(QPalette::Text);
    const QColor base = palette.color(QPalette::Base);
    const QColor panel = palette.color(QPalette::AlternateBase);
    return QStringLiteral(":root{color-scheme:%1;--text:%2;--base:%3;--muted:%4;--link:%5;"
                          "--panel:%6;--border:%7}")
        .arg(isDarkColour(base) ? QStringLiteral("dark") : QStringLiteral("light"),
             cssColour(text),
             cssColour(base),
             cssColour(mixedColour(text, base, 0.65)),
             cssColour(readableLink(palette)),
             cssColour(panel == base ? mixedColour(text, base, 0.06) : panel),
             cssColour(mixedColour(text, base, 0.2)));
}

QString PreviewDocument::contentSecurityPolicy(const QString &styleSheet)
{
    const QByteArray digest =
        QCryptographicHash::hash(styleSheet.toUtf8(), QCryptographicHash::Sha256).toBase64();
    return QStringLiteral("default-src 'none'; script-src qrc:; style-src qrc: 'sha256-")
        + QString::fromLatin1(digest)
        + QStringLiteral("'; font-src qrc:; img-src qrc:; connect-src 'none'; media-src 'none'; "
                         "object-src 'none'; frame-src 'none'; worker-src 'none'; "
                         "base-uri 'none'; form-action 'none'");
}

QString PreviewDocument::html(const PreviewContent &content, const QPalette &palette)
{
    const QString css = styleSheet(palette);
    QString html;
    html += QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">\n");
    html += QStringLiteral("<meta http-equiv=\"Content-Security-Policy\" content=\"")
        + contentSecurityPolicy(css) + QStringLiteral("\">\n");
    html += QStringLiteral("<link rel=\"stylesheet\" href=\"qrc:/katex/katex.min.css\">\n"
                           "<link rel=\"stylesheet\" href=\"qrc:/preview/preview.css\">\n");
    html += QStringLiteral("<style>") + css + QStringLiteral("</style>\n</head><body>\n");
    html += body(content);
    html += QStringLiteral("<script src=\"qrc:/katex/katex.min.js\"></script>\n"
                           "<script src=\"qrc:/katex/contrib/auto-render.js\"></script>\n"
                           "<script src=\"qrc:/preview/preview.js\"></script>\n"
                           "</body></html>\n");
    return html;
}

} // namespace Sieve::Ui
