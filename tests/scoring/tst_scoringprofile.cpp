// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include <app/scoring/promptbuilder.h>
#include <app/scoring/scoringprofile.h>

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Sieve;
using namespace Sieve::Scoring;

Q_DECLARE_METATYPE(Sieve::Scoring::PrefilterSetting::Mode)

namespace {

QString readFixture(const QString &name)
{
    QFile file(QStringLiteral(PAPERSIEVE_TEST_DATA "/scoring/") + name);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QString::fromUtf8(file.readAll());
}

} // namespace

class TstScoringProfile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void importsReferencePrompt();
    void repairsMojibakeOnImport();
    void importsAstroCriteria();
    void takesSystemMessageSectionOverPreamble();
    void keepsUnknownSectionsInCriteria();
    void refusesPromptWithoutTopics_data();
    void refusesPromptWithoutTopics();
    void defaultsHaveTheReferenceStructure();
    void outlineReadsTopicsAndKeywords();
    void normalisesWhitespaceOnly_data();
    void normalisesWhitespaceOnly();
    void importsTheWholeReferenceDigest_data();
    void importsTheWholeReferenceDigest();
    void headingsEndSections_data();
    void headingsEndSections();
    void survivesARoundTripThroughJson();
    void prefilterChoiceIsReadLeniently_data();
    void prefilterChoiceIsReadLeniently();
};

void TstScoringProfile::importsReferencePrompt()
{
    const QString markdown = readFixture(QStringLiteral("reference-prompt-2025-04-17.md"));
    QVERIFY(!markdown.isEmpty());

    const Result<ScoringProfile> profile = ScoringProfile::importPrompt(markdown);
    QVERIFY(profile.isOk());
    QVERIFY(profile->systemPrompt.startsWith(
        QStringLiteral("You are a helpful paper reading assistant")));
    QVERIFY(profile->systemPrompt.endsWith(QStringLiteral("match the criteria below.")));
    QVERIFY(profile->criteria.startsWith(QStringLiteral("Use the following relevance criteria")));
    QVERIFY(profile->criteria.contains(QStringLiteral("6. Emerging Trends")));
    QVERIFY(profile->criteria.endsWith(QStringLiteral("Knowledge Graph, etc.")));
    QVERIFY(profile->rubric.startsWith(QStringLiteral("> The \"Relevance\" score")));
    QVERIFY(profile->rubric.contains(QStringLiteral("### Novelty Scoring")));
    QVERIFY(profile->rubric.contains(QStringLiteral("score of 9\u201310 despite")));
    QVERIFY(!profile->rubric.contains(QStringLiteral("[PAPER LIST HERE]")));
    QVERIFY(!profile->criteria.contains(QStringLiteral("Write the response in JSONL")));
    QVERIFY(!profile->rubric.contains(QStringLiteral("Write the response in JSONL")));

    const CriteriaOutline outline = CriteriaOutline::parse(profile->criteria);
    QCOMPARE(outline.topics.size(), 6);
    QCOMPARE(outline.topics.at(2).title, QStringLiteral("Model Compression"));
    QVERIFY(outline.topics.at(2).irrelevant.startsWith(QStringLiteral("Straightforward")));
    QCOMPARE(outline.relevantKeywords.first(), QStringLiteral("Mixture of Experts (MoE)"));
    QCOMPARE(outline.irrelevantKeywords.last(), QStringLiteral("Diffusion Models"));
    QCOMPARE(outline.otherKeywords.keys(), QStringList{QStringLiteral("Application")});
    QCOMPARE(outline.otherKeywords.value(QStringLiteral("Application")).size(), 13);
}

void TstScoringProfile::repairsMojibakeOnImport()
{
    QString markdown = readFixture(QStringLiteral("reference-prompt-2025-04-17.md"));
    const QString broken = QString::fromUtf8("\xC3\xA2\xE2\x82\xAC\xE2\x80\x9C");
    markdown.replace(QStringLiteral("\u2013"), broken);
    QVERIFY(markdown.contains(broken));

    const Result<ScoringProfile> profile = ScoringProfile::importPrompt(markdown);
    QVERIFY(profile.isOk());
    QVERIFY(profile->rubric.contains(QStringLiteral("score of 9\u201310 despite")));
    QVERIFY(!profile->rubric.contains(broken));
}

