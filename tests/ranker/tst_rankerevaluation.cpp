// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include <app/ranker/criteria.h>
#include <app/ranker/evaluation.h>

#include <QFile>
#include <QTemporaryFile>
#include <QTest>

#include <cmath>

using Sieve::Ranker::Criteria;
using Sieve::Ranker::Evaluation;
using Sieve::Ranker::EvaluationFigures;

namespace {

const QString LabelsPath = QStringLiteral(PAPERSIEVE_TEST_DATA "/labels/dev-slice.jsonl");
const QString CriteriaPath = QStringLiteral(PAPERSIEVE_TEST_DATA "/labels/criteria-astro.md");

Criteria astroCriteria()
{
    QFile file(CriteriaPath);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return Criteria::parse(QString::fromUtf8(file.readAll()));
}

} // namespace

class TestRankerEvaluation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void spearmanMatchesKnownCorrelations_data();
    void spearmanMatchesKnownCorrelations();
    void summaryLineHasTheDocumentedShape();
    void labelsFileWithoutIdsIsRejected();
    void sliceOfDevLabelsMeetsMinimumQuality_data();
    void sliceOfDevLabelsMeetsMinimumQuality();
    void sliceFiguresAreThoseOfThePinnedRanking_data();
    void sliceFiguresAreThoseOfThePinnedRanking();
    void ratingPoolIsTheFirstTenDaysOrASixth_data();
    void ratingPoolIsTheFirstTenDaysOrASixth();
};

void TestRankerEvaluation::spearmanMatchesKnownCorrelations_data()
{
    QTest::addColumn<QList<double>>("a");
    QTest::addColumn<QList<double>>("b");
    QTest::addColumn<double>("expected");

    QTest::newRow("same order") << QList<double>{1, 2, 3, 4} << QList<double>{10, 20, 30, 40}
                                << 1.0;
    QTest::newRow("reversed") << QList<double>{1, 2, 3, 4} << QList<double>{4, 3, 2, 1} << -1.0;
    QTest::newRow("ties share ranks") << QList<double>{1, 2, 3} << QList<double>{1, 1, 2} << 0.866;
}

void TestRankerEvaluation::spearmanMatchesKnownCorrelations()
{
    QFETCH(QList<double>, a);
    QFETCH(QList<double>, b);
    QFETCH(double, expected);

    QVERIFY(std::abs(Evaluation::spearman(a, b) - expected) < 1e-3);
}

void TestRankerEvaluation::summaryLineHasTheDocumentedShape()
{
    EvaluationFigures figures;
    figures.spearman = 0.6;
    figures.ndcg10 = 0.81234;
    figures.recall30 = 0.9;
    figures.recall50 = 1.0;

    QCOMPARE(figures.summaryLine(),
             QStringLiteral("spearman=0.600 ndcg10=0.812 recall30=0.900 recall50=1.000"));
}

void TestRankerEvaluation::labelsFileWithoutIdsIsRejected()
{
    QTemporaryFile file;
    QVERIFY(file.open());
    file.write("{\"date\": \"2025-10-23\", \"title\": \"No id\", \"relevance\": 3}\n");
    file.close();

    const auto labels = Evaluation::loadLabels(file.fileName());

    QVERIFY(!labels.isOk());
    QCOMPARE(labels.error().code(), Sieve::Error::Code::BadData);
}

// A quality regression fails here. The minimums sit just below what the ranker measured on
// this slice, its first day being the rating pool (criteria only: 0.649 / 0.838 / 0.883 /
// 0.942; 20 ratings: 0.664 / 0.839 / 0.826 / 0.939; 200 ratings: 0.667 / 0.831 / 0.844 /
// 0.959), and well above plain tf-idf cosine. One pool day holds few relevant papers, so
// ratings help less here than on the whole development set (README.md gives those figures).
void TestRankerEvaluation::sliceOfDevLabelsMeetsMinimumQuality_data()
{
    QTest::addColumn<int>("ratings");
    QTest::addColumn<double>("minSpearman");
    QTest::addColumn<double>("minNdcg10");
    QTest::addColumn<double>("minRecall30");
    QTest::addColumn<double>("minRecall50");

    QTest::newRow("criteria only") << 0 << 0.64 << 0.83 << 0.87 << 0.93;
    QTest::newRow("20 ratings") << 20 << 0.65 << 0.82 << 0.80 << 0.93;
    QTest::newRow("200 ratings") << 200 << 0.65 << 0.81 << 0.83 << 0.94;
}

void TestRankerEvaluation::sliceOfDevLabelsMeetsMinimumQuality()
{
    QFETCH(int, ratings);
    QFETCH(double, minSpearman);
    QFETCH(double, minNdcg10);
    QFETCH(double, minRecall30);
    QFETCH(double, minRecall50);
    const auto labels = Evaluation::loadLabels(LabelsPath);
    QVERIFY(labels.isOk());
    const Criteria criteria = astroCriteria();
    QVERIFY(!criteria.isEmpty());

    const EvaluationFigures figures = Evaluation::run(labels.value(), criteria, ratings);

    qInfo().noquote() << figures.summaryLine();
    QVERIFY(figures.scoredDays >= 7);
    QVERIFY2(figures.spearman >= minSpearman, qPrintable(figures.summaryLine()));
    QVERIFY2(figures.ndcg10 >= minNdcg10, qPrintable(figures.summaryLine()));
    QVERIFY2(figures.recall30 >= minRecall30, qPrintable(figures.summaryLine()));
    QVERIFY2(figures.recall50 >= minRecall50, qPrintable(figures.summaryLine()));
}

// Exact figures of the current method. Making the ranker faster must not move a single paper;
// a change of the method itself updates these rows on purpose.
void TestRankerEvaluation::sliceFiguresAreThoseOfThePinnedRanking_data()
{
    QTest::addColumn<int>("ratings");
    QTest::addColumn<QString>("expected");

    QTest::newRow("criteria only")
        << 0 << QStringLiteral("spearman=0.649 ndcg10=0.838 recall30=0.883 recall50=0.942");
    QTest::newRow("20 ratings") << 20
                                << QStringLiteral(
                                       "spearman=0.664 ndcg10=0.839 recall30=0.826 recall50=0.939");
    QTest::newRow("200 ratings")
        << 200 << QStringLiteral("spearman=0.667 ndcg10=0.831 recall30=0.844 recall50=0.959");
}

void TestRankerEvaluation::sliceFiguresAreThoseOfThePinnedRanking()
{
    QFETCH(int, ratings);
    QFETCH(QString, expected);
    const auto labels = Evaluation::loadLabels(LabelsPath);
    QVERIFY(labels.isOk());

    const EvaluationFigures figures = Evaluation::run(labels.value(), astroCriteria(), ratings);

    QCOMPARE(figures.summaryLine(), expected);
}

void TestRankerEvaluation::ratingPoolIsTheFirstTenDaysOrASixth_data()
{
    QTest::addColumn<int>("days");
    QTest::addColumn<int>("poolDays");

    QTest::newRow("the issue's 62 days") << 62 << 10;
    QTest::newRow("a long file") << 400 << 10;
    QTest::newRow("the 9-day slice") << 9 << 1;
    QTest::newRow("one day") << 1 << 1;
    QTest::newRow("36 days") << 36 << 6;
}

void TestRankerEvaluation::ratingPoolIsTheFirstTenDaysOrASixth()
{
    QFETCH(int, days);
    QFETCH(int, poolDays);

    QCOMPARE(Evaluation::ratingPoolDays(days), poolDays);
}

QTEST_GUILESS_MAIN(TestRankerEvaluation)

#include "tst_rankerevaluation.moc"
