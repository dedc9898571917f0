// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include <app/arxiv/atomparser.h>
#include <app/arxiv/rssparser.h>
#include <app/core/textext.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <tests/support/testdata.h>

using namespace Sieve;
using namespace Sieve::Arxiv;

using Sieve::Test::readFixture;

namespace {

Feed parseApi(const QString &relativePath)
{
    const auto result = AtomParser::parse(readFixture(relativePath));
    if (!result) {
        qFatal(
            "%s does not parse: %s", qPrintable(relativePath), qPrintable(result.error().detail()));
    }
    return result.value();
}

QSet<QString> versionedIds(const Feed &feed)
{
    QSet<QString> ids;
    for (const FeedItem &item : feed.items) {
        ids.insert(item.paper.versionedId());
    }
    return ids;
}

// An RSS author as the API names the same person: the API moves a parenthesised affiliation
// to arxiv:affiliation and writes TeX accents as composed Unicode characters, as TexText does.
QString asApiAuthor(const QString &rssAuthor)
{
    static const QRegularExpression affiliation(QStringLiteral("\\s*\\(.*\\)$"));
    QString name = rssAuthor;
    name.remove(affiliation);
    return TexText::toPlainText(name);
}

QHash<QString, FeedItem> itemsById(const QList<Feed> &feeds)
{
    QHash<QString, FeedItem> items;
    for (const Feed &feed : feeds) {
        for (const FeedItem &item : feed.items) {
            items.insert(item.paper.versionedId(), item);
        }
    }
    return items;
}

QByteArray atomFeed(const QByteArray &entries)
{
    return QByteArrayLiteral("<?xml version='1.0' encoding='UTF-8'?>\n"
                             "<feed xmlns:opensearch=\"http://a9.com/-/spec/opensearch/1.1/\" "
                             "xmlns:arxiv=\"http://arxiv.org/schemas/atom\" "
                             "xmlns=\"http://www.w3.org/2005/Atom\">"
                             "<title>arXiv Query: search_query=id:2101.00001</title>"
                             "<opensearch:totalResults>1</opensearch:totalResults>"
                             "<opensearch:startIndex>0</opensearch:startIndex>")
        + entries + QByteArrayLiteral("</feed>");
}

} // namespace

class TstAtomParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesEveryApiFileToItsIndexedCounts_data();
    void parsesEveryApiFileToItsIndexedCounts();
    void pagesTogetherHoldTheWholeQuery();
    void agreesWithTheRssOfTheDayOnEveryPaper_data();
    void agreesWithTheRssOfTheDayOnEveryPaper();
    void readsFirstEntryFieldByField();
    void readsOptionalArxivFields();
    void failsOnArxivErrorEntry();
    void rejectsBrokenDocuments_data();
    void rejectsBrokenDocuments();
};

void TstAtomParser::parsesEveryApiFileToItsIndexedCounts_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("category");
    QTest::addColumn<int>("totalResults");
    QTest::addColumn<int>("entries");
    QTest::addColumn<int>("startIndex");

    const QJsonArray index =
        QJsonDocument::fromJson(readFixture(QStringLiteral("api/index.json"))).array();
    static const QRegularExpression startPattern(QStringLiteral("[?&]start=(\\d+)"));
    for (const QJsonValue &value : index) {
        const QJsonObject entry = value.toObject();
        const QString file = entry.value(QLatin1String("file")).toString();
        const QString url = entry.value(QLatin1String("url")).toString();
        QTest::newRow(qPrintable(file)) << file << entry.value(QLatin1String("category")).toString()
                                        << entry.value(QLatin1String("totalResults")).toInt()
                                        << entry.value(QLatin1String("entries")).toInt()
                                        << startPattern.match(url).captured(1).toInt();
    }
}

