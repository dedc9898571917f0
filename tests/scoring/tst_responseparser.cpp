// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include <app/scoring/responseparser.h>

#include <QLoggingCategory>
#include <QRegularExpression>
#include <QTest>

using namespace Sieve::Scoring;

namespace {

const QStringList Batch = {QStringLiteral("2504.11651"),
                           QStringLiteral("2504.11516"),
                           QStringLiteral("2504.11558"),
                           QStringLiteral("2504.12170")};

// A clean answer line, as a well-behaved model writes it.
QString line(const QString &id, int relevance, int novelty)
{
    return QStringLiteral(R"({"ARXIVID": "%1", "COMMENT": "Matches topic 3: compression.", )"
                          R"("RELEVANCE": %2, "NOVELTY": %3})")
        .arg(id)
        .arg(relevance)
        .arg(novelty);
}

QString cleanJsonl()
{
    return line(Batch[0], 9, 8) + QLatin1Char('\n') + line(Batch[1], 3, 5) + QLatin1Char('\n')
        + line(Batch[2], 6, 6) + QLatin1Char('\n') + line(Batch[3], 2, 4) + QLatin1Char('\n');
}

const QStringList AllScored = {QStringLiteral("2504.11651 9 8"),
                               QStringLiteral("2504.11516 3 5"),
                               QStringLiteral("2504.11558 6 6"),
                               QStringLiteral("2504.12170 2 4")};

QStringList scoresOf(const ParsedBatch &batch)
{
    QStringList scores;
    for (const PaperScore &score : batch.scores) {
        scores.append(
            QStringLiteral("%1 %2 %3").arg(score.paperId).arg(score.relevance).arg(score.novelty));
    }
    return scores;
}

QStringList problemsOf(const ParsedBatch &batch)
{
    QStringList problems;
    for (const Problem &problem : batch.problems) {
        const QString kind = problemKindName(problem.kind);
        problems.append(problem.paperId.isEmpty() ? kind
                                                  : kind + QLatin1Char(' ') + problem.paperId);
    }
    return problems;
}

} // namespace

class TstResponseParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void readsModelAnswers_data();
    void readsModelAnswers();
    void keepsCommentAndExpectedIdSpelling();
    void logsEveryProblem();
    void normalisesIds_data();
    void normalisesIds();
    void readsTitleFilterAnswers_data();
    void readsTitleFilterAnswers();
};

void TstResponseParser::initTestCase()
{
    // Every problem is logged on purpose; keep the test output readable.
    QLoggingCategory::setFilterRules(QStringLiteral("papersieve.scoring.warning=false"));
}

