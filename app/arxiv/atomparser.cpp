// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "atomparser.h"

#include "rssparser.h"

#include <app/platform/logging.h>

#include <QCoreApplication>
#include <QRegularExpression>
#include <QXmlStreamReader>

#include <optional>

namespace Sieve::Arxiv {

namespace {

const QLatin1String AtomNamespace("http://www.w3.org/2005/Atom");
const QLatin1String ArxivNamespace("http://arxiv.org/schemas/atom");
const QLatin1String OpenSearchNamespace("http://a9.com/-/spec/opensearch/1.1/");
const QLatin1String AbsUrlMarker("/abs/");
const QLatin1String ErrorIdMarker("api/errors");

struct RawEntry
{
    FeedItem item;
    QString id;
    QString primaryCategory;
    QStringList otherCategories;
};

QDateTime parseTimestamp(const QString &text)
{
    const QDateTime parsed = QDateTime::fromString(text.trimmed(), Qt::ISODate);
    return parsed.isValid() ? parsed.toUTC() : QDateTime();
}

void readAuthor(QXmlStreamReader &reader, Paper &paper)
{
    while (reader.readNextStartElement()) {
        if (reader.name() == u"name" && reader.namespaceUri() == AtomNamespace) {
            const QString name = reader.readElementText().simplified();
            if (!name.isEmpty()) {
                paper.authors.append(name);
            }
        } else {
            reader.skipCurrentElement();
        }
    }
}

void readAtomField(QXmlStreamReader &reader, RawEntry &entry)
{
    const QStringView name = reader.name();
    Paper &paper = entry.item.paper;

    if (name == u"id") {
        entry.id = reader.readElementText().trimmed();
    } else if (name == u"title") {
        paper.title = reader.readElementText().simplified();
    } else if (name == u"summary") {
        paper.abstract = reader.readElementText().simplified();
    } else if (name == u"published") {
        paper.published = parseTimestamp(reader.readElementText());
    } else if (name == u"updated") {
        paper.updated = parseTimestamp(reader.readElementText());
    } else if (name == u"author") {
        readAuthor(reader, paper);
    } else if (name == u"category") {
        const QString term = reader.attributes().value(QLatin1String("term")).trimmed().toString();
        if (!term.isEmpty() && !entry.otherCategories.contains(term)) {
            entry.otherCategories.append(term);
        }
        reader.skipCurrentElement();
    } else {
        reader.skipCurrentElement();
    }
}

void readArxivField(QXmlStreamReader &reader, RawEntry &entry)
{
    const QStringView name = reader.name();
    Paper &paper = entry.item.paper;

    if (name == u"primary_category") {
        entry.primaryCategory =
            reader.attributes().value(QLatin1String("term")).trimmed().toString();
        reader.skipCurrentElement();
    } else if (name == u"comment") {
        paper.comment = reader.readElementText().simplified();
    } else if (name == u"journal_ref") {
        paper.journalRef = reader.readElementText().simplified();
    } else if (name == u"doi") {
        paper.doi = reader.readElementText().trimmed();
    } else {
        reader.skipCurrentElement();
    }
}

RawEntry readEntry(QXmlStreamReader &reader)
{
    RawEntry entry;
    while (reader.readNextStartElement()) {
        const QStringView ns = reader.namespaceUri();
        if (ns == AtomNamespace) {
            readAtomField(reader, entry);
        } else if (ns == ArxivNamespace) {
            readArxivField(reader, entry);
        } else {
            reader.skipCurrentElement();
        }
    }
    return entry;
}

// Primary category first (arxiv:primary_category), then the other terms in document order.
void finishEntry(RawEntry &entry)
{
    Paper &paper = entry.item.paper;
    if (!entry.primaryCategory.isEmpty()) {
        paper.categories.append(entry.primaryCategory);
    }
    for (const QString &category : std::as_const(entry.otherCategories)) {
        if (!paper.categories.contains(category)) {
            paper.categories.append(category);
        }
    }
    paper.primaryCategory = paper.categories.value(0);

    const qsizetype abs = entry.id.indexOf(AbsUrlMarker);
    const QStringView versionedId =
        abs >= 0 ? QStringView(entry.id).mid(abs + AbsUrlMarker.size()) : QStringView(entry.id);
    std::tie(paper.id, paper.version) = RssParser::splitVersionedId(versionedId);
    entry.item.announceType = paper.version > 1 ? AnnounceType::Replace : AnnounceType::New;
}

QStringList categoriesFromQuery(const QString &title)
{
    static const QRegularExpression categoryTerm(QStringLiteral("cat:([A-Za-z0-9.\\-]+)"));
    QStringList categories;
    auto matches = categoryTerm.globalMatch(title);
    while (matches.hasNext()) {
        const QString category = matches.next().captured(1);
        if (!categories.contains(category)) {
            categories.append(category);
        }
    }
    return categories;
}

int readInt(QXmlStreamReader &reader, int fallback)
{
    bool ok = false;
    const int value = reader.readElementText().trimmed().toInt(&ok);
    return ok ? value : fallback;
}

Error syntaxError(const QXmlStreamReader &reader)
{
    const qint64 line = reader.lineNumber();
    const qint64 column = reader.columnNumber();
    qCWarning(lcArxiv).nospace() << "API answer not well-formed at line " << line << ", column "
                                 << column << ": " << reader.errorString();
    return Error(Error::Code::BadData,
                 QCoreApplication::translate("Sieve::Arxiv::AtomParser",
                                             "The arXiv search results break off or are malformed "
                                             "at line %1, column %2; fetch them again in a few "
                                             "minutes.")
                     .arg(line)
                     .arg(column),
                 QStringLiteral("XML error at line %1, column %2: %3")
                     .arg(line)
                     .arg(column)
                     .arg(reader.errorString()));
}

Error notAtomError(QStringView rootName)
{
    qCWarning(lcArxiv) << "API answer is not an Atom feed, root element" << rootName;
    return Error(
        Error::Code::BadData,
        QCoreApplication::translate("Sieve::Arxiv::AtomParser",
                                    "The arXiv search service sent something that is not "
                                    "a list of papers. Try again later."),
        QStringLiteral("root element '%1' is not an Atom <feed>").arg(rootName.toString()));
}

Error apiError(const RawEntry &entry)
{
    const QString message = entry.item.paper.abstract;
    qCWarning(lcArxiv) << "arXiv API reported an error:" << message;
    return Error(Error::Code::BadData,
                 QCoreApplication::translate("Sieve::Arxiv::AtomParser",
                                             "The arXiv search service refused the request: %1")
                     .arg(message),
                 QStringLiteral("API error entry %1: %2").arg(entry.id, message));
}

} // namespace

Result<Feed> AtomParser::parse(const QByteArray &xml)
{
    QXmlStreamReader reader(xml);
    if (!reader.readNextStartElement()) {
        return reader.hasError() ? syntaxError(reader) : notAtomError(u"");
    }
    if (reader.name() != u"feed" || reader.namespaceUri() != AtomNamespace) {
        return notAtomError(reader.name());
    }

    Feed feed;
    feed.totalResults = 0;
    std::optional<RawEntry> errorEntry;
    while (reader.readNextStartElement()) {
        const QStringView name = reader.name();
        const QStringView ns = reader.namespaceUri();
        if (ns == AtomNamespace && name == u"entry") {
            RawEntry entry = readEntry(reader);
            if (entry.id.contains(ErrorIdMarker)) {
                errorEntry = std::move(entry);
                continue;
            }
            finishEntry(entry);
            feed.items.append(std::move(entry.item));
        } else if (ns == AtomNamespace && name == u"title") {
            feed.categories = categoriesFromQuery(reader.readElementText());
        } else if (ns == AtomNamespace && name == u"updated") {
            feed.buildDate = parseTimestamp(reader.readElementText());
        } else if (ns == OpenSearchNamespace && name == u"totalResults") {
            feed.totalResults = readInt(reader, 0);
        } else if (ns == OpenSearchNamespace && name == u"startIndex") {
            feed.startIndex = readInt(reader, 0);
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
    if (errorEntry) {
        return apiError(*errorEntry);
    }
    qCDebug(lcArxiv) << "API page" << feed.categories << "start" << feed.startIndex << "with"
                     << feed.items.size() << "of" << feed.totalResults << "entries";
    return feed;
}

} // namespace Sieve::Arxiv