void TstAtomParser::parsesEveryApiFileToItsIndexedCounts()
{
    QFETCH(QString, file);
    QFETCH(QString, category);
    QFETCH(int, totalResults);
    QFETCH(int, entries);
    QFETCH(int, startIndex);

    const Feed feed = parseApi(file);

    QCOMPARE(feed.totalResults, totalResults);
    QCOMPARE(feed.items.size(), entries);
    QCOMPARE(feed.startIndex, startIndex);
    QCOMPARE(feed.categories, QStringList{category});
    QVERIFY(!feed.announcementDate.isValid());
    for (const FeedItem &item : feed.items) {
        const Paper &paper = item.paper;
        QVERIFY2(paper.version >= 1, qPrintable(paper.id));
        QVERIFY(!paper.title.isEmpty() && !paper.title.contains(QLatin1Char('\n')));
        QVERIFY(!paper.abstract.isEmpty() && !paper.abstract.contains(QLatin1Char('\n')));
        QVERIFY(!paper.authors.isEmpty());
        QCOMPARE(paper.primaryCategory, paper.categories.value(0));
        QStringList unique = paper.categories;
        QCOMPARE(unique.removeDuplicates(), 0);
        QVERIFY(paper.published.isValid() && paper.published.timeSpec() == Qt::UTC);
        QVERIFY(paper.updated.isValid() && paper.updated >= paper.published);
        const auto expectedType = paper.version == 1 ? AnnounceType::New : AnnounceType::Replace;
        QCOMPARE(item.announceType, expectedType);
    }
}

void TstAtomParser::pagesTogetherHoldTheWholeQuery()
{
    const Feed first = parseApi(QStringLiteral("api/paged/astro-ph.GA_2026-03-10_start0.xml"));
    const Feed second = parseApi(QStringLiteral("api/paged/astro-ph.GA_2026-03-10_start50.xml"));
    const Feed whole = parseApi(QStringLiteral("api/2026-03-10/astro-ph.GA.xml"));

    QCOMPARE(first.startIndex, 0);
    QCOMPARE(second.startIndex, 50);
    const QSet<QString> paged = versionedIds(first) + versionedIds(second);
    QCOMPARE(paged.size(), first.items.size() + second.items.size());
    QCOMPARE(paged, versionedIds(whole));
}

void TstAtomParser::agreesWithTheRssOfTheDayOnEveryPaper_data()
{
    QTest::addColumn<QString>("rssFile");
    QTest::addColumn<QStringList>("apiFiles");

    const QStringList days{QStringLiteral("2026-03-05"),
                           QStringLiteral("2026-03-06"),
                           QStringLiteral("2026-03-09"),
                           QStringLiteral("2026-03-10"),
                           QStringLiteral("2026-03-11")};
    for (const QString &day : days) {
        for (const QString &category :
             {QStringLiteral("astro-ph.GA"), QStringLiteral("astro-ph.CO")}) {
            const QString file = day + QLatin1Char('/') + category + QStringLiteral(".xml");
            QTest::addRow("%s %s", qPrintable(day), qPrintable(category))
                << QStringLiteral("rss/") + file << QStringList{QStringLiteral("api/") + file};
        }
    }
    QTest::newRow("2026-03-10 astro-ph.GA in two pages")
        << QStringLiteral("rss/2026-03-10/astro-ph.GA.xml")
        << QStringList{QStringLiteral("api/paged/astro-ph.GA_2026-03-10_start0.xml"),
                       QStringLiteral("api/paged/astro-ph.GA_2026-03-10_start50.xml")};
}

