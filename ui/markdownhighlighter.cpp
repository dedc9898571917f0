// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "markdownhighlighter.h"

#include "colours.h"

#include <QFont>

namespace Sieve::Ui {

namespace {

QTextCharFormat makeFormat(const QColor &colour, bool bold, bool italic = false)
{
    QTextCharFormat format;
    format.setForeground(colour);
    if (bold) {
        format.setFontWeight(QFont::Bold);
    }
    format.setFontItalic(italic);
    return format;
}

} // namespace

MarkdownHighlighter::MarkdownHighlighter(QTextDocument *document, const QPalette &palette)
    : QSyntaxHighlighter(document)
{
    makeFormats(palette);

    // Later rules paint over earlier ones: labels and keywords win over plain bold.
    m_rules = {
        {QRegularExpression(QStringLiteral("^\\s*>.*$")), Element::Quote},
        {QRegularExpression(QStringLiteral("^\\s*([-*+]|\\d+[.)])\\s")), Element::ListMarker, 1},
        {QRegularExpression(QStringLiteral("^(\\d+[.)])\\s+(.+)$")), Element::TopicTitle, 2},
        {QRegularExpression(QStringLiteral("\\*\\*[^*]+\\*\\*")), Element::Bold},
        {QRegularExpression(QStringLiteral("\\b(Relevant|Application|Positive)\\s*:")),
         Element::RelevantLabel},
        {QRegularExpression(QStringLiteral("\\b(Irrelevant|Negative)\\s*:")),
         Element::IrrelevantLabel},
        {QRegularExpression(QStringLiteral("\\*\\*\\s*Keywords\\s*:?\\s*\\*\\*:?")),
         Element::Keywords},
        {QRegularExpression(QStringLiteral("^#{1,6}\\s.*$")), Element::Heading},
    };
}

QTextCharFormat MarkdownHighlighter::format(Element element) const
{
    return m_formats.value(element);
}

void MarkdownHighlighter::highlightBlock(const QString &text)
{
    for (const Rule &rule : std::as_const(m_rules)) {
        const QTextCharFormat style = m_formats.value(rule.element);
        QRegularExpressionMatchIterator matches = rule.pattern.globalMatch(text);
        while (matches.hasNext()) {
            const QRegularExpressionMatch match = matches.next();
            setFormat(
                int(match.capturedStart(rule.group)), int(match.capturedLength(rule.group)), style);
        }
    }
}

void MarkdownHighlighter::setPalette(const QPalette &palette)
{
    makeFormats(palette);
    rehighlight();
}

// Deep tones on a light base; on a dark one the same hues, lightened, keep their contrast.
void MarkdownHighlighter::makeFormats(const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    const bool dark = isDarkColour(base);
    const auto pick = [dark](QColor onLight, QColor onDark) {
        return dark ? onDark : onLight;
    };

    const QColor heading = pick(QColor(0x1f, 0x4e, 0x8c), QColor(0x8a, 0xb4, 0xf8));
    m_formats.insert(Element::Heading, makeFormat(heading, true));
    m_formats.insert(Element::TopicTitle, makeFormat(heading, true));
    m_formats.insert(Element::Bold, makeFormat(text, true));
    m_formats.insert(Element::ListMarker,
                     makeFormat(pick(QColor(0x8a, 0x5a, 0x00), QColor(0xe0, 0xa8, 0x4a)), true));
    m_formats.insert(Element::Quote, makeFormat(mixedColour(text, base, 0.65), false, true));
    m_formats.insert(Element::RelevantLabel,
                     makeFormat(pick(QColor(0x1e, 0x7d, 0x3a), QColor(0x7f, 0xd1, 0x95)), true));
    m_formats.insert(Element::IrrelevantLabel,
                     makeFormat(pick(QColor(0xb0, 0x2a, 0x1e), QColor(0xf0, 0x8a, 0x7e)), true));
    m_formats.insert(Element::Keywords,
                     makeFormat(pick(QColor(0x6a, 0x2c, 0x91), QColor(0xc9, 0xa0, 0xf0)), true));
}

} // namespace Sieve::Ui
