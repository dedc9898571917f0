// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include <app/arxiv/atomparser.h>
#include <app/arxiv/feedmerger.h>
#include <app/arxiv/rssparser.h>

#include <QFile>
#include <QSet>
#include <QTest>

#include <tests/support/testdata.h>

using namespace Sieve;
using namespace Sieve::Arxiv;

using Sieve::Test::readFixture;

namespace {

Feed rss(const QString &relativePath)
{
    const auto result = RssParser::parse(readFixture(QStringLiteral("rss/") + relativePath));
    if (!result) {
        qFatal("%s does not parse", qPrintable(relativePath));
    }
    return result.value();
}

Feed api(const QString &relativePath)
{
    const auto result = AtomParser::parse(readFixture(QStringLiteral("api/") + relativePath));
    if (!result) {
        qFatal("%s does not parse", qPrintable(relativePath));
    }
    return result.value();
}

QList<Feed> rssDay(const QString &day)
{
    return {rss(day + QStringLiteral("/astro-ph.GA.xml")),
            rss(day + QStringLiteral("/astro-ph.CO.xml"))};
}

QSet<QString> listingKeys(const Day &day)
{
    QSet<QString> keys;
    for (const Listing &listing : day.listings) {
        keys.insert(listing.paperId + QLatin1Char(' ') + listing.category + QLatin1Char(' ')
                    + announceTypeName(listing.announceType));
    }
    return keys;
}

// The ids the feeds list with one of the given types (in any of the feeds' categories).
QSet<QString> idsListedAs(const QList<Feed> &feeds, const QSet<AnnounceType> &types)
{
    QSet<QString> ids;
    for (const Feed &feed : feeds) {
        for (const FeedItem &item : feed.items) {
            if (types.contains(item.announceType)) {
                ids.insert(item.paper.id);
            }
        }
    }
    return ids;
}

QSet<QString> paperIds(const Day &day)
{
    QSet<QString> ids;
    for (const Paper &paper : day.papers) {
        ids.insert(paper.id);
    }
    return ids;
}

FeedItem makeItem(const QString &id, int version, const QStringList &categories, AnnounceType type)
{
    FeedItem item;
    item.paper.id = id;
    item.paper.version = version;
    item.paper.title = QStringLiteral("Title of %1v%2").arg(id).arg(version);
    item.paper.categories = categories;
    item.paper.primaryCategory = categories.value(0);
    item.announceType = type;
    return item;
}

} // namespace

class TstFeedMerger : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mergesCategoriesIntoOnePaperPerId_data();
    void mergesCategoriesIntoOnePaperPerId();
    void givesEachListingTheTypeItsFeedAnnounced_data();
    void givesEachListingTheTypeItsFeedAnnounced();
    void derivesCrossListingsFromApiPages();
    void filtersByAnnounceType_data();
    void filtersByAnnounceType();
    void keepsOnlyFollowedPrimariesWhenAsked_data();
    void keepsOnlyFollowedPrimariesWhenAsked();
    void keepsLatestVersionAndAllCategories();
    void marksEmptyWeekdayAsNoAnnouncement();
    void marksNothingToMergeAsNotYetAnnounced();
};

void TstFeedMerger::mergesCategoriesIntoOnePaperPerId_data()
{
    QTest::addColumn<QString>("day");
    for (const char *day : {"2026-03-05", "2026-03-06", "2026-03-09", "2026-03-10", "2026-03-11"}) {
        QTest::newRow(day) << QString::fromLatin1(day);
    }
}

void TstFeedMerger::mergesCategoriesIntoOnePaperPerId()
{
    QFETCH(QString, day);
    const QList<Feed> feeds = rssDay(day);

    const Day merged = FeedMerger::merge(feeds, MergeOptions());

    QCOMPARE(merged.date, QDate::fromString(day, Qt::ISODate));
    QCOMPARE(merged.status, DayStatus::Announced);
    QCOMPARE(merged.categories,
             QStringList({QStringLiteral("astro-ph.GA"), QStringLiteral("astro-ph.CO")}));
    QVERIFY(merged.source.isEmpty());
    const QSet<QString> allIds = idsListedAs(feeds,
                                             {AnnounceType::New,
                                              AnnounceType::Cross,
                                              AnnounceType::Replace,
                                              AnnounceType::ReplaceCross});
    QCOMPARE(merged.papers.size(), allIds.size());
    QCOMPARE(paperIds(merged), allIds);
    QVERIFY(merged.papers.size() < feeds[0].items.size() + feeds[1].items.size());
    QCOMPARE(merged.papers.constFirst().id, feeds[0].items.constFirst().paper.id);
    QCOMPARE(merged.listings.size(), feeds[0].items.size() + feeds[1].items.size());
}

