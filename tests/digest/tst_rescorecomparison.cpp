// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include <app/digest/rescorecomparison.h>

#include <QTest>

using Sieve::Digest::RankChange;
using Sieve::Digest::RescoreComparison;

namespace {

// "p1".."pN" in order.
QStringList ordered(int count)
{
    QStringList ids;
    for (int i = 1; i <= count; ++i) {
        ids.append(QStringLiteral("p%1").arg(i));
    }
    return ids;
}

QStringList moved(QStringList ids, int from, int to)
{
    ids.move(from - 1, to - 1);
    return ids;
}

} // namespace

class TstRescoreComparison : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void describesOneMove_data();
    void describesOneMove();
    void topIsTheShareRoundedUp_data();
    void topIsTheShareRoundedUp();
    void sortsLargestMoveFirst();
    void paperOnOneSideOnlyCountsAsBelowTheRest();
    void identicalOrdersMoveNothing();
    void emptyOrdersCompareEmpty();
};

void TstRescoreComparison::describesOneMove_data()
{
    QTest::addColumn<QStringList>("after");
    QTest::addColumn<QString>("paper");
    QTest::addColumn<int>("before");
    QTest::addColumn<int>("now");
    QTest::addColumn<int>("delta");
    QTest::addColumn<bool>("entered");
    QTest::addColumn<bool>("left");

    // 20 papers: the top 10 % are the first two.
    QTest::newRow("rank 15 to the top")
        << moved(ordered(20), 15, 1) << "p15" << 15 << 1 << 14 << true << false;
    QTest::newRow("first falls to last")
        << moved(ordered(20), 1, 20) << "p1" << 1 << 20 << -19 << false << true;
    QTest::newRow("pushed out of the top")
        << moved(ordered(20), 15, 1) << "p2" << 2 << 3 << -1 << false << true;
    QTest::newRow("moves within the tail")
        << moved(ordered(20), 10, 5) << "p10" << 10 << 5 << 5 << false << false;
}

void TstRescoreComparison::describesOneMove()
{
    QFETCH(QStringList, after);
    QFETCH(QString, paper);
    QFETCH(int, before);
    QFETCH(int, now);
    QFETCH(int, delta);
    QFETCH(bool, entered);
    QFETCH(bool, left);

    const RescoreComparison comparison = RescoreComparison::compare(ordered(20), after);
    const std::optional<RankChange> change = comparison.changeOf(paper);

    QVERIFY(change);
    QCOMPARE(change->before.value_or(0), before);
    QCOMPARE(change->after.value_or(0), now);
    QCOMPARE(change->delta, delta);
    QCOMPARE(change->enteredTop, entered);
    QCOMPARE(change->leftTop, left);
}

void TstRescoreComparison::topIsTheShareRoundedUp_data()
{
    QTest::addColumn<int>("papers");
    QTest::addColumn<double>("share");
    QTest::addColumn<int>("topCount");

    QTest::newRow("ten of a hundred") << 100 << 0.1 << 10;
    QTest::newRow("21 papers round up") << 21 << 0.1 << 3;
    QTest::newRow("tiny day keeps one") << 3 << 0.1 << 1;
    QTest::newRow("share above one is all") << 5 << 2.0 << 5;
}

void TstRescoreComparison::topIsTheShareRoundedUp()
{
    QFETCH(int, papers);
    QFETCH(double, share);
    QFETCH(int, topCount);

    QCOMPARE(RescoreComparison::compare(ordered(papers), ordered(papers), share).topCount,
             topCount);
}

void TstRescoreComparison::sortsLargestMoveFirst()
{
    const QStringList after = moved(moved(ordered(20), 12, 1), 18, 15);

    const RescoreComparison comparison = RescoreComparison::compare(ordered(20), after);

    QCOMPARE(comparison.changes.size(), 20);
    QCOMPARE(comparison.changes.first().paperId, QStringLiteral("p12"));
    for (qsizetype i = 1; i < comparison.changes.size(); ++i) {
        QVERIFY(std::abs(comparison.changes.at(i - 1).delta)
                >= std::abs(comparison.changes.at(i).delta));
    }
    QCOMPARE(comparison.entered, 1);
    QCOMPARE(comparison.left, 1); // p2 went from 2 to 3
}

void TstRescoreComparison::paperOnOneSideOnlyCountsAsBelowTheRest()
{
    const QStringList before = {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")};
    const QStringList after = {QStringLiteral("new"), QStringLiteral("a"), QStringLiteral("b")};

    const RescoreComparison comparison = RescoreComparison::compare(before, after);

    const auto arrived = comparison.changeOf(QStringLiteral("new"));
    QVERIFY(arrived);
    QVERIFY(!arrived->before);
    QCOMPARE(arrived->delta, 3); // from "below the three" to first
    QVERIFY(arrived->enteredTop);
    const auto gone = comparison.changeOf(QStringLiteral("c"));
    QVERIFY(gone);
    QVERIFY(!gone->after);
    QCOMPARE(gone->delta, -1);
    QVERIFY(!comparison.changeOf(QStringLiteral("nobody")));
}

void TstRescoreComparison::identicalOrdersMoveNothing()
{
    const RescoreComparison comparison = RescoreComparison::compare(ordered(30), ordered(30));

    QCOMPARE(comparison.moved, 0);
    QCOMPARE(comparison.entered, 0);
    QCOMPARE(comparison.left, 0);
    QCOMPARE(comparison.changes.first().paperId, QStringLiteral("p1"));
}

void TstRescoreComparison::emptyOrdersCompareEmpty()
{
    const RescoreComparison comparison = RescoreComparison::compare({}, {});

    QVERIFY(comparison.changes.isEmpty());
    QCOMPARE(comparison.topCount, 0);
}

QTEST_GUILESS_MAIN(TstRescoreComparison)
#include "tst_rescorecomparison.moc"
