// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include <app/digest/dayview.h>
#include <app/digest/sampledays.h>
#include <app/library/library.h>
#include <app/library/readingstore.h>
#include <ui/dayloader.h>

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using Sieve::Digest::DayListing;
using Sieve::Ui::DayLoader;

namespace {

QStringList order(const DayListing &listing)
{
    QStringList ids;
    for (const auto &listed : listing.papers) {
        ids.append(listed.paper.id);
    }
    return ids;
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
    void countsEachDay();
    void searchesEveryDay();

private:
    std::optional<DayListing> load(DayLoader &loader, const QDate &date);

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
        QVERIFY(m_library->reading().setStarred(liked.constLast(), true));
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
