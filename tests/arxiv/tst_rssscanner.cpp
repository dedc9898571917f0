// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

// RssParser reads arXiv's feeds with a fast scanner and leaves everything else to
// QXmlStreamReader. These tests hold the two engines against each other: on every fixture and
// on crafted documents the scanner either gives exactly the reference feed or declines, and
// whenever it declines, parse() gives exactly what QXmlStreamReader gives.

#include <app/arxiv/rssparser.h>

#include <QDirIterator>
#include <QFile>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QTest>

using namespace Sieve;
using namespace Sieve::Arxiv;

namespace {

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("fixture %s is missing", qPrintable(path));
    }
    return file.readAll();
}

QString dateTimeText(const QDateTime &dateTime)
{
    return dateTime.toString(Qt::ISODateWithMs) + u' ' + QString::number(dateTime.timeSpec());
}

// Every field as "name=value", so that a mismatch names the item and the field.
QStringList fieldsOf(const FeedItem &item, qsizetype index)
{
    const Paper &paper = item.paper;
    const QString prefix = QStringLiteral("item %1 ").arg(index);
    return {
        prefix + u"id=" + paper.id,
        prefix + u"version=" + QString::number(paper.version),
        prefix + u"title=" + paper.title,
        prefix + u"abstract=" + paper.abstract,
        prefix + u"authors=" + paper.authors.join(u'|'),
        prefix + u"authorCount=" + QString::number(paper.authors.size()),
        prefix + u"categories=" + paper.categories.join(u'|'),
        prefix + u"primaryCategory=" + paper.primaryCategory,
        prefix + u"comment=" + paper.comment,
        prefix + u"journalRef=" + paper.journalRef,
        prefix + u"doi=" + paper.doi,
        prefix + u"license=" + paper.license,
        prefix + u"published=" + dateTimeText(paper.published),
        prefix + u"updated=" + dateTimeText(paper.updated),
        prefix + u"announceType=" + announceTypeName(item.announceType),
    };
}

QStringList feedFields(const Feed &feed)
{
    return {
        u"categories=" + feed.categories.join(u'|'),
        u"announcementDate=" + feed.announcementDate.toString(Qt::ISODate),
        u"buildDate=" + dateTimeText(feed.buildDate),
        u"totalResults=" + QString::number(feed.totalResults),
        u"startIndex=" + QString::number(feed.startIndex),
        u"items=" + QString::number(feed.items.size()),
    };
}

void compareFeeds(const Feed &actual, const Feed &expected)
{
    QCOMPARE(feedFields(actual), feedFields(expected));
    for (qsizetype i = 0; i < expected.items.size(); ++i) {
        QCOMPARE(fieldsOf(actual.items.at(i), i), fieldsOf(expected.items.at(i), i));
    }
}

void compareResults(const Result<Feed> &actual, const Result<Feed> &expected)
{
    QCOMPARE(actual.isOk(), expected.isOk());
    if (expected.isOk()) {
        compareFeeds(actual.value(), expected.value());
        return;
    }
    QCOMPARE(actual.error().code(), expected.error().code());
    QCOMPARE(actual.error().detail(), expected.error().detail());
    QCOMPARE(actual.error().userMessage(), expected.error().userMessage());
}

const QByteArray Declaration = "<?xml version='1.0' encoding='UTF-8'?>\n";

const QByteArray RootStart =
    "<rss xmlns:arxiv=\"http://arxiv.org/schemas/atom\" "
    "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:atom=\"http://www.w3.org/2005/Atom\" "
    "xmlns:content=\"http://purl.org/rss/1.0/modules/content/\" version=\"2.0\">\n";