void TstResponseParser::readsModelAnswers_data()
{
    QTest::addColumn<QString>("answer");
    QTest::addColumn<QStringList>("scores");
    QTest::addColumn<QStringList>("missing");
    QTest::addColumn<QStringList>("unknown");
    QTest::addColumn<QStringList>("duplicates");
    QTest::addColumn<QStringList>("problems");

    const QStringList none;

    QTest::newRow("clean JSON lines") << cleanJsonl() << AllScored << none << none << none << none;

    QTest::newRow("JSON array in a json code fence")
        << QStringLiteral("```json\n[\n  ") + line(Batch[0], 9, 8) + QStringLiteral(",\n  ")
            + line(Batch[1], 3, 5) + QStringLiteral(",\n  ") + line(Batch[2], 6, 6)
            + QStringLiteral(",\n  ") + line(Batch[3], 2, 4) + QStringLiteral("\n]\n```\n")
        << AllScored << none << none << none << none;

    QTest::newRow("prose around the lines")
        << QStringLiteral("Sure! Here are my ratings for today's papers:\n\n") + cleanJsonl()
            + QStringLiteral("\nLet me know if you'd like a closer look at any of them.")
        << AllScored << none << none << none << none;

    QTest::newRow("trailing commas")
        << QStringLiteral(R"([{"ARXIVID": "2504.11651", "COMMENT": "x", "RELEVANCE": 9, )"
                          R"("NOVELTY": 8,},
{"ARXIVID": "2504.11516", "COMMENT": "y", "RELEVANCE": 3, "NOVELTY": 5, },])")
        << QStringList{QStringLiteral("2504.11651 9 8"), QStringLiteral("2504.11516 3 5")}
        << QStringList{Batch[2], Batch[3]} << none << none << none;

    QTest::newRow("single quotes with an apostrophe inside")
        << QStringLiteral(R"({'ARXIVID': '2504.11651', 'COMMENT': 'Topic 2, it's about "MoE"', )"
                          R"('RELEVANCE': 9, 'NOVELTY': 8}
{'ARXIVID': '2504.11516', 'COMMENT': "The model's pruning", 'RELEVANCE': '3', 'NOVELTY': 5})")
        << QStringList{QStringLiteral("2504.11651 9 8"), QStringLiteral("2504.11516 3 5")}
        << QStringList{Batch[2], Batch[3]} << none << none << none;

    QTest::newRow("keys in other cases and spellings") << QStringLiteral(
        R"({"arxiv_id": "2504.11651", "comment": "a", "relevance": 9, "novelty": 8}
{"id": "2504.11516", "Comment": "b", "Relevance": 3, "Novelty": 5}
{"ArXiv ID": "2504.11558", "reason": "c", "relevance_score": 6, "novelty_score": 6}
{"paper_id": "2504.12170", "COMMENTS": "d", "RELEVANCE": 2, "NOVELTY": 4})")
                                                       << AllScored << none << none << none << none;

    QTest::newRow("bare keys") << QStringLiteral(
        R"({ARXIVID: "2504.11651", COMMENT: "Topic 1: yes", RELEVANCE: 9, NOVELTY: 8})")
                               << QStringList{QStringLiteral("2504.11651 9 8")} << Batch.mid(1)
                               << none << none << none;

    QTest::newRow("ids with version, prefix, URL and as a number")
        << QStringLiteral(R"({"ARXIVID": "arXiv:2504.11651v2", "RELEVANCE": 9, "NOVELTY": 8}
{"ARXIVID": "2504.11516v1", "RELEVANCE": 3, "NOVELTY": 5}
{"ARXIVID": "https://arxiv.org/abs/2504.11558", "RELEVANCE": 6, "NOVELTY": 6}
{"ARXIVID": 2504.1217, "RELEVANCE": 2, "NOVELTY": 4})")
        << AllScored << none << none << none << none;

    QTest::newRow("scores as strings")
        << QStringLiteral(R"({"ARXIVID": "2504.11651", "RELEVANCE": "9", "NOVELTY": "8/10"}
{"ARXIVID": "2504.11516", "RELEVANCE": " 3 ", "NOVELTY": "4.6"}
{"ARXIVID": "2504.11558", "RELEVANCE": 6.0, "NOVELTY": "6 / 10"}
{"ARXIVID": "2504.12170", "RELEVANCE": "2", "NOVELTY": 4})")
        << AllScored << none << none << none << none;

    QTest::newRow("scores out of range")
        << QStringLiteral(R"({"ARXIVID": "2504.11651", "RELEVANCE": 0, "NOVELTY": 11}
{"ARXIVID": "2504.11516", "RELEVANCE": 85, "NOVELTY": 5}
{"ARXIVID": "2504.11558", "RELEVANCE": 6, "NOVELTY": "high"}
{"ARXIVID": "2504.12170", "RELEVANCE": -3, "NOVELTY": 4})")
        << QStringList{QStringLiteral("2504.11651 1 10")} << Batch.mid(1) << none << none
        << QStringList{QStringLiteral("score clamped 2504.11651"),
                       QStringLiteral("score clamped 2504.11651"),
                       QStringLiteral("score rejected 2504.11516"),
                       QStringLiteral("score rejected 2504.11558"),
                       QStringLiteral("score rejected 2504.12170")};

    QTest::newRow("score missing") << QStringLiteral(
        R"({"ARXIVID": "2504.11651", "COMMENT": "forgot the novelty", "RELEVANCE": 7})")
                                   << none << Batch << none << none
                                   << QStringList{QStringLiteral("score rejected 2504.11651")};

    QTest::newRow("unknown id ignored")
        << cleanJsonl() + line(QStringLiteral("2504.99999"), 10, 10) << AllScored << none
        << QStringList{QStringLiteral("2504.99999")} << none
        << QStringList{QStringLiteral("unknown id 2504.99999")};

    QTest::newRow("duplicate id, first wins")
        << line(Batch[0], 9, 8) + QLatin1Char('\n') + line(Batch[0], 2, 2) + QLatin1Char('\n')
            + line(Batch[0], 5, 5)
        << QStringList{QStringLiteral("2504.11651 9 8")} << Batch.mid(1) << none
        << QStringList{Batch[0]}
        << QStringList{QStringLiteral("duplicate id 2504.11651"),
                       QStringLiteral("duplicate id 2504.11651")};

    QTest::newRow("rejected first answer, usable second")
        << QStringLiteral(R"({"ARXIVID": "2504.11651", "RELEVANCE": "n/a", "NOVELTY": 8})")
            + QLatin1Char('\n') + line(Batch[0], 7, 6)
        << QStringList{QStringLiteral("2504.11651 7 6")} << Batch.mid(1) << none << none
        << QStringList{QStringLiteral("score rejected 2504.11651")};

    QTest::newRow("some ids missing")
        << line(Batch[3], 2, 4) + QLatin1Char('\n') + line(Batch[1], 3, 5)
        << QStringList{QStringLiteral("2504.12170 2 4"), QStringLiteral("2504.11516 3 5")}
        << QStringList{Batch[0], Batch[2]} << none << none << none;

    QTest::newRow("truncated at the output limit")
        << line(Batch[0], 9, 8) + QLatin1Char('\n') + line(Batch[1], 3, 5)
            + QStringLiteral("\n{\"ARXIVID\": \"2504.11558\", \"COMMENT\": \"Matches topic 1: a")
        << QStringList{QStringLiteral("2504.11651 9 8"), QStringLiteral("2504.11516 3 5")}
        << QStringList{Batch[2], Batch[3]} << none << none
        << QStringList{QStringLiteral("truncated")};

    QTest::newRow("truncated inside an array wrapper")
        << QStringLiteral("```json\n{\"papers\": [") + line(Batch[0], 9, 8)
            + QStringLiteral(", {\"ARX")
        << QStringList{QStringLiteral("2504.11651 9 8")} << Batch.mid(1) << none << none
        << QStringList{QStringLiteral("truncated")};

    QTest::newRow("list wrapped in an object")
        << QStringLiteral("{\"results\": [") + line(Batch[0], 9, 8) + QStringLiteral(", ")
            + line(Batch[1], 3, 5) + QStringLiteral(", ") + line(Batch[2], 6, 6)
            + QStringLiteral(", ") + line(Batch[3], 2, 4) + QStringLiteral("]}")
        << AllScored << none << none << none << none;

    QTest::newRow("one broken line among good ones")
        << line(Batch[0], 9, 8)
            + QStringLiteral("\n{\"ARXIVID\": \"2504.11516\" \"COMMENT\": \"no comma\", "
                             "\"RELEVANCE\": 3}\n")
            + line(Batch[2], 6, 6) + QLatin1Char('\n') + line(Batch[3], 2, 4)
        << QStringList{QStringLiteral("2504.11651 9 8"),
                       QStringLiteral("2504.11558 6 6"),
                       QStringLiteral("2504.12170 2 4")}
        << QStringList{Batch[1]} << none << none << QStringList{QStringLiteral("unparseable")};

    QTest::newRow("object without an id")
        << QStringLiteral(R"({"COMMENT": "Matches topic 2", "RELEVANCE": 8, "NOVELTY": 8})")
            + QLatin1Char('\n') + cleanJsonl()
        << AllScored << none << none << none << QStringList{QStringLiteral("no id")};

    QTest::newRow("braces and brackets inside comments")
        << QStringLiteral(R"({"ARXIVID": "2504.11651", "COMMENT": "Sets {x} and ] odd } text", )"
                          R"("RELEVANCE": 9, "NOVELTY": 8})")
        << QStringList{QStringLiteral("2504.11651 9 8")} << Batch.mid(1) << none << none << none;

    QTest::newRow("stray brace in reasoning before the answer")
        << QStringLiteral("Thinking about the set {compression, MoE... done.\n\n") + cleanJsonl()
        << AllScored << none << none << none << none;

    QTest::newRow("TeX braces in prose are no problem")
        << QStringLiteral("Scores follow; paper 3 is $\\mathcal{O}(n)$ in cost.\n") + cleanJsonl()
        << AllScored << none << none << none << none;

    QTest::newRow("refusal without JSON")
        << QStringLiteral("I'm sorry, but I can't help with rating these papers.") << none << Batch
        << none << none << QStringList{QStringLiteral("no JSON")};

    QTest::newRow("garbage") << QStringLiteral("}{ ]]] {{ \"ARXIVID\": ::: }") << none << Batch
                             << none << none << QStringList{QStringLiteral("unparseable")};

    QTest::newRow("empty answer") << QString() << none << Batch << none << none
                                  << QStringList{QStringLiteral("empty answer")};

    QTest::newRow("only whitespace") << QStringLiteral(" \n\t\n") << none << Batch << none << none
                                     << QStringList{QStringLiteral("empty answer")};
}

