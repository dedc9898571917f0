// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include <ui/markdownhighlighter.h>

#include <QGuiApplication>
#include <QMetaEnum>
#include <QPalette>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

using Sieve::Ui::MarkdownHighlighter;
using Element = MarkdownHighlighter::Element;

Q_DECLARE_METATYPE(MarkdownHighlighter::Element)

class TstMarkdownHighlighter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void marksTheCriteriaElements_data();
    void marksTheCriteriaElements();
    void leavesPlainTextAlone();
    void everyElementStaysReadableOnItsBase_data();
    void everyElementStaysReadableOnItsBase();

private:
    // The highlighter's format at `position` of a one-line document; empty when it set none.
    QTextCharFormat formatAt(const QString &line, int position)
    {
        m_document.setPlainText(line);
        m_highlighter.rehighlight();
        const auto ranges = m_document.firstBlock().layout()->formats();
        for (const QTextLayout::FormatRange &range : ranges) {
            if (position >= range.start && position < range.start + range.length) {
                return range.format;
            }
        }
        return {};
    }

    QTextDocument m_document;
    MarkdownHighlighter m_highlighter{&m_document};
};

void TstMarkdownHighlighter::marksTheCriteriaElements_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<int>("position");
    QTest::addColumn<Element>("element");

    QTest::newRow("heading") << "## Relevant Topics" << 5 << Element::Heading;
    QTest::newRow("topic number") << "2. Architectures" << 0 << Element::ListMarker;
    QTest::newRow("topic title") << "2. Architectures" << 5 << Element::TopicTitle;
    QTest::newRow("bullet") << "- some item" << 0 << Element::ListMarker;
    QTest::newRow("relevant note")
        << "   - Relevant: dwarf galaxies" << 6 << Element::RelevantLabel;
    QTest::newRow("irrelevant note")
        << "   - Irrelevant: solar flares" << 6 << Element::IrrelevantLabel;
    QTest::newRow("keywords") << "**Keywords:**" << 3 << Element::Keywords;
    QTest::newRow("bold") << "a **strong** word" << 4 << Element::Bold;
    QTest::newRow("quote") << "> Relevance and novelty" << 4 << Element::Quote;
}

void TstMarkdownHighlighter::marksTheCriteriaElements()
{
    QFETCH(QString, line);
    QFETCH(int, position);
    QFETCH(Element, element);

    const QTextCharFormat format = formatAt(line, position);

    QCOMPARE(format.foreground().color(), m_highlighter.format(element).foreground().color());
    QCOMPARE(format.fontWeight(), m_highlighter.format(element).fontWeight());
}

void TstMarkdownHighlighter::leavesPlainTextAlone()
{
    const QTextCharFormat format = formatAt(QStringLiteral("Papers that are relevant: none"), 20);

    QVERIFY(!format.hasProperty(QTextFormat::ForegroundBrush));
}

void TstMarkdownHighlighter::everyElementStaysReadableOnItsBase_data()
{
    QTest::addColumn<QColor>("base");
    QTest::addColumn<QColor>("text");

    QTest::newRow("light") << QColor(0xff, 0xff, 0xff) << QColor(0x1a, 0x1a, 0x1a);
    QTest::newRow("dark") << QColor(0x1e, 0x1e, 0x1e) << QColor(0xe6, 0xe6, 0xe6);
}

void TstMarkdownHighlighter::everyElementStaysReadableOnItsBase()
{
    QFETCH(QColor, base);
    QFETCH(QColor, text);

    QPalette palette;
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::Text, text);
    m_highlighter.setPalette(palette);

    const QMetaEnum elements = QMetaEnum::fromType<Element>();
    for (int i = 0; i < elements.keyCount(); ++i) {
        const auto element = Element(elements.value(i));
        const QColor colour = m_highlighter.format(element).foreground().color();
        QVERIFY2(std::abs(colour.lightness() - base.lightness()) >= 90,
                 qPrintable(QStringLiteral("%1: %2 on %3")
                                .arg(QLatin1String(elements.key(i)), colour.name(), base.name())));
    }

    // Text already highlighted takes the new colours too.
    QCOMPARE(formatAt(QStringLiteral("   - Relevant: dwarf galaxies"), 6).foreground().color(),
             m_highlighter.format(Element::RelevantLabel).foreground().color());
}

QTEST_MAIN(TstMarkdownHighlighter)
#include "tst_markdownhighlighter.moc"