void TstFeedMerger::givesEachListingTheTypeItsFeedAnnounced_data()
{
    mergesCategoriesIntoOnePaperPerId_data();
}

void TstFeedMerger::givesEachListingTheTypeItsFeedAnnounced()
{
    QFETCH(QString, day);
    const QList<Feed> feeds = rssDay(day);

    const Day merged = FeedMerger::merge(feeds, MergeOptions());

    QSet<QString> expected;
    int crossListed = 0;
    for (const Feed &feed : feeds) {
        for (const FeedItem &item : feed.items) {
            expected.insert(item.paper.id + QLatin1Char(' ') + feed.categories.constFirst()
                            + QLatin1Char(' ') + announceTypeName(item.announceType));
            const bool isCross = item.announceType == AnnounceType::Cross
                || item.announceType == AnnounceType::ReplaceCross;
            crossListed += isCross ? 1 : 0;
        }
    }
    QCOMPARE(listingKeys(merged), expected);
    QVERIFY(crossListed > 0);

    QMap<QString, int> counts;
    for (const Feed &feed : feeds) {
        counts[feed.categories.constFirst()] = int(feed.items.size());
    }
    QCOMPARE(merged.countsByCategory(), counts);
}

void TstFeedMerger::derivesCrossListingsFromApiPages()
{
    const QList<Feed> apiFeeds{api(QStringLiteral("2026-03-05/astro-ph.GA.xml")),
                               api(QStringLiteral("2026-03-05/astro-ph.CO.xml"))};

    const Day fromApi = FeedMerger::merge(apiFeeds, MergeOptions());
    const Day fromRss = FeedMerger::merge(rssDay(QStringLiteral("2026-03-05")), MergeOptions());

    QCOMPARE(paperIds(fromApi), paperIds(fromRss));
    QCOMPARE(listingKeys(fromApi), listingKeys(fromRss));
    QVERIFY(!fromApi.date.isValid()); // the API does not say which day it answers for
}

void TstFeedMerger::filtersByAnnounceType_data()
{
    QTest::addColumn<QSet<AnnounceType>>("types");

    QTest::newRow("new only") << QSet<AnnounceType>{AnnounceType::New};
    QTest::newRow("new and cross") << QSet<AnnounceType>{AnnounceType::New, AnnounceType::Cross};
    QTest::newRow("replacements only")
        << QSet<AnnounceType>{AnnounceType::Replace, AnnounceType::ReplaceCross};
    QTest::newRow("cross only") << QSet<AnnounceType>{AnnounceType::Cross};
    QTest::newRow("nothing") << QSet<AnnounceType>();
}

void TstFeedMerger::filtersByAnnounceType()
{
    QFETCH(QSet<AnnounceType>, types);
    const QList<Feed> feeds = rssDay(QStringLiteral("2026-03-10"));
    MergeOptions options;
    options.announceTypes = types;

    const Day merged = FeedMerger::merge(feeds, options);

    QCOMPARE(paperIds(merged), idsListedAs(feeds, types));
    QCOMPARE(merged.status, DayStatus::Announced);
    for (const Listing &listing : merged.listings) {
        QVERIFY(paperIds(merged).contains(listing.paperId));
    }
}

void TstFeedMerger::keepsOnlyFollowedPrimariesWhenAsked_data()
{
    QTest::addColumn<QStringList>("feeds");
    QTest::addColumn<QStringList>("followed");
    QTest::addColumn<QStringList>("primaries");

    const QString ga = QStringLiteral("astro-ph.GA");
    const QString co = QStringLiteral("astro-ph.CO");
    QTest::newRow("one feed, its own category")
        << QStringList{ga} << QStringList() << QStringList{ga};
    QTest::newRow("two feeds, both categories")
        << QStringList{ga, co} << QStringList() << QStringList{ga, co};
    QTest::newRow("two feeds, one followed")
        << QStringList{ga, co} << QStringList{co} << QStringList{co};
}