void TstResponseParser::readsModelAnswers()
{
    QFETCH(QString, answer);
    QFETCH(QStringList, scores);
    QFETCH(QStringList, missing);
    QFETCH(QStringList, unknown);
    QFETCH(QStringList, duplicates);
    QFETCH(QStringList, problems);

    const ParsedBatch batch = ResponseParser::parse(answer, Batch);
    QCOMPARE(scoresOf(batch), scores);
    QCOMPARE(batch.missing, missing);
    QCOMPARE(batch.unknown, unknown);
    QCOMPARE(batch.duplicates, duplicates);
    QCOMPARE(problemsOf(batch), problems);
    QCOMPARE(batch.isComplete(), missing.isEmpty());
}

void TstResponseParser::keepsCommentAndExpectedIdSpelling()
{
    const QStringList expected = {QStringLiteral("astro-ph/0603163")};
    const ParsedBatch batch = ResponseParser::parse(
        QStringLiteral(R"({"ARXIVID": "arXiv:astro-ph/0603163v3", "COMMENT": "  Matches topic )"
                       R"(1: dwarf satellites. ", "RELEVANCE": 9, "NOVELTY": 7})"),
        expected);

    QCOMPARE(batch.scores.size(), 1);
    QCOMPARE(batch.scores.first().paperId, expected.first());
    QCOMPARE(batch.scores.first().comment, QStringLiteral("Matches topic 1: dwarf satellites."));
    QVERIFY(batch.problems.isEmpty());
}

