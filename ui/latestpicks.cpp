// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "latestpicks.h"

#include "dayloader.h"

#include <app/library/library.h>
#include <app/library/readingstore.h>
#include <app/platform/logging.h>

namespace Sieve::Ui {

LatestPicks::LatestPicks(QObject *parent)
    : QObject(parent)
{
}

LatestPicks::~LatestPicks() = default;

void LatestPicks::setLibrary(Library::Library *library)
{
    m_library = library;
    m_building = {}; // a build in progress is of the library before
}

void LatestPicks::setProfile(const QString &name)
{
    m_profile = name;
}

std::optional<QDate> LatestPicks::newestDay() const
{
    return m_library ? m_library->latestAnnouncedDay() : std::nullopt;
}

void LatestPicks::offer(const Digest::DayListing &shown)
{
    const std::optional<QDate> newest = newestDay();
    if (!newest) {
        return;
    }
    if (shown.summary.date == *newest) {
        take(shown);
    } else if (m_listing.summary.date != *newest && m_building != *newest) {
        build(*newest);
    }
}

void LatestPicks::refresh(const QDate &shownDate)
{
    const std::optional<QDate> newest = newestDay();
    if (newest && *newest != shownDate) {
        build(*newest);
    }
}

void LatestPicks::rebuild()
{
    if (const std::optional<QDate> newest = newestDay()) {
        build(*newest);
    }
}

void LatestPicks::build(const QDate &date)
{
    if (!m_loader) {
        // Dropped once it answers: its ranker and connection are not kept for days. Not before,
        // since its destructor would wait for the build on this thread.
        m_loader = new DayLoader(this);
        connect(m_loader, &DayLoader::dayLoaded, this, [this](const Digest::DayListing &listing) {
            m_loader->deleteLater();
            m_loader = nullptr;
            if (listing.summary.date == m_building) {
                take(listing);
            }
        });
        connect(m_loader, &DayLoader::dayMissing, this, [this](const QDate &missing) {
            m_loader->deleteLater();
            m_loader = nullptr;
            if (missing == m_building) {
                qCWarning(lcUi) << "the newest day could not be listed:" << missing;
                m_building = {};
            }
        });
    }
    m_loader->setLibraryPath(m_library->path());
    m_loader->setProfile(m_profile);
    m_loader->invalidateRanker(); // the criteria or the ratings may have changed since
    m_building = date;
    m_loader->load(date); // a load still in progress is overtaken and not reported
}

void LatestPicks::take(const Digest::DayListing &listing)
{
    if (listing.summary.date == m_building) {
        m_building = {}; // whoever answers first wins; the loader's answer is ignored
    }
    m_listing = listing;
    m_picks.clear();
    for (const Digest::ListedPaper &paper : listing.papers) {
        if (paper.rank <= listing.relevantCount) {
            m_picks.append(paper.paper.id);
        }
    }
    Q_EMIT listed(m_listing);
    recount();
}

void LatestPicks::recount()
{
    if (!m_library) {
        return;
    }
    const QHash<QString, Library::ReadingState> states =
        m_library->reading().states(m_profile, m_picks);
    const int unread = int(std::count_if(m_picks.cbegin(), m_picks.cend(), [&](const QString &id) {
        return !states.value(id).isRead();
    }));
    if (unread != m_unread) {
        m_unread = unread;
        Q_EMIT unreadCountChanged(m_unread);
    }
}

} // namespace Sieve::Ui
