// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include <app/arxiv/rssparser.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>

#include <tests/support/testdata.h>

using namespace Sieve;
using namespace Sieve::Arxiv;

using Sieve::Test::readFixture;

namespace {

QJsonArray rssIndex()
{
    return QJsonDocument::fromJson(readFixture(QStringLiteral("rss/index.json"))).array();
}

const FeedItem *findItem(const Feed &feed, const QString &id)
{
    for (const FeedItem &item : feed.items) {
        if (item.paper.id == id) {
            return &item;
        }
    }
    return nullptr;
}

Feed parseFixture(const QString &relativePath)
{
    const auto result = RssParser::parse(readFixture(relativePath));
    if (!result) {
        qFatal(
            "%s does not parse: %s", qPrintable(relativePath), qPrintable(result.error().detail()));
    }
    return result.value();
}

// The first field in which two items differ, named with the item's id; empty when they agree.
QString firstDifference(const FeedItem &left, const FeedItem &right)
{
    const Paper &a = left.paper;
    const Paper &b = right.paper;
    const std::initializer_list<std::pair<const char *, bool>> fields = {
        {"id", a.id == b.id},
        {"version", a.version == b.version},
        {"title", a.title == b.title},
        {"abstract", a.abstract == b.abstract},
        {"authors", a.authors == b.authors},
        {"categories", a.categories == b.categories},
        {"primary category", a.primaryCategory == b.primaryCategory},
        {"comment", a.comment == b.comment},
        {"journal reference", a.journalRef == b.journalRef},
        {"DOI", a.doi == b.doi},
        {"licence", a.license == b.license},
        {"published", a.published == b.published},
        {"updated", a.updated == b.updated},
        {"announce type", left.announceType == right.announceType},
    };
    for (const auto &[name, same] : fields) {
        if (!same) {
            return QStringLiteral("%1 differs for %2").arg(QLatin1String(name), a.versionedId());
        }
    }
    return {};
}

// Character data as an XML parser sees it: references resolved, nothing else changed.
QString decodeXmlText(const QString &escaped)
{
    QXmlStreamReader reader(QStringLiteral("<t>") + escaped + QStringLiteral("</t>"));
    reader.readNextStartElement();
    const QString text = reader.readElementText();
    return reader.hasError() ? QStringLiteral("<undecodable>") : text;
}

// One <item> of a feed read straight from its bytes with regular expressions, as a check on
// the parsers that shares none of their code.
struct RawItem
{
    QString title;
    QString description;
    QString guid;
    QString creator;
    QStringList categories;
};

QList<RawItem> rawItems(const QByteArray &xml)
{
    static const QRegularExpression itemPattern(QStringLiteral("<item>(.*?)</item>"),
                                                QRegularExpression::DotMatchesEverythingOption);
    const auto element = [](const QString &name) {
        return QRegularExpression(QStringLiteral("<%1(?: [^>]*)?>(.*?)</%1>").arg(name),
                                  QRegularExpression::DotMatchesEverythingOption);
    };
    static const QRegularExpression titlePattern = element(QStringLiteral("title"));
    static const QRegularExpression descriptionPattern = element(QStringLiteral("description"));
    static const QRegularExpression guidPattern = element(QStringLiteral("guid"));
    static const QRegularExpression creatorPattern = element(QStringLiteral("dc:creator"));
    static const QRegularExpression categoryPattern = element(QStringLiteral("category"));

    QList<RawItem> items;
    const QString text = QString::fromUtf8(xml);
    for (auto match = itemPattern.globalMatch(text); match.hasNext();) {
        const QString body = match.next().captured(1);
        RawItem item;
        item.title = decodeXmlText(titlePattern.match(body).captured(1));
        item.description = decodeXmlText(descriptionPattern.match(body).captured(1));
        item.guid = decodeXmlText(guidPattern.match(body).captured(1));
        item.creator = decodeXmlText(creatorPattern.match(body).captured(1));
        for (auto category = categoryPattern.globalMatch(body); category.hasNext();) {
            item.categories.append(decodeXmlText(category.next().captured(1)));
        }
        items.append(item);
    }
    return items;
}

// dc:creator cut at the commas outside parentheses: the fixtures put "and" only inside
// affiliations, so this is the whole of arXiv's author syntax they use.
QStringList splitAtTopLevelCommas(const QString &creator)
{
    QStringList names;
    int depth = 0;
    qsizetype start = 0;
    for (qsizetype i = 0; i < creator.size(); ++i) {
        const QChar c = creator.at(i);
        if (c == u'(') {
            ++depth;
        } else if (c == u')') {
            --depth;
        } else if (c == u',' && depth == 0) {
            names.append(creator.mid(start, i - start).trimmed());
            start = i + 1;
        }
    }
    names.append(creator.mid(start).trimmed());
    return names;
}

QByteArray minimalFeed(const QByteArray &channelTitle, const QByteArray &items)
{
    return QByteArrayLiteral("<?xml version='1.0' encoding='UTF-8'?>\n"
                             "<rss xmlns:arxiv=\"http://arxiv.org/schemas/atom\" "
                             "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" version=\"2.0\">"
                             "<channel><title>")
        + channelTitle
        + QByteArrayLiteral("</title>"
                            "<lastBuildDate>Thu, 05 Mar 2026 05:00:18 +0000</lastBuildDate>"
                            "<pubDate>Thu, 05 Mar 2026 00:00:00 -0500</pubDate>")
        + items + QByteArrayLiteral("</channel></rss>");
}

} // namespace

class TstRssParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesEveryFixtureToItsIndexedCounts_data();
    void parsesEveryFixtureToItsIndexedCounts();
    void takesIdAndVersionFromTheGuid_data();
    void takesIdAndVersionFromTheGuid();
    void bothEnginesReadEveryItemAlike_data();
    void bothEnginesReadEveryItemAlike();
    void keepsEveryItemAsTheRawXmlHasIt_data();
    void keepsEveryItemAsTheRawXmlHasIt();
    void readsFirstItemOfDayFieldByField();
    void readsLastItemOfDayFieldByField();
    void keepsAffiliationsWithTheirAuthor();
    void keepsSpecialCharactersExactly_data();
    void keepsSpecialCharactersExactly();
    void doesNotStripTextThatLooksLikeTags_data();
    void doesNotStripTextThatLooksLikeTags();
    void failsOnTruncatedFeedNamingTheLine();
    void rejectsDocumentsThatAreNotRss_data();
    void rejectsDocumentsThatAreNotRss();
    void readsEmptyHolidayFeedAsNoItems();
    void takesCategoriesFromChannelTitle_data();
    void takesCategoriesFromChannelTitle();
    void readsDatesInTheirOwnOffset();
    void acceptsOldStyleIds();
    void decodesDeclaredEncodings_data();
    void decodesDeclaredEncodings();
    void splitsVersionedIds_data();
    void splitsVersionedIds();
};

void TstRssParser::parsesEveryFixtureToItsIndexedCounts_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QStringList>("categories");
    QTest::addColumn<int>("items");
    QTest::addColumn<QVariantMap>("counts");

    for (const QJsonValue &value : rssIndex()) {
        const QJsonObject entry = value.toObject();
        if (!entry.contains(QLatin1String("items"))) {
            continue; // the malformed feed has no counts: it must not parse
        }
        const QString file = entry.value(QLatin1String("file")).toString();
        const QStringList categories =
            entry.value(QLatin1String("category")).toString().split(QLatin1Char('+'));
        QVariantMap counts = entry.value(QLatin1String("announce_types")).toObject().toVariantMap();
        // The special-characters feed lists "ID TYPE: reason" per item instead of counts.
        for (const QJsonValue &reason : entry.value(QLatin1String("item_reasons")).toArray()) {
            const QString type = reason.toString().section(QLatin1Char(' '), 1, 1).chopped(1);
            counts[type] = counts.value(type).toInt() + 1;
        }
        QTest::newRow(qPrintable(file))
            << file << QDate::fromString(entry.value(QLatin1String("date")).toString(), Qt::ISODate)
            << categories << entry.value(QLatin1String("items")).toInt() << counts;
    }
}