void TstResponseParser::logsEveryProblem()
{
    QLoggingCategory::setFilterRules(QStringLiteral("papersieve.scoring.warning=true"));
    QTest::ignoreMessage(
        QtWarningMsg, QRegularExpression(QStringLiteral("^model answer: unknown id 2504\\.99999")));
    QTest::ignoreMessage(
        QtWarningMsg,
        QRegularExpression(QStringLiteral("^model answer: score rejected 2504\\.11651 85")));

    const ParsedBatch batch = ResponseParser::parse(line(QStringLiteral("2504.99999"), 9, 9)
                                                        + QLatin1Char('\n') + line(Batch[0], 85, 5),
                                                    Batch);
    QCOMPARE(batch.problems.size(), 2);

    QLoggingCategory::setFilterRules(QStringLiteral("papersieve.scoring.warning=false"));
}

void TstResponseParser::normalisesIds_data()
{
    QTest::addColumn<QString>("written");
    QTest::addColumn<QString>("normalised");
    QTest::newRow("plain") << QStringLiteral("2504.11651") << QStringLiteral("2504.11651");
    QTest::newRow("version") << QStringLiteral("2504.11651v12") << QStringLiteral("2504.11651");
    QTest::newRow("prefix") << QStringLiteral("arXiv:2504.11651") << QStringLiteral("2504.11651");
    QTest::newRow("prefix with space")
        << QStringLiteral(" ARXIV: 2504.11651v1 ") << QStringLiteral("2504.11651");
    QTest::newRow("pdf url") << QStringLiteral("https://arxiv.org/pdf/2504.11651v2")
                             << QStringLiteral("2504.11651");
    QTest::newRow("old style") << QStringLiteral("hep-th/9901001v1")
                               << QStringLiteral("hep-th/9901001");
}

void TstResponseParser::normalisesIds()
{
    QFETCH(QString, written);
    QFETCH(QString, normalised);
    QCOMPARE(ResponseParser::normaliseId(written), normalised);
}

void TstResponseParser::readsTitleFilterAnswers_data()
{
    QTest::addColumn<QString>("answer");
    QTest::addColumn<QStringList>("dropped");

    QTest::newRow("clean array") << QStringLiteral(R"(["2504.12170", "2504.11516"])")
                                 << QStringList{Batch[1], Batch[3]};
    QTest::newRow("fenced with prose") << QStringLiteral(
        "These look off-topic:\n```json\n[\"2504.11558\"]\n```\nThe rest may fit.")
                                       << QStringList{Batch[2]};
    QTest::newRow("versions, prefixes, a trailing comma")
        << QStringLiteral(R"(['arXiv:2504.11651v1', "2504.11558v3",])")
        << QStringList{Batch[0], Batch[2]};
    QTest::newRow("objects with ids")
        << QStringLiteral(R"([{"ARXIVID": "2504.11516"}, {"id": "2504.12170"}])")
        << QStringList{Batch[1], Batch[3]};
    QTest::newRow("unknown ids ignored")
        << QStringLiteral(R"(["2504.99999", "2504.11516", "2504.11516"])") << QStringList{Batch[1]};
    QTest::newRow("nothing irrelevant") << QStringLiteral("[]") << QStringList();
    QTest::newRow("ids in prose only drop nothing")
        << QStringLiteral("I would drop 2504.11651 and 2504.11516.") << QStringList();
    QTest::newRow("empty answer drops nothing") << QString() << QStringList();
    QTest::newRow("truncated array drops nothing")
        << QStringLiteral(R"(["2504.11651", "2504.11)") << QStringList();
}

void TstResponseParser::readsTitleFilterAnswers()
{
    QFETCH(QString, answer);
    QFETCH(QStringList, dropped);
    QCOMPARE(ResponseParser::parseTitleFilter(answer, Batch), dropped);
}

QTEST_GUILESS_MAIN(TstResponseParser)
#include "tst_responseparser.moc"
