// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include <app/ranker/prefilter.h>

#include <QTest>

#include <cmath>

using Sieve::Ranker::EvaluationFigures;
using Sieve::Ranker::Prefilter;
using Sieve::Ranker::PrefilterCut;
using Sieve::Ranker::RankedPaper;
using Sieve::Ranker::RecallCurve;

namespace {

// A day of `count` papers "p0", "p1", ... ranked in that order, scores falling from `count`.
QList<RankedPaper> rankedDay(int count)
{
    QList<RankedPaper> day;
    for (int i = 0; i < count; ++i) {
        day.append(RankedPaper{QStringLiteral("p%1").arg(i), double(count - i), {}});
    }
    return day;
}

RecallCurve curve(double recall30, double recall50)
{
    EvaluationFigures figures;
    figures.recall30 = recall30;
    figures.recall50 = recall50;
    return RecallCurve(figures);
}

bool near(double a, double b)
{
    return std::abs(a - b) < 1e-9;
}

} // namespace

class TestPrefilter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void recallCurvePassesThroughTheMeasuredFigures_data();
    void recallCurvePassesThroughTheMeasuredFigures();
    void fractionForInvertsRecallAt_data();
    void fractionForInvertsRecallAt();
    void topFractionKeepsTheBestPapers_data();
    void topFractionKeepsTheBestPapers();
    void aboveScoreKeepsPapersAtOrOverTheThreshold_data();
    void aboveScoreKeepsPapersAtOrOverTheThreshold();
    void forRecallKeepsEnoughForTheTarget_data();
    void forRecallKeepsEnoughForTheTarget();
    void fallingFiguresStillGiveARisingCurve();
    void measuredCurveFollowsTheNumberOfRatings_data();
    void measuredCurveFollowsTheNumberOfRatings();
    void ratingsLetFewerPapersReachTheSameRecall();
};

void TestPrefilter::recallCurvePassesThroughTheMeasuredFigures_data()
{
    QTest::addColumn<double>("fraction");
    QTest::addColumn<double>("expected");

    QTest::newRow("nothing kept") << 0.0 << 0.0;
    QTest::newRow("top 15 %, half way to the first point") << 0.15 << 0.4;
    QTest::newRow("top 30 %") << 0.3 << 0.8;
    QTest::newRow("top 40 %") << 0.4 << 0.85;
    QTest::newRow("top 50 %") << 0.5 << 0.9;
    QTest::newRow("everything") << 1.0 << 1.0;
    QTest::newRow("more than everything") << 1.5 << 1.0;
    QTest::newRow("a negative fraction") << -0.2 << 0.0;
}

void TestPrefilter::recallCurvePassesThroughTheMeasuredFigures()
{
    QFETCH(double, fraction);
    QFETCH(double, expected);

    QVERIFY(near(curve(0.8, 0.9).recallAt(fraction), expected));
}

void TestPrefilter::fractionForInvertsRecallAt_data()
{
    QTest::addColumn<double>("recall");

    QTest::newRow("low") << 0.2;
    QTest::newRow("the 30 % point") << 0.8;
    QTest::newRow("between the points") << 0.87;
    QTest::newRow("high") << 0.97;
    QTest::newRow("all") << 1.0;
}

void TestPrefilter::fractionForInvertsRecallAt()
{
    QFETCH(double, recall);
    const RecallCurve c = curve(0.8, 0.9);

    QVERIFY(near(c.recallAt(c.fractionFor(recall)), recall));
}

void TestPrefilter::topFractionKeepsTheBestPapers_data()
{
    QTest::addColumn<int>("papers");
    QTest::addColumn<double>("fraction");
    QTest::addColumn<QStringList>("selected");
    QTest::addColumn<double>("expectedRecall");

    QTest::newRow("30 % of 10") << 10 << 0.3 << QStringList{"p0", "p1", "p2"} << 0.8;
    QTest::newRow("a part of a paper rounds up")
        << 10 << 0.25 << QStringList{"p0", "p1", "p2"} << 0.8;
    QTest::newRow("none") << 4 << 0.0 << QStringList{} << 0.0;
    QTest::newRow("all") << 2 << 1.0 << QStringList{"p0", "p1"} << 1.0;
    QTest::newRow("empty day") << 0 << 0.3 << QStringList{} << 1.0;
}

void TestPrefilter::topFractionKeepsTheBestPapers()
{
    QFETCH(int, papers);
    QFETCH(double, fraction);
    QFETCH(QStringList, selected);
    QFETCH(double, expectedRecall);
    const QList<RankedPaper> day = rankedDay(papers);

    const PrefilterCut cut = Prefilter(curve(0.8, 0.9)).topFraction(day, fraction);

    QCOMPARE(cut.selected, selected);
    QCOMPARE(cut.selected.size() + cut.skipped.size(), day.size());
    if (!cut.skipped.isEmpty()) {
        QCOMPARE(cut.skipped.first(), day.at(selected.size()).id);
    }
    QVERIFY2(near(cut.expectedRecall, expectedRecall),
             qPrintable(QString::number(cut.expectedRecall)));
}