// The same paper read from the day's feed and from the API answer for the day's window. The
// API's text differs only as arXiv's formats do: titles and abstracts are wrapped at 80 columns
// (AtomParser folds every run of white space into one space, as arXiv's own pages show them),
// and author names carry Unicode accents and no affiliation (see asApiAuthor).
void TstAtomParser::agreesWithTheRssOfTheDayOnEveryPaper()
{
    QFETCH(QString, rssFile);
    QFETCH(QStringList, apiFiles);

    QList<Feed> pages;
    for (const QString &file : std::as_const(apiFiles)) {
        pages.append(parseApi(file));
    }
    const QHash<QString, FeedItem> api = itemsById(pages);
    const auto rss = RssParser::parse(readFixture(rssFile));
    QVERIFY(rss.isOk());
    QVERIFY(!rss->items.isEmpty());

    QSet<QString> rssIds;
    for (const FeedItem &rssItem : rss->items) {
        const Paper &expected = rssItem.paper;
        const QString id = expected.versionedId();
        rssIds.insert(id);
        QVERIFY2(api.contains(id), qPrintable(id));
        const Paper &actual = api.value(id).paper;

        QCOMPARE(actual.id, expected.id);
        QCOMPARE(actual.version, expected.version);
        QVERIFY2(actual.title == expected.title.simplified(), qPrintable(id));
        QVERIFY2(actual.abstract == expected.abstract.simplified(), qPrintable(id));
        QStringList authors;
        for (const QString &author : expected.authors) {
            authors.append(asApiAuthor(author));
        }
        QVERIFY2(actual.authors == authors,
                 qPrintable(id + QLatin1Char('\n') + actual.authors.join(u'|') + QLatin1Char('\n')
                            + authors.join(u'|')));
        QVERIFY2(actual.categories == expected.categories, qPrintable(id));
        QCOMPARE(actual.primaryCategory, expected.primaryCategory);
    }
    QCOMPARE(QSet<QString>(api.keyBegin(), api.keyEnd()), rssIds);
}

void TstAtomParser::readsFirstEntryFieldByField()
{
    const Feed feed = parseApi(QStringLiteral("api/2026-03-05/astro-ph.GA.xml"));
    QVERIFY(!feed.items.isEmpty());
    const FeedItem &item = feed.items.constFirst();
    const Paper &paper = item.paper;

    QCOMPARE(paper.id, QStringLiteral("2602.09694"));
    QCOMPARE(paper.version, 3);
    QCOMPARE(paper.title,
             QStringLiteral("Stellar-mass black holes in young massive and open stellar clusters "
                            "-- VII. Comparisons with gravitational-wave events until LVK-O4a "
                            "and Gaia compact binaries"));
    QVERIFY(paper.abstract.startsWith(
        QLatin1String("Gravitational-wave (GW) detections by the LIGO-Virgo-KAGRA (LVK) "
                      "observatories suggest multiple formation channels")));
    QVERIFY(paper.abstract.contains(
        QLatin1String("spanning initial masses of $10^4M_\\odot\\leq M_{cl}(0)\\leq10^5M_\\odot$, "
                      "half-mass radii")));
    QVERIFY(paper.abstract.endsWith(QLatin1String("Gaia-discovered candidates. [Abgd.]")));
    QCOMPARE(paper.authors, QStringList{QStringLiteral("Sambaran Banerjee")});
    QCOMPARE(paper.categories,
             QStringList({QStringLiteral("astro-ph.GA"), QStringLiteral("astro-ph.CO")}));
    QCOMPARE(paper.primaryCategory, QStringLiteral("astro-ph.GA"));
    QCOMPARE(paper.published, QDateTime(QDate(2026, 2, 10), QTime(4, 3, 57), Qt::UTC));
    QCOMPARE(paper.updated, QDateTime(QDate(2026, 3, 4), QTime(18, 54, 52), Qt::UTC));
    QCOMPARE(item.announceType, AnnounceType::Replace);
    QCOMPARE(feed.buildDate, QDateTime(QDate(2026, 3, 5), QTime(12, 2, 53), Qt::UTC));
}