void TstRssParser::parsesEveryFixtureToItsIndexedCounts()
{
    QFETCH(QString, file);
    QFETCH(QDate, date);
    QFETCH(QStringList, categories);
    QFETCH(int, items);
    QFETCH(QVariantMap, counts);

    const Feed feed = parseFixture(file);

    QCOMPARE(feed.announcementDate, date);
    QCOMPARE(feed.categories, categories);
    QCOMPARE(feed.items.size(), items);
    QCOMPARE(feed.totalResults, -1);
    QVariantMap actual;
    for (const FeedItem &item : feed.items) {
        QVERIFY(item.announceType != AnnounceType::Unknown);
        const QString name = announceTypeName(item.announceType);
        actual[name] = actual.value(name).toInt() + 1;
    }
    QCOMPARE(actual, counts);
}

void TstRssParser::takesIdAndVersionFromTheGuid_data()
{
    QTest::addColumn<QString>("file");
    for (const QJsonValue &value : rssIndex()) {
        const QString file = value.toObject().value(QLatin1String("file")).toString();
        if (!file.contains(QLatin1String("malformed"))) {
            QTest::newRow(qPrintable(file)) << file;
        }
    }
}

void TstRssParser::takesIdAndVersionFromTheGuid()
{
    QFETCH(QString, file);
    const QString text = QString::fromUtf8(readFixture(file));
    static const QRegularExpression guidPattern(
        QStringLiteral("<guid isPermaLink=\"false\">oai:arXiv\\.org:([^<]+)</guid>"));
    static const QRegularExpression descriptionPattern(
        QStringLiteral("<description>arXiv:(\\S+) Announce Type: (\\S+) "));

    QStringList guids;
    for (auto match = guidPattern.globalMatch(text); match.hasNext();) {
        guids.append(match.next().captured(1));
    }
    QStringList types;
    for (auto match = descriptionPattern.globalMatch(text); match.hasNext();) {
        types.append(match.next().captured(2));
    }

    const Feed feed = parseFixture(file);
    QCOMPARE(feed.items.size(), guids.size());
    for (qsizetype i = 0; i < feed.items.size(); ++i) {
        const Paper &paper = feed.items.at(i).paper;
        QCOMPARE(paper.versionedId(), guids.at(i));
        QVERIFY2(paper.version >= 1, qPrintable(guids.at(i)));
        QVERIFY(!paper.id.contains(QLatin1Char('v')) || paper.id.contains(QLatin1Char('/')));
        QCOMPARE(announceTypeName(feed.items.at(i).announceType), types.at(i));
        const bool isReplacement = types.at(i).startsWith(QLatin1String("replace"));
        QCOMPARE(paper.version > 1, isReplacement);
    }
}

void TstRssParser::bothEnginesReadEveryItemAlike_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("wellFormed");
    for (const QJsonValue &value : rssIndex()) {
        const QString file = value.toObject().value(QLatin1String("file")).toString();
        QTest::newRow(qPrintable(file)) << file << !file.contains(QLatin1String("malformed"));
    }
}

// parse() takes the fast scanner for arXiv's own feeds and QXmlStreamReader for the rest, so
// the two must read every fixture to the same feed, field by field.
void TstRssParser::bothEnginesReadEveryItemAlike()
{
    QFETCH(QString, file);
    QFETCH(bool, wellFormed);
    const QByteArray xml = readFixture(file);

    const auto scanned = RssParser::parseWith(xml, RssParser::Engine::Scanner);
    const auto streamed = RssParser::parseWith(xml, RssParser::Engine::StreamReader);

    if (!wellFormed) {
        QVERIFY(!scanned.isOk());
        QVERIFY(!streamed.isOk());
        return;
    }
    // arXiv's feeds are what the scanner is for: declining one would hide a difference.
    QVERIFY2(scanned.isOk(), qPrintable(scanned.isOk() ? QString() : scanned.error().detail()));
    QVERIFY2(streamed.isOk(), qPrintable(streamed.isOk() ? QString() : streamed.error().detail()));
    QCOMPARE(scanned->categories, streamed->categories);
    QCOMPARE(scanned->announcementDate, streamed->announcementDate);
    QCOMPARE(scanned->buildDate, streamed->buildDate);
    QCOMPARE(scanned->totalResults, streamed->totalResults);
    QCOMPARE(scanned->startIndex, streamed->startIndex);
    QCOMPARE(scanned->items.size(), streamed->items.size());
    for (qsizetype i = 0; i < scanned->items.size(); ++i) {
        const QString difference = firstDifference(scanned->items.at(i), streamed->items.at(i));
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
    }
}