void TestPrefilter::aboveScoreKeepsPapersAtOrOverTheThreshold_data()
{
    QTest::addColumn<double>("threshold");
    QTest::addColumn<int>("selected");
    QTest::addColumn<double>("expectedRecall");

    // Scores 10, 9, ..., 1.
    QTest::newRow("a score equal to the threshold is kept") << 8.0 << 3 << 0.8;
    QTest::newRow("between scores") << 5.5 << 5 << 0.9;
    QTest::newRow("above every score") << 11.0 << 0 << 0.0;
    QTest::newRow("below every score") << -1.0 << 10 << 1.0;
}

void TestPrefilter::aboveScoreKeepsPapersAtOrOverTheThreshold()
{
    QFETCH(double, threshold);
    QFETCH(int, selected);
    QFETCH(double, expectedRecall);

    const PrefilterCut cut = Prefilter(curve(0.8, 0.9)).aboveScore(rankedDay(10), threshold);

    QCOMPARE(cut.selected.size(), selected);
    QCOMPARE(cut.skipped.size(), 10 - selected);
    QVERIFY(near(cut.expectedRecall, expectedRecall));
}

void TestPrefilter::forRecallKeepsEnoughForTheTarget_data()
{
    QTest::addColumn<double>("target");
    QTest::addColumn<int>("selected");

    QTest::newRow("the 30 % point") << 0.8 << 30;
    QTest::newRow("between points rounds up") << 0.85 << 40;
    QTest::newRow("everything") << 1.0 << 100;
    QTest::newRow("nothing asked") << 0.0 << 0;
}

void TestPrefilter::forRecallKeepsEnoughForTheTarget()
{
    QFETCH(double, target);
    QFETCH(int, selected);

    const PrefilterCut cut = Prefilter(curve(0.8, 0.9)).forRecall(rankedDay(100), target);

    QCOMPARE(cut.selected.size(), selected);
    QVERIFY(cut.expectedRecall >= target - 1e-9);
}

void TestPrefilter::fallingFiguresStillGiveARisingCurve()
{
    const RecallCurve c = curve(0.9, 0.7);

    QVERIFY(c.recallAt(0.5) >= c.recallAt(0.3));
    QVERIFY(c.recallAt(0.3) <= 0.9);
    QVERIFY(near(RecallCurve::measured().recallAt(0.3), 0.871));
}

void TestPrefilter::measuredCurveFollowsTheNumberOfRatings_data()
{
    QTest::addColumn<int>("ratings");
    QTest::addColumn<double>("recall30");
    QTest::addColumn<double>("recall50");

    QTest::newRow("criteria only") << 0 << 0.871 << 0.970;
    QTest::newRow("10 ratings, between two measurements") << 10 << 0.893 << 0.976;
    QTest::newRow("20 ratings") << 20 << 0.915 << 0.982;
    // The top 50 % measured a little lower at 200 than at 20 ratings: the curve says so too.
    QTest::newRow("110 ratings") << 110 << 0.925 << 0.981;
    QTest::newRow("200 ratings") << 200 << 0.935 << 0.980;
    QTest::newRow("more than measured stays at 200's") << 5000 << 0.935 << 0.980;
    QTest::newRow("a negative count is none") << -3 << 0.871 << 0.970;
}

void TestPrefilter::measuredCurveFollowsTheNumberOfRatings()
{
    QFETCH(int, ratings);
    QFETCH(double, recall30);
    QFETCH(double, recall50);

    const RecallCurve c = RecallCurve::measured(ratings);

    QVERIFY2(near(c.recallAt(0.3), recall30), qPrintable(QString::number(c.recallAt(0.3))));
    QVERIFY2(near(c.recallAt(0.5), recall50), qPrintable(QString::number(c.recallAt(0.5))));
}

void TestPrefilter::ratingsLetFewerPapersReachTheSameRecall()
{
    const QList<RankedPaper> day = rankedDay(100);

    const PrefilterCut before = Prefilter(RecallCurve::measured(0)).forRecall(day, 0.9);
    const PrefilterCut after = Prefilter(RecallCurve::measured(200)).forRecall(day, 0.9);

    QVERIFY2(
        after.selected.size() < before.selected.size(),
        qPrintable(
            QStringLiteral("%1 vs %2").arg(after.selected.size()).arg(before.selected.size())));
    QVERIFY(after.expectedRecall >= 0.9 - 1e-9);
}

QTEST_APPLESS_MAIN(TestPrefilter)

#include "tst_prefilter.moc"
