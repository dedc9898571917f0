// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include <app/digest/dayview.h>
#include <app/library/library.h>
#include <app/library/readingstore.h>
#include <app/library/runstore.h>

#include <QStandardPaths>
#include <QTest>

using Sieve::Day;
using Sieve::Paper;
using Sieve::Digest::DayListing;
using Sieve::Digest::DayView;
using Sieve::Library::Library;
using Sieve::Library::ScoreRecord;
using Sieve::Ranker::Rating;
using Thumb = Sieve::Library::ReadingStore::Thumb;
using Sieve::Scoring::ScoringProfile;

namespace {

const QDate Date(2026, 3, 10);

Paper paper(int index, const QString &title, const QString &abstract)
{
    Paper p;
    p.id = QStringLiteral("2603.4000%1").arg(index);
    p.version = 1;
    p.title = title;
    p.abstract = abstract;
    p.authors = {QStringLiteral("Author %1").arg(index)};
    p.categories = {QStringLiteral("astro-ph.GA")};
    return p;
}

Day day()
{
    Day d;
    d.date = Date;
    d.categories = {QStringLiteral("astro-ph.GA")};
    d.source = QStringLiteral("rss");
    d.papers = {
        paper(0,
              QStringLiteral("Stellar winds of hot stars"),
              QStringLiteral("Massive stars lose mass.")),
        paper(1,
              QStringLiteral("Dwarf galaxies and dark matter halos"),
              QStringLiteral("Dwarf galaxies trace the dark matter halos of the Local Group.")),
        paper(2, QStringLiteral("Solar flares"), QStringLiteral("Flares on the Sun.")),
        paper(3,
              QStringLiteral("Dark matter halos of dwarf galaxies in simulations"),
              QStringLiteral("We simulate dwarf galaxies in dark matter halos.")),
    };
    for (const Paper &p : d.papers) {
        d.listings.append({p.id, QStringLiteral("astro-ph.GA"), Sieve::AnnounceType::New});
    }
    return d;
}

ScoringProfile profile()
{
    ScoringProfile p = ScoringProfile::defaults();
    p.criteria = QStringLiteral("1. Dwarf galaxies\n"
                                "   - Relevant: dwarf galaxies, dark matter halos, satellites.\n");
    return p;
}

QStringList order(const DayListing &listing)
{
    QStringList ids;
    for (const auto &p : listing.papers) {
        ids.append(p.paper.id.right(1));
    }
    return ids;
}

} // namespace

class TstDayView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void withoutLlmScoresTheLocalRankerOrdersTheDay();
    void followedAuthorsComeFirst();
    void llmScoresSetTheOrderAndTheRestFollowsLocally();
    void readingStateAndRatingsReachTheList();
    void eachProfileLearnsOnlyItsOwnRatings();
    void theReadersMarksMapToRankerRatings_data();
    void theReadersMarksMapToRankerRatings();

private:
    std::unique_ptr<Library> m_library;
};

void TstDayView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TstDayView::init()
{
    auto opened = Library::open(QStringLiteral(":memory:"));
    QVERIFY(opened);
    m_library = std::move(opened).value();
    QVERIFY(m_library->storeDay(day()));
}

void TstDayView::withoutLlmScoresTheLocalRankerOrdersTheDay()
{
    const auto ranker = DayView::prepareRanker(*m_library, profile());
    const auto listing = DayView::build(*m_library, Date, profile(), *ranker);
    QVERIFY(listing);

    QVERIFY(!listing->hasLlmScores);
    QCOMPARE(listing->papers.size(), 4);
    const QStringList first = order(*listing).mid(0, 2);
    QVERIFY(first.contains(QStringLiteral("1")));
    QVERIFY(first.contains(QStringLiteral("3")));
    QCOMPARE(listing->papers.first().rank, 1);
    QCOMPARE(listing->papers.first().localRank, 1);
    QVERIFY(!listing->papers.first().why.isEmpty());
    QCOMPARE(listing->papers.first().status, QStringLiteral("unscored"));
}

void TstDayView::followedAuthorsComeFirst()
{
    ScoringProfile followed = profile();
    followed.followedAuthors = {QStringLiteral("Author 2")};
    const auto ranker = DayView::prepareRanker(*m_library, followed);
    const auto listing = DayView::build(*m_library, Date, followed, *ranker);
    QVERIFY(listing);
    QCOMPARE(listing->papers.first().paper.id, QStringLiteral("2603.40002"));
    QVERIFY(!listing->papers.first().followedAuthor.isEmpty());
}