const QByteArray ChannelStart =
    "  <channel>\n"
    "    <title>astro-ph.GA updates on arXiv.org</title>\n"
    "    <link>http://rss.arxiv.org/rss/astro-ph.GA</link>\n"
    "    <atom:link href=\"http://rss.arxiv.org/rss/astro-ph.GA\" rel=\"self\" "
    "type=\"application/rss+xml\"/>\n"
    "    <lastBuildDate>Thu, 05 Mar 2026 05:00:18 +0000</lastBuildDate>\n"
    "    <pubDate>Thu, 05 Mar 2026 00:00:00 -0500</pubDate>\n"
    "    <skipDays>\n      <day>Sunday</day>\n      <day>Saturday</day>\n    </skipDays>\n";

const QByteArray Ending = "  </channel>\n</rss>\n";

// An item the way arXiv writes it; `title`, `abstract` and `creator` are inserted raw.
QByteArray item(const QByteArray &id,
                const QByteArray &title = "A title",
                const QByteArray &abstract = "An abstract.",
                const QByteArray &creator = "A. Author, B. Author")
{
    return "    <item>\n      <title>" + title + "</title>\n      <link>https://arxiv.org/abs/" + id
        + "</link>\n      <description>arXiv:" + id + "v1 Announce Type: new \nAbstract: "
        + abstract + "</description>\n      <guid isPermaLink=\"false\">oai:arXiv.org:" + id
        + "v1</guid>\n      <category>astro-ph.GA</category>\n"
          "      <pubDate>Thu, 05 Mar 2026 00:00:00 -0500</pubDate>\n"
          "      <arxiv:announce_type>new</arxiv:announce_type>\n"
          "      <dc:rights>http://creativecommons.org/licenses/by/4.0/</dc:rights>\n"
          "      <dc:creator>"
        + creator + "</dc:creator>\n    </item>\n";
}

QByteArray feed(const QByteArray &items)
{
    return Declaration + RootStart + ChannelStart + items + Ending;
}

// A feed that uses every construct the scanner takes: the source of the truncated documents.
QByteArray richFeed()
{
    return feed("    <!-- note before the items -->\n"
                + item("2603.00001",
                       "Dust &amp; gas at z &lt; 7 &#233;&#xE9;",
                       "Text <![CDATA[raw <b> & text]]> after &quot;CDATA&quot;",
                       "Jos&#233; Garc&#xED;a (Universit&#xE9; &amp; Co), B. Author")
                + "    <item>\n      <title isTranslated='no'>Second</title>\n"
                  "      <link>https://arxiv.org/abs/2603.00002</link>\n"
                  "      <description>arXiv:2603.00002v3 Announce Type: replace-cross \n"
                  "Abstract: Second abstract.</description>\n"
                  "      <guid isPermaLink='false'>oai:arXiv.org:2603.00002v3</guid>\n"
                  "      <category>astro-ph.CO</category>\n      <category>astro-ph.GA</category>\n"
                  "      <comments/>\n"
                  "      <arxiv:announce_type>replace-cross</arxiv:announce_type>\n"
                  "      <dc:creator>C. Author and D. Author</dc:creator>\n    </item>\n");
}

} // namespace

class TstRssScanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void agreesWithStreamReaderOnEveryFixture_data();
    void agreesWithStreamReaderOnEveryFixture();
    void readsArxivSubsetLikeStreamReader_data();
    void readsArxivSubsetLikeStreamReader();
    void leavesEverythingElseToStreamReader_data();
    void leavesEverythingElseToStreamReader();
    void leavesEveryTruncationToStreamReader();
    void agreesWithStreamReaderOnMutatedFeeds();
};

void TstRssScanner::initTestCase()
{
    // Hundreds of broken documents are read below; their warnings would bury the test report.
    QLoggingCategory::setFilterRules(QStringLiteral("papersieve.arxiv.warning=false"));
}

void TstRssScanner::agreesWithStreamReaderOnEveryFixture_data()
{
    QTest::addColumn<QString>("path");

    const QString root = QStringLiteral(PAPERSIEVE_TEST_DATA "/arxiv/rss");
    QDirIterator files(root, {QStringLiteral("*.xml")}, QDir::Files, QDirIterator::Subdirectories);
    QStringList paths;
    while (files.hasNext()) {
        paths.append(files.next());
    }
    paths.sort();
    QVERIFY(paths.size() >= 14);
    for (const QString &path : std::as_const(paths)) {
        QTest::newRow(qPrintable(path.mid(root.size() + 1))) << path;
    }
}

