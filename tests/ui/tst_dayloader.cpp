// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include <app/digest/dayview.h>
#include <app/digest/sampledays.h>
#include <app/library/library.h>
#include <app/library/readingstore.h>
#include <ui/dayloader.h>

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using Sieve::Digest::DayListing;
using Sieve::Ui::DayLoader;
using Thumb = Sieve::Library::ReadingStore::Thumb;

namespace {

QStringList order(const DayListing &listing)
{
    QStringList ids;
    for (const auto &listed : listing.papers) {
        ids.append(listed.paper.id);
    }
    return ids;
}

double localScoreOf(const DayListing &listing, const QString &id)
{
    for (const auto &listed : listing.papers) {
        if (listed.paper.id == id) {
            return listed.localScore;
        }
    }
    return 0;
}

// How many papers other than `except` have a different local score in `after`.
int scoresMoved(const DayListing &before, const DayListing &after, const QString &except)
{
    int moved = 0;
    for (const auto &listed : before.papers) {
        if (listed.paper.id != except
            && !qFuzzyCompare(1 + listed.localScore, 1 + localScoreOf(after, listed.paper.id))) {
            ++moved;
        }
    }
    return moved;
}

int localRankOf(const DayListing &listing, const QString &id)
{
    for (const auto &listed : listing.papers) {
        if (listed.paper.id == id) {
            return listed.localRank;
        }
    }
    return -1;
}

} // namespace

class TstDayLoader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void listsADayAsTheEngineDoes();
    void reportsOnlyTheNewestLoad();
    void keepsTheRankerUntilItIsInvalidated();
    void oneRatingReranksTheShownDayAtOnce();
    void aChangedMindIsLearntToo();
    void quickRatingsEndInOneRerankThatKnowsThemAll();
    void ratingsOfAnotherProfileTeachNothing();
    void ranksADayForThePrefilter();
    void countsEachDay();
    void searchesEveryDay();

private:
    std::optional<DayListing> load(DayLoader &loader, const QDate &date);
    std::optional<DayListing> learn(DayLoader &loader, const QDate &date);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Sieve::Library::Library> m_library;
    QString m_path;
    QDate m_newest;
    QDate m_oldest;
};

void TstDayLoader::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath(QStringLiteral("library.sqlite"));
    auto opened = Sieve::Library::Library::open(m_path);
    QVERIFY(opened);
    m_library = std::move(opened.value());
    QVERIFY(Sieve::Digest::SampleDays::importInto(*m_library));
    const auto days = m_library->days();
    QVERIFY(days.size() >= 2);
    m_newest = days.constFirst().date;
    m_oldest = days.constLast().date;
}

void TstDayLoader::cleanup()
{
    m_library.reset();
    m_dir.reset();
}

std::optional<DayListing> TstDayLoader::load(DayLoader &loader, const QDate &date)
{
    QSignalSpy loaded(&loader, &DayLoader::dayLoaded);
    loader.load(date);
    if (!loaded.wait(10000)) {
        return std::nullopt;
    }
    return loaded.constFirst().constFirst().value<DayListing>();
}

std::optional<DayListing> TstDayLoader::learn(DayLoader &loader, const QDate &date)
{
    QSignalSpy reranked(&loader, &DayLoader::dayReranked);
    QElapsedTimer timer;
    timer.start();
    loader.learnRatings(date);
    if (!reranked.wait(10000)) {
        return std::nullopt;
    }
    qInfo("learnt the rating and re-ranked %s in %lld ms",
          qPrintable(date.toString(Qt::ISODate)),
          timer.elapsed());
    return reranked.constFirst().constFirst().value<DayListing>();
}

void TstDayLoader::listsADayAsTheEngineDoes()
{
    DayLoader loader;
    loader.setLibraryPath(m_path);

    const auto listing = load(loader, m_newest);

    QVERIFY(listing);
    QCOMPARE(listing->summary.date, m_newest);
    const auto profile = Sieve::Scoring::ScoringProfile::defaults();
    const auto ranker = Sieve::Digest::DayView::prepareRanker(*m_library, profile);
    const auto expected = Sieve::Digest::DayView::build(*m_library, m_newest, profile, *ranker);
    QVERIFY(expected);
    QCOMPARE(order(*listing), order(*expected));
}

