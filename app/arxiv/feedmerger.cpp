// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "feedmerger.h"

#include "announcementcalendar.h"

#include <app/platform/logging.h>

#include <QHash>

namespace Sieve::Arxiv {

namespace {

struct MergedPaper
{
    Paper paper;
    bool isReplacement = false;
    QStringList listedIn; // fetched categories that listed the paper, in the order first seen
};

bool isReplacement(const FeedItem &item)
{
    switch (item.announceType) {
    case AnnounceType::Replace:
    case AnnounceType::ReplaceCross:
        return true;
    case AnnounceType::New:
    case AnnounceType::Cross:
        return false;
    case AnnounceType::Unknown:
        break;
    }
    return item.paper.version > 1;
}

void appendMissing(QStringList &into, const QStringList &from)
{
    for (const QString &value : from) {
        if (!into.contains(value)) {
            into.append(value);
        }
    }
}

// The fetched categories this item is listed under; a feed that does not say what it was asked
// for lists the paper under its primary category.
QStringList listingCategories(const Feed &feed, const Paper &paper)
{
    QStringList categories;
    for (const QString &category : feed.categories) {
        if (paper.categories.contains(category)) {
            categories.append(category);
        }
    }
    if (categories.isEmpty() && !paper.primaryCategory.isEmpty()) {
        categories.append(feed.categories.isEmpty() ? paper.primaryCategory
                                                    : feed.categories.constFirst());
    }
    return categories;
}

void absorb(MergedPaper &merged, const FeedItem &item)
{
    if (merged.paper.id.isEmpty() || item.paper.version > merged.paper.version) {
        QStringList categories = item.paper.categories;
        appendMissing(categories, merged.paper.categories);
        merged.paper = item.paper;
        merged.paper.categories = categories;
        merged.isReplacement = isReplacement(item);
    } else {
        appendMissing(merged.paper.categories, item.paper.categories);
        merged.isReplacement = merged.isReplacement || isReplacement(item);
    }
    if (merged.paper.primaryCategory.isEmpty()) {
        merged.paper.primaryCategory = merged.paper.categories.value(0);
    }
}

AnnounceType listingType(const MergedPaper &merged, const QString &category)
{
    const bool primary = category == merged.paper.primaryCategory;
    if (merged.isReplacement) {
        return primary ? AnnounceType::Replace : AnnounceType::ReplaceCross;
    }
    return primary ? AnnounceType::New : AnnounceType::Cross;
}

QDate dateOf(const QList<Feed> &feeds)
{
    QDate date;
    for (const Feed &feed : feeds) {
        if (!feed.announcementDate.isValid()) {
            continue;
        }
        if (date.isValid() && feed.announcementDate != date) {
            qCWarning(lcArxiv) << "Merging feeds of different days" << date << feed.announcementDate
                               << "- keeping the latest";
        }
        date = qMax(date, feed.announcementDate);
    }
    return date;
}

} // namespace

QSet<AnnounceType> MergeOptions::allAnnounceTypes()
{
    // Built by insertion: GCC 12 at -O2 reports a dangling initializer_list for a braced QSet
    // in a default member initializer (a false positive, -Wdangling-pointer).
    QSet<AnnounceType> types;
    types.insert(AnnounceType::New);
    types.insert(AnnounceType::Cross);
    types.insert(AnnounceType::Replace);
    types.insert(AnnounceType::ReplaceCross);
    return types;
}

Day FeedMerger::merge(const QList<Feed> &feeds, const MergeOptions &options)
{
    Day day;
    day.date = dateOf(feeds);

    QList<MergedPaper> merged;
    QHash<QString, qsizetype> indexById;
    bool anyItems = false;
    for (const Feed &feed : feeds) {
        appendMissing(day.categories, feed.categories);
        anyItems = anyItems || !feed.items.isEmpty();
        for (const FeedItem &item : feed.items) {
            auto found = indexById.constFind(item.paper.id);
            if (found == indexById.constEnd()) {
                found = indexById.insert(item.paper.id, merged.size());
                merged.append(MergedPaper{Paper{}, false, {}});
            }
            MergedPaper &target = merged[*found];
            absorb(target, item);
            appendMissing(target.listedIn, listingCategories(feed, item.paper));
        }
    }

    if (!anyItems) {
        const bool weekday = AnnouncementCalendar::isAnnouncementDay(day.date);
        day.status = weekday ? DayStatus::NoAnnouncement : DayStatus::NotYetAnnounced;
        return day;
    }

    const QStringList &followed =
        options.followedCategories.isEmpty() ? day.categories : options.followedCategories;
    for (const MergedPaper &entry : std::as_const(merged)) {
        if (options.primaryOnly && !followed.contains(entry.paper.primaryCategory)) {
            continue;
        }
        QList<Listing> listings;
        bool accepted = false;
        for (const QString &category : entry.listedIn) {
            const AnnounceType type = listingType(entry, category);
            accepted = accepted || options.announceTypes.contains(type);
            listings.append(Listing{entry.paper.id, category, type});
        }
        if (accepted) {
            day.papers.append(entry.paper);
            day.listings.append(listings);
        }
    }

    day.status = DayStatus::Announced;
    qCDebug(lcArxiv) << "Merged" << feeds.size() << "feeds of" << day.date << "into"
                     << day.papers.size() << "papers and" << day.listings.size() << "listings";
    return day;
}

} // namespace Sieve::Arxiv