void TstRssScanner::agreesWithStreamReaderOnEveryFixture()
{
    QFETCH(QString, path);
    const QByteArray xml = readFile(path);

    const auto reference = RssParser::parseWith(xml, RssParser::Engine::StreamReader);
    const auto scanned = RssParser::parseWith(xml, RssParser::Engine::Scanner);

    // Every fixture that is an RSS feed is arXiv's own format, so the scanner must take it.
    QCOMPARE(scanned.isOk(), reference.isOk());
    compareResults(RssParser::parse(xml), reference);
    if (reference.isOk()) {
        compareFeeds(scanned.value(), reference.value());
    }
}

void TstRssScanner::readsArxivSubsetLikeStreamReader_data()
{
    QTest::addColumn<QByteArray>("document");

    const QByteArray plain = item("2603.00001");
    QTest::newRow("predefined entities in every field") << feed(
        "    <item>\n      <title>Dust &amp; gas at z &lt; 7 &gt; 6, &quot;q&quot; "
        "&apos;s&apos;</title>\n"
        "      <link>https://arxiv.org/abs/2603.00001?a=1&amp;b=2</link>\n"
        "      <description>arXiv:2603.00001v2 Announce Type: replace \nAbstract: "
        "$a&lt;b&gt;c$ &amp; &quot;d&quot; &apos;e&apos;</description>\n"
        "      <guid isPermaLink=\"false\">oai:arXiv.org:2603.00001v2&amp;</guid>\n"
        "      <category>astro-ph.GA&amp;</category>\n"
        "      <arxiv:announce_type>replace&lt;</arxiv:announce_type>\n"
        "      <dc:rights>http://example.org/?a&amp;b</dc:rights>\n"
        "      <dc:creator>A. &quot;Nick&quot; B &amp; C, O&apos;Brien (X &lt; Y)</dc:creator>\n"
        "    </item>\n");
    QTest::newRow("numeric references in every field")
        << feed("    <item>\n      <title>&#77;&#x2080; caf&#233; &#xe9;&#xE9; &#x1F30C; "
                "&#0000065;</title>\n"
                "      <link>https://arxiv.org/abs/2603.&#48;0001</link>\n"
                "      <description>&#97;rXiv:2603.00001v1 Announce Type: cross \nAbstract: "
                "line&#10;break, tab&#9;stop, &#8804; &#x00B9;</description>\n"
                "      <guid isPermaLink=\"false\">oai:arXiv.org:2603.00001v&#x31;</guid>\n"
                "      <category>astro-ph&#46;GA</category>\n"
                "      <arxiv:announce_type>cro&#115;s</arxiv:announce_type>\n"
                "      <dc:rights>http://creativecommons.org/licenses/by/4.0&#47;</dc:rights>\n"
                "      <dc:creator>Jos&#233; Garc&#xED;a, &#x4E2D;&#x6587; Author</dc:creator>\n"
                "    </item>\n");
    QTest::newRow("carriage return reference")
        << feed(item("2603.00001", "Line&#13;feed", "Text&#13;&#10;more"));
    QTest::newRow("CDATA in text fields")
        << feed(item("2603.00001",
                     "<![CDATA[A <b>bold</b> & raw]]> title",
                     "Before <![CDATA[a<b && c>d]]> between <![CDATA[]]><![CDATA[x]]> after",
                     "<![CDATA[A. Author & B. Author]]>"));
    QTest::newRow("comments in text and between elements") << Declaration
            + "<!-- before the root -->\n" + RootStart + ChannelStart + "    <!-- between -->\n"
            + item("2603.00001",
                   "A <!-- hidden --> title",
                   "Abs<!---->tract<!-- a - b -->.",
                   "A. Author<!-- x -->, B. Author")
            + "    <!-- after -->\n" + Ending + "<!-- after the root -->\n";
    QTest::newRow("attributes in both quote styles")
        << "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
           "<rss xmlns:arxiv='http://arxiv.org/schemas/atom' "
           "xmlns:dc='http://purl.org/dc/elements/1.1/' version='2.0'><channel>"
           "<title a=\"x'y\" b='x\"y'>cs.LG updates on arXiv.org</title>"
            + plain + "</channel></rss>";
    QTest::newRow("self-closing and empty elements") << feed(
        "    <item>\n      <title/>\n      <link />\n"
        "      <description>arXiv:2603.00001v1 Announce Type: new \nAbstract: "
        "</description>\n      <guid isPermaLink=\"false\">oai:arXiv.org:2603.00001v1</guid>\n"
        "      <category/><category></category><category>astro-ph.GA</category>\n"
        "      <comments/><dc:rights/>\n      <dc:creator></dc:creator>\n    </item>\n");
    QTest::newRow("unknown elements with children") << feed(
        "    <image><url>http://x/</url><title>not the feed title</title></image>\n"
        "    <content:encoded><p>deep <b>text</b></p></content:encoded>\n"
        "    <item>\n      <enclosure url=\"http://x/\"><x><title>not the item</title></x>"
        "</enclosure>\n      <content:encoded>ignored</content:encoded>\n"
        "      <dc:date>2026-03-05</dc:date>\n      <arxiv:comment>5 pages</arxiv:comment>\n"
        "      <title>The title</title>\n"
        "      <guid isPermaLink=\"false\">oai:arXiv.org:2603.00001v1</guid>\n    </item>\n");
    QTest::newRow("white space inside tags")
        << feed("    <item >\n      <title\n>A title</title >\n"
                "      <guid   isPermaLink = \"false\"\t>oai:arXiv.org:2603.00001v1</guid\n>\n"
                "      <category\t>astro-ph.GA</category>\n    </item>\n");
    QTest::newRow("byte order mark") << "\xEF\xBB\xBF" + feed(plain);
    QTest::newRow("no declaration") << RootStart + ChannelStart + plain + Ending;
    QTest::newRow("declaration without encoding")
        << "<?xml version=\"1.0\"?>" + RootStart + ChannelStart + plain + Ending;
    QTest::newRow("non-ASCII text")
        << feed(item("2603.00001",
                     "Caf\xC3\xA9 \xE4\xB8\xAD\xE6\x96\x87 \xF0\x9F\x8C\x8C",
                     "\xC2\xA5sim10 \xE2\x80\xBE 5",
                     "Benjam\xC3\xADn Navarrete"));
    QTest::newRow("ids taken from the description and the link")
        << feed("    <item><title>From the description</title>"
                "<description>arXiv:2603.00001v4 Announce Type: replace \nAbstract: x"
                "</description></item>\n"
                "    <item><title>From the link</title>"
                "<link>https://arxiv.org/abs/astro-ph/0603163v2</link></item>\n");
    QTest::newRow("categories from the channel link") << Declaration + RootStart
            + "<channel><title>Recent papers</title>"
              "<link>http://rss.arxiv.org/rss/math.AG+math.NT</link>"
            + plain + "</channel></rss>";
    QTest::newRow("second channel ignored") << Declaration + RootStart + ChannelStart + plain
            + "</channel><channel><title>other</title>" + item("2603.00002") + Ending;
    QTest::newRow("empty channel") << feed({});
    QTest::newRow("everything at once") << richFeed();
}

