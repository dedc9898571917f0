// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "rssparser.h"

#include "authorlist.h"

#include <app/platform/logging.h>

#include <QCoreApplication>
#include <QXmlStreamReader>

#include <array>
#include <memory>
#include <optional>

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

void readItemField(QXmlStreamReader &reader, FeedItem &item, RawItem &raw)
{
    const QStringView name = reader.name();
    const QStringView ns = reader.namespaceUri();
    Paper &paper = item.paper;

    if (ns.isEmpty()) {
        if (name == u"title") {
            paper.title = reader.readElementText().trimmed();
        } else if (name == u"description") {
            raw.description = reader.readElementText();
        } else if (name == u"guid") {
            raw.guid = reader.readElementText().trimmed();
        } else if (name == u"link") {
            raw.link = reader.readElementText().trimmed();
        } else if (name == u"category") {
            const QString category = reader.readElementText().trimmed();
            if (!category.isEmpty() && !paper.categories.contains(category)) {
                paper.categories.append(category);
            }
        } else {
            reader.skipCurrentElement();
        }
    } else if (ns == ArxivNamespace && name == u"announce_type") {
        raw.announceType = reader.readElementText().trimmed();
    } else if (ns == DcNamespace && name == u"creator") {
        raw.creator = reader.readElementText();
    } else if (ns == DcNamespace && name == u"rights") {
        paper.license = reader.readElementText().trimmed();
    } else {
        reader.skipCurrentElement();
    }
}

std::optional<FeedItem> readItem(QXmlStreamReader &reader)
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
        qCWarning(lcArxiv) << "RSS item without an arXiv id skipped, line" << reader.lineNumber();
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

void readChannel(QXmlStreamReader &reader, Feed &feed)
{
    QString title;
    QString link;
    while (reader.readNextStartElement()) {
        const QStringView name = reader.name();
        if (!reader.namespaceUri().isEmpty()) {
            reader.skipCurrentElement();
        } else if (name == u"item") {
            if (auto item = readItem(reader)) {
                feed.items.append(std::move(*item));
            }
        } else if (name == u"title") {
            title = reader.readElementText();
        } else if (name == u"link") {
            link = reader.readElementText();
        } else if (name == u"pubDate") {
            feed.announcementDate = RssParser::parseRfc822LocalDate(reader.readElementText());
        } else if (name == u"lastBuildDate") {
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
                                             "The arXiv feed could not be read (line %1, column "
                                             "%2): %3")
                     .arg(line)
                     .arg(column)
                     .arg(reader.errorString()),
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

} // namespace

Result<Feed> RssParser::parse(const QByteArray &xml)
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
    qCDebug(lcArxiv) << "RSS feed" << feed.categories << feed.announcementDate << "with"
                     << feed.items.size() << "items";
    return feed;
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
