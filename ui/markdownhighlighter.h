// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#ifndef SIEVE_UI_MARKDOWNHIGHLIGHTER_H
#define SIEVE_UI_MARKDOWNHIGHLIGHTER_H

#include <QList>
#include <QPalette>
#include <QRegularExpression>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace Sieve::Ui {

// The little Markdown that criteria are written in: headings, numbered topic titles, bold, list
// markers, quotes, the "Relevant:" and "Irrelevant:" notes of a topic and the **Keywords:**
// line. Line by line; no state carries from one line to the next.
class MarkdownHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    enum class Element {
        Heading,
        TopicTitle, // the text after a topic's number: "1. Architectures"
        Bold,
        ListMarker,
        Quote,
        RelevantLabel,
        IrrelevantLabel,
        Keywords
    };
    Q_ENUM(Element)

    // The colours suit the palette's base: light or dark, every element stays readable.
    explicit MarkdownHighlighter(QTextDocument *document, const QPalette &palette = QPalette());

    QTextCharFormat format(Element element) const;
    // Call when the editor's palette changes (a dark theme switched on): re-colours the text.
    void setPalette(const QPalette &palette);

protected:
    void highlightBlock(const QString &text) override;

private:
    void makeFormats(const QPalette &palette);

    struct Rule
    {
        QRegularExpression pattern;
        Element element;
        int group = 0; // the capture to colour; 0 is the whole match
    };

    QList<Rule> m_rules;
    QHash<Element, QTextCharFormat> m_formats;
};

} // namespace Sieve::Ui

#endif // SIEVE_UI_MARKDOWNHIGHLIGHTER_H