void TstDayLoader::reportsOnlyTheNewestLoad()
{
    DayLoader loader;
    loader.setLibraryPath(m_path);
    QSignalSpy loaded(&loader, &DayLoader::dayLoaded);
    QSignalSpy searched(&loader, &DayLoader::searchFinished);

    loader.load(m_oldest);
    loader.load(m_newest);
    // Requests run in order: once the search is answered, both loads are done.
    loader.search(QStringLiteral("galaxy"));
    QVERIFY(searched.wait(10000));

    QCOMPARE(loaded.size(), 1);
    QCOMPARE(loaded.constFirst().constFirst().value<DayListing>().summary.date, m_newest);
}

void TstDayLoader::keepsTheRankerUntilItIsInvalidated()
{
    DayLoader loader;
    loader.setLibraryPath(m_path);
    const auto before = load(loader, m_newest);
    QVERIFY(before && before->papers.size() > 10);

    // The reader likes the papers the ranker put last.
    QStringList liked;
    for (qsizetype i = before->papers.size() - 3; i < before->papers.size(); ++i) {
        liked.append(before->papers.at(i).paper.id);
        QVERIFY(
            m_library->reading().setStarred(QStringLiteral("default"), liked.constLast(), true));
    }

    const auto cached = load(loader, m_newest);
    QVERIFY(cached);
    QCOMPARE(order(*cached), order(*before));
    QVERIFY(cached->papers.constLast().reading.starred); // reading state is always fresh

    loader.invalidateRanker();
    const auto retrained = load(loader, m_newest);
    QVERIFY(retrained);
    for (const QString &id : liked) {
        QVERIFY2(localRankOf(*retrained, id) < localRankOf(*before, id), qPrintable(id));
    }
}

void TstDayLoader::oneRatingReranksTheShownDayAtOnce()
{
    DayLoader loader;
    loader.setLibraryPath(m_path);
    const auto before = load(loader, m_newest);
    QVERIFY(before && before->papers.size() > 10);
    const QString liked = before->papers.at(before->papers.size() - 2).paper.id;

    QVERIFY(m_library->reading().rate(QStringLiteral("default"), liked, Thumb::Up));
    const auto after = learn(loader, m_newest);

    QVERIFY(after);
    QCOMPARE(after->summary.date, m_newest);
    QCOMPARE(after->papers.size(), before->papers.size());
    QVERIFY(localScoreOf(*after, liked) > localScoreOf(*before, liked));
    QVERIFY(localRankOf(*after, liked) < localRankOf(*before, liked));
    // The liked paper's words now count for the others too.
    const int moved = scoresMoved(*before, *after, liked);
    QVERIFY2(moved > int(before->papers.size()) / 4, qPrintable(QString::number(moved)));
    QCOMPARE(after->papers.constLast().reading.rating.has_value(),
             after->papers.constLast().paper.id == liked);

    // What the worker keeps is the ranker that learnt it: a load lists the same ranking.
    const auto loaded = load(loader, m_newest);
    QVERIFY(loaded);
    QCOMPARE(order(*loaded), order(*after));
}

void TstDayLoader::aChangedMindIsLearntToo()
{
    DayLoader loader;
    loader.setLibraryPath(m_path);
    const auto before = load(loader, m_newest);
    QVERIFY(before && before->papers.size() > 10);
    const QString paper = before->papers.at(before->papers.size() / 2).paper.id;
    QVERIFY(m_library->reading().setStarred(QStringLiteral("default"), paper, true));
    const auto starred = learn(loader, m_newest);
    QVERIFY(starred);

    // Taken back: the ranker retrains without the star and ranks as before it.
    QVERIFY(m_library->reading().setStarred(QStringLiteral("default"), paper, false));
    const auto unstarred = learn(loader, m_newest);

    QVERIFY(unstarred);
    QVERIFY(localScoreOf(*unstarred, paper) < localScoreOf(*starred, paper));
    QCOMPARE(order(*unstarred), order(*before));
    QCOMPARE(localScoreOf(*unstarred, paper), localScoreOf(*before, paper));
}