void TstFeedMerger::keepsOnlyFollowedPrimariesWhenAsked()
{
    QFETCH(QStringList, feeds);
    QFETCH(QStringList, followed);
    QFETCH(QStringList, primaries);
    QList<Feed> input;
    for (const QString &category : feeds) {
        input.append(rss(QStringLiteral("2026-03-06/") + category + QStringLiteral(".xml")));
    }
    MergeOptions options;
    options.primaryOnly = true;
    options.followedCategories = followed;

    const Day merged = FeedMerger::merge(input, options);

    QSet<QString> expected;
    for (const Feed &feed : std::as_const(input)) {
        for (const FeedItem &item : feed.items) {
            if (primaries.contains(item.paper.primaryCategory)) {
                expected.insert(item.paper.id);
            }
        }
    }
    QVERIFY(!expected.isEmpty());
    QCOMPARE(paperIds(merged), expected);
}

void TstFeedMerger::keepsLatestVersionAndAllCategories()
{
    const QString ga = QStringLiteral("astro-ph.GA");
    const QString co = QStringLiteral("astro-ph.CO");
    const QString he = QStringLiteral("astro-ph.HE");
    Feed first;
    first.categories = {ga};
    first.announcementDate = QDate(2026, 3, 5);
    first.items = {makeItem(QStringLiteral("2603.00001"), 1, {ga, he}, AnnounceType::New),
                   makeItem(QStringLiteral("2603.00002"), 1, {ga}, AnnounceType::New)};
    Feed second;
    second.categories = {co};
    second.announcementDate = QDate(2026, 3, 5);
    second.items = {
        makeItem(QStringLiteral("2603.00001"), 2, {co, ga}, AnnounceType::ReplaceCross)};

    const Day merged = FeedMerger::merge({first, second}, MergeOptions());

    QCOMPARE(merged.papers.size(), 2);
    const Paper &paper = merged.papers.constFirst();
    QCOMPARE(paper.id, QStringLiteral("2603.00001"));
    QCOMPARE(paper.version, 2);
    QCOMPARE(paper.title, QStringLiteral("Title of 2603.00001v2"));
    QCOMPARE(paper.categories, QStringList({co, ga, he}));
    QCOMPARE(paper.primaryCategory, co);
    QCOMPARE(merged.papers.at(1).id, QStringLiteral("2603.00002"));
    QCOMPARE(listingKeys(merged),
             QSet<QString>({QStringLiteral("2603.00001 astro-ph.GA replace-cross"),
                            QStringLiteral("2603.00001 astro-ph.CO replace"),
                            QStringLiteral("2603.00002 astro-ph.GA new")}));
    QCOMPARE(merged.announceTypeOf(QStringLiteral("2603.00001")), AnnounceType::Replace);
}

void TstFeedMerger::marksEmptyWeekdayAsNoAnnouncement()
{
    const QList<Feed> feeds{rss(QStringLiteral("edge/empty-holiday.xml"))};

    const Day merged = FeedMerger::merge(feeds, MergeOptions());

    QCOMPARE(merged.status, DayStatus::NoAnnouncement);
    QCOMPARE(merged.date, QDate(2025, 11, 28));
    QCOMPARE(merged.categories, QStringList{QStringLiteral("astro-ph.GA")});
    QVERIFY(merged.papers.isEmpty());
    QVERIFY(merged.listings.isEmpty());
}

void TstFeedMerger::marksNothingToMergeAsNotYetAnnounced()
{
    const Day merged = FeedMerger::merge({}, MergeOptions());

    QCOMPARE(merged.status, DayStatus::NotYetAnnounced);
    QVERIFY(!merged.date.isValid());
    QVERIFY(merged.papers.isEmpty());
}

QTEST_GUILESS_MAIN(TstFeedMerger)
#include "tst_feedmerger.moc"