void TstRssParser::keepsEveryItemAsTheRawXmlHasIt_data()
{
    QTest::addColumn<QString>("file");
    for (const QJsonValue &value : rssIndex()) {
        const QString file = value.toObject().value(QLatin1String("file")).toString();
        if (!file.contains(QLatin1String("malformed"))) {
            QTest::newRow(qPrintable(file)) << file;
        }
    }
}

// Every item against its own bytes: the abstract is exactly the description after arXiv's
// "arXiv:ID Announce Type: TYPE \nAbstract: " prefix, and nothing else is lost or added.
void TstRssParser::keepsEveryItemAsTheRawXmlHasIt()
{
    QFETCH(QString, file);
    const QByteArray xml = readFixture(file);
    static const QRegularExpression descriptionPattern(
        QStringLiteral("\\AarXiv:(\\S+) Announce Type: (\\S+) \nAbstract: (.*)\\z"),
        QRegularExpression::DotMatchesEverythingOption);

    const Feed feed = parseFixture(file);
    const QList<RawItem> raw = rawItems(xml);

    QCOMPARE(feed.items.size(), raw.size());
    for (qsizetype i = 0; i < raw.size(); ++i) {
        const FeedItem &item = feed.items.at(i);
        const Paper &paper = item.paper;
        const QString id = paper.versionedId();
        const auto description = descriptionPattern.match(raw.at(i).description);
        QVERIFY2(description.hasMatch(), qPrintable(raw.at(i).guid));

        QCOMPARE(QStringLiteral("oai:arXiv.org:") + id, raw.at(i).guid);
        QCOMPARE(id, description.captured(1));
        QCOMPARE(announceTypeName(item.announceType), description.captured(2));
        QVERIFY2(paper.abstract == description.captured(3), qPrintable(id));
        QVERIFY2(!paper.abstract.contains(QLatin1String("Announce Type:")), qPrintable(id));
        QVERIFY2(!paper.abstract.startsWith(QLatin1String("arXiv:")), qPrintable(id));
        QVERIFY2(!paper.abstract.contains(QLatin1String("\nAbstract:")), qPrintable(id));
        QVERIFY2(paper.title == raw.at(i).title.trimmed(), qPrintable(id));
        QVERIFY2(paper.categories == raw.at(i).categories, qPrintable(id));
        QCOMPARE(paper.primaryCategory, raw.at(i).categories.value(0));
        QVERIFY2(paper.authors == splitAtTopLevelCommas(raw.at(i).creator), qPrintable(id));
    }
}

void TstRssParser::readsFirstItemOfDayFieldByField()
{
    const Feed feed = parseFixture(QStringLiteral("rss/2026-03-05/astro-ph.GA.xml"));
    QVERIFY(!feed.items.isEmpty());
    const FeedItem &item = feed.items.constFirst();
    const Paper &paper = item.paper;

    QCOMPARE(paper.id, QStringLiteral("2603.03384"));
    QCOMPARE(paper.version, 1);
    QCOMPARE(paper.title,
             QStringLiteral("Structured generalized sliced Wasserstein distance for keV X-ray "
                            "polarization analysis with Gas Pixel Detector"));
    QVERIFY(paper.abstract.startsWith(
        QLatin1String("Because of the special angular distribution of excited electrons")));
    QVERIFY(paper.abstract.endsWith(
        QLatin1String("and also pattern analysis on raw data from pixel detectors.")));
    QCOMPARE(paper.authors,
             QStringList({QStringLiteral("Pengcheng Ai"),
                          QStringLiteral("Hongtao Qin"),
                          QStringLiteral("Xiangming Sun"),
                          QStringLiteral("Dong Wang"),
                          QStringLiteral("Huanbo Feng"),
                          QStringLiteral("Hongbang Liu")}));
    QCOMPARE(paper.categories,
             QStringList({QStringLiteral("astro-ph.GA"), QStringLiteral("astro-ph.CO")}));
    QCOMPARE(paper.primaryCategory, QStringLiteral("astro-ph.GA"));
    QCOMPARE(paper.license, QStringLiteral("http://creativecommons.org/licenses/by/4.0/"));
    QCOMPARE(item.announceType, AnnounceType::New);
    QVERIFY(paper.comment.isEmpty());
    QVERIFY(!paper.published.isValid());
}

