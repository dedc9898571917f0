// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include <app/scoring/promptbuilder.h>

#include <QTest>

using namespace Sieve;
using namespace Sieve::Scoring;

Q_DECLARE_METATYPE(Sieve::Scoring::ScoringProfile)

namespace {

Paper makePaper(const QString &id, const QString &title, const QString &abstract = {})
{
    Paper paper;
    paper.id = id;
    paper.version = 1;
    paper.title = title;
    paper.abstract = abstract.isEmpty() ? QStringLiteral("We study ") + title : abstract;
    paper.authors = {QStringLiteral("A. Author"), QStringLiteral("B. Writer")};
    return paper;
}

} // namespace

class TstPromptBuilder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keepsPrefixByteIdenticalAcrossBatches();
    void putsStablePartsBeforePapers();
    void asksForOneJsonObjectPerPaper();
    void buildsSystemThenUserMessages();
    void writesPaperBlocks_data();
    void writesPaperBlocks();
    void sendsOnlyTitlesToTitleFilter();
    void hashesCriteria_data();
    void hashesCriteria();
};

void TstPromptBuilder::keepsPrefixByteIdenticalAcrossBatches()
{
    const PromptBuilder builder(ScoringProfile::defaults());

    const Prompt first = builder.abstractPrompt(
        {makePaper(QStringLiteral("2504.11651"), QStringLiteral("Compression")),
         makePaper(QStringLiteral("2504.11516"), QStringLiteral("Free energy"))});
    const Prompt second =
        builder.abstractPrompt({makePaper(QStringLiteral("2504.12175"), QStringLiteral("Bounds"))});

    QCOMPARE(first.system.toUtf8(), second.system.toUtf8());
    QCOMPARE(first.cacheablePrefix.toUtf8(), second.cacheablePrefix.toUtf8());
    QVERIFY(first.userMessage().startsWith(first.cacheablePrefix));
    QVERIFY(first.variablePart.contains(QStringLiteral("ArXiv ID: 2504.11516")));
    QVERIFY(!second.variablePart.contains(QStringLiteral("2504.11516")));
    QVERIFY(!first.cacheablePrefix.contains(QStringLiteral("2504.")));
}

void TstPromptBuilder::putsStablePartsBeforePapers()
{
    const PromptBuilder builder(ScoringProfile::defaults());
    const QString user =
        builder.abstractPrompt({makePaper(QStringLiteral("2504.11651"), QStringLiteral("X"))})
            .userMessage();

    const QStringList inOrder = {QStringLiteral("## Relevant Topics\n\n"),
                                 QStringLiteral("## Scoring Criteria\n\n"),
                                 QStringLiteral("## Output Format\n\n"),
                                 QStringLiteral("## Papers\n\n"),
                                 QStringLiteral("ArXiv ID: 2504.11651")};
    qsizetype previous = -1;
    for (const QString &part : inOrder) {
        const qsizetype at = user.indexOf(part);
        QVERIFY2(at > previous, qPrintable(part));
        previous = at;
    }
}

void TstPromptBuilder::asksForOneJsonObjectPerPaper()
{
    const Prompt prompt = PromptBuilder(ScoringProfile::defaults()).abstractPrompt({});
    for (const char *key : {"\"ARXIVID\"", "\"COMMENT\"", "\"RELEVANCE\"", "\"NOVELTY\""}) {
        QVERIFY2(prompt.cacheablePrefix.contains(QLatin1String(key)), key);
    }
    QVERIFY(prompt.cacheablePrefix.contains(QStringLiteral("one JSON object per line")));
}

void TstPromptBuilder::buildsSystemThenUserMessages()
{
    const Prompt prompt = PromptBuilder(ScoringProfile::defaults()).abstractPrompt({});
    const QList<ChatMessage> messages = prompt.messages();
    QCOMPARE(messages.size(), 2);
    QCOMPARE(messages.at(0).role, ChatMessage::Role::System);
    QCOMPARE(messages.at(0).content, ScoringProfile::defaults().systemPrompt);
    QCOMPARE(messages.at(1).role, ChatMessage::Role::User);

    ScoringProfile withoutSystem = ScoringProfile::defaults();
    withoutSystem.systemPrompt.clear();
    QCOMPARE(PromptBuilder(withoutSystem).abstractPrompt({}).messages().size(), 1);
}