void TstRssScanner::readsArxivSubsetLikeStreamReader()
{
    QFETCH(QByteArray, document);

    const auto reference = RssParser::parseWith(document, RssParser::Engine::StreamReader);
    const auto scanned = RssParser::parseWith(document, RssParser::Engine::Scanner);

    QVERIFY2(reference.isOk(), qPrintable(reference ? QString() : reference.error().detail()));
    QVERIFY2(scanned.isOk(), "the scanner declined a document in arXiv's format");
    compareFeeds(scanned.value(), reference.value());
    compareResults(RssParser::parse(document), reference);
}

void TstRssScanner::leavesEverythingElseToStreamReader_data()
{
    QTest::addColumn<QByteArray>("document");

    const QByteArray plain = item("2603.00001");
    const auto withTitle = [](const QByteArray &title) {
        return feed(item("2603.00001", title));
    };

    QTest::newRow("mismatched end tag") << withTitle("A title</titel><title>");
    QTest::newRow("end tag of the parent") << feed("    <item><title>x</item>\n");
    QTest::newRow("channel never closed")
        << Declaration + RootStart + ChannelStart + plain + "</rss>\n";
    QTest::newRow("unknown entity") << withTitle("A&nbsp;title");
    QTest::newRow("entity without semicolon") << withTitle("AT&T");
    QTest::newRow("entity too long to be one") << withTitle("&#x00000000041;");
    QTest::newRow("reference to NUL") << withTitle("A&#0;title");
    QTest::newRow("reference to a surrogate") << withTitle("A&#xD800;title");
    QTest::newRow("reference to U+FFFE") << withTitle("A&#xFFFE;title");
    QTest::newRow("reference beyond Unicode") << withTitle("A&#x110000;title");
    QTest::newRow("upper-case hex marker") << withTitle("A&#XE9;title");
    QTest::newRow("DOCTYPE with an internal entity") << Declaration
            + "<!DOCTYPE rss [<!ENTITY who \"Jos\xC3\xA9\">]>\n" + RootStart + ChannelStart
            + item("2603.00001", "By &who;") + Ending;
    QTest::newRow("DOCTYPE alone")
        << "<!DOCTYPE rss>\n" + RootStart + ChannelStart + plain + Ending;
    QTest::newRow("invalid UTF-8") << withTitle("Caf\xE9 au lait");
    QTest::newRow("overlong UTF-8") << withTitle("A \xC0\xAF slash");
    QTest::newRow("UTF-8 surrogate") << withTitle("A \xED\xA0\x80 surrogate");
    QTest::newRow("truncated UTF-8 sequence") << withTitle("A \xE2\x82 euro");
    QTest::newRow("U+FFFF in the text") << withTitle("A \xEF\xBF\xBF noncharacter");
    QTest::newRow("ISO-8859-1 declared") << "<?xml version='1.0' encoding='ISO-8859-1'?>"
            + RootStart + ChannelStart + item("2603.00001", "Caf\xE9") + Ending;
    QTest::newRow("UTF-16 byte order mark") << QByteArray("\xFF\xFE<\0r\0s\0s\0>\0", 10);
    QTest::newRow("XML 1.1 declared")
        << "<?xml version='1.1' encoding='UTF-8'?>" + RootStart + ChannelStart + plain + Ending;
    QTest::newRow("standalone declared")
        << "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>" + RootStart + ChannelStart
            + plain + Ending;
    QTest::newRow("spaces around the encoding's equals sign")
        << "<?xml version='1.0' encoding = 'UTF-8'?>" + RootStart + ChannelStart + plain + Ending;
    QTest::newRow("namespace declared on an item")
        << feed("    <item xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><title>x</title>"
                "<guid>oai:arXiv.org:2603.00001v1</guid><dc:creator>A</dc:creator></item>\n");
    QTest::newRow("prefix bound to another namespace on an item")
        << feed("    <item xmlns:arxiv=\"http://example.org/\"><title>x</title>"
                "<description>arXiv:2603.00001v1 Announce Type: cross \nAbstract: y"
                "</description><arxiv:announce_type>new</arxiv:announce_type></item>\n");
    QTest::newRow("default namespace on the root")
        << Declaration + "<rss xmlns=\"http://example.org/\">" + ChannelStart + Ending;
    QTest::newRow("undeclared prefix") << feed("    <foo:bar>x</foo:bar>\n" + plain);
    QTest::newRow("prefixed attribute") << feed("    <item xml:lang=\"en\"><title>x</title>"
                                                "<guid>oai:arXiv.org:2603.00001v1</guid></item>\n");
    QTest::newRow("processing instruction") << Declaration + "<?xml-stylesheet href=\"s.xsl\"?>"
            + RootStart + ChannelStart + plain + Ending;
    QTest::newRow("processing instruction in a title") << withTitle("A <?pi x?>title");
    QTest::newRow("text after the root") << feed(plain) + "trailing text";
    QTest::newRow("second root element") << feed(plain) + "<rss/>";
    QTest::newRow("text before the root")
        << Declaration + "text" + RootStart + ChannelStart + plain + Ending;
    QTest::newRow("control character") << withTitle("A \x01 title");
    QTest::newRow("carriage returns") << feed(plain).replace("\n", "\r\n");
    QTest::newRow("]]> in text") << withTitle("A ]]> title");
    QTest::newRow("double hyphen in a comment") << withTitle("A <!-- a -- b --> title");
    QTest::newRow("comment ending in three hyphens") << withTitle("A <!-- a ---> title");
    QTest::newRow("duplicate attribute")
        << feed("    <item><guid a=\"1\" a='2'>oai:arXiv.org:2603.00001v1</guid></item>\n");
    QTest::newRow("attributes without white space between")
        << feed("    <item><guid a=\"1\"b=\"2\">oai:arXiv.org:2603.00001v1</guid></item>\n");
    QTest::newRow("unquoted attribute")
        << feed("    <item><guid a=1>oai:arXiv.org:2603.00001v1</guid></item>\n");
    QTest::newRow("< in an attribute value")
        << feed("    <item><guid a=\"<\">oai:arXiv.org:2603.00001v1</guid></item>\n");
    QTest::newRow("reference in an attribute value")
        << feed("    <atom:link href=\"http://x/?a=1&amp;b=2\"/>\n" + plain);
    QTest::newRow("child element in a title") << withTitle("A <b>bold</b> title");
    QTest::newRow("CDATA outside the root")
        << Declaration + "<![CDATA[x]]>" + RootStart + ChannelStart + plain + Ending;
    QTest::newRow("item without an arXiv id")
        << feed("    <item><title>No id</title></item>\n" + plain);
    const QByteArray rich = richFeed();
    const auto cutAfter = [&rich](const char *marker) {
        return rich.left(rich.indexOf(marker) + qsizetype(qstrlen(marker)));
    };
    QTest::newRow("cut in the declaration") << cutAfter("<?xml vers");
    QTest::newRow("cut in the root start tag") << cutAfter("xmlns:arxiv=\"http://arx");
    QTest::newRow("cut in an element name") << cutAfter("<chan");
    QTest::newRow("cut in a title") << cutAfter("<title>Dust");
    QTest::newRow("cut in an entity") << cutAfter("&am");
    QTest::newRow("cut in a numeric reference") << cutAfter("&#23");
    QTest::newRow("cut in a comment") << cutAfter("<!-- note");
    QTest::newRow("cut in a CDATA section") << cutAfter("<![CDATA[raw");
    QTest::newRow("cut in an end tag") << cutAfter("</descr");
    QTest::newRow("cut between items") << cutAfter("</item>\n");
    QTest::newRow("cut before the root end tag") << cutAfter("</channel>\n");
    QTest::newRow("cut in the root end tag") << cutAfter("</rs");
    QTest::newRow("Atom feed") << QByteArray(
        "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>x</title></feed>");
    QTest::newRow("XHTML page") << QByteArray("<html><body><p>Rate limited</p></body></html>");
    QTest::newRow("RSS without a channel") << QByteArray("<rss version=\"2.0\"></rss>");
    QTest::newRow("plain text") << QByteArray("Service temporarily unavailable");
    QTest::newRow("nothing at all") << QByteArray();
    QTest::newRow("only a declaration") << Declaration;
}