void TstRssParser::readsLastItemOfDayFieldByField()
{
    const Feed feed = parseFixture(QStringLiteral("rss/2026-03-05/astro-ph.GA.xml"));
    QVERIFY(!feed.items.isEmpty());
    const FeedItem &item = feed.items.constLast();
    const Paper &paper = item.paper;

    QCOMPARE(paper.id, QStringLiteral("2602.21607"));
    QCOMPARE(paper.version, 2);
    QCOMPARE(paper.title,
             QStringLiteral("Direction-of-arrival estimation of a gravitational wave by "
                            "correlations between quadrupole moments of pulsar timings"));
    QVERIFY(paper.abstract.startsWith(QLatin1String("Can we estimate the direction of arrival")));
    QVERIFY(paper.abstract.endsWith(QLatin1String("DOA estimation errors are also examined.")));
    QCOMPARE(paper.authors,
             QStringList({QStringLiteral("Taichi Ueyama"),
                          QStringLiteral("Hodaka Tamura"),
                          QStringLiteral("Hideki Asada")}));
    QCOMPARE(paper.categories,
             QStringList({QStringLiteral("astro-ph.CO"), QStringLiteral("astro-ph.GA")}));
    QCOMPARE(paper.primaryCategory, QStringLiteral("astro-ph.CO"));
    QCOMPARE(paper.license, QStringLiteral("http://creativecommons.org/licenses/by-nc-sa/4.0/"));
    QCOMPARE(item.announceType, AnnounceType::ReplaceCross);
}

void TstRssParser::keepsAffiliationsWithTheirAuthor()
{
    const Feed feed = parseFixture(QStringLiteral("rss/edge/special-characters.xml"));
    const FeedItem *item = findItem(feed, QStringLiteral("2507.19724"));
    QVERIFY(item);

    QCOMPARE(item->paper.authors,
             QStringList({QStringLiteral("Shunhao Ji (Yunnan University, China)"),
                          QStringLiteral("Zhongxiang Wang (Yunnan University, China)"),
                          QStringLiteral("Dong Zheng (Yunnan University, China)"),
                          QStringLiteral("Jintao Zheng (Yunnan University, China)")}));
}

