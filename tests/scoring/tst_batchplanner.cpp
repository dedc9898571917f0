// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include <app/scoring/batchplanner.h>

#include <QTest>

#include <optional>

using namespace Sieve::Scoring;

using Threshold = std::optional<int>;
Q_DECLARE_METATYPE(Threshold)

class TstBatchPlanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void growsBatchSizeAboveThreshold_data();
    void growsBatchSizeAboveThreshold();
    void coversEveryPaperOnceInOrder_data();
    void coversEveryPaperOnceInOrder();
};

void TstBatchPlanner::growsBatchSizeAboveThreshold_data()
{
    QTest::addColumn<int>("papers");
    QTest::addColumn<int>("base");
    QTest::addColumn<Threshold>("threshold");
    QTest::addColumn<int>("size");

    const Threshold none;
    QTest::newRow("no threshold, big day") << 400 << 4 << none << 4;
    QTest::newRow("below threshold") << 20 << 4 << Threshold(32) << 4;
    QTest::newRow("at threshold") << 32 << 4 << Threshold(32) << 4;
    QTest::newRow("just above threshold") << 33 << 4 << Threshold(32) << 8;
    QTest::newRow("twice threshold") << 64 << 4 << Threshold(32) << 8;
    QTest::newRow("just above twice") << 65 << 4 << Threshold(32) << 12;
    QTest::newRow("four times threshold") << 128 << 4 << Threshold(32) << 12;
    QTest::newRow("a big astro day") << 400 << 4 << Threshold(32) << 20;
    QTest::newRow("base of one") << 100 << 1 << Threshold(10) << 5;
    QTest::newRow("empty day") << 0 << 4 << Threshold(32) << 4;
    QTest::newRow("base below one counts as one") << 10 << 0 << none << 1;
    QTest::newRow("threshold zero is no threshold") << 400 << 4 << Threshold(0) << 4;
}

void TstBatchPlanner::growsBatchSizeAboveThreshold()
{
    QFETCH(int, papers);
    QFETCH(int, base);
    QFETCH(Threshold, threshold);
    QFETCH(int, size);
    QCOMPARE(batchSize(papers, base, threshold), size);
}

void TstBatchPlanner::coversEveryPaperOnceInOrder_data()
{
    QTest::addColumn<int>("papers");
    QTest::addColumn<int>("base");
    QTest::addColumn<Threshold>("threshold");
    QTest::addColumn<QList<int>>("sizes");

    QTest::newRow("even split") << 8 << 4 << Threshold() << QList<int>{4, 4};
    QTest::newRow("short last batch") << 10 << 4 << Threshold() << QList<int>{4, 4, 2};
    QTest::newRow("fewer papers than a batch") << 3 << 4 << Threshold() << QList<int>{3};
    QTest::newRow("none") << 0 << 4 << Threshold() << QList<int>{};
    QTest::newRow("adaptive") << 70 << 4 << Threshold(32) << QList<int>{12, 12, 12, 12, 12, 10};
}

void TstBatchPlanner::coversEveryPaperOnceInOrder()
{
    QFETCH(int, papers);
    QFETCH(int, base);
    QFETCH(Threshold, threshold);
    QFETCH(QList<int>, sizes);

    const QList<QList<int>> plan = batches(papers, base, threshold);
    QList<int> actualSizes;
    QList<int> flattened;
    for (const QList<int> &batch : plan) {
        actualSizes.append(int(batch.size()));
        flattened.append(batch);
    }
    QCOMPARE(actualSizes, sizes);

    QList<int> expected;
    for (int i = 0; i < papers; ++i) {
        expected.append(i);
    }
    QCOMPARE(flattened, expected);
}

QTEST_GUILESS_MAIN(TstBatchPlanner)
#include "tst_batchplanner.moc"