void TstScoringProfile::importsAstroCriteria()
{
    const Result<ScoringProfile> profile =
        ScoringProfile::importPrompt(readFixture(QStringLiteral("criteria-astro.md")));
    QVERIFY(profile.isOk());
    QVERIFY(profile->systemPrompt.isEmpty());
    QVERIFY(profile->rubric.contains(QStringLiteral("twice as much weight")));
    QVERIFY(!profile->criteria.contains(QStringLiteral("\n\n\n")));

    const CriteriaOutline outline = CriteriaOutline::parse(profile->criteria);
    QCOMPARE(outline.topics.size(), 7);
    QCOMPARE(outline.topics.first().title, QStringLiteral("Near-Field Cosmology"));
    QVERIFY(outline.topics.at(1).irrelevant.isEmpty());
    QCOMPARE(outline.topics.last().title, QStringLiteral("Circumgalactic Medium"));
    QCOMPARE(outline.relevantKeywords.size(), 7);
    QCOMPARE(outline.irrelevantKeywords,
             (QStringList{QStringLiteral("bar"),
                          QStringLiteral("Galactic center"),
                          QStringLiteral("tidal disruption event (TDE)"),
                          QStringLiteral("supermassive black hole (SMBH)")}));
}

void TstScoringProfile::takesSystemMessageSectionOverPreamble()
{
    const QString markdown = readFixture(QStringLiteral("prompt-astro.md")) + QLatin1Char('\n')
        + readFixture(QStringLiteral("criteria-astro.md"));

    const Result<ScoringProfile> profile = ScoringProfile::importPrompt(markdown);
    QVERIFY(profile.isOk());
    QVERIFY(profile->systemPrompt.startsWith(
        QStringLiteral("You are a helpful paper reading assistant")));
    QVERIFY(profile->systemPrompt.endsWith(QStringLiteral("match the criteria below.")));
    QVERIFY(!profile->criteria.contains(QStringLiteral("ArXiv ID: <id>")));
    QCOMPARE(CriteriaOutline::parse(profile->criteria).topics.size(), 7);
}

void TstScoringProfile::keepsUnknownSectionsInCriteria()
{
    const QString markdown =
        QStringLiteral("## Relevant Topics\n\n1. Dwarfs\n   - Relevant: all\n\n"
                       "## Authors I follow\n\nA. Person\n");

    const Result<ScoringProfile> profile = ScoringProfile::importPrompt(markdown);
    QVERIFY(profile.isOk());
    QCOMPARE(profile->criteria,
             QStringLiteral("1. Dwarfs\n   - Relevant: all\n\n## Authors I follow\n\nA. Person"));
}

void TstScoringProfile::refusesPromptWithoutTopics_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::newRow("empty") << QString();
    QTest::newRow("prose only") << QStringLiteral("Score papers about galaxies.");
    QTest::newRow("topics heading without text") << QStringLiteral("## Relevant Topics\n\n\n");
    QTest::newRow("rubric only") << QStringLiteral("## Scoring Criteria\n\n- 9-10: great\n");
}

void TstScoringProfile::refusesPromptWithoutTopics()
{
    QFETCH(QString, markdown);

    const Result<ScoringProfile> profile = ScoringProfile::importPrompt(markdown);
    QVERIFY(!profile.isOk());
    QCOMPARE(profile.error().code(), Error::Code::InvalidInput);
    QVERIFY(!profile.error().userMessage().isEmpty());
}

void TstScoringProfile::defaultsHaveTheReferenceStructure()
{
    const ScoringProfile profile = ScoringProfile::defaults();
    QVERIFY(!profile.systemPrompt.isEmpty());
    QVERIFY(profile.rubric.contains(QStringLiteral("### Relevance Scoring")));
    QVERIFY(profile.rubric.contains(QStringLiteral("### Novelty Scoring")));

    const CriteriaOutline outline = CriteriaOutline::parse(profile.criteria);
    QCOMPARE(outline.topics.size(), 4);
    for (const CriteriaTopic &topic : outline.topics) {
        QVERIFY2(!topic.relevant.isEmpty(), qPrintable(topic.title));
        QVERIFY2(!topic.irrelevant.isEmpty(), qPrintable(topic.title));
    }
    QVERIFY(!outline.relevantKeywords.isEmpty());
    QVERIFY(!outline.irrelevantKeywords.isEmpty());
}

