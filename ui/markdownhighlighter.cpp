// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "markdownhighlighter.h"

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

MarkdownHighlighter::MarkdownHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
{
    m_formats.insert(Element::Heading, makeFormat(QColor(0x1f, 0x4e, 0x8c), true));
    m_formats.insert(Element::TopicTitle, makeFormat(QColor(0x1f, 0x4e, 0x8c), true));
    m_formats.insert(Element::Bold, makeFormat(QColor(0x20, 0x20, 0x20), true));
    m_formats.insert(Element::ListMarker, makeFormat(QColor(0x8a, 0x5a, 0x00), true));
    m_formats.insert(Element::Quote, makeFormat(QColor(0x60, 0x66, 0x70), false, true));
    m_formats.insert(Element::RelevantLabel, makeFormat(QColor(0x1e, 0x7d, 0x3a), true));
    m_formats.insert(Element::IrrelevantLabel, makeFormat(QColor(0xb0, 0x2a, 0x1e), true));
    m_formats.insert(Element::Keywords, makeFormat(QColor(0x6a, 0x2c, 0x91), true));

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

} // namespace Sieve::Ui