void TstRssScanner::leavesEverythingElseToStreamReader()
{
    QFETCH(QByteArray, document);

    const auto scanned = RssParser::parseWith(document, RssParser::Engine::Scanner);
    const auto reference = RssParser::parseWith(document, RssParser::Engine::StreamReader);

    QVERIFY2(!scanned.isOk(), "the scanner took a document it must leave to QXmlStreamReader");
    compareResults(RssParser::parse(document), reference);
}

void TstRssScanner::leavesEveryTruncationToStreamReader()
{
    const QByteArray whole = richFeed();
    const qsizetype rootEnd = whole.lastIndexOf("</rss>") + qsizetype(sizeof("</rss>") - 1);
    QVERIFY(RssParser::parseWith(whole, RssParser::Engine::Scanner).isOk());

    // Every cut before the root's last '>', so every construct is cut somewhere inside.
    for (qsizetype cut = 0; cut < rootEnd; ++cut) {
        const QByteArray document = whole.left(cut);
        const auto scanned = RssParser::parseWith(document, RssParser::Engine::Scanner);
        QVERIFY2(!scanned.isOk(), qPrintable(QStringLiteral("accepted a cut at byte %1").arg(cut)));

        const auto parsed = RssParser::parse(document);
        const auto reference = RssParser::parseWith(document, RssParser::Engine::StreamReader);
        QVERIFY2(!reference.isOk(), qPrintable(QStringLiteral("cut at byte %1").arg(cut)));
        QVERIFY2(parsed.error().detail() == reference.error().detail(),
                 qPrintable(QStringLiteral("cut at byte %1: %2 / %3")
                                .arg(cut)
                                .arg(parsed.error().detail(), reference.error().detail())));
        QCOMPARE(parsed.error().userMessage(), reference.error().userMessage());
    }
}