void TstRssParser::keepsSpecialCharactersExactly_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("expected");

    QTest::newRow("TeX accent in an author") << "2502.16000"
                                             << "authors" << QStringLiteral("Jos\\'e W. F. Valle");
    QTest::newRow("non-ASCII in a title") << "2505.13124"
                                          << "title" << QStringLiteral("$μ$PC: Scaling");
    QTest::newRow("quotes in an abstract")
        << "2505.13124"
        << "abstract" << QStringLiteral("which we call \"$\\mu$PC\".");
    QTest::newRow("inline math") << "2507.21628"
                                 << "abstract" << QStringLiteral("\\(\\Lambda(\\mathbf{x})\\)");
    QTest::newRow("escaped < in a title")
        << "2508.05052"
        << "title" << QStringLiteral("across $3 \\lesssim z < 7$ as Observed");
    QTest::newRow("escaped & in an abstract")
        << "2508.15899"
        << "abstract" << QStringLiteral("(metallicity & age)");
    QTest::newRow("escaped < outside math")
        << "2508.15899"
        << "abstract" << QStringLiteral("redshifts (<0.01 median scatter)");
    QTest::newRow("non-ASCII in authors") << "2509.06210"
                                          << "authors" << QStringLiteral("J. C. Arteaga-Velázquez");
    QTest::newRow("escaped & in a title")
        << "2508.03918"
        << "title" << QStringLiteral("Tracing the Formation & Evolution of C$_2$H");
    QTest::newRow("numeric references in authors")
        << "2603.13085"
        << "authors" << QStringLiteral("Jose Marie Antonio Miñoza");
    QTest::newRow("numeric references in an abstract")
        << "2603.13085"
        << "abstract" << QStringLiteral("width $m = Ω(κ^6)$");
    QTest::newRow("&apos; in an abstract")
        << "2603.13085"
        << "abstract" << QStringLiteral("the Gram matrix's condition number");
    QTest::newRow("TeX accent in a title") << "2507.19507"
                                           << "title" << QStringLiteral("campo magn\\'etico en");
    QTest::newRow("mojibake tilde in a title")
        << "2510.19044"
        << "title" << QStringLiteral("main sequence at z‾5 :");
    QTest::newRow("mojibake backslash in an abstract")
        << "2510.19044"
        << "abstract" << QStringLiteral("$¥sim10^6$ M$_{¥odot}$");
    QTest::newRow("mojibake in authors") << "2510.19044"
                                         << "authors" << QStringLiteral("Benjam¥'in Navarrete");
}

void TstRssParser::keepsSpecialCharactersExactly()
{
    QFETCH(QString, id);
    QFETCH(QString, field);
    QFETCH(QString, expected);

    const Feed feed = parseFixture(QStringLiteral("rss/edge/special-characters.xml"));
    const FeedItem *item = findItem(feed, id);
    QVERIFY2(item, qPrintable(id));

    QString actual;
    if (field == QLatin1String("title")) {
        actual = item->paper.title;
    } else if (field == QLatin1String("abstract")) {
        actual = item->paper.abstract;
    } else {
        QVERIFY2(item->paper.authors.contains(expected),
                 qPrintable(item->paper.authors.join(u'|')));
        return;
    }
    QVERIFY2(actual.contains(expected), qPrintable(actual));
}

void TstRssParser::doesNotStripTextThatLooksLikeTags_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("expected");

    QTest::newRow("magnitude and redshift bounds")
        << "rss/2026-03-10/astro-ph.CO.xml"
        << "2603.06907"
        << QStringLiteral("bright (i<19.5) high-redshift (2.52.5 fell within the XGB dataset");
    QTest::newRow("greater-than after less-than")
        << "rss/2026-03-10/astro-ph.CO.xml"
        << "2603.06907" << QStringLiteral("675 QSOs with z>2.5 were within");
    QTest::newRow("absolute magnitude bound")
        << "rss/2026-03-11/astro-ph.CO.xml"
        << "2603.08830" << QStringLiteral("< -25.5$) quasars");
}

void TstRssParser::doesNotStripTextThatLooksLikeTags()
{
    QFETCH(QString, file);
    QFETCH(QString, id);
    QFETCH(QString, expected);

    const Feed feed = parseFixture(file);
    const FeedItem *item = findItem(feed, id);
    QVERIFY(item);
    QVERIFY2(item->paper.abstract.contains(expected), qPrintable(item->paper.abstract));
}

void TstRssParser::failsOnTruncatedFeedNamingTheLine()
{
    const QByteArray xml = readFixture(QStringLiteral("rss/edge/malformed-truncated.xml"));
    const int lastLine = int(xml.count('\n')) + 1;

    const auto result = RssParser::parse(xml);

    QVERIFY(!result.isOk());
    QCOMPARE(result.error().code(), Error::Code::BadData);
    const QString message = result.error().userMessage();
    QVERIFY2(
        message.startsWith(QLatin1String("The arXiv feed breaks off or is malformed at line ")),
        qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("line %1,").arg(lastLine)), qPrintable(message));
    // What to do, not the XML parser's words.
    QVERIFY2(message.endsWith(QLatin1String("; fetch it again in a few minutes.")),
             qPrintable(message));
    QVERIFY2(!message.contains(QLatin1String("Premature")), qPrintable(message));
}

