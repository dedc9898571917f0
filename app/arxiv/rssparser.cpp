// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "rssparser.h"

#include "authorlist.h"
#include "rssscanner.h"

#include <app/platform/logging.h>

#include <QCoreApplication>
#include <QXmlStreamReader>

#include <array>
#include <memory>
#include <optional>

using namespace Qt::StringLiterals;

namespace Sieve::Arxiv {

namespace {

const QLatin1String ArxivNamespace("http://arxiv.org/schemas/atom");
const QLatin1String DcNamespace("http://purl.org/dc/elements/1.1/");
const QLatin1String GuidPrefix("oai:arXiv.org:");
const QLatin1String DescriptionPrefix("arXiv:");
const QLatin1String AnnounceTypeLabel(" Announce Type:");
const QLatin1String AbstractMarker("\nAbstract:");
const QLatin1String AbsUrlMarker("/abs/");
const QLatin1String RssPathMarker("/rss/");
const QLatin1String TitleSuffix(" updates on");

constexpr std::array<const char *, 12> MonthNames = {
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

struct Rfc822
{
    QDate date;
    QTime time;
    int offsetSeconds = 0;
};

int monthFromName(QStringView name)
{
    for (int i = 0; i < int(MonthNames.size()); ++i) {
        if (name.compare(QLatin1String(MonthNames[i]), Qt::CaseInsensitive) == 0) {
            return i + 1;
        }
    }
    return 0;
}

// "+hhmm", "-hhmm", or one of the names RFC 822 allows for UTC.
std::optional<int> zoneOffsetSeconds(QStringView zone)
{
    if (zone.isEmpty() || zone == u"GMT" || zone == u"UT" || zone == u"UTC" || zone == u"Z") {
        return 0;
    }
    if (zone.size() != 5 || (zone.front() != u'+' && zone.front() != u'-')) {
        return std::nullopt;
    }
    bool hoursOk = false;
    bool minutesOk = false;
    const int hours = zone.mid(1, 2).toInt(&hoursOk);
    const int minutes = zone.mid(3, 2).toInt(&minutesOk);
    if (!hoursOk || !minutesOk) {
        return std::nullopt;
    }
    const int seconds = hours * 3600 + minutes * 60;
    return zone.front() == u'-' ? -seconds : seconds;
}

std::optional<Rfc822> parseRfc822Parts(QStringView text)
{
    QStringView rest = text.trimmed();
    const qsizetype comma = rest.indexOf(u',');
    if (comma >= 0) {
        rest = rest.mid(comma + 1).trimmed();
    }

    const auto parts = rest.split(u' ', Qt::SkipEmptyParts);
    if (parts.size() < 4) {
        return std::nullopt;
    }
    const QDate date(parts[2].toInt(), monthFromName(parts[1]), parts[0].toInt());
    QTime time = QTime::fromString(parts[3].toString(), QStringLiteral("HH:mm:ss"));
    if (!time.isValid()) {
        time = QTime::fromString(parts[3].toString(), QStringLiteral("HH:mm"));
    }
    const auto offset = zoneOffsetSeconds(parts.size() > 4 ? parts[4] : QStringView());
    if (!date.isValid() || !time.isValid() || !offset) {
        return std::nullopt;
    }
    return Rfc822{date, time, *offset};
}

// "astro-ph.GA updates on arXiv.org" or "astro-ph.GA, cs.LG updates on arXiv.org".
QStringList categoriesFromTitle(QStringView title)
{
    const qsizetype end = title.indexOf(TitleSuffix);
    if (end <= 0) {
        return {};
    }
    QStringList categories;
    for (const QStringView part : title.left(end).split(u' ', Qt::SkipEmptyParts)) {
        for (const QStringView name : part.split(u',', Qt::SkipEmptyParts)) {
            for (const QStringView category : name.split(u'+', Qt::SkipEmptyParts)) {
                categories.append(category.toString());
            }
        }
    }
    return categories;
}

// "http://rss.arxiv.org/rss/astro-ph.GA+cs.LG", used when the title does not say.
QStringList categoriesFromLink(QStringView link)
{
    const qsizetype at = link.indexOf(RssPathMarker);
    if (at < 0) {
        return {};
    }
    QStringList categories;
    for (const QStringView category : link.mid(at + RssPathMarker.size()).split(u'+')) {
        if (!category.trimmed().isEmpty()) {
            categories.append(category.trimmed().toString());
        }
    }
    return categories;
}

struct Description
{
    QString versionedId;
    QString announceType;
    QString abstract;
};

// "arXiv:2603.03384v1 Announce Type: new \nAbstract: TEXT". The abstract is kept as sent: it
// is plain text in which "<" is literal, so nothing that looks like a tag may be removed.
Description splitDescription(const QString &description)
{
    Description result;
    const QStringView text(description);
    const qsizetype marker = text.startsWith(DescriptionPrefix) ? text.indexOf(AbstractMarker) : -1;
    if (marker < 0) {
        result.abstract = text.trimmed().toString();
        return result;
    }

    const QStringView header = text.left(marker).mid(DescriptionPrefix.size());
    const qsizetype label = header.indexOf(AnnounceTypeLabel);
    if (label >= 0) {
        result.versionedId = header.left(label).trimmed().toString();
        result.announceType = header.mid(label + AnnounceTypeLabel.size()).trimmed().toString();
    } else {
        result.versionedId = header.trimmed().toString();
    }
    result.abstract = text.mid(marker + AbstractMarker.size()).trimmed().toString();
    return result;
}

QString versionedIdOf(const QString &guid, const Description &description, const QString &link)
{
    if (guid.startsWith(GuidPrefix)) {
        return guid.mid(GuidPrefix.size()).trimmed();
    }
    if (!description.versionedId.isEmpty()) {
        return description.versionedId;
    }
    const qsizetype abs = link.indexOf(AbsUrlMarker);
    return abs >= 0 ? link.mid(abs + AbsUrlMarker.size()).trimmed() : QString();
}

struct RawItem
{
    QString link;
    QString description;
    QString guid;
    QString announceType;
    QString creator;
};

// The reading routines below are shared by QXmlStreamReader and RssScanner, so that both
// engines give the same feed by construction; they differ only in how they meet the XML.

// An item without an id is logged and skipped; the scanner leaves that to the general path,
// which names the line.
void dropItemWithoutId(QXmlStreamReader &reader)
{
    qCWarning(lcArxiv) << "RSS item without an arXiv id skipped, line" << reader.lineNumber();
}

void dropItemWithoutId(RssScanner &scanner)
{
    scanner.abandon();
}

template <typename Reader>
void readItemField(Reader &reader, FeedItem &item, RawItem &raw)
{
    const auto name = reader.name();
    const auto ns = reader.namespaceUri();
    Paper &paper = item.paper;

    if (ns.isEmpty()) {
        if (name == "title"_L1) {
            paper.title = reader.readElementText().trimmed();
        } else if (name == "description"_L1) {
            raw.description = reader.readElementText();
        } else if (name == "guid"_L1) {
            raw.guid = reader.readElementText().trimmed();
        } else if (name == "link"_L1) {
            raw.link = reader.readElementText().trimmed();
        } else if (name == "category"_L1) {
            const QString category = reader.readElementText().trimmed();
            if (!category.isEmpty() && !paper.categories.contains(category)) {
                paper.categories.append(category);
            }
        } else {
            reader.skipCurrentElement();
        }
    } else if (ns == ArxivNamespace && name == "announce_type"_L1) {
        raw.announceType = reader.readElementText().trimmed();
    } else if (ns == DcNamespace && name == "creator"_L1) {
        raw.creator = reader.readElementText();
    } else if (ns == DcNamespace && name == "rights"_L1) {
        paper.license = reader.readElementText().trimmed();
    } else {
        reader.skipCurrentElement();
    }
}

template <typename Reader>
std::optional<FeedItem> readItem(Reader &reader)
{
    FeedItem item;
    RawItem raw;
    while (reader.readNextStartElement()) {
        readItemField(reader, item, raw);
    }
    if (reader.hasError()) {
        return std::nullopt;
    }

    const Description description = splitDescription(raw.description);
    const QString versionedId = versionedIdOf(raw.guid, description, raw.link);
    if (versionedId.isEmpty()) {
        dropItemWithoutId(reader);
        return std::nullopt;
    }

    Paper &paper = item.paper;
    std::tie(paper.id, paper.version) = RssParser::splitVersionedId(versionedId);
    paper.abstract = description.abstract;
    paper.authors = AuthorList::split(raw.creator);
    paper.primaryCategory = paper.categories.value(0);
    item.announceType = announceTypeFromName(raw.announceType.isEmpty() ? description.announceType
                                                                        : raw.announceType);
    return item;
}

template <typename Reader>
void readChannel(Reader &reader, Feed &feed)
{
    QString title;
    QString link;
    while (reader.readNextStartElement()) {
        const auto name = reader.name();
        if (!reader.namespaceUri().isEmpty()) {
            reader.skipCurrentElement();
        } else if (name == "item"_L1) {
            if (auto item = readItem(reader)) {
                feed.items.append(std::move(*item));
            }
        } else if (name == "title"_L1) {
            title = reader.readElementText();
        } else if (name == "link"_L1) {
            link = reader.readElementText();
        } else if (name == "pubDate"_L1) {
            feed.announcementDate = RssParser::parseRfc822LocalDate(reader.readElementText());
        } else if (name == "lastBuildDate"_L1) {
            feed.buildDate = RssParser::parseRfc822(reader.readElementText());
        } else {
            reader.skipCurrentElement();
        }
    }

    feed.categories = categoriesFromTitle(title);
    if (feed.categories.isEmpty()) {
        feed.categories = categoriesFromLink(link);
    }
}

// The <rss> root and its first <channel>, read the way the general path reads them.
bool scanChannel(RssScanner &scanner, Feed &feed)
{
    if (!scanner.readNextStartElement() || scanner.name() != "rss"_L1) {
        return false;
    }

    bool hasChannel = false;
    while (scanner.readNextStartElement()) {
        if (scanner.name() == "channel"_L1 && !hasChannel) {
            hasChannel = true;
            readChannel(scanner, feed);
        } else {
            scanner.skipCurrentElement();
        }
    }
    return scanner.readToEnd() && hasChannel;
}

// The feed, or nothing when the document is anything but an RSS feed in arXiv's subset of XML,
// so that the general path can say what is wrong.
std::optional<Feed> scanFeed(const QByteArray &xml)
{
    RssScanner scanner(xml);
    Feed feed;
    if (!scanChannel(scanner, feed)) {
        qCDebug(lcArxiv) << "RSS feed left to QXmlStreamReader from byte" << scanner.position();
        return std::nullopt;
    }
    return feed;
}

// QXmlStreamReader decodes a QByteArray in small steps, which costs it about half again the
// time of reading a QString; arXiv's feeds are UTF-8, so decode them in one go. Anything that
// declares another encoding is left to the reader.
bool isUtf8Document(const QByteArray &xml)
{
    if (xml.startsWith("\xFE\xFF") || xml.startsWith("\xFF\xFE")) {
        return false;
    }
    constexpr qsizetype DeclarationWindow = 256;
    const QByteArray head = xml.left(DeclarationWindow);
    const QByteArray declaration = head.left(head.indexOf("?>") + 2).toLower();
    const qsizetype encoding = declaration.indexOf("encoding=");
    return !declaration.startsWith("<?xml") || encoding < 0
        || declaration.mid(encoding + 10, 5) == "utf-8";
}

std::unique_ptr<QXmlStreamReader> makeReader(const QByteArray &xml)
{
    if (!isUtf8Document(xml)) {
        return std::make_unique<QXmlStreamReader>(xml);
    }
    const QByteArray bom("\xEF\xBB\xBF");
    const QByteArray body = xml.startsWith(bom) ? xml.mid(bom.size()) : xml;
    return std::make_unique<QXmlStreamReader>(QString::fromUtf8(body));
}

Error syntaxError(const QXmlStreamReader &reader)
{
    const qint64 line = reader.lineNumber();
    const qint64 column = reader.columnNumber();
    qCWarning(lcArxiv).nospace() << "RSS feed not well-formed at line " << line << ", column "
                                 << column << ": " << reader.errorString();
    return Error(Error::Code::BadData,
                 QCoreApplication::translate("Sieve::Arxiv::RssParser",
                                             "The arXiv feed breaks off or is malformed at line "
                                             "%1, column %2; fetch it again in a few minutes.")
                     .arg(line)
                     .arg(column),
                 QStringLiteral("XML error at line %1, column %2: %3")
                     .arg(line)
                     .arg(column)
                     .arg(reader.errorString()));
}

Error notRssError(QStringView rootName)
{
    qCWarning(lcArxiv) << "Document is not an RSS feed, root element" << rootName;
    return Error(
        Error::Code::BadData,
        QCoreApplication::translate("Sieve::Arxiv::RssParser",
                                    "The arXiv feed could not be read: the server sent "
                                    "something that is not an RSS feed. Try again later."),
        QStringLiteral("root element '%1' is not <rss> with a <channel>").arg(rootName.toString()));
}

Error declinedError()
{
    return Error(Error::Code::BadData,
                 //: Only tests and benchmarks that ask for the fast scanner alone see this.
                 QCoreApplication::translate("Sieve::Arxiv::RssParser",
                                             "The arXiv feed could not be read quickly."),
                 QStringLiteral("the fast RSS scanner declined the document"));
}

Result<Feed> readWithStreamReader(const QByteArray &xml)
{
    const auto owner = makeReader(xml);
    QXmlStreamReader &reader = *owner;
    if (!reader.readNextStartElement()) {
        return reader.hasError() ? syntaxError(reader) : notRssError(u"");
    }
    if (reader.name() != u"rss") {
        // A well-formed page of another kind (XHTML, Atom); sloppy HTML already failed above.
        return notRssError(reader.name());
    }

    Feed feed;
    bool hasChannel = false;
    while (reader.readNextStartElement()) {
        if (reader.name() == u"channel" && !hasChannel) {
            hasChannel = true;
            readChannel(reader, feed);
        } else {
            reader.skipCurrentElement();
        }
    }
    while (!reader.atEnd() && !reader.hasError()) {
        reader.readNext();
    }

    if (reader.hasError()) {
        return syntaxError(reader);
    }
    if (!hasChannel) {
        return notRssError(u"rss");
    }
    return feed;
}

} // namespace

Result<Feed> RssParser::parse(const QByteArray &xml)
{
    return parseWith(xml, Engine::Automatic);
}

Result<Feed> RssParser::parseWith(const QByteArray &xml, Engine engine)
{
    std::optional<Feed> scanned;
    if (engine != Engine::StreamReader) {
        scanned = scanFeed(xml);
    }
    if (!scanned && engine == Engine::Scanner) {
        return declinedError();
    }

    Result<Feed> result = scanned ? Result<Feed>(std::move(*scanned)) : readWithStreamReader(xml);
    if (result) {
        qCDebug(lcArxiv) << "RSS feed" << result->categories << result->announcementDate << "with"
                         << result->items.size() << "items";
    }
    return result;
}

std::pair<QString, int> RssParser::splitVersionedId(QStringView versionedId)
{
    const QStringView id = versionedId.trimmed();
    const qsizetype v = id.lastIndexOf(u'v');
    if (v > 0 && v + 1 < id.size()) {
        bool ok = false;
        const int version = id.mid(v + 1).toInt(&ok);
        if (ok && version > 0 && id.at(v - 1).isDigit()) {
            return {id.left(v).toString(), version};
        }
    }
    return {id.toString(), 0};
}

QDateTime RssParser::parseRfc822(QStringView text)
{
    const auto parts = parseRfc822Parts(text);
    if (!parts) {
        return {};
    }
    return QDateTime(parts->date, parts->time, Qt::UTC).addSecs(-parts->offsetSeconds);
}

QDate RssParser::parseRfc822LocalDate(QStringView text)
{
    const auto parts = parseRfc822Parts(text);
    return parts ? parts->date : QDate();
}

} // namespace Sieve::Arxiv