void TstDayView::llmScoresSetTheOrderAndTheRestFollowsLocally()
{
    Sieve::Library::RunStore store(*m_library);
    Sieve::Library::RunRecord run;
    run.date = Date;
    run.profile = QStringLiteral("default");
    run.model = QStringLiteral("gpt-4.1-mini");
    const auto id = store.createRun(run);
    QVERIFY(id);
    ScoreRecord solar;
    solar.paperId = QStringLiteral("2603.40002");
    solar.relevance = 9;
    solar.novelty = 9;
    solar.status = QStringLiteral("scored");
    ScoreRecord skipped;
    skipped.paperId = QStringLiteral("2603.40000");
    skipped.status = QStringLiteral("skipped");
    skipped.reason = QStringLiteral("skipped by local ranker");
    QVERIFY(store.recordScores(*id, {solar, skipped}));

    const auto ranker = DayView::prepareRanker(*m_library, profile());
    const auto listing = DayView::build(*m_library, Date, profile(), *ranker);
    QVERIFY(listing);
    QVERIFY(listing->hasLlmScores);
    QCOMPARE(listing->model, QStringLiteral("gpt-4.1-mini"));
    QCOMPARE(listing->relevantCount, 1);
    QCOMPARE(order(*listing).first(), QStringLiteral("2"));
    QCOMPARE(listing->papers.first().relevance.value_or(0), 9);
    QCOMPARE(order(*listing).last(), QStringLiteral("0")); // the skipped one, ranked last locally
    QCOMPARE(listing->papers.last().statusReason, QStringLiteral("skipped by local ranker"));
}

void TstDayView::readingStateAndRatingsReachTheList()
{
    const QString name = profile().name;
    QVERIFY(m_library->reading().setStarred(name, QStringLiteral("2603.40000"), true));
    QVERIFY(m_library->reading().setRating(name, QStringLiteral("2603.40002"), 1));

    const auto ranker = DayView::prepareRanker(*m_library, profile());
    QCOMPARE(ranker->ratingCount(), 2);
    const auto listing = DayView::build(*m_library, Date, profile(), *ranker);
    QVERIFY(listing);
    for (const auto &p : listing->papers) {
        if (p.paper.id == QLatin1String("2603.40000")) {
            QVERIFY(p.reading.starred);
        }
        if (p.paper.id == QLatin1String("2603.40002")) {
            QCOMPARE(p.reading.rating.value_or(0), 1);
        }
    }
}

void TstDayView::eachProfileLearnsOnlyItsOwnRatings()
{
    ScoringProfile galaxies = profile();
    galaxies.name = QStringLiteral("galaxies");
    ScoringProfile sun = profile();
    sun.name = QStringLiteral("sun");
    Sieve::Library::ReadingStore &reading = m_library->reading();
    QVERIFY(reading.setStarred(galaxies.name, QStringLiteral("2603.40001"), true));
    QVERIFY(reading.rate(galaxies.name, QStringLiteral("2603.40003"), Thumb::Up));
    QVERIFY(reading.setRating(sun.name, QStringLiteral("2603.40003"), 1));

    const auto galaxiesRanker = DayView::prepareRanker(*m_library, galaxies);
    const auto sunRanker = DayView::prepareRanker(*m_library, sun);
    const auto unrated = DayView::prepareRanker(*m_library, profile());

    QCOMPARE(galaxiesRanker->ratingCount(), 2);
    QCOMPARE(sunRanker->ratingCount(), 1);
    QCOMPARE(unrated->ratingCount(), 0);
    const auto galaxiesList = DayView::build(*m_library, Date, galaxies, *galaxiesRanker);
    const auto sunList = DayView::build(*m_library, Date, sun, *sunRanker);
    QVERIFY(galaxiesList && sunList);
    for (const auto &mine : galaxiesList->papers) {
        if (mine.paper.id == QLatin1String("2603.40003")) {
            QCOMPARE(mine.reading.rating, std::optional<int>(4));
        }
    }
    for (const auto &theirs : sunList->papers) {
        if (theirs.paper.id == QLatin1String("2603.40003")) {
            QCOMPARE(theirs.reading.rating, std::optional<int>(1));
        }
        if (theirs.paper.id == QLatin1String("2603.40001")) {
            QVERIFY(theirs.reading.starred); // the star is the paper's, the lesson the profile's
        }
    }
}

void TstDayView::theReadersMarksMapToRankerRatings_data()
{
    QTest::addColumn<bool>("starred");
    QTest::addColumn<int>("rating"); // 0: none
    QTest::addColumn<int>("expected"); // -1: nothing to learn

    const auto as = [](Rating rating) {
        return int(rating);
    };
    QTest::newRow("star") << true << 0 << as(Rating::Star);
    QTest::newRow("star wins over a rating") << true << 1 << as(Rating::Star);
    QTest::newRow("not interested") << false << 1 << as(Rating::NotInterested);
    QTest::newRow("thumb down") << false << 2 << as(Rating::ThumbsDown);
    QTest::newRow("neutral") << false << 3 << -1;
    QTest::newRow("thumb up") << false << 4 << as(Rating::ThumbsUp);
    QTest::newRow("two thumbs up") << false << 5 << as(Rating::ThumbsUp);
    QTest::newRow("untouched") << false << 0 << -1;
}

void TstDayView::theReadersMarksMapToRankerRatings()
{
    QFETCH(bool, starred);
    QFETCH(int, rating);
    QFETCH(int, expected);

    Sieve::Library::ProfileRating given;
    given.starred = starred;
    if (rating > 0) {
        given.rating = rating;
    }

    const auto mapped = DayView::rankerRating(given);

    QCOMPARE(mapped ? int(*mapped) : -1, expected);
}

QTEST_GUILESS_MAIN(TstDayView)
#include "tst_dayview.moc"