void TstRssParser::rejectsDocumentsThatAreNotRss_data()
{
    QTest::addColumn<QByteArray>("document");

    QTest::newRow("HTML error page") << QByteArrayLiteral(
        "<!DOCTYPE html>\n<html><head><title>503 Service Unavailable</title></head>"
        "<body><h1>Service Unavailable</h1><p>Try again<br>later</p></body></html>");
    QTest::newRow("well-formed XHTML page")
        << QByteArrayLiteral("<html><body><p>Rate limited</p></body></html>");
    QTest::newRow("Atom feed") << QByteArrayLiteral(
        "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>x</title></feed>");
    QTest::newRow("RSS without a channel") << QByteArrayLiteral("<rss version=\"2.0\"></rss>");
    QTest::newRow("plain text") << QByteArrayLiteral("Service temporarily unavailable");
    QTest::newRow("nothing at all") << QByteArray();
    QTest::newRow("garbage after the feed")
        << minimalFeed("cs.LG updates on arXiv.org", {}) + QByteArrayLiteral("<rss>");
}

void TstRssParser::rejectsDocumentsThatAreNotRss()
{
    QFETCH(QByteArray, document);

    const auto result = RssParser::parse(document);

    QVERIFY(!result.isOk());
    QCOMPARE(result.error().code(), Error::Code::BadData);
    QVERIFY(!result.error().userMessage().isEmpty());
}

void TstRssParser::readsEmptyHolidayFeedAsNoItems()
{
    const auto result = RssParser::parse(readFixture(QStringLiteral("rss/edge/empty-holiday.xml")));

    QVERIFY(result.isOk());
    QVERIFY(result->items.isEmpty());
    QCOMPARE(result->announcementDate, QDate(2025, 11, 28));
    QCOMPARE(result->categories, QStringList{QStringLiteral("astro-ph.GA")});
    QCOMPARE(result->buildDate, QDateTime(QDate(2025, 11, 28), QTime(5, 0, 18), Qt::UTC));
}

void TstRssParser::takesCategoriesFromChannelTitle_data()
{
    QTest::addColumn<QByteArray>("title");
    QTest::addColumn<QStringList>("categories");

    QTest::newRow("one category") << QByteArrayLiteral("astro-ph.GA updates on arXiv.org")
                                  << QStringList{QStringLiteral("astro-ph.GA")};
    QTest::newRow("joined with plus")
        << QByteArrayLiteral("astro-ph.GA+cs.LG updates on arXiv.org")
        << QStringList{QStringLiteral("astro-ph.GA"), QStringLiteral("cs.LG")};
    QTest::newRow("joined with comma")
        << QByteArrayLiteral("astro-ph.GA, cs.LG updates on arXiv.org")
        << QStringList{QStringLiteral("astro-ph.GA"), QStringLiteral("cs.LG")};
    QTest::newRow("whole archive")
        << QByteArrayLiteral("math updates on arXiv.org") << QStringList{QStringLiteral("math")};
}

void TstRssParser::takesCategoriesFromChannelTitle()
{
    QFETCH(QByteArray, title);
    QFETCH(QStringList, categories);

    const auto result = RssParser::parse(minimalFeed(title, {}));

    QVERIFY(result.isOk());
    QCOMPARE(result->categories, categories);
}

void TstRssParser::readsDatesInTheirOwnOffset()
{
    const auto result = RssParser::parse(minimalFeed("cs.LG updates on arXiv.org", {}));

    QVERIFY(result.isOk());
    // 00:00 -0500 is 05:00 UTC on the same day; late-evening offsets would cross midnight.
    QCOMPARE(result->announcementDate, QDate(2026, 3, 5));
    QCOMPARE(result->buildDate, QDateTime(QDate(2026, 3, 5), QTime(5, 0, 18), Qt::UTC));
    QCOMPARE(RssParser::parseRfc822LocalDate(u"Thu, 05 Mar 2026 23:30:00 -0500"),
             QDate(2026, 3, 5));
    QCOMPARE(RssParser::parseRfc822(u"Thu, 05 Mar 2026 23:30:00 -0500"),
             QDateTime(QDate(2026, 3, 6), QTime(4, 30), Qt::UTC));
    QVERIFY(!RssParser::parseRfc822(u"yesterday").isValid());
}