// One byte changed, removed or repeated at a time, from a fixed seed: whatever the scanner
// takes must read exactly as QXmlStreamReader reads it, and parse() must always agree with it.
void TstRssScanner::agreesWithStreamReaderOnMutatedFeeds()
{
    constexpr int Mutations = 3000;
    const QByteArray original = richFeed();
    const QByteArray replacements("<>&;/\"'!-[]? \n\r\tx#:=\0\xC3\xA9\xFF", 25);
    QRandomGenerator random(20260305);
    int taken = 0;

    for (int i = 0; i < Mutations; ++i) {
        QByteArray document = original;
        const auto at = qsizetype(random.bounded(int(original.size())));
        const int kind = random.bounded(3);
        if (kind == 0) {
            document[at] = replacements.at(random.bounded(int(replacements.size())));
        } else if (kind == 1) {
            document.remove(at, 1);
        } else {
            document.insert(at, original.mid(at, random.bounded(1, 12)));
        }
        const QString where =
            QStringLiteral("mutation %1 (kind %2 at byte %3)").arg(i).arg(kind).arg(at);

        const auto reference = RssParser::parseWith(document, RssParser::Engine::StreamReader);
        const auto scanned = RssParser::parseWith(document, RssParser::Engine::Scanner);
        if (scanned.isOk()) {
            ++taken;
            QVERIFY2(reference.isOk(), qPrintable(where + u": only the scanner took it"));
            compareFeeds(scanned.value(), reference.value());
            QVERIFY2(!QTest::currentTestFailed(), qPrintable(where));
        }
        compareResults(RssParser::parse(document), reference);
        QVERIFY2(!QTest::currentTestFailed(), qPrintable(where));
    }
    // Most single-byte changes in text leave a readable feed, so both branches are exercised.
    QVERIFY2(taken > Mutations / 10, qPrintable(QString::number(taken)));
}

QTEST_GUILESS_MAIN(TstRssScanner)
#include "tst_rssscanner.moc"