void TstScoringProfile::outlineReadsTopicsAndKeywords()
{
    const CriteriaOutline outline = CriteriaOutline::parse(
        QStringLiteral("Intro.\n\n1. Stars\n   - Relevant: models\n   - Not relevant: planets\n"
                       "2. Gas\n   - Relevant: outflows\n\nKeywords:\n- Relevant: cusp, core, "
                       "etc.\n- Irrelevant: bar.\n"));
    QCOMPARE(outline.topics.size(), 2);
    QCOMPARE(outline.topics.at(0).number, 1);
    QCOMPARE(outline.topics.at(0).irrelevant, QStringLiteral("planets"));
    QCOMPARE(outline.topics.at(1).relevant, QStringLiteral("outflows"));
    QCOMPARE(outline.relevantKeywords,
             (QStringList{QStringLiteral("cusp"), QStringLiteral("core")}));
    QCOMPARE(outline.irrelevantKeywords, QStringList{QStringLiteral("bar")});
}

void TstScoringProfile::normalisesWhitespaceOnly_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("windows line ends") << QStringLiteral("a\r\nb") << QStringLiteral("a\nb");
    QTest::newRow("trailing spaces") << QStringLiteral("a  \nb\t") << QStringLiteral("a\nb");
    QTest::newRow("blank line run") << QStringLiteral("a\n\n\n\nb") << QStringLiteral("a\n\nb");
    QTest::newRow("outer blank lines") << QStringLiteral("\n\n a\n\n") << QStringLiteral(" a");
    QTest::newRow("indentation kept")
        << QStringLiteral("1. x\n   - y") << QStringLiteral("1. x\n   - y");
}

void TstScoringProfile::normalisesWhitespaceOnly()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(normaliseMarkdown(text), expected);
}

void TstScoringProfile::importsTheWholeReferenceDigest_data()
{
    QTest::addColumn<QString>("path");
    // Where ../shared keeps it, and the copy in tests/data so every checkout exercises it.
    QTest::newRow("shared reference")
        << QStringLiteral(PAPERSIEVE_SHARED_DATA "/../reference/digest-2025-04-17.md");
    QTest::newRow("fixture copy") << QStringLiteral(PAPERSIEVE_TEST_DATA
                                                    "/digest/reference-2025-04-17.md");
}

// The digest our users' tool wrote: its table and nine papers, then the prompt that chose them.
// Only the prompt is imported, and its en dash arrives double-encoded and must come out as one
// character.
void TstScoringProfile::importsTheWholeReferenceDigest()
{
    QFETCH(QString, path);

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        QVERIFY2(!path.startsWith(QStringLiteral(PAPERSIEVE_TEST_DATA)), qPrintable(path));
        QSKIP("../shared/reference is not beside this checkout");
    }
    const QString digest = QString::fromUtf8(file.readAll());
    QVERIFY(digest.startsWith(QStringLiteral("# Personalized Daily ArXiv Papers")));

    const Result<ScoringProfile> profile = ScoringProfile::importPrompt(digest);
    QVERIFY(profile.isOk());
    QVERIFY(profile->systemPrompt.startsWith(
        QStringLiteral("You are a helpful paper reading assistant")));
    QVERIFY(profile->systemPrompt.endsWith(QStringLiteral("match the criteria below.")));
    QVERIFY(profile->criteria.startsWith(QStringLiteral("Use the following relevance criteria")));
    QVERIFY(profile->criteria.endsWith(QStringLiteral("Knowledge Graph, etc.")));
    QVERIFY(profile->rubric.startsWith(QStringLiteral("> The \"Relevance\" score")));
    QVERIFY(profile->rubric.contains(QStringLiteral("9\u201310")));
    QVERIFY(!profile->rubric.contains(QStringLiteral("\u00e2\u20ac")));
    for (const QString &text : {profile->systemPrompt, profile->criteria, profile->rubric}) {
        QVERIFY(!text.contains(QStringLiteral("arxiv.org/abs")));
        QVERIFY(!text.contains(QStringLiteral("Personalized Daily")));
        QVERIFY(!text.contains(QStringLiteral("[PAPER LIST HERE]")));
    }
    QCOMPARE(CriteriaOutline::parse(profile->criteria).topics.size(), 6);

    // The same texts as the prompt alone gives.
    const Result<ScoringProfile> prompt =
        ScoringProfile::importPrompt(readFixture(QStringLiteral("reference-prompt-2025-04-17.md")));
    QVERIFY(prompt.isOk());
    QCOMPARE(profile->systemPrompt, prompt->systemPrompt);
    QCOMPARE(profile->criteria, prompt->criteria);
    QCOMPARE(profile->rubric, prompt->rubric);
}