void TstPromptBuilder::writesPaperBlocks_data()
{
    QTest::addColumn<Paper>("paper");
    QTest::addColumn<QString>("expected");

    QTest::newRow("plain") << makePaper(QStringLiteral("2504.11651"),
                                        QStringLiteral("70% Size, 100% Accuracy"),
                                        QStringLiteral("Large models are large."))
                           << QStringLiteral("ArXiv ID: 2504.11651\nTitle: 70% Size, 100% "
                                             "Accuracy\nAuthors: A. Author, B. Writer\n"
                                             "Abstract: Large models are large.");
    QTest::newRow("line breaks in feed text")
        << makePaper(QStringLiteral("astro-ph/0603163"),
                     QStringLiteral("Dwarf\n  galaxies"),
                     QStringLiteral("  We   look\nat dwarfs. "))
        << QStringLiteral("ArXiv ID: astro-ph/0603163\nTitle: Dwarf galaxies\nAuthors: A. "
                          "Author, B. Writer\nAbstract: We look at dwarfs.");

    const QString longAbstract = QString(PromptBuilder::AbstractLimit + 500, QLatin1Char('x'));
    QTest::newRow("abstract cut at the limit")
        << makePaper(QStringLiteral("2504.00001"), QStringLiteral("Long"), longAbstract)
        << QStringLiteral("ArXiv ID: 2504.00001\nTitle: Long\nAuthors: A. Author, B. Writer\n"
                          "Abstract: ")
            + longAbstract.left(PromptBuilder::AbstractLimit);
}

void TstPromptBuilder::writesPaperBlocks()
{
    QFETCH(Paper, paper);
    QFETCH(QString, expected);
    QCOMPARE(PromptBuilder::paperBlock(paper), expected);
}

void TstPromptBuilder::sendsOnlyTitlesToTitleFilter()
{
    const PromptBuilder builder(ScoringProfile::defaults());
    const QList<Paper> papers = {
        makePaper(QStringLiteral("2504.11651"),
                  QStringLiteral("Lossless compression"),
                  QStringLiteral("Secret abstract text.")),
        makePaper(QStringLiteral("2504.11516"), QStringLiteral("Free energy estimators"))};

    const Prompt prompt = builder.titleFilterPrompt(papers);
    QCOMPARE(
        prompt.variablePart,
        QStringLiteral("2504.11651: Lossless compression\n2504.11516: Free energy estimators\n"));
    QVERIFY(!prompt.userMessage().contains(QStringLiteral("Secret abstract")));
    QVERIFY(prompt.cacheablePrefix.contains(QStringLiteral("JSON array")));
    QCOMPARE(prompt.cacheablePrefix, builder.titleFilterPrompt({}).cacheablePrefix);
}

void TstPromptBuilder::hashesCriteria_data()
{
    QTest::addColumn<ScoringProfile>("changed");
    QTest::addColumn<bool>("sameHash");

    const ScoringProfile base = ScoringProfile::defaults();
    QTest::newRow("identical") << base << true;

    ScoringProfile p = base;
    p.criteria.replace(QLatin1Char('\n'), QStringLiteral("  \r\n"));
    QTest::newRow("line ends and trailing spaces") << p << true;

    p = base;
    p.rubric = QStringLiteral("\n\n") + p.rubric + QStringLiteral("\n\n\n");
    QTest::newRow("outer blank lines") << p << true;

    p = base;
    p.relevanceCutoff = 7;
    p.noveltyWeight = 0.5;
    p.model = QStringLiteral("gpt-4o");
    QTest::newRow("cutoffs, weights and model") << p << true;

    p = base;
    p.criteria.replace(QStringLiteral("Pruning"), QStringLiteral("Distillation"));
    QTest::newRow("a topic changed") << p << false;

    p = base;
    p.rubric.replace(QStringLiteral("9-10"), QStringLiteral("10"));
    QTest::newRow("the rubric changed") << p << false;

    p = base;
    p.systemPrompt.append(QStringLiteral(" Be strict."));
    QTest::newRow("the system prompt changed") << p << false;
}

void TstPromptBuilder::hashesCriteria()
{
    QFETCH(ScoringProfile, changed);
    QFETCH(bool, sameHash);

    const QByteArray base = criteriaHash(ScoringProfile::defaults());
    QCOMPARE(base.size(), 64);
    QCOMPARE(criteriaHash(changed) == base, sameHash);
}

QTEST_GUILESS_MAIN(TstPromptBuilder)
#include "tst_promptbuilder.moc"
