// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include <app/digest/localprefilter.h>

#include <QTest>

using Sieve::Digest::DayListing;
using Sieve::Digest::ListedPaper;
using Sieve::Digest::LocalPrefilter;
using Sieve::Ranker::RankedPaper;
using Sieve::Scoring::PrefilterSetting;
using Mode = Sieve::Scoring::PrefilterSetting::Mode;

Q_DECLARE_METATYPE(Mode)

namespace {

// Papers p0 (best) to p<n-1> (worst), as LocalRanker::rank() lists them.
QList<RankedPaper> rankedDay(int papers)
{
    QList<RankedPaper> day;
    for (int i = 0; i < papers; ++i) {
        day.append({QStringLiteral("p%1").arg(i), double(papers - i), {}});
    }
    return day;
}

QSet<QString> setOf(const QString &commaSeparated)
{
    const QStringList ids = commaSeparated.split(QLatin1Char(','), Qt::SkipEmptyParts);
    return QSet<QString>(ids.cbegin(), ids.cend());
}

} // namespace

class TstLocalPrefilter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cutsTheDayAsChosen_data();
    void cutsTheDayAsChosen();
    void aListedDayIsCutInLocalOrder();
    void theReadersRatingsSetTheExpectedRecall_data();
    void theReadersRatingsSetTheExpectedRecall();
};

void TstLocalPrefilter::cutsTheDayAsChosen_data()
{
    QTest::addColumn<int>("papers");
    QTest::addColumn<Mode>("mode");
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("followed");
    QTest::addColumn<QString>("skipped");
    QTest::addColumn<double>("minRecall");

    QTest::newRow("everything") << 10 << Mode::Everything << 0.3 << QString() << QString() << 1.0;
    QTest::newRow("top 30 %") << 10 << Mode::TopShare << 0.3 << QString()
                              << QStringLiteral("p3,p4,p5,p6,p7,p8,p9") << 0.85;
    QTest::newRow("followed authors stay") << 10 << Mode::TopShare << 0.5 << QStringLiteral("p8,p1")
                                           << QStringLiteral("p5,p6,p7,p9") << 0.96;
    QTest::newRow("recall 90 %") << 10 << Mode::Recall << 0.9 << QString()
                                 << QStringLiteral("p4,p5,p6,p7,p8,p9") << 0.9;
    QTest::newRow("recall 100 % keeps all")
        << 10 << Mode::Recall << 1.0 << QString() << QString() << 1.0;
    QTest::newRow("empty day") << 0 << Mode::TopShare << 0.3 << QString() << QString() << 1.0;
}

void TstLocalPrefilter::cutsTheDayAsChosen()
{
    QFETCH(int, papers);
    QFETCH(Mode, mode);
    QFETCH(double, value);
    QFETCH(QString, followed);
    QFETCH(QString, skipped);
    QFETCH(double, minRecall);
    PrefilterSetting setting;
    setting.mode = mode;
    setting.share = value;
    setting.recall = value;

    const auto cut = LocalPrefilter::cut(rankedDay(papers), setting, setOf(followed));

    const QStringList keys = cut.skip.keys();
    QCOMPARE(QSet<QString>(keys.cbegin(), keys.cend()), setOf(skipped));
    QCOMPARE(cut.papers, papers);
    QCOMPARE(cut.sent, papers - int(cut.skip.size()));
    QVERIFY2(cut.expectedRecall >= minRecall - 1e-9,
             qPrintable(QString::number(cut.expectedRecall)));
    QVERIFY(cut.expectedRecall <= 1.0);
    for (const QString &reason : cut.skip) {
        QCOMPARE(reason, QStringLiteral("skipped by local ranker"));
    }
}

void TstLocalPrefilter::aListedDayIsCutInLocalOrder()
{
    // The digest lists the LLM's favourites first; the local ranker thinks otherwise.
    DayListing listing;
    for (int i = 0; i < 4; ++i) {
        ListedPaper paper;
        paper.paper.id = QStringLiteral("p%1").arg(i);
        paper.rank = i + 1;
        paper.localRank = 4 - i;
        paper.localScore = double(i);
        listing.papers.append(paper);
    }
    listing.papers[0].followedAuthor = QStringLiteral("Ann Smith");
    PrefilterSetting half;
    half.mode = Mode::TopShare;

    const auto cut = LocalPrefilter::cut(listing, half);

    QCOMPARE(cut.skip.keys(), QStringList{QStringLiteral("p1")}); // p0 is a followed author's
    QCOMPARE(cut.sent, 3);
}

void TstLocalPrefilter::theReadersRatingsSetTheExpectedRecall_data()
{
    QTest::addColumn<int>("ratings");
    QTest::addColumn<bool>("asListed");
    QTest::addColumn<double>("recallOfTop30");

    QTest::newRow("criteria only") << 0 << false << 0.871;
    QTest::newRow("200 ratings") << 200 << false << 0.935;
    QTest::newRow("a listed day, criteria only") << 0 << true << 0.871;
    QTest::newRow("a listed day, 200 ratings") << 200 << true << 0.935;
}

// The share of the relevant papers the top 30 % holds is the one measured for a ranker that
// learnt from as many ratings (RecallCurve::measured()).
void TstLocalPrefilter::theReadersRatingsSetTheExpectedRecall()
{
    QFETCH(int, ratings);
    QFETCH(bool, asListed);
    QFETCH(double, recallOfTop30);
    PrefilterSetting setting;
    setting.mode = Mode::TopShare;
    setting.share = 0.3;
    DayListing listing;
    listing.ratings = ratings;
    const QList<RankedPaper> day = rankedDay(10);
    for (qsizetype i = 0; i < day.size(); ++i) {
        ListedPaper paper;
        paper.paper.id = day.at(i).id;
        paper.localRank = int(i) + 1;
        paper.localScore = day.at(i).score;
        listing.papers.append(paper);
    }

    const auto cut = asListed ? LocalPrefilter::cut(listing, setting)
                              : LocalPrefilter::cut(day, setting, {}, ratings);

    QCOMPARE(cut.sent, 3);
    QVERIFY2(qAbs(cut.expectedRecall - recallOfTop30) < 1e-9,
             qPrintable(QString::number(cut.expectedRecall)));
}

QTEST_GUILESS_MAIN(TstLocalPrefilter)
#include "tst_localprefilter.moc"