void TstScoringProfile::headingsEndSections_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QString>("systemPrompt");
    QTest::addColumn<QString>("criteria");

    QTest::newRow("title after the topics starts a kept section")
        << QStringLiteral("# Prompt\n\nBe kind.\n\n## Relevant Topics\n\n1. Dwarfs\n\n"
                          "# Notes\n\nRead on Fridays.\n")
        << QStringLiteral("Be kind.") << QStringLiteral("1. Dwarfs\n\n# Notes\n\nRead on Fridays.");
    QTest::newRow("digest entries are skipped")
        << QStringLiteral("## Relevant Topics\n\n1. Dwarfs\n\n"
                          "## 1. [A paper](https://arxiv.org/abs/2504.11651)\n\nAbstract.\n")
        << QString() << QStringLiteral("1. Dwarfs");
    QTest::newRow("title above the preamble is dropped")
        << QStringLiteral("# My prompt\nBe kind.\n## Topics\n1. Dwarfs\n")
        << QStringLiteral("Be kind.") << QStringLiteral("1. Dwarfs");
}

void TstScoringProfile::headingsEndSections()
{
    QFETCH(QString, markdown);
    QFETCH(QString, systemPrompt);
    QFETCH(QString, criteria);

    const Result<ScoringProfile> profile = ScoringProfile::importPrompt(markdown);
    QVERIFY(profile.isOk());
    QCOMPARE(profile->systemPrompt, systemPrompt);
    QCOMPARE(profile->criteria, criteria);
}

void TstScoringProfile::survivesARoundTripThroughJson()
{
    ScoringProfile profile = ScoringProfile::defaults();
    profile.name = QStringLiteral("galaxies");
    profile.relevanceCutoff = 6;
    profile.noveltyWeight = 0.5;
    profile.model = QStringLiteral("claude-3-5-haiku-latest");
    profile.followedAuthors = {QStringLiteral("Gemma E. Moran"), QStringLiteral("s2:1741101")};
    profile.hIndexCutoff = 15;
    profile.prefilter.mode = Sieve::Scoring::PrefilterSetting::Mode::Recall;
    profile.prefilter.recall = 0.9;

    const ScoringProfile read = ScoringProfile::fromJson(profile.toJson());
    QCOMPARE(read.toJson(), profile.toJson());
    QCOMPARE(read.criteria, profile.criteria);
    QCOMPARE(read.relevanceCutoff, 6);
    QCOMPARE(read.followedAuthors, profile.followedAuthors);
    QCOMPARE(read.hIndexCutoff, 15);
    QVERIFY(read.prefilter == profile.prefilter);
    QCOMPARE(criteriaHash(read), criteriaHash(profile));
}

void TstScoringProfile::prefilterChoiceIsReadLeniently_data()
{
    using Mode = Sieve::Scoring::PrefilterSetting::Mode;
    QTest::addColumn<QString>("json");
    QTest::addColumn<Mode>("mode");
    QTest::addColumn<double>("share");
    QTest::addColumn<double>("recall");

    QTest::newRow("absent: everything") << QStringLiteral("{}") << Mode::Everything << 0.5 << 0.95;
    QTest::newRow("top share") << QStringLiteral(R"({"mode": "share", "share": 0.3})")
                               << Mode::TopShare << 0.3 << 0.95;
    QTest::newRow("recall") << QStringLiteral(R"({"mode": "recall", "recall": 0.8})")
                            << Mode::Recall << 0.5 << 0.8;
    QTest::newRow("unknown mode") << QStringLiteral(R"({"mode": "half"})") << Mode::Everything
                                  << 0.5 << 0.95;
    QTest::newRow("shares out of range")
        << QStringLiteral(R"({"share": 0, "recall": 1.5})") << Mode::Everything << 0.5 << 0.95;
}

void TstScoringProfile::prefilterChoiceIsReadLeniently()
{
    using Mode = Sieve::Scoring::PrefilterSetting::Mode;
    QFETCH(QString, json);
    QFETCH(Mode, mode);
    QFETCH(double, share);
    QFETCH(double, recall);

    const QJsonObject stored{
        {QStringLiteral("prefilter"), QJsonDocument::fromJson(json.toUtf8()).object()}};
    const auto setting = ScoringProfile::fromJson(stored).prefilter;

    QCOMPARE(setting.mode, mode);
    QCOMPARE(setting.share, share);
    QCOMPARE(setting.recall, recall);
}

QTEST_GUILESS_MAIN(TstScoringProfile)
#include "tst_scoringprofile.moc"