void TstAtomParser::readsOptionalArxivFields()
{
    const QByteArray entry = QByteArrayLiteral(
        "<entry><id>http://arxiv.org/abs/hep-th/9901001v1</id>"
        "<updated>1999-01-01T10:00:00Z</updated><published>1999-01-01T10:00:00Z</published>"
        "<title>A  title\n  over two lines</title><summary>  One\n  two.  </summary>"
        "<author><name>Ann Author</name><arxiv:affiliation>Somewhere, Else</arxiv:affiliation>"
        "</author><author><name>Bob Author</name></author>"
        "<arxiv:comment>12 pages,\n 3 figures</arxiv:comment>"
        "<arxiv:journal_ref>Phys. Rev. D 1 (1999) 1</arxiv:journal_ref>"
        "<arxiv:doi>10.1000/xyz</arxiv:doi>"
        "<link href=\"https://arxiv.org/pdf/hep-th/9901001v1\" rel=\"related\" title=\"pdf\"/>"
        "<category term=\"math-ph\" scheme=\"http://arxiv.org/schemas/atom\"/>"
        "<category term=\"hep-th\" scheme=\"http://arxiv.org/schemas/atom\"/>"
        "<arxiv:primary_category term=\"hep-th\"/></entry>");

    const auto result = AtomParser::parse(atomFeed(entry));

    QVERIFY(result.isOk());
    QCOMPARE(result->items.size(), 1);
    const Paper &paper = result->items.constFirst().paper;
    QCOMPARE(paper.id, QStringLiteral("hep-th/9901001"));
    QCOMPARE(paper.version, 1);
    QCOMPARE(paper.title, QStringLiteral("A title over two lines"));
    QCOMPARE(paper.abstract, QStringLiteral("One two."));
    QCOMPARE(paper.authors,
             QStringList({QStringLiteral("Ann Author"), QStringLiteral("Bob Author")}));
    QCOMPARE(paper.comment, QStringLiteral("12 pages, 3 figures"));
    QCOMPARE(paper.journalRef, QStringLiteral("Phys. Rev. D 1 (1999) 1"));
    QCOMPARE(paper.doi, QStringLiteral("10.1000/xyz"));
    QCOMPARE(paper.categories, QStringList({QStringLiteral("hep-th"), QStringLiteral("math-ph")}));
    QCOMPARE(paper.pdfUrl(), QStringLiteral("https://arxiv.org/pdf/hep-th/9901001v1"));
    QCOMPARE(result->totalResults, 1);
}

void TstAtomParser::failsOnArxivErrorEntry()
{
    const QByteArray entry = QByteArrayLiteral(
        "<entry><id>http://arxiv.org/api/errors#incorrect_id_format_for_1234.12345</id>"
        "<title>Error</title><summary>incorrect id format for 1234.12345</summary>"
        "<updated>2026-03-05T00:00:00-05:00</updated>"
        "<author><name>arXiv api core</name></author></entry>");

    const auto result = AtomParser::parse(atomFeed(entry));

    QVERIFY(!result.isOk());
    QCOMPARE(result.error().code(), Error::Code::BadData);
    QVERIFY2(
        result.error().userMessage().contains(QLatin1String("incorrect id format for 1234.12345")),
        qPrintable(result.error().userMessage()));
}

void TstAtomParser::rejectsBrokenDocuments_data()
{
    QTest::addColumn<QByteArray>("document");

    const QByteArray whole = readFixture(QStringLiteral("api/2026-03-05/astro-ph.CO.xml"));
    QTest::newRow("truncated answer") << whole.left(whole.size() / 2);
    QTest::newRow("RSS instead of Atom")
        << readFixture(QStringLiteral("rss/2026-03-05/astro-ph.CO.xml"));
    QTest::newRow("feed outside the Atom namespace") << QByteArrayLiteral("<feed></feed>");
    QTest::newRow("HTML error page") << QByteArrayLiteral(
        "<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>");
    QTest::newRow("nothing at all") << QByteArray();
}

void TstAtomParser::rejectsBrokenDocuments()
{
    QFETCH(QByteArray, document);

    const auto result = AtomParser::parse(document);

    QVERIFY(!result.isOk());
    QCOMPARE(result.error().code(), Error::Code::BadData);
    QVERIFY(!result.error().userMessage().isEmpty());
}

QTEST_GUILESS_MAIN(TstAtomParser)
#include "tst_atomparser.moc"