void TstDayLoader::quickRatingsEndInOneRerankThatKnowsThemAll()
{
    DayLoader loader;
    loader.setLibraryPath(m_path);
    const auto before = load(loader, m_newest);
    QVERIFY(before && before->papers.size() > 10);
    const QString first = before->papers.constLast().paper.id;
    const QString second = before->papers.at(before->papers.size() - 2).paper.id;
    QSignalSpy reranked(&loader, &DayLoader::dayReranked);
    QSignalSpy searched(&loader, &DayLoader::searchFinished);

    QVERIFY(m_library->reading().rate(QStringLiteral("default"), first, Thumb::Up));
    loader.learnRatings(m_newest);
    QVERIFY(m_library->reading().rate(QStringLiteral("default"), second, Thumb::Up));
    loader.learnRatings(m_newest);
    loader.search(QStringLiteral("galaxy")); // requests run in order: this one comes last
    QVERIFY(searched.wait(10000));

    QCOMPARE(reranked.size(), 1);
    const auto after = reranked.constFirst().constFirst().value<DayListing>();
    QVERIFY(localScoreOf(after, first) > localScoreOf(*before, first));
    QVERIFY(localScoreOf(after, second) > localScoreOf(*before, second));
}

void TstDayLoader::ratingsOfAnotherProfileTeachNothing()
{
    DayLoader loader;
    loader.setLibraryPath(m_path);
    QVERIFY(load(loader, m_newest));
    QSignalSpy reranked(&loader, &DayLoader::dayReranked);
    QSignalSpy searched(&loader, &DayLoader::searchFinished);
    const QString paper = m_library->day(m_newest)->papers.constFirst().id;

    QVERIFY(m_library->reading().rate(QStringLiteral("someone else"), paper, Thumb::Up));
    loader.learnRatings(m_newest);
    loader.search(QStringLiteral("galaxy")); // requests run in order: this one comes after

    QVERIFY(searched.wait(10000));
    QCOMPARE(reranked.size(), 0);
}

void TstDayLoader::ranksADayForThePrefilter()
{
    DayLoader loader;
    loader.setLibraryPath(m_path);
    QSignalSpy ranked(&loader, &DayLoader::dayRanked);

    loader.rank(m_oldest);
    loader.rank(QDate(2001, 1, 1));

    QTRY_COMPARE_WITH_TIMEOUT(ranked.size(), 1, 10000); // the first was overtaken
    QCOMPARE(ranked.constFirst().at(0).toString(), QStringLiteral("default"));
    QCOMPARE(ranked.constFirst().at(1).toDate(), QDate(2001, 1, 1));
    QVERIFY(ranked.constFirst().at(2).value<DayListing>().papers.isEmpty());

    loader.rank(m_oldest);
    QTRY_COMPARE_WITH_TIMEOUT(ranked.size(), 2, 10000);
    const auto listing = ranked.at(1).at(2).value<DayListing>();
    QVERIFY(!listing.papers.isEmpty());
    QCOMPARE(listing.summary.date, m_oldest);
}

void TstDayLoader::countsEachDay()
{
    DayLoader loader;
    loader.setLibraryPath(m_path);
    QSignalSpy counted(&loader, &DayLoader::dayCounted);

    loader.count({m_newest, m_oldest});

    QTRY_COMPARE_WITH_TIMEOUT(counted.size(), 2, 10000);
    QCOMPARE(counted.at(0).at(0).toDate(), m_newest);
    QCOMPARE(counted.at(1).at(0).toDate(), m_oldest);
    QVERIFY(counted.at(0).at(1).toInt() > 0);
    QVERIFY(!counted.at(0).at(2).toBool());
}

void TstDayLoader::searchesEveryDay()
{
    const auto oldest = m_library->day(m_oldest);
    QVERIFY(oldest && !oldest->papers.isEmpty());
    const Sieve::Paper wanted = oldest->papers.constFirst();
    DayLoader loader;
    loader.setLibraryPath(m_path);
    QSignalSpy searched(&loader, &DayLoader::searchFinished);

    loader.search(wanted.title.simplified());

    QVERIFY(searched.wait(10000));
    const auto results = searched.constFirst().at(1).value<QList<Sieve::Digest::ListedPaper>>();
    const auto days = searched.constFirst().at(2).value<QList<QDate>>();
    QVERIFY(!results.isEmpty());
    QCOMPARE(results.constFirst().paper.id, wanted.id);
    QCOMPARE(results.constFirst().rank, 1);
    QCOMPARE(days.size(), results.size());
    QCOMPARE(days.constFirst(), m_oldest);
}

QTEST_GUILESS_MAIN(TstDayLoader)

#include "tst_dayloader.moc"