void TstRssParser::acceptsOldStyleIds()
{
    const QByteArray item = QByteArrayLiteral(
        "<item><title>An old paper</title><link>https://arxiv.org/abs/astro-ph/0603163</link>"
        "<description>arXiv:astro-ph/0603163v2 Announce Type: replace \nAbstract: "
        "Text.</description>"
        "<guid isPermaLink=\"false\">oai:arXiv.org:astro-ph/0603163v2</guid>"
        "<category>astro-ph</category><arxiv:announce_type>replace</arxiv:announce_type>"
        "<dc:creator>A. Author and B. Author</dc:creator></item>");

    const auto result = RssParser::parse(minimalFeed("astro-ph updates on arXiv.org", item));

    QVERIFY(result.isOk());
    QCOMPARE(result->items.size(), 1);
    const Paper &paper = result->items.constFirst().paper;
    QCOMPARE(paper.id, QStringLiteral("astro-ph/0603163"));
    QCOMPARE(paper.version, 2);
    QCOMPARE(paper.abstract, QStringLiteral("Text."));
    QCOMPARE(paper.authors,
             QStringList({QStringLiteral("A. Author"), QStringLiteral("B. Author")}));
    QCOMPARE(result->items.constFirst().announceType, AnnounceType::Replace);
}

void TstRssParser::decodesDeclaredEncodings_data()
{
    QTest::addColumn<QByteArray>("document");

    const QByteArray body = QByteArrayLiteral("<rss version=\"2.0\"><channel><title>Jos");
    const QByteArray tail = QByteArrayLiteral(" updates on arXiv.org</title></channel></rss>");
    QTest::newRow("UTF-8 declared")
        << "<?xml version='1.0' encoding='UTF-8'?>" + body + "\xC3\xA9" + tail;
    QTest::newRow("UTF-8 with a byte order mark")
        << "\xEF\xBB\xBF<?xml version=\"1.0\" encoding=\"utf-8\"?>" + body + "\xC3\xA9" + tail;
    QTest::newRow("no declaration") << body + "\xC3\xA9" + tail;
    QTest::newRow("ISO-8859-1 declared")
        << "<?xml version='1.0' encoding='ISO-8859-1'?>" + body + "\xE9" + tail;
}

void TstRssParser::decodesDeclaredEncodings()
{
    QFETCH(QByteArray, document);

    const auto result = RssParser::parse(document);

    QVERIFY(result.isOk());
    QCOMPARE(result->categories, QStringList{QStringLiteral("José")});
}

void TstRssParser::splitsVersionedIds_data()
{
    QTest::addColumn<QString>("versionedId");
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("version");

    QTest::newRow("new style") << "2603.03384v1"
                               << "2603.03384" << 1;
    QTest::newRow("two-digit version") << "2603.03384v12"
                                       << "2603.03384" << 12;
    QTest::newRow("no version") << "2603.03384"
                                << "2603.03384" << 0;
    QTest::newRow("old style") << "astro-ph/0603163v3"
                               << "astro-ph/0603163" << 3;
    QTest::newRow("old style with v in the archive") << "solv-int/9901001"
                                                     << "solv-int/9901001" << 0;
}

void TstRssParser::splitsVersionedIds()
{
    QFETCH(QString, versionedId);
    QFETCH(QString, id);
    QFETCH(int, version);

    const auto [actualId, actualVersion] = RssParser::splitVersionedId(versionedId);

    QCOMPARE(actualId, id);
    QCOMPARE(actualVersion, version);
}

QTEST_GUILESS_MAIN(TstRssParser)
#include "tst_rssparser.moc"
